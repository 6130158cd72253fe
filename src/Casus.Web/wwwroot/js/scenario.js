// The scenario builder: target, attackers, joiners, date → every actor's ladder distribution,
// in reading order (P(material+), then P(diplomacy)), with expandable factors and their citations. The scenario lives in
// the URL query, so the address is the permalink.
"use strict";

const LEVELS = ["none", "rhetorical", "diplomatic", "material", "indirect military", "direct military"];
const FIELDS = ["target", "against", "joins", "as_of", "known_by"];

function scenarioQuery() {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = document.getElementById(field).value.trim();
    if (value) params.set(field, value);
  }
  return params;
}

async function init() {
  const params = new URLSearchParams(window.location.search);
  for (const field of FIELDS) if (params.get(field)) document.getElementById(field).value = params.get(field);
  document.getElementById("scenario-form").addEventListener("submit", (e) => { e.preventDefault(); run(); });
  for (const field of FIELDS) document.getElementById(field).addEventListener("change", updateLinks);
  updateLinks();
  fillActorNames();
  if (params.get("target")) await run();
}

async function fillActorNames() {
  try {
    const actors = await api("api/actors");
    document.getElementById("actor-names").replaceChildren(...actors.map((a) => el("option", { value: a.name })));
  } catch (error) {
    setStatus(error.message, true);
  }
}

function updateLinks() {
  const query = scenarioQuery().toString();
  document.getElementById("permalink").href = "scenario.html?" + query;
  document.getElementById("brief-html").href = "api/brief?" + query + "&format=html&download=true";
  document.getElementById("brief-md").href = "api/brief?" + query + "&format=md&download=true";
}

async function run() {
  const params = scenarioQuery();
  updateLinks();
  history.replaceState(null, "", "scenario.html?" + params.toString());
  setStatus("Running…");
  try {
    const result = await api("api/scenario?" + params.toString());
    render(result);
    if (window.casusDecorate) window.casusDecorate(result, params); // question.js: links and "what would change it"
    const known = result.known_by
      ? ` Knowing only what was published by ${result.known_by} (${result.withheld_claims} claims withheld).`
      : "";
    setStatus(`${result.verdicts.length} actors with a tie to either side.${known}`);
  } catch (error) {
    document.getElementById("verdicts").replaceChildren();
    setStatus(error.message, true);
  }
}

// The headline chances (as the CLI and briefs print them): P(level ≥ 1) … P(level ≥ 4).
const HEADLINE = [["words", "p_at_least_1"], ["diplomacy", "p_at_least_2"], ["material+", "p_at_least_3"], ["fighting", "p_at_least_4"]];

function render(result) {
  // Reading order, as the server and the briefs give it: P(material+), then P(diplomacy), in whole percent as
  // shown, then name (code-unit order, as the server compares); the sort is stable, so the server's order stands.
  const whole = (p) => Math.floor(p * 100 + 0.5);
  const verdicts = result.verdicts.slice().sort((a, b) =>
    whole(b.p_at_least_3) - whole(a.p_at_least_3) || whole(b.p_at_least_2) - whole(a.p_at_least_2)
    || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0));
  document.getElementById("verdicts").replaceChildren(...verdicts.map(verdictView));
}

// Whole percent, half away from zero as the server's sort rounds (probabilities are never negative).
function percent(p) { return Math.floor(p * 100 + 0.5) + "%"; }

function verdictView(v) {
  const bars = el("div", { class: "bars", role: "img", "aria-label": `Distribution over levels 0–5 for ${v.actor}` },
    v.probabilities.map((p, level) => el("div", { class: level === v.level ? "bar most" : "bar", title: `${level} ${LEVELS[level]}: ${percent(p)}` },
      el("span", { class: "fill", style: `height:${(p * 100).toFixed(1)}%` }), el("small", {}, String(level)))));
  const factors = el("details", { class: "factors" },
    el("summary", {}, `${v.factors.length} factors`),
    v.factors.map((f) => el("div", { class: "factor", "data-factor": f.name },
      el("strong", {}, f.name.replace(/_/g, " ")), " ",
      el("span", { class: f.effect >= 0 ? "effect up" : "effect down" }, (f.effect >= 0 ? "+" : "−") + Math.abs(f.effect).toFixed(2)),
      ": ", f.explanation,
      f.evidence.map((e) => el("div", { class: "quote" }, el("blockquote", { class: "sentence" }, e.sentence), citation(e))))));
  return el("article", { class: "verdict", "data-actor-id": v.actor_id, "data-level": v.level },
    el("div", {},
      el("h3", {}, v.actor),
      el("div", { class: "level headline" }, HEADLINE.map(([name, field]) => `P(${name}) ${percent(v[field])}`).join(" · ")),
      el("div", { class: "level" }, `P(5) ${percent(v.probabilities[5])} · most likely ${v.level} · ${LEVELS[v.level]}`)),
    bars,
    factors);
}

document.addEventListener("DOMContentLoaded", init);
