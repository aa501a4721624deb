// The network view: a person's or unit's neighbourhood at a date (managers,
// direct reports and units headed; or parent, children and heads), drawn with
// Cytoscape.js (bundled from npm into vendor/ by make graphlib, served from the
// binary). The same links are listed as HTML beside the drawing, so the view
// reads without a canvas, and a click on a node follows that list's link.

import { h, link, section } from './dom.js';

const COLOURS = { person: '#8250df', unit: '#0a6b4f' };

/** A section drawing center ({id, name}, of kind) and its links [{kind,
 * entity, rel}] as of at. Cytoscape is loaded only when a network is shown. */
export function network(kind, center, links, at) {
  const canvas = h('div', { class: 'network-canvas', role: 'img', 'aria-label': `Network of ${center.name} as of ${at}` });
  const items = links.map((l) => h('li', { 'data-id': `${l.kind}:${l.entity.id}` }, h('span', { class: 'rel' }, l.rel), ': ', link(l.kind, l.entity, at)));
  const listing = h('ul', { class: 'network-links' }, items);
  const el = section(`Network as of ${at}`,
    links.length ? [canvas, listing] : h('p', { class: 'empty' }, 'No connection recorded at this date.'));
  if (links.length) draw(canvas, listing, kind, center, links);
  return el;
}

async function draw(canvas, listing, kind, center, links) {
  const { default: cytoscape } = await import('./vendor/cytoscape.js');
  const me = `${kind}:${center.id}`;
  const nodes = new Map([[me, { data: { id: me, label: center.name, kind, center: 1 } }]]);
  const edges = [];
  for (const l of links) {
    const id = `${l.kind}:${l.entity.id}`;
    nodes.set(id, nodes.get(id) ?? { data: { id, label: l.entity.name, kind: l.kind } });
    edges.push({ data: { id: `${me}>${id}>${l.rel}`, source: me, target: id, label: l.rel } });
  }
  const cy = cytoscape({
    container: canvas,
    elements: [...nodes.values(), ...edges],
    layout: { name: 'concentric', concentric: (n) => (n.data('center') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 40, animate: false },
    userZoomingEnabled: false,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18, color: '#1f2328', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'node[kind = "person"]', style: { 'background-color': COLOURS.person } },
      { selector: 'node[kind = "unit"]', style: { 'background-color': COLOURS.unit, shape: 'round-rectangle' } },
      { selector: 'node[center]', style: { width: 28, height: 28, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#0969da' } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 10, color: '#57606a', width: 1.5, 'line-color': '#afb8c1', 'curve-style': 'bezier', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 1 } },
    ],
  });
  // Following a node goes through the listed link, so app.js's navigation applies.
  cy.on('tap', 'node', (e) => listing.querySelector(`li[data-id="${CSS.escape(e.target.id())}"] a`)?.click());
  // Tests and curious readers can inspect the drawn graph.
  canvas.cy = cy;
  canvas.dataset.drawn = String(cy.nodes().length);
}
