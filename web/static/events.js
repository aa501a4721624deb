// The events timeline: every restructuring the dataset records, oldest first,
// each with its date (as precisely as the sources give it), the units and
// people it involved, linked as of that date, and its sources.

import { h, link, section, sources } from './dom.js';
import { moment, yearOf } from './dates.js';

/** A section listing events ({date, dateRange, title, units, people, sources}). */
export function eventsTimeline(events) {
  const sorted = [...events].sort((a, b) => yearOf(a.date, 'start') - yearOf(b.date, 'start'));
  return section('Events',
    sorted.length
      ? h('ol', { class: 'events' }, sorted.map((e) => {
        const when = moment(e.date, e.dateRange, e.date);
        return h('li', { class: 'event', id: `event-${e.id}` },
          h('time', { datetime: e.date }, when), ' ',
          h('strong', { class: 'event-title' }, e.title),
          e.units.length > 0 && h('div', { class: 'involved units' }, 'Units: ',
            e.units.map((u, i) => [i ? ', ' : '', link('unit', u, e.date)])),
          e.people.length > 0 && h('div', { class: 'involved people' }, 'People: ',
            e.people.map((p, i) => [i ? ', ' : '', link('person', p, e.date)])),
          sources(e.sources));
      }))
      : h('p', { class: 'empty' }, 'No events recorded.'));
}
