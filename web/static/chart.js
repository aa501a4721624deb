// The org chart as of a date: the unit's parents up to four levels, the unit,
// and its subtree four levels deep, each node with its heads. Nested HTML
// lists rather than SVG, so the tree wraps on a phone and reads as a tree.

import { gql } from './gql.js';
import { h, link, sources, playground, marks, holdsClass } from './dom.js';

const NODE = `id name kind
    heads(at: $at) { title holds inferred person { id name } sources { ...Src } }
    memberships(at: $at) { holds inferred parent { id } sources { ...Src } }`;
const QUERY = `
fragment Src on Source { document title published note }
fragment Node on Unit { ${NODE} }
query OrgChart($name: String!, $at: Date!, $known: Date) {
  unit(name: $name, knownAt: $known) {
    ...Node
    parent(at: $at) { id name parent(at: $at) { id name parent(at: $at) { id name parent(at: $at) { id name } } } }
    children(at: $at) { ...Node children(at: $at) { ...Node children(at: $at) { ...Node children(at: $at) { ...Node } } } }
  }
}`;

function node(u, parentId, at, focus) {
  // A node's sources: the membership that hangs it under this parent and its heads' roles.
  const srcs = [
    ...u.memberships.filter((m) => m.parent.id === parentId).flatMap((m) => m.sources),
    ...u.heads.flatMap((r) => r.sources),
  ];
  const kids = u.children ?? [];
  // A node hangs dashed when its membership under this parent only possibly holds.
  const membership = u.memberships.find((m) => m.parent.id === parentId);
  return h('li', {},
    h('div', { class: `node${focus ? ' focus' : ''} ${membership ? holdsClass(membership) : ''}`, 'aria-current': focus ? 'page' : null },
      link('unit', u, at), h('span', { class: 'muted' }, ` ${u.kind}`), membership && [' ', marks(membership)],
      u.heads.length > 0 && h('ul', { class: 'heads' }, u.heads.map((r) =>
        h('li', { class: holdsClass(r) }, link('person', r.person, at), `, ${r.title} `, marks(r)))),
      srcs.length > 0 && sources(srcs)),
    kids.length > 0 && h('ul', { class: 'kids' }, kids.map((c) => node(c, u.id, at, false))));
}

/** Fetches and draws the chart for the named unit as of at (as known on
 * known); null when unknown. */
export async function loadChart(name, at, known) {
  const vars = { name, at, known: known ?? undefined };
  const { unit } = await gql(QUERY, vars);
  if (!unit) return null;
  const ancestors = [];
  for (let p = unit.parent; p; p = p.parent) ancestors.unshift(p);
  return h('div', { class: 'chart' },
    h('p', { class: 'muted' }, `As of ${at}. `, ancestors.length ? '' : 'No parent recorded at this date.'),
    ancestors.length > 0 && h('ol', { class: 'ancestors', 'aria-label': `Parents as of ${at}, top first` },
      ancestors.map((a) => h('li', { class: 'ancestor' }, link('unit', a, at)))),
    h('ul', { class: 'tree', 'aria-label': `Subtree as of ${at}` }, node(unit, unit.parent?.id, at, true)),
    playground(QUERY, vars));
}
