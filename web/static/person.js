// The person view: who they reported to, who reported to them and which roles
// they held, as of the chosen date and over all time.

import { gql } from './gql.js';
import { h, link, fact, section, list, playground } from './dom.js';
import { timeline } from './timeline.js';

const QUERY = `
fragment Src on Source { document title published note }
query Person($name: String!, $at: Date!) {
  person(name: $name) {
    id name aliases
    rolesAt: roles(at: $at) { title validFrom validTo unit { id name } sources { ...Src } }
    managersAt: managers(at: $at) { validFrom validTo manager { id name aliases } sources { ...Src } }
    reportsAt: directReports(at: $at) { validFrom validTo person { id name aliases } sources { ...Src } }
    reportingChain(at: $at) { id name }
    roles { title validFrom validTo unit { id name } sources { ...Src } }
    managers { validFrom validTo manager { id name } sources { ...Src } }
    directReports { validFrom validTo person { id name } sources { ...Src } }
  }
  unit(name: $name) { name }
}`;

/** A person's other names, shown beside them because sources spell people
 * differently (花名, pinyin with and without spaces, machine translations). */
function aka(p) {
  const others = (p.aliases ?? []).filter((a) => a !== p.name);
  return others.length ? h('span', { class: 'aka' }, ` (${others.join(', ')})`) : null;
}

/** Loads a person; returns {el, title}, {other: 'unit'} when the name is a
 * unit's, or null when nobody has that name. */
export async function loadPerson(name, at) {
  const vars = { name, at };
  const { person: p, unit } = await gql(QUERY, vars);
  if (!p) return unit ? { other: 'unit' } : null;
  const chain = p.reportingChain;
  const el = h('article', { class: 'view person' },
    h('header', { class: 'view-head' },
      h('p', { class: 'kind-badge person' }, 'person'),
      h('h2', { tabindex: '-1' }, p.name),
      h('ul', { class: 'aliases', 'aria-label': 'Also known as' }, p.aliases.map((a) => h('li', {}, a))),
      playground(QUERY, vars)),
    h('div', { class: 'as-of' },
      section(`Roles as of ${at}`, list(p.rolesAt.map((r) =>
        fact([r.title, ', ', link('unit', r.unit, at)], r)), 'No role recorded at this date.')),
      section(`Managers as of ${at}`, list(p.managersAt.map((m) =>
        fact([link('person', m.manager, at), aka(m.manager)], m)), 'No manager recorded at this date.')),
      section(`Direct reports as of ${at}`, list(p.reportsAt.map((r) =>
        fact([link('person', r.person, at), aka(r.person)], r)), 'No direct report recorded at this date.')),
      section(`Reporting chain as of ${at}`, chain.length
        ? h('ol', { class: 'chain' }, h('li', {}, h('strong', {}, p.name)), chain.map((m) => h('li', {}, link('person', m, at))))
        : h('p', { class: 'empty' }, 'No manager recorded at this date.'))),
    section('Over time', timeline([
      { title: 'Roles', rows: p.roles.map((r) => ({ kind: 'role', label: [r.title, ', ', link('unit', r.unit, at)], from: r.validFrom, to: r.validTo, sources: r.sources })) },
      { title: 'Managers', rows: p.managers.map((m) => ({ kind: 'manager', label: link('person', m.manager, at), from: m.validFrom, to: m.validTo, sources: m.sources })) },
      { title: 'Direct reports', rows: p.directReports.map((r) => ({ kind: 'report', label: link('person', r.person, at), from: r.validFrom, to: r.validTo, sources: r.sources })) },
    ], at)));
  return { el, title: p.name };
}
