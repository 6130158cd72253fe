// The scenario builder: target, attackers, joiners, date → every actor's ladder distribution,
// sorted by expected level, with expandable factors and their citations. The scenario lives in
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

function render(result) {
  const verdicts = result.verdicts.slice().sort((a, b) => b.expected_level - a.expected_level || a.actor.localeCompare(b.actor));
  document.getElementById("verdicts").replaceChildren(...verdicts.map(verdictView));
}

function percent(p) { return Math.round(p * 100) + "%"; }

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
      el("div", { class: "level" }, `most likely ${v.level} · ${LEVELS[v.level]}`),
      el("div", { class: "level" }, `P(≥3) ${percent(v.p_at_least_3)} · P(5) ${percent(v.probabilities[5])} · E ${v.expected_level.toFixed(2)}`)),
    bars,
    factors);
}

document.addEventListener("DOMContentLoaded", init);
