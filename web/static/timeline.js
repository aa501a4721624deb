// Facts over time as bars on a 2008 → today axis. Each fact is one list item:
// its words (readable by screen readers and search) and its sources in HTML,
// its bar in a small SVG stretched to the row's width. Stretching is why the
// SVG holds only shapes and the year labels are HTML.

import { AXIS_START, AXIS_END, yearOf, period } from './dates.js';
import { h, s, sources } from './dom.js';

const W = 1000; // SVG units across the axis
const x = (year) => Math.max(0, Math.min(W, ((year - AXIS_START) / (AXIS_END - AXIS_START)) * W));
let uid = 0;

function years() {
  const out = [];
  for (let y = AXIS_START; y <= Math.floor(AXIS_END); y++) out.push(y);
  return out;
}

function axis() {
  return h('div', { class: 'axis', 'aria-hidden': 'true' },
    h('span'),
    h('div', { class: 'ticks' }, years().map((y) =>
      h('span', { class: y % 2 ? 'odd' : '', style: `left:${x(y) / 10}%` }, y))));
}

/** The bar of one fact. Unknown starts fade in from the axis start, open ends
 * fade out towards today with an arrow, and starts before 2008 get a left arrow. */
function bar(from, to, at) {
  const id = `tl${++uid}`;
  const x1 = from ? x(yearOf(from, 'start')) : 0;
  const x2 = to ? x(yearOf(to, 'end')) : W;
  const clipped = from && yearOf(from) < AXIS_START;
  const fadeIn = !from, fadeOut = !to;
  const stop = (offset, opacity) => s('stop', { offset, style: `stop-color:currentColor;stop-opacity:${opacity}` });
  return s('svg', { class: 'bar', viewBox: `0 0 ${W} 20`, preserveAspectRatio: 'none', 'aria-hidden': 'true' },
    s('defs', {}, s('linearGradient', { id },
      stop(0, fadeIn ? 0.1 : 1), stop(fadeIn ? 0.35 : 0, 1), stop(fadeOut ? 0.65 : 1, 1), stop(1, fadeOut ? 0.15 : 1))),
    years().map((y) => s('line', { class: 'grid', x1: x(y), x2: x(y), y1: 0, y2: 20, 'vector-effect': 'non-scaling-stroke' })),
    s('rect', { x: x1, y: 5, width: Math.max(x2 - x1, 4), height: 10, rx: 2, fill: `url(#${id})` }),
    !from && s('rect', { class: 'unknown', x: 0, y: 3, width: 3, height: 14 }),
    fadeOut && s('path', { class: 'arrow', d: `M${W - 12} 1 L${W} 10 L${W - 12} 19 Z` }),
    clipped && s('path', { class: 'arrow', d: 'M12 1 L0 10 L12 19 Z' }),
    at && s('line', { class: 'cursor', x1: x(yearOf(at, 'mid')), x2: x(yearOf(at, 'mid')), y1: 0, y2: 20, 'vector-effect': 'non-scaling-stroke' }));
}

/** A timeline of groups of facts: [{title, rows: [{label, from, to, sources, kind}]}]. */
export function timeline(groups, at) {
  const byStart = (a, b) => (a.from ? yearOf(a.from) : -Infinity) - (b.from ? yearOf(b.from) : -Infinity);
  return h('div', { class: 'timeline' }, axis(), groups.map((g) => [
    h('h4', {}, g.title),
    g.rows.length
      ? h('ol', {}, [...g.rows].sort(byStart).map((r) => h('li', { class: `row ${r.kind}` },
        h('div', { class: 'label' }, r.label, h('small', {}, period(r.from, r.to)), sources(r.sources)),
        bar(r.from, r.to, at))))
      : h('p', { class: 'empty' }, 'None recorded.'),
  ]));
}
