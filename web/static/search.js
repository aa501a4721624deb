// Type-ahead over every alias, as an ARIA 1.2 combobox: focus stays in the
// input and aria-activedescendant points at the highlighted option, so
// screen readers follow the arrow keys without focus leaving the text.

import { gql } from './gql.js';
import { h } from './dom.js';

const QUERY = `query Search($text: String!, $known: Date) { search(text: $text, first: 8, knownAt: $known) { id name kind score } }`;

/** Wires the search input and its listbox. onPick({name, kind}) opens a hit;
 * kind is null when Enter is pressed on text that matched nothing, so the
 * caller can still try the text as an exact name. known() is the page's "as
 * known on" date: only names the sources had mentioned by then are offered. */
export function initSearch(input, listbox, status, { onPick, onError, known }) {
  let hits = [], active = -1, seq = 0, timer;

  const close = () => {
    hits = [];
    active = -1;
    listbox.replaceChildren();
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (i) => {
    active = i;
    for (const [j, li] of [...listbox.children].entries()) li.setAttribute('aria-selected', String(j === i));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', `hit-${i}`);
      listbox.children[i].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (hit) => {
    close();
    input.value = '';
    onPick(hit);
  };

  const show = (text, found) => {
    hits = found;
    listbox.replaceChildren(...found.map((hit, i) => h('li', {
      id: `hit-${i}`, role: 'option', 'aria-selected': 'false', class: 'hit',
      // mousedown, not click: it fires before the input's blur closes the list.
      onmousedown: (e) => { e.preventDefault(); pick(hit); },
    }, h('span', { class: 'name' }, hit.name), h('span', { class: `kind ${hit.kind}` }, hit.kind))));
    if (!found.length) listbox.append(h('li', { class: 'none', 'aria-disabled': 'true' }, `Nothing matches “${text}”`));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    status.textContent = found.length ? `${found.length} results, use the arrow keys` : 'No results';
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return close();
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const { search } = await gql(QUERY, { text, known: known() ?? undefined });
        if (mine === seq && input.value.trim() === text) show(text, search);
      } catch (e) {
        if (mine === seq) onError(e);
      }
    }, 150);
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const text = input.value.trim();
      if (active >= 0) pick(hits[active]);
      else if (hits.length) pick(hits[0]);
      else if (text) pick({ name: text, kind: null });
    } else if (e.key === 'Escape') {
      if (!listbox.hidden) close();
      else input.value = '';
    }
  });

  input.addEventListener('blur', close);
}
