// A document's page (/?document=ID): what the document is, and everything the
// dataset takes from it: the changes it reports (starts and ends of facts,
// foundings, mergers, splits, renamings, moves) and the events it tells of,
// each with the curator's note for this document. Every source list on the
// other pages links here.
//
// Until the API answers document(id) { facts }, the page reads the same
// knowledge from changes over all time and events, keeping those that cite
// the document.

import { gql } from './gql.js';
import { h, link, section, marks } from './dom.js';
import { moment } from './dates.js';
import { describe } from './changes.js';

const QUERY = `
fragment Src on Source { document title published note }
query Document($known: Date) {
  changes(from: "1000", to: "9999", knownAt: $known) {
    kind date dateRange { earliest latest } holds title
    units { id name } people { id name } sources { ...Src }
  }
  events(knownAt: $known) { id date dateRange { earliest latest } title units { id name } people { id name } sources { ...Src } }
}`;

/** Loads the page of document id; null when no fact or event cites it. */
export async function loadDocument(id, known) {
  const { changes, events } = await gql(QUERY, { known: known ?? undefined });
  const cites = (x) => x.sources.find((s) => s.document === id);
  const mine = changes.filter(cites), told = events.filter(cites);
  const doc = [...mine, ...told].map(cites)[0];
  if (!doc) {
    return { title: id, el: h('article', { class: 'view missing' }, h('h2', { tabindex: '-1' }, `No fact cites a document “${id}”`)) };
  }
  const note = (x) => cites(x).note && h('div', { class: 'note' }, cites(x).note);
  const el = h('article', { class: 'view document' },
    h('header', { class: 'view-head' },
      h('p', { class: 'kind-badge' }, 'document'),
      h('h2', { tabindex: '-1' }, doc.title ?? id),
      h('p', {}, h('code', { class: 'doc' }, id), doc.published && ` · published ${doc.published}`)),
    section(`What it reports (${mine.length})`, h('ul', { class: 'facts document-facts' }, mine.map((c) => {
      const at = c.date ?? c.dateRange?.latest;
      return h('li', { class: `change ${c.kind.toLowerCase()}` }, h('div', {}, describe(c, at), ' ', marks(c)),
        h('small', {}, moment(c.date, c.dateRange, 'date unknown')), note(c));
    }))),
    section(`Events it tells of (${told.length})`, told.length
      ? h('ul', { class: 'facts' }, told.map((e) => h('li', {},
        h('div', {}, h('time', { datetime: e.date }, moment(e.date, e.dateRange, e.date)), ' ', h('strong', {}, e.title)),
        h('div', { class: 'involved' }, [...e.units.map((u) => link('unit', u, e.date)), ...e.people.map((p) => link('person', p, e.date))]
          .flatMap((a, i) => (i ? [', ', a] : [a]))),
        note(e))))
      : h('p', { class: 'empty' }, 'No event cites it.')));
  return { el, title: doc.title ?? id };
}
