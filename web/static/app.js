// The page's state lives in the URL (?person= or ?unit=, at= and known=), so
// every view is a deep link; navigation pushes history, date changes replace
// it so dragging the slider does not fill the back button. Without at= the
// page opens at the dataset's latest date, not today: facts of January 2022
// are not "current" years later just because nothing newer was recorded.

import { thisMonth, isDate, monthIndex, monthAt, later, AXIS_START, AXIS_END } from './dates.js';
import { h, href, setKnown } from './dom.js';
import { gql } from './gql.js';
import { initSearch } from './search.js';
import { loadPerson } from './person.js';
import { loadUnit } from './unit.js';
import { dataset, title, examples, summarise, EVENTS as ALL_EVENTS } from './dataset.js';
import { eventsTimeline } from './events.js';
import { loadChanges, parseSpan } from './changes.js';
import { loadDocument } from './document.js';

const $ = (id) => document.getElementById(id);
const main = $('main'), errorBox = $('error'), status = $('status');
const month = $('at-month'), slider = $('at-slider'), atLabel = $('at-label');
const knownBox = $('known'), knownNote = $('known-note');

let state, seq = 0, timer;

/** Reads the state from a URL; at is null when absent or bad (the latest date
 * is looked up then), and a bad date or known date comes with a warning. */
function parse(url) {
  const p = new URL(url, location.href).searchParams;
  const kind = ['person', 'unit', 'changes', 'document'].find((k) => p.has(k)) ?? null;
  const name = kind && p.get(kind).trim();
  const at = p.get('at'), known = p.get('known');
  const bad = (what, v) => `“${v}” is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ${what}.`;
  const warning = [
    at && !isDate(at) && bad('showing the latest date instead', at),
    known && !isDate(known) && bad('answering from all sources instead', known),
  ].filter(Boolean).join(' ');
  return {
    kind: name ? kind : null, name, at: at && isDate(at) ? at : null,
    known: known && isDate(known) ? known : null, warning: warning || null,
  };
}

function writeURL(push) {
  const url = state.kind === 'changes' || state.kind === 'document'
    ? `/?${new URLSearchParams({ [state.kind]: state.name, ...(state.known ? { known: state.known } : {}) })}`
    : state.kind ? href(state.kind, state.name, state.at, state.known)
    : state.known ? `/?${new URLSearchParams({ known: state.known })}` : '/';
  history[push ? 'pushState' : 'replaceState'](null, '', url);
}

// The latest date the events mention, per "as known on" date, and the
// documents' publication dates: asked once each.
const latestCache = new Map();
let documentsAsked;

const EVENTS = `query Events($known: Date) {
  events(knownAt: $known) { date sources { document title published } }
}`;

/** The latest date any event mentions, as the sources published by known
 * report them (all sources when null); this month when there are none. */
function latest(known) {
  if (!latestCache.has(known)) {
    latestCache.set(known, gql(EVENTS, { known: known ?? undefined }).then(
      ({ events }) => events.reduce((acc, e) => later(acc, e.date), null) ?? thisMonth,
      (e) => { latestCache.delete(known); throw e; }));
  }
  return latestCache.get(known);
}

/** Fills the "as known on" list with the documents' publication dates, newest
 * first, each with the documents published then. */
async function fillKnown() {
  documentsAsked ??= gql(EVENTS, {}).then(({ events }) => {
    const docs = new Map();
    for (const src of events.flatMap((e) => e.sources)) if (src.published) docs.set(src.document, src);
    const byDate = Map.groupBy(docs.values(), (d) => d.published);
    const dates = [...byDate.keys()].sort((a, b) => (later(a, b) === a ? -1 : 1));
    knownBox.replaceChildren(h('option', { value: '' }, 'all sources'), ...dates.map((d) => {
      const titles = byDate.get(d).map((x) => x.title ?? x.document);
      return h('option', { value: d, title: titles.join('; ') },
        `${d} (${titles.length} document${titles.length > 1 ? 's' : ''})`);
    }));
    syncKnown();
  });
  return documentsAsked;
}

/** Shows the state's known date in the list (adding a date from the URL that
 * is no publication date) and in the note above the view. */
function syncKnown() {
  setKnown(state.known);
  if (state.known && ![...knownBox.options].some((o) => o.value === state.known)) {
    knownBox.append(h('option', { value: state.known }, state.known));
  }
  knownBox.value = state.known ?? '';
  knownNote.hidden = !state.known;
  knownNote.replaceChildren(...(state.known ? [
    h('strong', {}, `As known on ${state.known}: `),
    'only what the documents published by then reported; later documents are left out. ',
    h('button', { type: 'button', class: 'link', onclick: () => setKnownOn(null) }, 'Show all sources'),
  ] : []));
}

function syncDate() {
  syncKnown();
  month.value = state.at.length === 4 ? `${state.at}-01` : state.at.slice(0, 7);
  slider.value = monthIndex(state.at);
  slider.setAttribute('aria-valuetext', state.at);
  atLabel.textContent = state.at;
}

function hideError() {
  errorBox.hidden = true;
  errorBox.replaceChildren();
}

function showError(e) {
  const text = typeof e === 'string' ? e : e.message;
  errorBox.replaceChildren(
    h('strong', {}, e.code === 'UNAVAILABLE' ? 'The data store is unavailable: ' : 'Error: '), text,
    e.code && h('code', {}, ` ${e.code}`),
    h('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss error', onclick: hideError }, '×'));
  errorBox.hidden = false;
}

/** A link to what changed in the year up to the dataset's last date. */
function recent(last) {
  const to = last.slice(0, 7), from = `${+last.slice(0, 4) - 1}${to.slice(4)}`;
  return h('p', {}, h('a', { href: `/?${new URLSearchParams({ changes: `${from}..${to}` })}`, 'data-nav': '' },
    `What changed from ${from} to ${to}`), ': or pick any two dates there and compare.');
}

/** The home page: a title, examples and an events timeline drawn from the
 * loaded dataset, so any dataset introduces itself. */
async function home() {
  const d = await dataset();
  // Title, examples and axis describe the whole dataset; the events listed are
  // those the sources published by the "as known on" date had reported.
  const told = state.known ? summarise((await gql(ALL_EVENTS, { known: state.known })).events) : d;
  return h('article', { class: 'view home' },
    h('h2', { tabindex: '-1' }, title(d)),
    h('p', {}, 'Search for a person or a unit by any of its names. Choose a month to see the organisation as it stood then, and a publication date to see it as the documents of that time told it. Every fact lists its sources; a fact marked “possibly” may hold at the date but its dates do not say it held throughout, and one marked “inferred” is worked out from the documents rather than stated in them.'),
    h('ul', { class: 'examples' }, examples(d).map((x) =>
      h('li', {}, h('a', { href: href(x.kind, x.name, x.at, state.known), 'data-nav': '' }, x.text)))),
    d.last && recent(d.last),
    eventsTimeline(told.events));
}

/** The empty state for an unknown name, with the closest search hits. */
async function missing(name) {
  let hits = [];
  try {
    hits = (await gql('query Near($text: String!, $known: Date) { search(text: $text, first: 5, knownAt: $known) { id name kind } }',
      { text: name, known: state.known ?? undefined })).search;
  } catch {
    // The suggestions are a courtesy; the message alone is the answer.
  }
  return h('article', { class: 'view missing' },
    h('h2', { tabindex: '-1' }, state.known
      ? `No source published by ${state.known} mentions “${name}”`
      : `No person or unit called “${name}”`),
    hits.length
      ? [h('p', {}, 'Did you mean:'), h('ul', {}, hits.map((x) =>
        h('li', {}, h('a', { href: href(x.kind, x.name, state.at), 'data-nav': '' }, x.name), ` (${x.kind})`)))]
      : h('p', {}, 'Try the search box: it matches Chinese names, pinyin, nicknames and spelling variants.'));
}

/** Loads the view of the state's kind: {el, title}, {other}, or null. */
function load() {
  if (state.kind === 'changes') {
    const span = parseSpan(state.name, isDate);
    if (!span) throw new Error(`“${state.name}” is not two dates as FROM..TO (e.g. 2017-12..2019-01).`);
    return loadChanges(span[0], span[1], state.known, (from, to) =>
      navigate({ kind: 'changes', name: `${from}..${to}`, at: state.at, known: state.known }, true));
  }
  if (state.kind === 'document') return loadDocument(state.name, state.known);
  return (state.kind === 'person' ? loadPerson : loadUnit)(state.name, state.at, state.known);
}

/** Draws the view for the current state; focus moves to its heading after
 * navigation but not after a date change, which must leave focus on the slider. */
async function render(focus, redirected = false) {
  const mine = ++seq;
  hideError();
  if (!state.kind) {
    try {
      const view = await home();
      if (mine !== seq) return;
      main.replaceChildren(view);
    } catch (e) {
      if (mine !== seq) return;
      showError(e);
    }
    document.title = 'orgraph explorer';
  } else {
    main.setAttribute('aria-busy', 'true');
    try {
      const out = await load();
      if (mine !== seq) return;
      if (out?.other && !redirected) {
        // The name belongs to the other kind: show it, and say so in the URL.
        state.kind = out.other;
        writeURL(false);
        return render(focus, true);
      }
      const view = out?.el ?? await missing(state.name);
      if (mine !== seq) return;
      main.replaceChildren(view);
      const known = state.known ? `, as known on ${state.known}` : '';
      document.title = `${out?.title ?? 'Not found'} as of ${state.at}${known} · orgraph`;
      status.textContent = out ? `Showing ${out.title} as of ${state.at}${known}` : `No person or unit called ${state.name}${known}`;
    } catch (e) {
      if (mine !== seq) return;
      showError(e);
      main.replaceChildren(h('article', { class: 'view failed' },
        h('h2', { tabindex: '-1' }, `Could not load “${state.name}”`),
        h('button', { type: 'button', onclick: () => render(true) }, 'Try again')));
    } finally {
      if (mine === seq) main.removeAttribute('aria-busy');
    }
  }
  if (focus) main.querySelector('h2')?.focus();
}

/** Shows next; without a date it first asks for the latest date known. */
async function navigate(next, push, focus = true) {
  state = next;
  try {
    await dataset();
    fitSlider();
  } catch {
    // The span is a nicety; the view below reports the store's error itself.
  }
  if (state !== next) return;
  if (!state.at) {
    try {
      const at = await latest(state.known);
      if (state !== next) return;
      state.at = at;
    } catch (e) {
      if (state !== next) return;
      state.at = thisMonth;
      showError(e);
    }
  }
  syncDate();
  if (push) writeURL(true);
  render(focus);
  if (next.warning) showError(next.warning);
}

/** Replays the sources published by known (null: all sources); the date
 * stays, so the same moment is seen as the sources of then told it. */
function setKnownOn(known) {
  state.known = known;
  syncDate();
  writeURL(false);
  clearTimeout(timer);
  render(false);
}

function setAt(at, delay) {
  state.at = at;
  syncDate();
  writeURL(false);
  clearTimeout(timer);
  timer = setTimeout(() => render(false), delay);
}

/** Sets the slider and month field to the axis that dataset() fitted. */
function fitSlider() {
  slider.max = monthIndex(`${Math.floor(AXIS_END) - 1}-12`);
  month.min = `${AXIS_START}-01`;
}

fitSlider();
month.max = thisMonth;
month.addEventListener('input', () => month.value && setAt(month.value, 300));
slider.addEventListener('input', () => setAt(monthAt(+slider.value), 250));
knownBox.addEventListener('change', () => setKnownOn(knownBox.value || null));

document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-nav]');
  if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(parse(a.href), true);
});
window.addEventListener('popstate', () => navigate(parse(location.href), false));
document.querySelector('form.search').addEventListener('submit', (e) => e.preventDefault());

initSearch($('q'), $('hits'), status, {
  onPick: (hit) => navigate({ kind: hit.kind ?? 'person', name: hit.name, at: state.at, known: state.known }, true),
  onError: showError,
  known: () => state?.known,
});

// On first load focus stays at the top of the page, where a reader expects it.
navigate(parse(location.href), false, false);
fillKnown().catch(showError);
