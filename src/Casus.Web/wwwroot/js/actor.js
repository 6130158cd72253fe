// An actor's page: who it is (aliases, people who speak for it, what it is part of), its states, and
// its ally table with sources; links to its network and to scenarios with it as the target.
"use strict";

function $(id) { return document.getElementById(id); }

async function init() {
  const params = new URLSearchParams(window.location.search);
  $("actor-form").addEventListener("submit", (e) => { e.preventDefault(); open($("actor-q").value.trim(), $("actor-asof").value); });
  // As the explorer: by default the ties as they stand on the last date anything changed (ended treaties gone).
  let asOf = params.get("as_of");
  if (!asOf) {
    try { asOf = (await api("api/dates")).last; } catch { asOf = null; }
  }
  if (asOf) $("actor-asof").value = asOf;
  if (params.get("actor")) {
    $("actor-q").value = params.get("actor");
    await open(params.get("actor"), asOf);
  } else setStatus("Name an actor to open its page.");
}

async function open(name, asOf) {
  if (!name) return;
  try {
    const data = await api(`api/profile/${encodeURIComponent(name)}` + (asOf ? `?as_of=${asOf}` : ""));
    render(data);
    const url = new URL(window.location.href);
    url.search = "";
    url.searchParams.set("actor", data.actor.id);
    if (asOf) url.searchParams.set("as_of", asOf);
    history.replaceState(null, "", url);
    document.title = `Casus — ${data.actor.name}`;
    setStatus(`${data.allies.length} partners` + (asOf ? ` as of ${asOf}` : " (all dates)"));
  } catch (error) {
    setStatus(error.message, true);
  }
}

function text(list) { return list.length ? list.join(", ") : "—"; }

function render(data) {
  const a = data.actor;
  const id = encodeURIComponent(a.id);
  $("profile").hidden = false;
  $("allies-card").hidden = false;
  $("actor-name").textContent = a.name;
  $("actor-kind").textContent = `${a.kind.replace(/_/g, " ")} · id ${a.id}`;
  const adversaries = data.allies.filter((r) => r.side === "adversary").slice(0, 3);
  $("actor-links").replaceChildren(
    el("a", { class: "button", id: "actor-network", href: `./?actor=${id}` + (data.as_of ? `&as_of=${data.as_of}` : "") }, "Network around " + a.name),
    el("a", { class: "button", id: "actor-timeline", href: `./?actor=${id}#timeline` }, "Timeline"),
    ...adversaries.map((r) => el("a", { class: "button scenario-link", href: `scenario.html?target=${encodeURIComponent(a.name)}&against=${encodeURIComponent(r.name)}` },
      `Scenario: ${r.name} attacks ${a.name}`)),
    el("a", { class: "button scenario-link", href: `scenario.html?target=${encodeURIComponent(a.name)}` }, `Scenario with ${a.name} as target…`));
  $("nav-explorer").href = `./?actor=${id}`;
  $("nav-scenario").href = `scenario.html?target=${encodeURIComponent(a.name)}`;
  const facts = [
    ["Aliases", text(a.aliases)],
    ["People", data.people.length ? data.people.map((p) => `${p.name} (${p.role}${p.from || p.until ? `, ${p.from || "…"}–${p.until || "…"}` : ""})`).join("; ") : "—"],
    ["Part of", text(data.part_of.map((p) => p.name))],
    ["Members", text(data.members.map((m) => m.name))],
    ["Reported states", text(data.states.map((s) => `${s.kind.replace(/_/g, " ")} (${s.modality}, ${s.evidence.date || "undated"})`))],
  ];
  $("actor-facts").replaceChildren(...facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", { "data-fact": k.toLowerCase() }, v)]));
  $("allies").tBodies[0].replaceChildren(...data.allies.map((r) => el("tr", { "data-actor-id": r.id },
    el("td", {}, el("a", { href: `actor.html?actor=${encodeURIComponent(r.id)}` }, r.name), el("div", { class: "hint" }, r.kind.replace(/_/g, " "))),
    el("td", { class: "side-" + r.side }, r.side),
    el("td", {}, r.relationship.map((x) => el("span", { class: "pill" }, x))),
    el("td", {}, r.commitment || "—"),
    el("td", {}, r.capability.length ? r.capability.map((s) => el("span", { class: "pill" }, `${s.kind.replace(/_/g, " ")} (${s.modality})`)) : "—"),
    el("td", {}, r.stated_intent.length ? r.stated_intent.slice(0, 3).map((c) => el("div", {}, `${c.claim.type.replace(/_/g, " ")} (${c.claim.modality}): `,
      el("q", {}, c.claim.evidence.sentence))) : "—"),
    el("td", {}, el("details", {}, el("summary", {}, `${r.claims} claim${r.claims === 1 ? "" : "s"}`),
      r.sources.map((c) => el("div", { class: "quote" }, el("blockquote", { class: "sentence" }, c.claim.evidence.sentence), citation(c.claim.evidence))))))));
}

document.addEventListener("DOMContentLoaded", init);
