// The unit view: where the unit sat and who led it as of the chosen date, its
// heads and parents over time, its lineage, and its org chart.

import { gql } from './gql.js';
import { h, link, fact, marks, sources, section, list, playground, alternatives } from './dom.js';
import { moment } from './dates.js';
import { timeline } from './timeline.js';
import { lineageDiagram } from './lineage.js';
import { loadChart } from './chart.js';
import { network } from './network.js';

// How a fact holds and how well its dates are known; holds is relative to
// the field's own window, so the all-time lists ask it with no window.
const TIME = 'validFrom validTo startRange { earliest latest } endRange { earliest latest } holds inferred firstReported';

const QUERY = `
fragment Src on Source { document title published note }
fragment Edge on LineageEdge { kind date dateRange { earliest latest } inferred firstReported unit { id name } target { id name } sources { ...Src } }
query Unit($name: String!, $at: Date!, $known: Date) {
  unit(name: $name, knownAt: $known) {
    id name aliases kind
    parent(at: $at) { id name }
    membershipsAt: memberships(at: $at) { ${TIME} parent { id name } sources { ...Src } }
    headsAt: heads(at: $at) { title ${TIME} person { id name } sources { ...Src } }
    children(at: $at) { id name kind memberships(at: $at) { ${TIME} parent { id } sources { ...Src } } }
    memberships { ${TIME} parent { id name } sources { ...Src } }
    heads { title ${TIME} person { id name } sources { ...Src } }
    mergedInto { ...Edge }
    splitFrom { ...Edge }
    lineage { ...Edge }
  }
  person(name: $name, knownAt: $known) { name }
}`;

const VERB = { MERGED_INTO: 'merged into', SPLIT_FROM: 'split from', RENAMED_TO: 'renamed to' };

function edge(e, at, withUnit) {
  return h('li', { class: `edge ${e.kind.toLowerCase()}` },
    h('div', {}, withUnit && [link('unit', e.unit, at), ' '], h('span', { class: 'verb' }, VERB[e.kind]), ' ', link('unit', e.target, at)),
    h('small', {}, moment(e.date, e.dateRange, 'date unknown'),
      e.firstReported && ` · first reported ${e.firstReported}`), marks(e), sources(e.sources));
}

/** A note where the sources put more than one person in the same post at the
 * date: the API lists them all and the explorer says so rather than pick one. */
function sameTitle(heads) {
  const byTitle = Map.groupBy(heads, (r) => r.title);
  return [...byTitle].filter(([, rs]) => rs.length > 1).map(([title, rs]) =>
    h('p', { class: 'alternatives-count', role: 'note' }, `${rs.length} people recorded as ${title} at this date.`));
}

/** Loads a unit and its org chart; returns {el, title}, {other: 'person'} when
 * the name is a person's, or null when no unit has that name (as known on known). */
export async function loadUnit(name, at, known) {
  const vars = { name, at, known: known ?? undefined };
  const [{ unit: u, person }, chart] = await Promise.all([gql(QUERY, vars), loadChart(name, at, known)]);
  if (!u) return person ? { other: 'person' } : null;
  // The parent's sources are those of the membership that puts it there.
  const parentLine = u.parent && u.membershipsAt.find((m) => m.parent.id === u.parent.id);
  const el = h('article', { class: 'view unit' },
    h('header', { class: 'view-head' },
      h('p', { class: `kind-badge unit` }, u.kind || 'unit'),
      h('h2', { tabindex: '-1' }, u.name),
      h('ul', { class: 'aliases', 'aria-label': 'Also known as' }, u.aliases.map((a) => h('li', {}, a))),
      playground(QUERY, vars)),
    h('div', { class: 'as-of' },
      section(`Parent as of ${at}`, u.parent
        ? h('ul', { class: 'facts parent' }, parentLine ? fact(link('unit', u.parent, at), parentLine) : h('li', {}, link('unit', u.parent, at)))
        : h('p', { class: 'empty' }, 'No parent recorded at this date.'),
      alternatives('parent', u.membershipsAt, (m) => m.parent.id === u.parent?.id, (m) => link('unit', m.parent, at))),
      section(`Heads as of ${at}`, sameTitle(u.headsAt), list(u.headsAt.map((r) =>
        fact([link('person', r.person, at), `, ${r.title}`], r)), 'No head recorded at this date.')),
      section(`Children as of ${at}`, list(u.children.map((c) => {
        const m = c.memberships.find((x) => x.parent.id === u.id);
        return m ? fact([link('unit', c, at), h('span', { class: 'muted' }, ` ${c.kind}`)], m) : h('li', {}, link('unit', c, at));
      }), 'No child unit recorded at this date.'))),
    network('unit', u, [
      ...(u.parent ? [{ kind: 'unit', entity: u.parent, rel: 'part of' }] : []),
      ...u.children.map((c) => ({ kind: 'unit', entity: c, rel: 'child' })),
      ...u.headsAt.map((r) => ({ kind: 'person', entity: r.person, rel: r.title })),
    ], at),
    section('Org chart', chart),
    section('Over time', timeline([
      { title: 'Heads', rows: u.heads.map((r) => ({ kind: 'role', label: [link('person', r.person, at), `, ${r.title}`], fact: r })) },
      { title: 'Part of', rows: u.memberships.map((m) => ({ kind: 'manager', label: link('unit', m.parent, at), fact: m })) },
    ], at)),
    section('Lineage',
      u.lineage.length ? lineageDiagram(u.lineage, u.id, at) : h('p', { class: 'empty' }, 'No merger, split or renaming recorded.'),
      h('div', { class: 'lineage-lists' },
        section('Merged into', list(u.mergedInto.map((e) => edge(e, at, false)), 'Not merged into another unit.')),
        section('Split from', list(u.splitFrom.map((e) => edge(e, at, false)), 'Not split from another unit.')),
        u.lineage.length > 0 && section('Every lineage edge', list(u.lineage.map((e) => edge(e, at, true)), '')))));
  return { el, title: u.name };
}
