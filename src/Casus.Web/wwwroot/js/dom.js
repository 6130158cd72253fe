// Shared helpers for the Casus pages. Data from the server (article text above all) is untrusted:
// it only ever reaches the page as text nodes (el() children, textContent), never as HTML.
"use strict";

/** Creates an element; string children become text nodes, attributes are set one by one. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Only http(s) links from data become hrefs; anything else (javascript:, data:) stays text. */
function safeUrl(url) {
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** GET/POST JSON; a problem-details answer becomes an Error carrying its detail. */
async function api(path, options) {
  const response = await fetch(path, options);
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) throw new Error((body && body.detail) || `${response.status} ${response.statusText}`);
  return body;
}

function setStatus(message, isError) {
  const status = document.getElementById("status");
  status.textContent = message || "";
  status.classList.toggle("error", !!isError);
}

/** "Outlet, 2025-06-17" with a link to the article when it has a web address. */
function citation(evidence) {
  const label = [evidence.outlet, evidence.date].filter(Boolean).join(", ") || "unknown source";
  const href = evidence.url ? safeUrl(evidence.url) : null;
  return el("cite", {}, "— ", href ? el("a", { href, rel: "noreferrer noopener", target: "_blank" }, label) : label);
}

// Keep in step with Casus.Present.Network.Palette.
const KIND_COLOURS = { state: "#4c78a8", armed_group: "#e45756", movement: "#f58518", bloc: "#72b7b2", organisation: "#54a24b", unknown: "#9d9d9d" };
const TIE_FAMILIES = {
  treaty: "#2e8b57", military_cooperation: "#2e8b57", arms_supply: "#2e8b57", patronage: "#2e8b57", basing: "#2e8b57",
  energy_trade: "#b8860b", economic_ties: "#b8860b", membership: "#6a5acd", alignment: "#6a5acd",
};
function tieColour(type, sign) { return sign < 0 ? "#c0392b" : TIE_FAMILIES[type] || "#4682b4"; }
