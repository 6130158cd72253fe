// The API page: this server's OpenAPI document, read and laid out as a reference (grouped by tag:
// method, path, summary, parameters, request body, answers). Nothing is fetched from anywhere else.
"use strict";

const METHODS = ["get", "post", "put", "patch", "delete"];

async function init() {
  try {
    const doc = await api("openapi/v1.json");
    document.getElementById("api-title").textContent = `${doc.info.title} ${doc.info.version || ""}`.trim();
    document.getElementById("api-description").textContent = doc.info.description || "";
    const groups = new Map();
    for (const [path, item] of Object.entries(doc.paths || {}))
      for (const method of METHODS)
        if (item[method]) {
          const op = item[method];
          const tag = (op.tags && op.tags[0]) || "other";
          if (!groups.has(tag)) groups.set(tag, []);
          groups.get(tag).push({ path, method, op, shared: item.parameters || [] });
        }
    const tags = [...groups.keys()].sort();
    document.getElementById("api-toc").replaceChildren(...tags.map((t) => el("a", { href: "#tag-" + t }, t)));
    document.getElementById("api").replaceChildren(...tags.map((tag) => el("section", { class: "card", id: "tag-" + tag },
      el("h2", {}, tag), groups.get(tag).map(operation))));
    setStatus(`${[...groups.values()].reduce((n, g) => n + g.length, 0)} operations`);
  } catch (error) {
    setStatus(error.message, true);
  }
}

function schemaText(schema) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.type === "array") return `array of ${schemaText(schema.items)}`;
  return [].concat(schema.type || "any").join(" | ") + (schema.format ? ` (${schema.format})` : "");
}

function operation({ path, method, op, shared }) {
  const params = shared.concat(op.parameters || []);
  const body = op.requestBody && op.requestBody.content ? Object.keys(op.requestBody.content) : [];
  const responses = Object.entries(op.responses || {});
  return el("div", { class: "api-op", "data-path": path, "data-method": method.toUpperCase() },
    el("div", {}, el("span", { class: "method" }, method.toUpperCase()), " ", el("code", { class: "path" }, path)),
    op.summary ? el("p", {}, op.summary) : null,
    params.length ? el("table", { class: "data" },
      el("thead", {}, el("tr", {}, el("th", {}, "parameter"), el("th", {}, "in"), el("th", {}, "type"), el("th", {}, "required"))),
      el("tbody", {}, params.map((p) => el("tr", {}, el("td", {}, el("code", {}, p.name)), el("td", {}, p.in), el("td", {}, schemaText(p.schema)), el("td", {}, p.required ? "yes" : "no"))))) : null,
    body.length ? el("p", { class: "hint" }, "Body: " + body.join(", ")) : null,
    responses.length ? el("p", { class: "hint" }, "Answers: " + responses.map(([code, r]) => `${code} ${r.description || ""}`.trim()).join(" · ")) : null);
}

document.addEventListener("DOMContentLoaded", init);
