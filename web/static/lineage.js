// The lineage diagram: one horizontal lane per unit on the dataset's axis,
// a lane starting when the unit was renamed into being and ending when it
// merged or was renamed away; connectors at the edge's date. A unit that split
// off had often existed inside its parent before, so a split does not start
// its lane: unknown starts fade in.
// Fixed SVG units (scrolled sideways on phones) keep its labels legible; the
// axis starts a little before the lineage does, not at the axis start, to spend the
// width on the years where something happened.

import { AXIS_START, AXIS_END, yearOf, moment } from './dates.js';
import { h, s } from './dom.js';

const W = 900, PAD = 14, TOP = 34, LANE = 52;
const VERB = { MERGED_INTO: 'merged into', SPLIT_FROM: 'split from', RENAMED_TO: 'renamed to' };

/** When an edge's change happened, as a fractional year: the middle of the
 * days it may have happened on; null when undated. */
function midYear(e) {
  const r = e.dateRange;
  if (r?.earliest && r?.latest) return (yearOf(r.earliest, 'start') + yearOf(r.latest, 'end')) / 2;
  return e.date ? yearOf(e.date, 'mid') : null;
}

/** What the edges say about when each unit began and ended. */
function lanes(edges) {
  const units = new Map();
  const get = (u) => units.get(u.id) ?? units.set(u.id, { ...u, starts: [], ends: [], seen: [] }).get(u.id);
  for (const e of edges) {
    const unit = get(e.unit), target = get(e.target);
    const t = midYear(e);
    if (t == null) continue;
    if (e.kind === 'SPLIT_FROM') unit.seen.push(t), target.seen.push(t);
    else unit.ends.push(t), (e.kind === 'RENAMED_TO' ? target.starts : target.seen).push(t);
  }
  const list = [...units.values()].map((u) => {
    const known = u.starts.length > 0;
    // An unknown start fades in a little before the unit's first dated event.
    const first = Math.min(...u.starts, ...u.seen, ...u.ends, AXIS_END);
    return { ...u, known, start: known ? Math.min(...u.starts) : Math.max(AXIS_START, first - 1.5),
      end: u.ends.length ? Math.min(...u.ends) : null };
  });
  list.sort((a, b) => a.start - b.start || a.name.localeCompare(b.name));
  list.forEach((u, i) => { u.y = TOP + 22 + i * LANE; });
  return new Map(list.map((u) => [u.id, u]));
}

/** The SVG diagram of lineage edges; focusId is the unit being viewed. */
export function lineageDiagram(edges, focusId, at) {
  const byId = lanes(edges);
  const atYear = at ? yearOf(at, 'mid') : AXIS_END;
  const lo = Math.max(AXIS_START, Math.floor(Math.min(atYear, ...[...byId.values()].map((u) => u.start))));
  const x = (year) => PAD + ((Math.max(lo, Math.min(AXIS_END, year)) - lo) / (AXIS_END - lo)) * (W - 2 * PAD);
  const height = TOP + 22 + byId.size * LANE;
  const axis = [];
  for (let y = lo; y <= Math.floor(AXIS_END); y++) {
    axis.push(s('line', { class: 'grid', x1: x(y), x2: x(y), y1: TOP - 6, y2: height }),
      s('text', { class: 'year', x: x(y) + 2, y: TOP - 12 }, y));
  }
  const laneEls = [...byId.values()].map((u) => {
    const x1 = x(u.start), x2 = u.end ? x(u.end) : W - PAD;
    const labelRight = x1 > W - 220;
    const cls = `lane${u.id === focusId ? ' focus' : ''}`;
    return [s('g', { class: cls },
      // A rect, not a line: gradients need a bounding box with height.
      s('rect', { class: 'life', x: x1, y: u.y - 2, width: Math.max(x2 - x1, 2), height: 4, fill: u.known ? null : 'url(#lineage-fade)' }),
      !u.end && s('path', { class: 'arrow', d: `M${W - PAD - 8} ${u.y - 6} L${W - PAD} ${u.y} L${W - PAD - 8} ${u.y + 6} Z` })),
    // Names go last, over the connectors, with a halo so crossing lines stay behind them.
    s('text', { class: `${cls} name`, x: labelRight ? x2 : x1 + 8, y: u.y - 8, 'text-anchor': labelRight ? 'end' : 'start' }, u.name)];
  });
  const edgeEls = edges.map((e) => {
    const a = byId.get(e.unit.id), b = byId.get(e.target.id);
    // Arrows follow the flow of the organisation: a split flows out of its target.
    const [from, to] = e.kind === 'SPLIT_FROM' ? [b, a] : [a, b];
    const ex = midYear(e) != null ? x(midYear(e)) : x(a.end ?? a.start);
    const dir = to.y > from.y ? 1 : -1;
    // A change the documents date only within bounds ("end of 2018") gets a
    // pale band over every day it may have happened on.
    const r = e.dateRange;
    const band = r?.earliest && r?.latest && r.earliest !== r.latest
      && [x(yearOf(r.earliest, 'start')), x(yearOf(r.latest, 'end'))];
    return s('g', { class: `edge ${e.kind.toLowerCase()}${e.date ? '' : ' undated'}` },
      s('title', {}, `${e.unit.name} ${VERB[e.kind]} ${e.target.name}, ${moment(e.date, r, 'date unknown')}`),
      band && s('rect', { class: 'range', x: band[0], y: Math.min(from.y, to.y) - 4, width: Math.max(band[1] - band[0], 2), height: Math.abs(to.y - from.y) + 8 }),
      s('line', { x1: ex, x2: ex, y1: from.y, y2: to.y - dir * 7 }),
      s('path', { class: 'head', d: `M${ex - 5} ${to.y - dir * 9} L${ex} ${to.y - dir * 2} L${ex + 5} ${to.y - dir * 9} Z` }),
      s('circle', { cx: ex, cy: from.y, r: 3.5 }),
      // Just under the upper lane's line, where no lane name is drawn.
      s('text', { class: 'kind', x: ex + 6, y: Math.min(from.y, to.y) + 15 }, `${VERB[e.kind]} ${e.date ?? '(date unknown)'}`));
  });
  const cursor = at && s('line', { class: 'cursor', x1: x(atYear), x2: x(atYear), y1: TOP - 6, y2: height });
  const label = edges.map((e) => `${e.unit.name} ${VERB[e.kind]} ${e.target.name} ${e.date ?? ''}`).join('; ');
  const box = h('div', { class: 'diagram', role: 'region', 'aria-label': 'Lineage diagram, scrolls sideways', tabindex: '0' },
    s('svg', { class: 'lineage', viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': `Lineage: ${label}` },
      s('defs', {}, s('linearGradient', { id: 'lineage-fade' },
        s('stop', { offset: 0, class: 'fade0' }), s('stop', { offset: 0.5, class: 'fade1' }))),
      axis, cursor, laneEls.map((l) => l[0]), edgeEls, laneEls.map((l) => l[1])));
  // Where the diagram is wider than the screen, start with the chosen date in view.
  requestAnimationFrame(() => { box.scrollLeft = (x(atYear) / W) * box.scrollWidth - box.clientWidth / 2; });
  return box;
}
