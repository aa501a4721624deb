// Facts over time as bars on an axis across the dataset's span (dates.js). Each fact is one list item:
// its words (readable by screen readers and search) and its sources in HTML,
// its bar in a small SVG stretched to the row's width. Stretching is why the
// SVG holds only shapes and the year labels are HTML.

import { AXIS_START, AXIS_END, yearOf } from './dates.js';
import { h, s, sources, marks, when, holdsClass } from './dom.js';

const W = 1000; // SVG units across the axis
const x = (year) => Math.max(0, Math.min(W, ((year - AXIS_START) / (AXIS_END - AXIS_START)) * W));

function years() {
  const out = [];
  for (let y = AXIS_START; y <= Math.floor(AXIS_END); y++) out.push(y);
  return out;
}

function axis() {
  return h('div', { class: 'axis', 'aria-hidden': 'true' },
    h('span'),
    h('div', { class: 'ticks' }, years().map((y) =>
      // A label near the right end would stick out of a narrow screen.
      h('span', { class: [y % 2 && 'odd', x(y) > W * 0.9 && 'late'].filter(Boolean).join(' '), style: `left:${x(y) / 10}%` }, y))));
}

/** Where a fact's possible days lie on the axis, as fractional years: its
 * start between s0 and s1, its end between e0 and e1. Null s0: the start is
 * unknown; null e0: still in force; null e1: an end with no upper bound. */
function extent(f) {
  const at = (day, where) => (day ? yearOf(day, where) : null);
  const s0 = f.startRange ? at(f.startRange.earliest, 'start') : at(f.validFrom, 'start');
  const s1 = f.startRange ? at(f.startRange.latest, 'end') : at(f.validFrom, 'end');
  const inForce = f.endRange ? !f.endRange.earliest && !f.endRange.latest : !f.validTo;
  const e0 = inForce ? null : f.endRange ? at(f.endRange.earliest, 'start') : at(f.validTo, 'start');
  const e1 = inForce ? null : f.endRange ? at(f.endRange.latest, 'end') : at(f.validTo, 'end');
  return { s0, s1, e0, e1, inForce };
}

/** The bar of one fact: solid where the fact certainly held (from its latest
 * possible start to its earliest possible end), dashed and pale where it only
 * may have (the days its start or end may fall on). Unknown starts reach back
 * to the axis start with a mark, ends still in force run to today with an
 * arrow, and starts before the axis get a left arrow. */
function bar(f, at) {
  const { s0, s1, e0, e1, inForce } = extent(f);
  const x0 = s0 == null ? 0 : x(s0);
  const x3 = inForce || e1 == null ? W : x(e1);
  const end0 = inForce ? W : e0 == null ? null : x(e0);
  // A start with no upper bound may lie anywhere up to the end: nothing is sure.
  const x1 = s1 == null ? end0 ?? x3 : x(s1);
  const x2 = end0 ?? x1;
  const clipped = s0 != null && s0 < AXIS_START;
  const rect = (cls, a, b) => b > a && s('rect', { class: cls, x: a, y: 5, width: b - a, height: 10, 'vector-effect': 'non-scaling-stroke' });
  return s('svg', { class: 'bar', viewBox: `0 0 ${W} 20`, preserveAspectRatio: 'none', 'aria-hidden': 'true' },
    years().map((y) => s('line', { class: 'grid', x1: x(y), x2: x(y), y1: 0, y2: 20, 'vector-effect': 'non-scaling-stroke' })),
    rect('maybe', x0, Math.min(x1, x3)),
    x2 > x1 ? rect('sure', x1, x2) : !(x3 > x0) && rect('sure', x0, x0 + 4),
    rect('maybe', Math.max(x2, x1), x3),
    s0 == null && s('rect', { class: 'unknown', x: 0, y: 3, width: 3, height: 14 }),
    inForce && s('path', { class: 'arrow', d: `M${W - 12} 1 L${W} 10 L${W - 12} 19 Z` }),
    clipped && s('path', { class: 'arrow', d: 'M12 1 L0 10 L12 19 Z' }),
    at && s('line', { class: 'cursor', x1: x(yearOf(at, 'mid')), x2: x(yearOf(at, 'mid')), y1: 0, y2: 20, 'vector-effect': 'non-scaling-stroke' }));
}

/** A timeline of groups of facts: [{title, rows: [{label, kind, fact}]}], each
 * fact with validFrom/validTo, its ranges, marks and sources. */
export function timeline(groups, at) {
  const start = (r) => extent(r.fact).s0 ?? -Infinity;
  return h('div', { class: 'timeline' }, axis(), groups.map((g) => [
    h('h4', {}, g.title),
    g.rows.length
      ? h('ol', {}, [...g.rows].sort((a, b) => start(a) - start(b)).map((r) => h('li', { class: `row ${r.kind} ${holdsClass(r.fact) ?? ''}` },
        h('div', { class: 'label' }, r.label, ' ', marks(r.fact, true), when(r.fact), sources(r.fact.sources)),
        bar(r.fact, at))))
      : h('p', { class: 'empty' }, 'None recorded.'),
  ]));
}
