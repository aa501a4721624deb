// A document's page (/?document=ID): what the document is and every fact the
// dataset takes from it (document(id) { facts }): reporting lines, roles,
// memberships, lineage, events, and the people and units it names. Every
// source list on the other pages links here.

import { gql } from './gql.js';
import { h, link, section, sources, marks, when, holdsClass, playground } from './dom.js';
import { moment } from './dates.js';

const TIME = 'validFrom validTo startRange { earliest latest } endRange { earliest latest } holds inferred firstReported';

const QUERY = `
fragment Src on Source { document title published note }
query Document($id: ID!, $known: Date) {
  document(id: $id, knownAt: $known) {
    id title published language outlet note
    facts {
      reportingLines { ${TIME} person { id name } manager { id name } sources { ...Src } }
      roles { title ${TIME} person { id name } unit { id name } sources { ...Src } }
      memberships { ${TIME} unit { id name } parent { id name } sources { ...Src } }
      lineage { kind date dateRange { earliest latest } inferred unit { id name } target { id name } sources { ...Src } }
      events { id date dateRange { earliest latest } title units { id name } people { id name } sources { ...Src } }
      people { id name }
      units { id name }
    }
  }
}`;

const VERB = { MERGED_INTO: 'merged into', SPLIT_FROM: 'split from', RENAMED_TO: 'renamed to' };

/** A day the fact held on, for its links: its start, else its end. */
const atOf = (f) => f.validFrom ?? f.startRange?.latest ?? f.validTo ?? f.endRange?.earliest ?? undefined;

/** One fact row: what, whether its dates are exact, when, and all its sources. */
const row = (lead, f) => h('li', { class: holdsClass(f) }, h('div', {}, lead, ' ', marks(f, true)), when(f), sources(f.sources));

/** A titled list with its count, or nothing when empty. */
const group = (title, items) => items.length > 0 && section(`${title} (${items.length})`, h('ul', { class: 'facts document-facts' }, items));

/** Loads the page of document id (as known on known); null when unknown. */
export async function loadDocument(id, known) {
  const { document: d } = await gql(QUERY, { id, known: known ?? undefined });
  if (!d) {
    return { title: id, el: h('article', { class: 'view missing' }, h('h2', { tabindex: '-1' },
      known ? `No document “${id}” published by ${known}` : `No document “${id}”`)) };
  }
  const f = d.facts;
  const el = h('article', { class: 'view document' },
    h('header', { class: 'view-head' },
      h('p', { class: 'kind-badge' }, 'document'),
      h('h2', { tabindex: '-1' }, d.title ?? d.id),
      h('p', {}, h('code', { class: 'doc' }, d.id), d.published && ` · published ${d.published}`,
        d.outlet && ` · ${d.outlet}`, d.language && ` · ${d.language}`),
      d.note && h('p', { class: 'note' }, d.note),
      playground(QUERY, { id, known: known ?? undefined })),
    group('Reporting lines', f.reportingLines.map((r) =>
      row([link('person', r.person, atOf(r)), ' reports to ', link('person', r.manager, atOf(r))], r))),
    group('Roles', f.roles.map((r) =>
      row([link('person', r.person, atOf(r)), `: ${r.title}, `, link('unit', r.unit, atOf(r))], r))),
    group('Part of', f.memberships.map((m) =>
      row([link('unit', m.unit, atOf(m)), ' part of ', link('unit', m.parent, atOf(m))], m))),
    group('Lineage', f.lineage.map((e) => h('li', {},
      h('div', {}, link('unit', e.unit, e.date), ` ${VERB[e.kind] ?? e.kind} `, link('unit', e.target, e.date), ' ', marks(e)),
      h('small', {}, moment(e.date, e.dateRange, 'date unknown')), sources(e.sources)))),
    group('Events', f.events.map((e) => h('li', {},
      h('div', {}, h('time', { datetime: e.date }, moment(e.date, e.dateRange, e.date)), ' ', h('strong', {}, e.title)),
      h('div', { class: 'involved' }, [...e.units.map((u) => link('unit', u, e.date)), ...e.people.map((p) => link('person', p, e.date))]
        .flatMap((a, i) => (i ? [', ', a] : [a]))),
      sources(e.sources)))),
    group('People it names', f.people.map((p) => h('li', {}, link('person', p)))),
    group('Units it names', f.units.map((u) => h('li', {}, link('unit', u)))));
  return { el, title: d.title ?? d.id };
}
