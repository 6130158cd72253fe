// Question a verdict (scenario builder): for a verdict, which factors and which cited sentences move
// it most (the expected level and P(≥3) without each, from GET /api/question, computed by the engine),
// and how much rests on the prior rather than on evidence; and a side-by-side comparison of the
// scenario with another date or another scenario. Adds links to each actor's page and network.
"use strict";

const QLEVELS = ["none", "rhetorical", "diplomatic", "material", "indirect military", "direct military"];
let lastScenario = null;
// Read at load: the builder rewrites the address to the scenario's own parameters when it runs.
let pendingAsk = new URLSearchParams(window.location.search).get("ask");

function pct(p) { return Math.round(p * 100) + "%"; }
function signed(x) { return (x >= 0 ? "+" : "−") + Math.abs(x).toFixed(2); }
function expectedOf(p) { return p.reduce((s, x, i) => s + x * i, 0); }

/** Called by scenario.js after every render. */
window.casusDecorate = function (result, params) {
  lastScenario = new URLSearchParams(params);
  const target = result.scenario.target;
  const explorer = document.getElementById("nav-explorer");
  if (explorer && result.scenario.target) explorer.href = `./?actor=${encodeURIComponent(target)}`;
  const actor = document.getElementById("nav-actor");
  if (actor) actor.href = `actor.html?actor=${encodeURIComponent(target)}`;
  for (const card of document.querySelectorAll("article.verdict")) {
    if (card.querySelector(".verdict-links")) continue;
    const id = card.dataset.actorId;
    const links = el("div", { class: "verdict-links" },
      el("a", { href: `actor.html?actor=${encodeURIComponent(id)}` }, "actor page"),
      el("a", { href: `./?actor=${encodeURIComponent(id)}` }, "network"),
      el("button", { type: "button", class: "ask", onclick: () => ask(card, id) }, "What would change this?"));
    (card.querySelector("h3") || card).after(links);
  }
  // ?ask=ACTOR_ID opens that verdict's question at once (a shareable "why", and the screenshot script).
  const asked = pendingAsk;
  pendingAsk = null;
  const card = asked && [...document.querySelectorAll("article.verdict")].find((c) => c.dataset.actorId === asked);
  if (card) ask(card, asked);
};

async function ask(card, id) {
  let panel = card.querySelector(".question");
  if (!panel) {
    panel = el("section", { class: "question", "aria-label": "What would change this verdict" });
    card.append(panel);
  }
  panel.replaceChildren(el("p", { class: "hint" }, "Re-running the engine without each factor and each cited sentence…"));
  const query = new URLSearchParams(lastScenario);
  query.set("actor", id);
  try {
    const q = await api("api/question?" + query);
    panel.replaceChildren(...questionView(q));
  } catch (error) {
    panel.replaceChildren(el("p", { class: "status error" }, error.message));
  }
}

function questionView(q) {
  const e = q.expected_level;
  const prior = el("p", { class: "prior" },
    `Prior (an actor merely tied to the parties): expected level ${q.prior_expected_level.toFixed(2)}, P(≥3) ${pct(q.prior.slice(3).reduce((a, b) => a + b, 0))}. `
    + `This verdict: ${e.toFixed(2)}, P(≥3) ${pct(q.p_at_least3)}. The evidence moved ${pct(q.evidence_share)} of the probability away from the prior; `
    + `${pct(1 - q.evidence_share)} sits where the prior already put it.`);
  const top = q.claims[0];
  const decisive = top ? el("div", { class: "decisive" },
    el("strong", {}, "The sentence that moves it most: "),
    `without it the expected level would be ${top.expected_without.toFixed(2)} (${signed(top.expected_without - e)}), P(≥3) ${pct(top.p_at_least3_without)}.`,
    el("blockquote", { class: "sentence" }, top.sentence), citation(top)) : el("p", { class: "hint" }, "The verdict cites no sentence: it rests on the prior and uncited factors.");
  const factors = el("table", { class: "data factors-moved" },
    el("thead", {}, el("tr", {}, el("th", {}, "factor"), el("th", {}, "effect"), el("th", {}, "E without"), el("th", {}, "Δ E"), el("th", {}, "P(≥3) without"), el("th", {}, "cites"))),
    el("tbody", {}, q.factors.map((f) => el("tr", { "data-factor": f.name },
      el("td", {}, f.name.replace(/_/g, " ")), el("td", {}, signed(f.effect)), el("td", {}, f.expected_without.toFixed(2)),
      el("td", { class: f.expected_without - e > 0 ? "delta up" : "delta down" }, signed(f.expected_without - e)),
      el("td", {}, pct(f.p_at_least3_without)), el("td", {}, String(f.evidence))))));
  const claims = el("table", { class: "data claims-moved" },
    el("thead", {}, el("tr", {}, el("th", {}, "without this sentence"), el("th", {}, "factors citing it"), el("th", {}, "E without"), el("th", {}, "Δ E"), el("th", {}, "P(≥3) without"))),
    el("tbody", {}, q.claims.map((c) => el("tr", {},
      el("td", {}, el("q", {}, c.sentence), citation(c)), el("td", {}, c.factors.map((n) => n.replace(/_/g, " ")).join(", ")),
      el("td", {}, c.expected_without.toFixed(2)),
      el("td", { class: c.expected_without - e > 0 ? "delta up" : "delta down" }, signed(c.expected_without - e)),
      el("td", {}, pct(c.p_at_least3_without))))));
  const note = q.claims_cited > q.claims.length ? el("p", { class: "hint" }, `${q.claims.length} of the ${q.claims_cited} cited sentences tried (those of the strongest factors).`) : null;
  return [prior, decisive, el("h4", {}, "Factors, most decisive first"), factors, el("h4", {}, "Cited sentences, most decisive first"), claims, note];
}

async function compare() {
  if (!lastScenario) { setStatus("Run a scenario first; the comparison is against it.", true); return; }
  const other = new URLSearchParams(lastScenario);
  for (const field of ["target", "against", "joins", "as_of", "known_by"]) {
    const value = document.getElementById("cmp-" + field).value.trim();
    if (value === "-") other.delete(field);
    else if (value) other.set(field, value);
  }
  try {
    const [a, b] = await Promise.all([api("api/scenario?" + lastScenario), api("api/scenario?" + other)]);
    const rows = new Map();
    for (const v of a.verdicts) rows.set(v.actor_id, { name: v.actor, a: v, b: null });
    for (const v of b.verdicts) (rows.get(v.actor_id) || rows.set(v.actor_id, { name: v.actor, a: null, b: null }).get(v.actor_id)).b = v;
    const cell = (v) => v ? `${v.level} ${QLEVELS[v.level]} · P(≥3) ${pct(v.probabilities.slice(3).reduce((s, x) => s + x, 0))} · E ${v.expected_level.toFixed(2)}` : "not judged";
    const delta = (r) => (r.b ? r.b.expected_level : 0) - (r.a ? r.a.expected_level : 0);
    const sorted = [...rows.values()].sort((x, y) => Math.abs(delta(y)) - Math.abs(delta(x)) || x.name.localeCompare(y.name));
    const label = (p) => `${p.get("target")} vs ${p.get("against")}${p.get("joins") ? " + " + p.get("joins") : ""}${p.get("as_of") ? ", as of " + p.get("as_of") : ""}${p.get("known_by") ? ", known by " + p.get("known_by") : ""}`;
    const table = document.getElementById("comparison");
    table.hidden = false;
    table.replaceChildren(
      el("thead", {}, el("tr", {}, el("th", {}, "actor"), el("th", {}, "A: " + label(lastScenario)), el("th", {}, "B: " + label(other)), el("th", {}, "Δ E (B − A)"))),
      el("tbody", {}, sorted.map((r) => el("tr", { "data-actor-id": (r.a || r.b).actor_id },
        el("td", {}, r.name), el("td", {}, cell(r.a)), el("td", {}, cell(r.b)),
        el("td", { class: delta(r) > 0 ? "delta up" : delta(r) < 0 ? "delta down" : "" }, signed(delta(r)))))));
  } catch (error) {
    setStatus(error.message, true);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("compare-form");
  if (form) form.addEventListener("submit", (e) => { e.preventDefault(); compare(); });
});
