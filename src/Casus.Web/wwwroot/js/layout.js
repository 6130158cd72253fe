// The explorer's layout: the focus in the centre, its supporters on the right, its adversaries on the
// left, partners with mixed ties above; each side ordered by community, then by claims, on rings wide
// enough for the labels. Deterministic (no physics), so the same picture always lands the same way;
// a last pass moves any node whose label would overlap another's further out until nothing overlaps.
"use strict";

// Angles in radians, y pointing down: 0 is right, π/2 below, -π/2 above.
const SIDE_ARCS = {
  supporter: [-Math.PI * 0.25, Math.PI * 0.4],
  adversary: [Math.PI * 0.6, Math.PI * 1.25],
  mixed: [-Math.PI * 0.7, -Math.PI * 0.3],
};

/** Model positions for the picture's nodes: { id: {x, y} }. */
function placePicture(picture) {
  const at = {};
  const focus = picture.actor.id;
  at[focus] = { x: 0, y: 0 };
  const bySide = { supporter: [], adversary: [], mixed: [] };
  for (const n of picture.nodes) if (n.id !== focus) (bySide[n.side] || bySide.mixed).push(n);
  for (const [side, nodes] of Object.entries(bySide)) {
    nodes.sort((a, b) => a.community - b.community || b.claims - a.claims || a.name.localeCompare(b.name));
    const [from, to] = SIDE_ARCS[side];
    const spacing = 110; // model px between neighbours on a ring: room for a label
    let placed = 0, ring = 0;
    while (placed < nodes.length) {
      const radius = 190 + ring * 120;
      const capacity = Math.max(1, Math.floor((radius * (to - from)) / spacing));
      const count = Math.min(capacity, nodes.length - placed);
      for (let i = 0; i < count; i++) {
        const t = count === 1 ? 0.5 : i / (count - 1);
        // Rings alternate half a step so a node never hides right behind one on the ring inside it.
        const shift = ring % 2 === 1 && count > 1 ? 0.5 / (count - 1) : 0;
        const angle = from + (to - from) * Math.min(1, t + shift * (i < count - 1 ? 1 : 0));
        at[nodes[placed + i].id] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
      }
      placed += count;
      ring++;
    }
  }
  return at;
}

function overlaps(a, b, margin) {
  return a.x1 - margin < b.x2 && b.x1 - margin < a.x2 && a.y1 - margin < b.y2 && b.y1 - margin < a.y2;
}

/** Moves nodes outward (from the focus) until no node-with-label box overlaps another. Heaviest first stay put. */
function separateLabels(cy, focusId, margin = 4) {
  const order = cy.nodes().sort((a, b) => (b.id() === focusId) - (a.id() === focusId) || b.data("claims") - a.data("claims"));
  const placed = [];
  order.forEach((node) => {
    let box = node.boundingBox({ includeLabels: true, includeOverlays: false });
    for (let step = 0; step < 300 && placed.some((other) => overlaps(box, other, margin)); step++) {
      const p = node.position();
      const length = Math.hypot(p.x, p.y) || 1;
      const dir = node.id() === focusId ? { x: 0, y: 1 } : { x: p.x / length, y: p.y / length };
      node.position({ x: p.x + dir.x * 14, y: p.y + dir.y * 14 });
      box = node.boundingBox({ includeLabels: true, includeOverlays: false });
    }
    placed.push(box);
  });
}

/** Pairs of labelled nodes whose boxes overlap (the browser tests ask this; empty when readable). */
function labelOverlaps(cy) {
  const nodes = cy.nodes().toArray();
  const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
  const pairs = [];
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++)
      if (overlaps(boxes[i], boxes[j], 0)) pairs.push([nodes[i].data("label"), nodes[j].data("label")]);
  return pairs;
}
