// The person view: who they reported to, who reported to them and which roles
// they held, as of the chosen date and over all time.

import { gql } from './gql.js';
import { h, link, fact, section, list, playground, alternatives } from './dom.js';
import { timeline } from './timeline.js';
import { network } from './network.js';

// How a fact holds and how well its dates are known; holds is relative to
// the field's own window, so the all-time lists ask it with no window.
const TIME = 'validFrom validTo startRange { earliest latest } endRange { earliest latest } holds inferred firstReported';

const QUERY = `
fragment Src on Source { document title published note }
query Person($name: String!, $at: Date!, $known: Date) {
  person(name: $name, knownAt: $known) {
    id name aliases
    rolesAt: roles(at: $at) { title ${TIME} unit { id name } sources { ...Src } }
    managersAt: managers(at: $at) { ${TIME} manager { id name aliases } sources { ...Src } }
    reportsAt: directReports(at: $at) { ${TIME} person { id name aliases } sources { ...Src } }
    reportingChain(at: $at) { id name managers(at: $at) { holds inferred manager { id name } } }
    roles { title ${TIME} unit { id name } sources { ...Src } }
    managers { ${TIME} manager { id name } sources { ...Src } }
    directReports { ${TIME} person { id name } sources { ...Src } }
  }
  unit(name: $name, knownAt: $known) { name }
}`;

/** A person's other names, shown beside them because sources spell people
 * differently (花名, pinyin with and without spaces, machine translations). */
function aka(p) {
  const others = (p.aliases ?? []).filter((a) => a !== p.name);
  return others.length ? h('span', { class: 'aka' }, ` (${others.join(', ')})`) : null;
}

/** The reporting chain, each step with the other managers its person had at
 * the date when the chain had to pick one. */
function chain(p, at) {
  const steps = p.reportingChain;
  if (!steps.length) return h('p', { class: 'empty' }, 'No manager recorded at this date.');
  // Step i is the manager chosen for the person before it: p, then steps[i-1].
  const lines = [p.managersAt, ...steps.map((m) => m.managers)];
  return h('ol', { class: 'chain' }, h('li', {}, h('strong', {}, p.name)), steps.map((m, i) =>
    h('li', {}, link('person', m, at),
      alternatives('manager', lines[i], (l) => l.manager.id === m.id, (l) => link('person', l.manager, at)))));
}

/** Loads a person; returns {el, title}, {other: 'unit'} when the name is a
 * unit's, or null when nobody has that name (as known on known). */
export async function loadPerson(name, at, known) {
  const vars = { name, at, known: known ?? undefined };
  const { person: p, unit } = await gql(QUERY, vars);
  if (!p) return unit ? { other: 'unit' } : null;
  const managers = p.managersAt.length > 1
    && h('p', { class: 'alternatives-count' }, `${p.managersAt.length} possible managers at this date.`);
  const el = h('article', { class: 'view person' },
    h('header', { class: 'view-head' },
      h('p', { class: 'kind-badge person' }, 'person'),
      h('h2', { tabindex: '-1' }, p.name),
      h('ul', { class: 'aliases', 'aria-label': 'Also known as' }, p.aliases.map((a) => h('li', {}, a))),
      playground(QUERY, vars)),
    h('div', { class: 'as-of' },
      section(`Roles as of ${at}`, list(p.rolesAt.map((r) =>
        fact([r.title, ', ', link('unit', r.unit, at)], r)), 'No role recorded at this date.')),
      section(`Managers as of ${at}`, managers, list(p.managersAt.map((m) =>
        fact([link('person', m.manager, at), aka(m.manager)], m)), 'No manager recorded at this date.')),
      section(`Direct reports as of ${at}`, list(p.reportsAt.map((r) =>
        fact([link('person', r.person, at), aka(r.person)], r)), 'No direct report recorded at this date.')),
      section(`Reporting chain as of ${at}`, chain(p, at))),
    network('person', p, [
      ...p.managersAt.map((m) => ({ kind: 'person', entity: m.manager, rel: 'manager' })),
      ...p.reportsAt.map((r) => ({ kind: 'person', entity: r.person, rel: 'reports' })),
      ...p.rolesAt.map((r) => ({ kind: 'unit', entity: r.unit, rel: r.title })),
    ], at),
    section('Over time', timeline([
      { title: 'Roles', rows: p.roles.map((r) => ({ kind: 'role', label: [r.title, ', ', link('unit', r.unit, at)], fact: r })) },
      { title: 'Managers', rows: p.managers.map((m) => ({ kind: 'manager', label: link('person', m.manager, at), fact: m })) },
      { title: 'Direct reports', rows: p.directReports.map((r) => ({ kind: 'report', label: link('person', r.person, at), fact: r })) },
    ], at)));
  return { el, title: p.name };
}
