// The page's state lives in the URL (?person= or ?unit=, and at=), so every
// view is a deep link; navigation pushes history, date changes replace it so
// dragging the slider does not fill the back button.

import { thisMonth, isDate, monthIndex, monthAt } from './dates.js';
import { h, href } from './dom.js';
import { gql } from './gql.js';
import { initSearch } from './search.js';
import { loadPerson } from './person.js';
import { loadUnit } from './unit.js';

const $ = (id) => document.getElementById(id);
const main = $('main'), errorBox = $('error'), status = $('status');
const month = $('at-month'), slider = $('at-slider'), atLabel = $('at-label');

let state, seq = 0, timer;

/** Reads the state from a URL; a bad date falls back to this month with a warning. */
function parse(url) {
  const p = new URL(url, location.href).searchParams;
  const kind = p.has('person') ? 'person' : p.has('unit') ? 'unit' : null;
  const name = kind && p.get(kind).trim();
  const at = p.get('at');
  const ok = at && isDate(at);
  return {
    kind: name ? kind : null, name, at: ok ? at : thisMonth,
    warning: at && !ok ? `“${at}” is not a date (YYYY, YYYY-MM or YYYY-MM-DD); showing ${thisMonth} instead.` : null,
  };
}

function writeURL(push) {
  const url = state.kind ? href(state.kind, state.name, state.at) : '/';
  history[push ? 'pushState' : 'replaceState'](null, '', url);
}

function syncDate() {
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

const EXAMPLES = [
  ['person', '戴珊', '2022-02', 'Dai Shan and her five direct reports after the January 2022 merger of Taobao and Tmall'],
  ['unit', '聚划算', '2017-11', 'Juhuasuan, merged into the Marketing Platform BU in December 2017'],
  ['unit', '天猫超市', '2018-06', 'Tmall Supermarket, under Tmall until the end of 2018'],
  ['person', 'Jiang Fan', '2019-06', 'Jiang Fan as President of Tmall'],
  ['unit', 'Taobao Mall', '2011-06', 'Taobao Mall, split from Taobao and renamed Tmall'],
];

function home() {
  return h('article', { class: 'view home' },
    h('h2', { tabindex: '-1' }, 'Explore Taobao and Tmall, 2008 to today'),
    h('p', {}, 'Search for a person or a unit by any name: Chinese, pinyin, nickname or English. Choose a month to see the organisation as it stood then; every fact lists its sources.'),
    h('ul', { class: 'examples' }, EXAMPLES.map(([kind, name, at, text]) =>
      h('li', {}, h('a', { href: href(kind, name, at), 'data-nav': '' }, text)))));
}

/** The empty state for an unknown name, with the closest search hits. */
async function missing(name) {
  let hits = [];
  try {
    hits = (await gql('query Near($text: String!) { search(text: $text, first: 5) { id name kind } }', { text: name })).search;
  } catch {
    // The suggestions are a courtesy; the message alone is the answer.
  }
  return h('article', { class: 'view missing' },
    h('h2', { tabindex: '-1' }, `No person or unit called “${name}”`),
    hits.length
      ? [h('p', {}, 'Did you mean:'), h('ul', {}, hits.map((x) =>
        h('li', {}, h('a', { href: href(x.kind, x.name, state.at), 'data-nav': '' }, x.name), ` (${x.kind})`)))]
      : h('p', {}, 'Try the search box: it matches Chinese names, pinyin, nicknames and spelling variants.'));
}

/** Draws the view for the current state; focus moves to its heading after
 * navigation but not after a date change, which must leave focus on the slider. */
async function render(focus, redirected = false) {
  const mine = ++seq;
  hideError();
  if (!state.kind) {
    main.replaceChildren(home());
    document.title = 'orgraph explorer';
  } else {
    main.setAttribute('aria-busy', 'true');
    try {
      const out = await (state.kind === 'person' ? loadPerson : loadUnit)(state.name, state.at);
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
      document.title = `${out?.title ?? 'Not found'} as of ${state.at} · orgraph`;
      status.textContent = out ? `Showing ${out.title} as of ${state.at}` : `No person or unit called ${state.name}`;
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

function navigate(next, push, focus = true) {
  state = next;
  syncDate();
  if (push) writeURL(true);
  render(focus);
  if (next.warning) showError(next.warning);
}

function setAt(at, delay) {
  state.at = at;
  syncDate();
  writeURL(false);
  clearTimeout(timer);
  timer = setTimeout(() => render(false), delay);
}

slider.max = monthIndex(thisMonth);
month.max = thisMonth;
month.addEventListener('input', () => month.value && setAt(month.value, 300));
slider.addEventListener('input', () => setAt(monthAt(+slider.value), 250));

document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-nav]');
  if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(parse(a.href), true);
});
window.addEventListener('popstate', () => navigate(parse(location.href), false));
document.querySelector('form.search').addEventListener('submit', (e) => e.preventDefault());

initSearch($('q'), $('hits'), status, {
  onPick: (hit) => navigate({ kind: hit.kind ?? 'person', name: hit.name, at: state.at }, true),
  onError: showError,
});

// On first load focus stays at the top of the page, where a reader expects it.
navigate(parse(location.href), false, false);
