// Add an article from the page: a URL (the server fetches it), pasted text, or a file read in the
// browser. Every write is a JSON POST to /api/documents (a content type no cross-site form can send),
// with the bearer token when the server asks for one; then the claims read from it are listed.
"use strict";

function $(id) { return document.getElementById(id); }

const TYPES = { html: "text/html", htm: "text/html", xml: "application/rss+xml", rss: "application/rss+xml", atom: "application/atom+xml", md: "text/markdown", txt: "text/plain" };

async function init() {
  $("add-url").addEventListener("submit", (e) => { e.preventDefault(); send({ url: $("url").value.trim() }); });
  $("add-text").addEventListener("submit", (e) => { e.preventDefault(); send({ text: $("text").value, name: $("text-name").value.trim() || null }); });
  $("add-file").addEventListener("submit", async (e) => {
    e.preventDefault();
    const file = $("file").files[0];
    if (!file) return;
    const extension = (file.name.split(".").pop() || "").toLowerCase();
    send({ text: await file.text(), name: file.name, content_type: TYPES[extension] || "text/plain" });
  });
  try {
    const info = await api("api/info");
    $("token-row").hidden = !info.writes_need_token;
  } catch (error) {
    setStatus(error.message, true);
  }
}

async function send(body) {
  setStatus("Reading…");
  const headers = { "Content-Type": "application/json" };
  const token = $("token").value.trim();
  if (token) headers.Authorization = "Bearer " + token;
  try {
    const result = await api("api/documents", { method: "POST", headers, body: JSON.stringify(body) });
    await show(result.items);
  } catch (error) {
    setStatus(error.message, true);
  }
}

async function show(items) {
  $("added").hidden = false;
  $("items").tBodies[0].replaceChildren(...items.map((i) => el("tr", { "data-status": i.status },
    el("td", {}, i.title || i.origin), el("td", {}, i.status.replace(/_/g, " ") + (i.error ? ": " + i.error : "")),
    el("td", {}, i.outlet || "—"), el("td", {}, i.date || "—"), el("td", {}, String(i.tie_claims)), el("td", {}, String(i.state_claims)))));
  const lists = await Promise.all(items.filter((i) => i.document_id).map((i) => api(`api/documents/${encodeURIComponent(i.document_id)}/claims`)));
  const claims = lists.flatMap((l) => l.claims);
  const states = lists.flatMap((l) => l.states);
  $("claims").replaceChildren(
    ...(claims.length === 0 && states.length === 0 ? [el("p", { class: "hint" }, "No claim was extracted from it.")] : []),
    ...claims.map((c) => el("div", { class: "claim" },
      el("div", {},
        el("a", { class: "tag", href: `./?actor=${encodeURIComponent(c.claim.source)}` }, c.source_name), " → ",
        el("a", { class: "tag", href: `./?actor=${encodeURIComponent(c.claim.target)}` }, c.target_name),
        el("span", { class: "tag" }, c.claim.type.replace(/_/g, " ")),
        el("span", { class: c.claim.modality === "asserted" ? "tag" : "tag not-fact" }, c.claim.modality)),
      el("blockquote", { class: "sentence" }, c.claim.evidence.sentence), citation(c.claim.evidence))),
    ...states.map((s) => el("div", { class: "claim state" },
      el("span", { class: "tag" }, `${s.actor}: ${s.kind.replace(/_/g, " ")}`), el("span", { class: "tag" }, s.modality),
      el("blockquote", { class: "sentence" }, s.evidence.sentence), citation(s.evidence))));
  const failed = items.filter((i) => i.status === "failed");
  setStatus(failed.length ? failed.map((i) => i.error).join("; ") : `${claims.length} tie claims and ${states.length} state claims from ${items.length} document(s).`, failed.length > 0);
}

document.addEventListener("DOMContentLoaded", init);
