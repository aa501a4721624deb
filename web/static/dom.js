// Small DOM builders. Everything is built with createElement and text nodes,
// never innerHTML, because every name on the page comes from data.

import { playgroundURL } from './gql.js';
import { period } from './dates.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** An HTML element: h('a', {href}, 'text', child, [more]). */
export const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);

/** An SVG element, same call shape as h. */
export const s = (tag, attrs, ...children) => build(document.createElementNS(SVG_NS, tag), attrs, children);

// The "as known on" date of the page, which every link keeps: following a
// link must not jump from what the 2019 sources said to what is known today.
let knownOn = null;

/** Sets the "as known on" date that links carry (null: all sources). */
export function setKnown(known) {
  knownOn = known || null;
}

/** The page URL for a person or unit as of a date (and as known on the page's
 * known date); links are real links so they can be opened in a new tab, and
 * app.js turns plain clicks into pushState. */
export function href(kind, name, at, known = knownOn) {
  return `/?${new URLSearchParams({ [kind]: name, ...(at ? { at } : {}), ...(known ? { known } : {}) })}`;
}

/** A link to a person or unit, in the app's own navigation. */
export function link(kind, entity, at) {
  return h('a', { href: href(kind, entity.name, at), class: `entity ${kind}`, 'data-nav': '' }, entity.name);
}

/** A disclosure listing where a fact comes from: document id, title,
 * publication date and the curator's note. Native <details> so it works by
 * keyboard and screen reader without script. */
export function sources(list) {
  if (!list?.length) return h('span', { class: 'no-sources' }, 'no source');
  return h('details', { class: 'sources' },
    h('summary', {}, list.length === 1 ? '1 source' : `${list.length} sources`),
    h('ul', {}, list.map((src) => h('li', {},
      h('a', { href: `/?${new URLSearchParams({ document: src.document })}`, class: 'doc-link', 'data-nav': '' },
        h('code', { class: 'doc' }, src.document)),
      src.title && h('span', { class: 'title' }, ` ${src.title}`),
      src.published && h('span', { class: 'published' }, ` (${src.published})`),
      src.note && h('div', { class: 'note' }, src.note)))));
}

/** The "Open in Playground" link plus the query text to copy. */
export function playground(query, variables) {
  const text = `${query.trim()}\n\n# variables\n${JSON.stringify(variables, null, 2)}`;
  const pre = h('pre', { tabindex: '0' }, text);
  const copy = h('button', {
    type: 'button',
    onclick: async () => {
      try {
        await navigator.clipboard.writeText(text);
        copy.textContent = 'Copied';
      } catch {
        // Clipboard access needs a secure context; selecting lets Ctrl+C do it.
        getSelection().selectAllChildren(pre);
        copy.textContent = 'Selected: press Ctrl+C';
      }
    },
  }, 'Copy query');
  return h('div', { class: 'playground' },
    h('a', { href: playgroundURL(query, variables), target: '_blank', rel: 'noopener' }, 'Open in Playground'),
    h('details', {}, h('summary', {}, 'GraphQL query'), copy, pre));
}

/** A titled section of a view. */
export function section(title, ...body) {
  const id = `s-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return h('section', { 'aria-labelledby': id }, h('h3', { id }, title), ...body);
}

/** A list, or a line saying it is empty. */
export function list(items, empty) {
  return items.length ? h('ul', { class: 'facts' }, items) : h('p', { class: 'empty' }, empty);
}

// What a fact's holds says, as badge text and tooltip: for a date asked, and
// for all time (asked with no date, where it tells whether the span is known
// to the day).
const HOLDS = {
  CERTAINLY: ['certain', 'Its dates say it held throughout the date asked.'],
  POSSIBLY: ['possibly', 'It may have held at the date asked; its dates do not say it held throughout.'],
};
const SPAN = {
  CERTAINLY: ['exact dates', 'The sources give the day it started and the day it ended, or that it is still in force.'],
  POSSIBLY: ['approximate dates', 'The sources give its start or end only to the month or year, or within bounds, or not at all.'],
};

/** The marks a fact carries: whether it holds certainly or only possibly in
 * the date asked (solid or outlined badge), or with allTime whether its dates
 * are exact, and whether the documents only imply it. Words, not just
 * styling, so screen readers and tests read them. */
export function marks(f, allTime = false) {
  const [text, title] = (allTime ? SPAN : HOLDS)[f.holds] ?? [];
  return [
    text && h('span', { class: `mark ${f.holds.toLowerCase()}`, title }, text),
    f.inferred && h('span', { class: 'mark inferred', title: 'Worked out from the documents, not stated in them.' }, 'inferred'),
  ];
}

/** When a fact held, in words, and when the sources first reported it. */
export function when(f) {
  return h('small', {}, period(f.validFrom, f.validTo, f.startRange, f.endRange),
    f.firstReported && h('span', { class: 'reported' }, ` · first reported ${f.firstReported}`));
}

/** The class of a fact's row: possible facts are drawn dashed, certain ones solid. */
export function holdsClass(f) {
  return f.holds ? `holds-${f.holds.toLowerCase()}` : null;
}

/** One fact in an "as of" list: what, how surely, when, and where it comes from. */
export function fact(lead, f, ...extra) {
  return h('li', { class: holdsClass(f) }, h('div', {}, lead, ' ', marks(f)), when(f), sources(f.sources), extra);
}

/** A note that the sources allow more than one answer where the API follows
 * one (a parent, a chain step): "2 possible parents", with every candidate,
 * which one is followed and how each holds. */
export function alternatives(noun, items, chosen, render) {
  if (items.length < 2) return null;
  return h('div', { class: 'alternatives', role: 'note' },
    h('strong', {}, `${items.length} possible ${noun}s`),
    ' at this date; the one that holds certainly is followed, else the latest to start:',
    h('ul', {}, items.map((f) => h('li', { class: holdsClass(f) }, render(f), ' ', marks(f),
      chosen(f) && h('span', { class: 'followed' }, ' (followed)')))));
}
