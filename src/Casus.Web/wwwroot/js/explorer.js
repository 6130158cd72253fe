// The network explorer: search an actor (by name, alias or a person who speaks for it), draw the
// readable picture around it (api/picture: one edge per pair and relation family), move through the
// dates the claims span, filter, read an edge's sentences, the focus's timeline and what changed
// between two dates. Everything the page shows is in its address, so the address is a permalink.
"use strict";

const state = { focus: null, focusName: null, dates: [], cy: null, limit: 30, picture: null };

// The picture keeps the focus's PICTURE_LIMIT partners with the most claims: past a few dozen labelled
// nodes a network is a hairball. "Show more" adds SHOW_MORE; ?limit=N in the address sets it.
const PICTURE_LIMIT = 30;
const SHOW_MORE = 20;
const FILTERS = ["type", "sign", "modality", "outlet", "from", "to", "kind"];
const TIE_TYPES = ["treaty", "membership", "arms_supply", "energy_trade", "economic_ties", "patronage", "support", "military_cooperation",
  "alignment", "condemnation", "un_shielding", "threat", "promise", "basing", "hostility", "mediation", "overture"];
const SIGN_COLOURS = { cooperative: "#2e7d32", hostile: "#c0392b", mixed: "#8e44ad" };

function $(id) { return document.getElementById(id); }

/** The as-of date in use, or null for "all dates". */
function asOf() {
  return $("asof-all").checked ? null : ($("asof-date").value || null);
}

function filterQuery() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = document.querySelector(`[data-param="${name}"]`).value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

async function init() {
  drawLegend();
  $("f-type-types").replaceChildren(...TIE_TYPES.map((t) => el("option", { value: t }, t.replace(/_/g, " "))));
  $("search-form").addEventListener("submit", (e) => { e.preventDefault(); search(true); });
  $("search").addEventListener("input", () => search(false));
  $("asof").addEventListener("input", () => { $("asof-all").checked = false; $("asof-date").value = state.dates[Number($("asof").value)]; dateChanged(); });
  $("asof-date").addEventListener("change", () => { if ($("asof-date").value) $("asof-all").checked = false; syncSlider(); dateChanged(); });
  $("asof-all").addEventListener("change", dateChanged);
  $("asof-prev").addEventListener("click", () => step(-1));
  $("asof-next").addEventListener("click", () => step(+1));
  for (const name of FILTERS) document.querySelector(`[data-param="${name}"]`).addEventListener("change", refresh);
  $("preset-security").addEventListener("click", () => { clearFilters(); $("f-type").value = "security"; $("f-modality").value = "asserted"; refresh(); });
  $("filters-clear").addEventListener("click", () => { clearFilters(); refresh(); });
  $("show-more").addEventListener("click", () => { state.limit += SHOW_MORE; refresh(); });
  $("show-fewer").addEventListener("click", () => { state.limit = Math.max(PICTURE_LIMIT, state.limit - SHOW_MORE); refresh(); });
  $("diff-form").addEventListener("submit", (e) => { e.preventDefault(); runDiff(); });
  for (const tab of document.querySelectorAll("[role=tab]")) tab.addEventListener("click", () => selectTab(tab.dataset.tab));

  const params = new URLSearchParams(window.location.search);
  state.limit = /^[1-9][0-9]{0,5}$/.test(params.get("limit") || "") ? Number(params.get("limit")) : PICTURE_LIMIT;
  for (const name of FILTERS) if (params.get(name)) document.querySelector(`[data-param="${name}"]`).value = params.get(name);
  try {
    const [info, dates, outlets] = await Promise.all([api("api/info"), api("api/dates"), api("api/outlets")]);
    state.dates = dates.dates;
    $("asof").max = Math.max(0, state.dates.length - 1);
    $("asof").disabled = state.dates.length === 0;
    $("asof-first").textContent = dates.first || "";
    $("asof-last").textContent = dates.last || "";
    $("f-outlet").append(...outlets.slice(0, 200).map((o) => el("option", { value: o.outlet }, `${o.outlet} (${o.claims})`)));
    if (params.get("outlet")) $("f-outlet").value = params.get("outlet");
    const behind = info.data_behind ? ` · articles read under data ${info.stored_data_version ?? "unrecorded"}: run casus refresh` : "";
    setStatus(`${info.tie_claims} tie claims, ${info.state_claims} state claims · data ${info.data_version}${behind}`);
    // Default: the network as it stands on the last date anything changed (ended treaties are gone); "all dates" shows every claim ever made.
    if (params.get("all") === "1") $("asof-all").checked = true;
    $("asof-date").value = /^\d{4}-\d\d-\d\d$/.test(params.get("as_of") || "") ? params.get("as_of") : (dates.last || "");
    $("diff-from").value = state.dates.length > 1 ? state.dates[Math.max(0, state.dates.length - 30)] : (dates.first || "");
    $("diff-to").value = dates.last || "";
    if (!dates.last) $("asof-all").checked = true;
  } catch (error) {
    setStatus(error.message, true);
  }
  syncSlider();
  updateDateLabel();
  updateExports();
  if (params.get("actor")) await show(params.get("actor"));
  // #timeline or #diff in the address opens that tab (links from the actor page; the screenshot script).
  const tab = window.location.hash.slice(1);
  if (tab === "timeline" || tab === "diff") selectTab(tab);
  if (tab === "diff" && state.focus) await runDiff();
}

function clearFilters() { for (const name of FILTERS) document.querySelector(`[data-param="${name}"]`).value = ""; }

/** The slider sits on the last claim date on or before the chosen date. */
function syncSlider() {
  const date = $("asof-date").value;
  if (!date || state.dates.length === 0) return;
  let index = 0;
  for (let i = 0; i < state.dates.length; i++) if (state.dates[i] <= date) index = i;
  $("asof").value = index;
}

function step(delta) {
  if (state.dates.length === 0) return;
  const date = $("asof-date").value;
  let index = state.dates.findIndex((d) => d >= date);
  if (index < 0) index = state.dates.length - 1;
  if (delta < 0 && state.dates[index] >= date) index -= 1;
  else if (delta > 0 && state.dates[index] <= date) index += 1;
  index = Math.max(0, Math.min(state.dates.length - 1, index));
  $("asof-all").checked = false;
  $("asof-date").value = state.dates[index];
  $("asof").value = index;
  dateChanged();
}

function updateDateLabel() { $("asof-label").textContent = asOf() || "all dates"; }

function dateChanged() {
  updateDateLabel();
  updateExports();
  refresh();
}

function refresh() { if (state.focus) show(state.focus); }

function updateExports() {
  const date = asOf();
  const suffix = date ? `?as_of=${date}` : "";
  $("export-graphml").href = "api/export/graphml" + suffix;
  $("export-gexf").href = "api/export/gexf" + suffix;
  $("export-csv").href = "api/export/csv-ties" + suffix;
  $("export-csv-evidence").href = "api/export/csv-evidence" + suffix;
  $("export-json").href = "api/export/json" + suffix;
}

/** Name, alias or id from the search; a person's name (e.g. "Putin") resolves as the command line resolves it. */
async function search(openFirst) {
  const q = $("search").value.trim();
  const list = $("results");
  if (!q) { list.replaceChildren(); return; }
  try {
    const [actors, resolved] = await Promise.all([
      api("api/actors?q=" + encodeURIComponent(q)),
      api("api/actors/" + encodeURIComponent(q)).catch(() => null),
    ]);
    const items = actors.map((a) => ({ ...a, via: null }));
    if (resolved && !items.some((a) => a.id === resolved.actor.id)) items.unshift({ ...resolved.actor, via: q });
    else if (resolved) { const i = items.findIndex((a) => a.id === resolved.actor.id); items.unshift(items.splice(i, 1)[0]); }
    list.replaceChildren(...items.map((a) => el("li", {},
      el("button", { type: "button", "data-actor-id": a.id, onclick: () => show(a.id) }, a.name,
        el("span", { class: "kind" }, a.kind), a.via ? el("span", { class: "kind" }, `(“${a.via}”)`) : null))));
    if (openFirst && items.length > 0) await show(items[0].id);
    else if (openFirst) setStatus(`No actor matches '${q}'.`, true);
  } catch (error) {
    setStatus(error.message, true);
  }
}

async function show(actor) {
  const date = asOf();
  const filters = filterQuery();
  const query = new URLSearchParams(filters);
  query.set("limit", state.limit);
  if (date) query.set("as_of", date);
  try {
    const data = await api(`api/picture/${encodeURIComponent(actor)}?${query}`);
    state.focus = data.actor.id;
    state.focusName = data.actor.name;
    state.picture = data;
    $("focus-title").textContent = `Network around ${data.actor.name}` + (date ? ` as of ${date}` : " (all dates)");
    focusLinks(data.actor);
    const url = new URL(window.location.href);
    url.search = "";
    url.searchParams.set("actor", data.actor.id);
    if (date) url.searchParams.set("as_of", date);
    else url.searchParams.set("all", "1");
    if (state.limit !== PICTURE_LIMIT) url.searchParams.set("limit", state.limit);
    for (const [k, v] of filters) url.searchParams.set(k, v);
    history.replaceState(null, "", url);
    draw(data);
    const shown = data.nodes.length - 1;
    const cut = data.omitted_partners > 0
      ? ` Showing ${shown} of ${data.total_partners} partners (those with the most claims).` : "";
    $("picture-count").textContent = `${shown} of ${data.total_partners} partners · ${data.edges.length} edges`;
    $("show-more").hidden = data.omitted_partners <= 0;
    $("show-more").textContent = `Show ${Math.min(SHOW_MORE, data.omitted_partners)} more partners`;
    $("show-fewer").hidden = state.limit <= PICTURE_LIMIT;
    setStatus(`${data.edges.length} edges among ${data.nodes.length} actors around ${data.actor.name}.${cut}` + (filters.toString() ? " Filtered." : ""));
    loadTimeline();
  } catch (error) {
    setStatus(error.message, true);
  }
}

function focusLinks(actor) {
  const id = encodeURIComponent(actor.id);
  $("focus-links").replaceChildren(
    el("a", { href: `actor.html?actor=${id}`, id: "link-actor" }, "Actor page"),
    el("a", { href: `scenario.html?target=${encodeURIComponent(actor.name)}`, id: "link-scenario" }, `Scenario with ${actor.name} as target`));
  $("nav-actor").href = `actor.html?actor=${id}`;
  $("nav-scenario").href = `scenario.html?target=${encodeURIComponent(actor.name)}`;
}

function edgeColour(e) { return e.mixed ? SIGN_COLOURS.mixed : e.sign < 0 ? SIGN_COLOURS.hostile : SIGN_COLOURS.cooperative; }

function edgeSummary(e, names) {
  const types = e.types.map((t) => `${t.type.replace(/_/g, " ")} ${t.claims}`).join(", ");
  const arrow = e.direction === "both" ? "↔" : "→";
  const [a, b] = e.direction === "b_to_a" ? [names[e.target], names[e.source]] : [names[e.source], names[e.target]];
  return `${a} ${arrow} ${b}: ${e.family} ties, ${e.claims} claim${e.claims === 1 ? "" : "s"} from ${e.outlets} source${e.outlets === 1 ? "" : "s"} (${types}); `
    + `strongest ${e.modality}${e.contested ? ", contested" : ""}${e.mixed ? ", both signs" : ""}`;
}

function draw(data) {
  const focus = data.actor.id;
  const names = Object.fromEntries(data.nodes.map((n) => [n.id, n.name]));
  const maxClaims = Math.max(1, ...data.edges.map((e) => e.claims));
  const elements = [
    ...data.nodes.map((n) => ({ data: {
      id: n.id, label: n.name, kind: n.kind, side: n.side, claims: n.claims, degree: n.degree, community: n.community,
      colour: KIND_COLOURS[n.kind] || KIND_COLOURS.unknown, focus: n.id === focus ? 1 : 0,
      size: n.id === focus ? 46 : Math.round(14 + Math.min(22, 4 * Math.sqrt(n.degree))),
    } })),
    ...data.edges.map((e) => ({ data: {
      id: e.id, source: e.source, target: e.target, family: e.family, sign: e.sign, modality: e.modality, claims: e.claims,
      colour: edgeColour(e), dashed: e.dashed ? 1 : 0, width: 1.2 + 7 * Math.sqrt(e.claims / maxClaims),
      // The focus's own ties carry the picture; ties among its partners stay in the background.
      own: e.source === focus || e.target === focus ? 1 : 0,
      label: `${e.family} · ${e.claims}`, summary: edgeSummary(e, names),
    } })),
  ];
  if (state.cy) state.cy.destroy();
  const at = placePicture(data);
  state.cy = cytoscape({
    container: $("graph"),
    elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", label: "data(label)", "font-size": 12, "text-valign": "bottom", "text-margin-y": 3,
        width: "data(size)", height: "data(size)", "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1, "border-width": 1, "border-color": "#fff" } },
      { selector: "node[focus = 1]", style: { "font-weight": "bold", "font-size": 15, "border-width": 4, "border-color": "#222", "z-index": 10 } },
      { selector: "edge", style: { "line-color": "data(colour)", "curve-style": "bezier", width: "data(width)", opacity: 0.85 } },
      { selector: "edge[own = 0]", style: { opacity: 0.22, width: "mapData(claims, 1, 20, 0.8, 3)" } },
      { selector: "edge[dashed = 1]", style: { "line-style": "dashed", "line-dash-pattern": [7, 5] } },
      { selector: "edge.hover, edge:selected", style: { opacity: 1, label: "data(label)", "font-size": 11, "text-background-color": "#fff", "text-background-opacity": 1, "z-index": 20 } },
      { selector: "node.faded, edge.faded", style: { opacity: 0.15 } },
    ],
    layout: { name: "preset", positions: (n) => at[n.id()] || { x: 0, y: 0 }, fit: false },
  });
  separateLabels(state.cy, focus);
  state.cy.fit(undefined, 24);
  const tip = $("edge-tip");
  state.cy.on("mouseover", "edge", (event) => {
    event.target.addClass("hover");
    const p = event.renderedPosition || event.target.renderedMidpoint();
    tip.textContent = event.target.data("summary");
    tip.style.left = `${Math.round(p.x + 12)}px`;
    tip.style.top = `${Math.round(p.y + 40)}px`;
    tip.hidden = false;
  });
  state.cy.on("mouseout", "edge", (event) => { event.target.removeClass("hover"); tip.hidden = true; });
  state.cy.on("mouseover", "node", (event) => {
    const hood = event.target.closedNeighborhood();
    state.cy.elements().not(hood).addClass("faded");
  });
  state.cy.on("mouseout", "node", () => state.cy.elements().removeClass("faded"));
  state.cy.on("tap", "edge", (event) => showEvidence(event.target.data()));
  state.cy.on("tap", "node", (event) => { if (event.target.id() !== state.focus) show(event.target.id()); });
  window.casusExplorer = state;
}

async function showEvidence(edge) {
  const date = asOf();
  const panel = $("evidence");
  selectTab("evidence");
  try {
    const data = await api(`api/evidence?a=${encodeURIComponent(edge.source)}&b=${encodeURIComponent(edge.target)}` + (date ? `&as_of=${date}` : ""));
    $("evidence-hint").textContent = `${data.a.name} — ${data.b.name}: ${edge.summary || ""}`;
    const inFamily = (type) => FAMILY_OF[type] === edge.family;
    const ties = data.ties.slice().sort((x, y) => inFamily(y.type) - inFamily(x.type));
    panel.replaceChildren(...ties.flatMap((tie) => tie.claims.map((claim) => claimView(tie, claim))));
  } catch (error) {
    setStatus(error.message, true);
  }
}

const FAMILY_OF = {
  treaty: "security", military_cooperation: "security", arms_supply: "security", patronage: "security", basing: "security",
  energy_trade: "economic", economic_ties: "economic", condemnation: "hostile", threat: "hostile", hostility: "hostile",
};
for (const t of TIE_TYPES) FAMILY_OF[t] = FAMILY_OF[t] || "political";

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

function selectTab(name) {
  for (const tab of document.querySelectorAll("[role=tab]")) tab.setAttribute("aria-selected", String(tab.dataset.tab === name));
  for (const section of document.querySelectorAll(".evidence-panel .tab")) section.hidden = section.id !== "tab-" + name;
}

async function loadTimeline() {
  if (!state.focus) return;
  try {
    const data = await api(`api/timeline/${encodeURIComponent(state.focus)}?${filterQuery()}`);
    const dated = data.claims.filter((c) => c.date);
    $("timeline-hint").textContent = `${data.total} claims of ${data.actor.name}` + (data.total > data.claims.length ? ` (the newest ${data.claims.length})` : "") + ". Click a date to move the network there.";
    drawStrip(dated);
    $("timeline").replaceChildren(...data.claims.slice().reverse().map((c) => el("li", { "data-date": c.date || "" },
      el("div", {},
        c.date ? el("a", { href: "#", class: "when", onclick: (e) => { e.preventDefault(); goTo(c.date); } }, c.date) : el("span", { class: "when" }, "undated"), " ",
        el("span", { class: "tag" }, (c.direction === "out" ? "→ " : "← ") + c.partner_name),
        el("span", { class: "tag" }, c.claim.type.replace(/_/g, " ")),
        el("span", { class: c.claim.modality === "asserted" ? "tag" : "tag not-fact" }, c.claim.modality)),
      el("blockquote", { class: "sentence" }, c.claim.evidence.sentence),
      citation(c.claim.evidence))));
  } catch (error) {
    setStatus(error.message, true);
  }
}

/** A strip of the focus's claims over time: one tick per claim date, taller with more claims. */
function drawStrip(claims) {
  const strip = $("timeline-strip");
  if (claims.length === 0) { strip.replaceChildren(); return; }
  const days = (d) => Date.parse(d + "T00:00:00Z") / 86400000;
  const first = days(claims[0].date), last = days(claims[claims.length - 1].date);
  const counts = new Map();
  for (const c of claims) {
    const key = c.date;
    const entry = counts.get(key) || { n: 0, hostile: 0 };
    entry.n++;
    if (c.claim.sign < 0) entry.hostile++;
    counts.set(key, entry);
  }
  const max = Math.max(...[...counts.values()].map((v) => v.n));
  strip.replaceChildren(...[...counts.entries()].map(([date, v]) => el("span", {
    class: v.hostile * 2 > v.n ? "hostile" : "", title: `${date}: ${v.n} claims`,
    style: `left:${last === first ? 50 : ((days(date) - first) / (last - first)) * 98}%;height:${Math.round(6 + 28 * v.n / max)}px`,
  })));
}

function goTo(date) {
  $("asof-all").checked = false;
  $("asof-date").value = date;
  syncSlider();
  dateChanged();
}

async function runDiff() {
  if (!state.focus) { setStatus("Search an actor first: the diff is of its ties.", true); return; }
  const from = $("diff-from").value, to = $("diff-to").value;
  try {
    const data = await api(`api/diff?actor=${encodeURIComponent(state.focus)}&from=${from}&to=${to}`);
    const c = data.counts;
    $("diff-summary").textContent = `${data.actor.name}, ${data.from} → ${data.to}: ${c.appeared} appeared, ${c.ended} ended, ${c.sign_changed} changed sign, ${c.modality_changed} changed modality.`;
    $("diff").replaceChildren(...data.changes.map((x) => el("li", { "data-change": x.change },
      el("span", { class: "change " + x.change }, x.change.replace(/_/g, " ")),
      `${x.source_name} → ${x.target_name}: ${x.type.replace(/_/g, " ")}`,
      el("div", { class: "hint" }, describe(x.before), " ⇒ ", describe(x.after)),
      (x.after || x.before) ? el("blockquote", { class: "sentence" }, (x.after || x.before).latest.sentence) : null,
      (x.after || x.before) ? citation((x.after || x.before).latest) : null)));
  } catch (error) {
    setStatus(error.message, true);
  }
}

function describe(s) {
  return s ? `${s.sign > 0 ? "cooperative" : "hostile"}, ${s.modality}${s.contested ? " (contested)" : ""}, ${s.corroboration} claims` : "none";
}

function drawLegend() {
  const kinds = Object.entries(KIND_COLOURS).map(([kind, colour]) =>
    el("div", {}, el("span", { class: "swatch", style: `background:${colour}` }), kind.replace(/_/g, " ")));
  const edges = [["cooperative", SIGN_COLOURS.cooperative], ["hostile", SIGN_COLOURS.hostile], ["both signs", SIGN_COLOURS.mixed]]
    .map(([name, colour]) => el("div", {}, el("span", { class: "edge-swatch", style: `border-color:${colour}` }), name));
  const dashed = el("div", {}, el("span", { class: "edge-swatch dashed", style: "border-color:#777" }), "nothing asserted (hedged, negated, promised…)");
  const notes = el("p", { class: "hint" }, "One edge per pair and family (security, economic, political, hostile); thicker = more claims; ties among partners faint. "
    + "Node size = ties in the picture. Supporters right, adversaries left, mixed above.");
  $("legend").replaceChildren(el("h2", {}, "Legend"), ...kinds, ...edges, dashed, notes);
}

document.addEventListener("DOMContentLoaded", init);
