// The network explorer: search an actor, draw its neighbourhood with cytoscape, move the as-of
// date, click an edge to read the evidence behind it.
"use strict";

const state = { focus: null, dates: [], cy: null, limit: 40 };

// The picture keeps the focus's PICTURE_LIMIT partners with the most claims (api/ties limit=N):
// past a few dozen labelled nodes the concentric layout is unreadable, and a hub's whole network
// is a response of hundreds of megabytes. The status line says "showing N of M partners" when it
// cuts; ?limit=N in the address changes the cap.
const PICTURE_LIMIT = 40;

function asOf() {
  const all = document.getElementById("asof-all").checked;
  const slider = document.getElementById("asof");
  return all || state.dates.length === 0 ? null : state.dates[Number(slider.value)];
}

async function init() {
  drawLegend();
  document.getElementById("search-form").addEventListener("submit", (e) => { e.preventDefault(); search(true); });
  document.getElementById("search").addEventListener("input", () => search(false));
  const slider = document.getElementById("asof");
  const all = document.getElementById("asof-all");
  slider.addEventListener("input", () => { all.checked = false; dateChanged(); });
  all.addEventListener("change", dateChanged);
  try {
    const info = await api("api/info");
    state.dates = dayRange(info.first_date, info.last_date);
    slider.max = Math.max(0, state.dates.length - 1);
    slider.value = slider.max;
    slider.disabled = state.dates.length === 0;
    const behind = info.data_behind
      ? ` · articles read under data ${info.stored_data_version ?? "unrecorded"}: run casus refresh`
      : "";
    setStatus(`${info.tie_claims} tie claims, ${info.state_claims} state claims · data ${info.data_version}${behind}`);
  } catch (error) {
    setStatus(error.message, true);
  }
  const params = new URLSearchParams(window.location.search);
  state.limit = /^[1-9][0-9]{0,5}$/.test(params.get("limit") || "") ? Number(params.get("limit")) : PICTURE_LIMIT;
  if (params.get("as_of") && state.dates.includes(params.get("as_of"))) {
    slider.value = state.dates.indexOf(params.get("as_of"));
    all.checked = false;
  }
  updateDateLabel();
  if (params.get("actor")) await show(params.get("actor"));
}

function dayRange(first, last) {
  if (!first || !last) return [];
  const days = [];
  for (let d = new Date(first + "T00:00:00Z"); d <= new Date(last + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 1))
    days.push(d.toISOString().slice(0, 10));
  return days;
}

function updateDateLabel() {
  document.getElementById("asof-label").textContent = asOf() || "all dates";
}

function dateChanged() {
  updateDateLabel();
  if (state.focus) show(state.focus);
}

async function search(openFirst) {
  const q = document.getElementById("search").value.trim();
  const list = document.getElementById("results");
  if (!q) { list.replaceChildren(); return; }
  try {
    const actors = await api("api/actors?q=" + encodeURIComponent(q));
    list.replaceChildren(...actors.map((a) => el("li", {},
      el("button", { type: "button", "data-actor-id": a.id, onclick: () => show(a.id) }, a.name, el("span", { class: "kind" }, a.kind)))));
    if (openFirst && actors.length > 0) await show(actors[0].id);
    else if (openFirst) setStatus(`No actor matches '${q}'.`, true);
  } catch (error) {
    setStatus(error.message, true);
  }
}

async function show(actor) {
  const date = asOf();
  try {
    const data = await api(`api/ties/${encodeURIComponent(actor)}?limit=${state.limit}` + (date ? `&as_of=${date}` : ""));
    state.focus = data.actor.id;
    document.getElementById("focus-title").textContent = `Network around ${data.actor.name}` + (date ? ` as of ${date}` : "");
    const url = new URL(window.location.href);
    url.searchParams.set("actor", data.actor.id);
    if (date) url.searchParams.set("as_of", date); else url.searchParams.delete("as_of");
    history.replaceState(null, "", url);
    draw(data);
    const cut = data.omitted_partners > 0
      ? ` Showing ${data.total_partners - data.omitted_partners} of ${data.total_partners} partners (those with the most claims); ${data.omitted_ties} of ${data.total_ties} ties left out.`
      : "";
    setStatus(`${data.ties.length} ties of ${data.actor.name}; ${data.network.nodes.length} actors shown.${cut}`);
  } catch (error) {
    setStatus(error.message, true);
  }
}

function draw(data) {
  const focus = data.actor.id;
  const elements = [
    ...data.network.nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind, colour: KIND_COLOURS[n.kind] || KIND_COLOURS.unknown, focus: n.id === focus ? 1 : 0 } })),
    ...data.network.ties.map((t) => ({ data: {
      id: `${t.source}|${t.target}|${t.type}`, source: t.source, target: t.target, type: t.type,
      label: t.type.replace(/_/g, " "), colour: tieColour(t.type, t.sign), dashed: t.modality !== "asserted" ? 1 : 0,
    } })),
  ];
  if (state.cy) state.cy.destroy();
  state.cy = cytoscape({
    container: document.getElementById("graph"),
    elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", label: "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4, width: 22, height: 22 } },
      { selector: "node[focus = 1]", style: { width: 34, height: 34, "font-weight": "bold" } },
      { selector: "edge", style: { "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "curve-style": "bezier", width: 2.5, opacity: 0.85 } },
      { selector: "edge[dashed = 1]", style: { "line-style": "dashed" } },
      { selector: "edge:selected", style: { width: 5, label: "data(label)", "font-size": 10 } },
    ],
    layout: { name: "concentric", concentric: (n) => (n.data("focus") ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 40, animate: false },
  });
  state.cy.on("tap", "edge", (event) => showEvidence(event.target.data()));
  state.cy.on("tap", "node", (event) => { if (event.target.id() !== state.focus) show(event.target.id()); });
  window.casusExplorer = state;
}

async function showEvidence(edge) {
  const date = asOf();
  const panel = document.getElementById("evidence");
  try {
    const data = await api(`api/evidence?a=${encodeURIComponent(edge.source)}&b=${encodeURIComponent(edge.target)}` + (date ? `&as_of=${date}` : ""));
    document.getElementById("evidence-hint").textContent = `${data.a.name} — ${data.b.name}`;
    const ties = data.ties.slice().sort((x, y) => (y.type === edge.type) - (x.type === edge.type));
    panel.replaceChildren(...ties.flatMap((tie) => tie.claims.map((claim) => claimView(tie, claim))));
  } catch (error) {
    setStatus(error.message, true);
  }
}

function claimView(tie, claim) {
  const notFact = claim.modality !== "asserted";
  return el("div", { class: "claim", "data-type": tie.type },
    el("div", {},
      el("span", { class: "tag" }, `${tie.source_name} → ${tie.target_name}`),
      el("span", { class: "tag" }, claim.type.replace(/_/g, " ")),
      el("span", { class: notFact ? "tag not-fact" : "tag" }, claim.modality),
      claim.attribution ? el("span", { class: "tag" }, "according to " + claim.attribution) : null,
      ...claim.clauses.map((c) => el("span", { class: "tag" }, `${c.kind.replace(/_/g, " ")}: ${c.present ? "yes" : "no"}`))),
    el("blockquote", { class: "sentence" }, claim.evidence.sentence),
    citation(claim.evidence));
}

function drawLegend() {
  const kinds = Object.entries(KIND_COLOURS).map(([kind, colour]) =>
    el("div", {}, el("span", { class: "swatch", style: `background:${colour}` }), kind.replace(/_/g, " ")));
  const edges = [["security tie", "#2e8b57"], ["economic tie", "#b8860b"], ["membership / alignment", "#6a5acd"], ["other cooperative", "#4682b4"], ["hostile", "#c0392b"]]
    .map(([name, colour]) => el("div", {}, el("span", { class: "edge-swatch", style: `border-color:${colour}` }), name));
  const dashed = el("div", {}, el("span", { class: "edge-swatch dashed", style: "border-color:#777" }), "hedged, speculated or negated");
  document.getElementById("legend").replaceChildren(el("h2", {}, "Legend"), ...kinds, ...edges, dashed);
}

document.addEventListener("DOMContentLoaded", init);
