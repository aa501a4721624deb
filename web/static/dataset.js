// What the page knows about the loaded dataset, read from its events: the span
// of its dates (for every time axis), its most connected units and people (for
// the home page's title and examples). Nothing here names a company, so
// `orgraph serve ./my-company` shows my company.

import { gql } from './gql.js';
import { later, setSpan, thisMonth } from './dates.js';

/** Every event with what the home page and its timeline need. */
export const EVENTS = `query Events($known: Date) {
  events(knownAt: $known) {
    id date dateRange { earliest latest } title
    units { id name } people { id name }
    sources { document title published note }
  }
}`;

/** The earlier of two partial dates (null counts as absent). */
const earlier = (a, b) => (!a ? b : !b ? a : later(a, b) === a ? b : a);

/** Counts how many events each entity takes part in, most first (ties by name). */
function ranked(events, key) {
  const n = new Map();
  for (const e of events) for (const x of e[key]) {
    const c = n.get(x.id) ?? { ...x, count: 0, last: null };
    c.count++;
    c.last = later(c.last, e.date);
    n.set(x.id, c);
  }
  return [...n.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Summarises a list of events: first and last date, ranked units and people. */
export function summarise(events) {
  let first = null, last = null;
  for (const e of events) {
    first = earlier(first, e.dateRange?.earliest ?? e.date);
    first = earlier(first, e.date);
    last = later(last, e.date);
  }
  return { events, first, last, units: ranked(events, 'units'), people: ranked(events, 'people') };
}

let asked;

/** The dataset as all sources tell it, asked once; the time axes are fitted
 * to its span as a side effect, before any view is drawn. */
export function dataset() {
  asked ??= gql(EVENTS, {}).then(({ events }) => {
    const d = summarise(events);
    if (d.first) setSpan(d.first, d.last);
    return d;
  }, (e) => { asked = null; throw e; });
  return asked;
}

/** The home page's heading: the two most connected units and the span. */
export function title(d) {
  const names = d.units.slice(0, 2).map((u) => u.name);
  const what = names.length ? names.join(' and ') : 'the organisation';
  const span = d.first ? `, ${d.first.slice(0, 4)} to ${(d.last ?? thisMonth).slice(0, 4)}` : '';
  return `Explore ${what}${span}`;
}

/** Example links: the most connected people and units, each as of the last
 * event it takes part in. */
export function examples(d, n = 3) {
  const pick = (list, kind) => list.slice(0, n).map((x) => ({
    kind, name: x.name, at: x.last,
    text: `${x.name} as of ${x.last} (in ${x.count} event${x.count > 1 ? 's' : ''})`,
  }));
  return [...pick(d.people, 'person'), ...pick(d.units, 'unit')];
}
