// The "what changed" view: two dates, and what happened between them, from
// the API's changes(from, to). The units involved are drawn twice, as they
// stood before and after, at the same places in both pictures (a grid in name
// order that does not depend on what changed), so the eye sees what appeared,
// disappeared or moved; below, every change is listed with its sources.

import { gql } from './gql.js';
import { h, s, link, section, sources, marks, playground } from './dom.js';
import { moment } from './dates.js';

const QUERY = `
fragment Src on Source { document title published note }
query Changes($from: Date!, $to: Date!, $known: Date) {
  changes(from: $from, to: $to, knownAt: $known) {
    kind date dateRange { earliest latest } holds title firstReported
    units { id name } people { id name } sources { ...Src }
  }
}`;

/** How each kind reads, and the group it is listed under. */
const KINDS = {
  UNIT_FOUNDED: ['Appeared', (c, at) => [link('unit', c.units[0], at), ' came into being']],
  SPLIT_FROM: ['Split', (c, at) => [link('unit', c.units[0], at), ' split from ', link('unit', c.units[1], at)]],
  RENAMED_TO: ['Renamed', (c, at) => [link('unit', c.units[0], at), ' was renamed ', link('unit', c.units[1], at)]],
  MERGED_INTO: ['Merged', (c, at) => [link('unit', c.units[0], at), ' merged into ', link('unit', c.units[1], at)]],
  UNIT_DISSOLVED: ['Disappeared', (c, at) => [link('unit', c.units[0], at), ' ceased to exist']],
  MOVED: ['Moved', (c, at) => [link('unit', c.units[0], at), ' became part of ', link('unit', c.units[1], at)]],
  PART_OF_ENDED: ['Moved', (c, at) => [link('unit', c.units[0], at), ' stopped being part of ', link('unit', c.units[1], at)]],
  HEAD_STARTED: ['Heads', (c, at) => [link('person', c.people[0], at), ' started as ', c.title ?? 'head', ' of ', link('unit', c.units[0], at)]],
  HEAD_ENDED: ['Heads', (c, at) => [link('person', c.people[0], at), ' stopped as ', c.title ?? 'head', ' of ', link('unit', c.units[0], at)]],
  REPORTING_STARTED: ['Reporting lines', (c, at) => [link('person', c.people[0], at), ' started reporting to ', link('person', c.people[1], at)]],
  REPORTING_ENDED: ['Reporting lines', (c, at) => [link('person', c.people[0], at), ' stopped reporting to ', link('person', c.people[1], at)]],
};
const GROUPS = ['Appeared', 'Disappeared', 'Merged', 'Split', 'Renamed', 'Moved', 'Heads', 'Reporting lines'];

/** A change in words, its units and people linked as of at. */
export function describe(c, at) {
  return KINDS[c.kind]?.[1](c, at) ?? [c.kind, ' ', c.units.map((u) => link('unit', u, at)), c.people.map((p) => link('person', p, at))];
}

/** "2017-12..2019-01" as [from, to], or null. */
export function parseSpan(text, isDate) {
  const [from, to, more] = (text ?? '').split('..');
  return more === undefined && isDate(from) && isDate(to) ? [from, to] : null;
}

/** What each unit did in the window: appeared, disappeared, moved. */
function fates(changes) {
  const fate = new Map();
  const mark = (u, f) => fate.set(u.id, { unit: u, f: new Set([...(fate.get(u.id)?.f ?? []), ...(f ? [f] : [])]) });
  for (const c of changes) {
    c.units.forEach((u) => mark(u));
    const [a, b] = c.units;
    if (c.kind === 'UNIT_FOUNDED' || (c.kind === 'SPLIT_FROM') || c.kind === 'RENAMED_TO') mark(c.kind === 'UNIT_FOUNDED' || c.kind === 'SPLIT_FROM' ? a : b, 'appeared');
    if (c.kind === 'UNIT_DISSOLVED' || c.kind === 'MERGED_INTO' || c.kind === 'RENAMED_TO') mark(a, 'gone');
    if (c.kind === 'MOVED' || c.kind === 'PART_OF_ENDED') mark(a, 'moved');
  }
  return fate;
}

/** The two pictures, before and after, with the same grid positions. */
function pictures(changes, from, to) {
  const fate = fates(changes);
  const units = [...fate.values()].sort((a, b) => a.unit.name.localeCompare(b.unit.name));
  if (!units.length) return null;
  const cols = Math.min(4, units.length), cw = 190, rh = 44;
  const pos = new Map(units.map((u, i) => [u.unit.id, { x: 10 + (i % cols) * cw, y: 10 + Math.floor(i / cols) * rh }]));
  const W = cols * cw + 10, H = Math.ceil(units.length / cols) * rh + 10;
  const arrows = changes.filter((c) => ['MERGED_INTO', 'SPLIT_FROM', 'RENAMED_TO'].includes(c.kind) && c.units.length === 2);
  const picture = (after) => s('svg', { class: `changes-map ${after ? 'after' : 'before'}`, viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': after ? `Units as of ${to}` : `Units as of ${from}` },
    after && arrows.map((c) => {
      // A split is drawn from the old unit to the new one; the others from the unit to its successor.
      const [p, q] = (c.kind === 'SPLIT_FROM' ? [c.units[1], c.units[0]] : c.units).map((u) => pos.get(u.id));
      return s('line', { class: `flow ${c.kind.toLowerCase()}`, x1: p.x + 85, y1: p.y + 16, x2: q.x + 85, y2: q.y + 16 });
    }),
    units.map(({ unit, f }) => {
      const { x, y } = pos.get(unit.id);
      const absent = after ? f.has('gone') && !f.has('appeared') : f.has('appeared') && !f.has('gone');
      const cls = ['unit-box', absent && 'absent', after && f.has('appeared') && 'appeared', !after && f.has('gone') && 'gone', f.has('moved') && 'moved'];
      return s('g', { class: cls.filter(Boolean).join(' '), 'data-unit': unit.name },
        s('rect', { x, y, width: 170, height: 32, rx: 5 }),
        s('text', { x: x + 8, y: y + 20 }, unit.name.length > 24 ? `${unit.name.slice(0, 23)}…` : unit.name));
    }));
  return h('div', { class: 'changes-pictures' },
    h('figure', {}, h('figcaption', {}, `Before: ${from}`), picture(false)),
    h('figure', {}, h('figcaption', {}, `After: ${to}`), picture(true)),
    h('p', { class: 'legend muted' }, 'Same place for each unit in both pictures. Outlined: not yet or no longer there; green: appeared; red: gone; amber border: moved; lines: merged, split or renamed.'));
}

/** A form to pick the two dates; submitting follows a /?changes= link. */
function picker(from, to, onPick) {
  const a = h('input', { type: 'month', id: 'changes-from', value: from.slice(0, 7), required: true });
  const b = h('input', { type: 'month', id: 'changes-to', value: to.slice(0, 7), required: true });
  return h('form', { class: 'changes-picker', onsubmit: (e) => { e.preventDefault(); onPick(a.value, b.value); } },
    h('label', { for: 'changes-from' }, 'From '), a, ' ',
    h('label', { for: 'changes-to' }, 'to '), b, ' ',
    h('button', { type: 'submit' }, 'Compare'));
}

/** Loads the changes between from and to; returns {el, title}. */
export async function loadChanges(from, to, known, onPick) {
  const vars = { from, to, known: known ?? undefined };
  const { changes } = await gql(QUERY, vars);
  const groups = Map.groupBy(changes, (c) => KINDS[c.kind]?.[0] ?? c.kind);
  const title = `What changed from ${from} to ${to}`;
  const el = h('article', { class: 'view changes' },
    h('header', { class: 'view-head' },
      h('p', { class: 'kind-badge' }, 'changes'),
      h('h2', { tabindex: '-1' }, title),
      playground(QUERY, vars)),
    picker(from, to, onPick),
    changes.length ? pictures(changes, from, to) : h('p', { class: 'empty' }, 'No change recorded between these dates.'),
    [...GROUPS, ...[...groups.keys()].filter((g) => !GROUPS.includes(g))].filter((g) => groups.has(g)).map((g) =>
      section(g, h('ul', { class: 'facts changes-list' }, groups.get(g).map((c) => {
        const at = c.date ?? c.dateRange?.latest ?? to;
        const words = describe(c, at);
        return h('li', { class: `change ${c.kind.toLowerCase()} ${c.holds === 'POSSIBLY' ? 'possibly' : 'certainly'}` },
          h('div', {}, words), marks(c),
          h('small', {}, moment(c.date, c.dateRange, 'date unknown'), c.firstReported && ` · first reported ${c.firstReported}`),
          sources(c.sources));
      })))));
  return { el, title };
}
