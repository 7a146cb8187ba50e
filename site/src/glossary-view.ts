// The glossary on the page: term(id) writes a phrase in plain words followed by a small "?" button
// that opens the explanation inline (plain words, then the term, then the explanation, then a link
// to the full glossary); renderGlossary(container) writes the full glossary as a <dl>.
//
// Accessibility: the button is a native <button> (Enter and Space toggle it) with aria-expanded and
// aria-controls pointing at the explanation's id, and an accessible name that says which term it
// explains; Escape inside an open explanation closes it and returns focus to its button. Nothing is
// shown on hover only. The explanation opens in place below the phrase and moves only what follows
// it. Styles are classes in glossary.css (the page's CSP has style-src 'self': no style attributes).

import { h } from './dom';
import { GLOSSARY, glossaryEntry, type GlossaryEntry } from './glossary';

/** The id of the full glossary's entry for `id` (the <dt> renderGlossary writes). */
export const glossaryAnchor = (id: string): string => `glossary-${id}`;

// The glossary entry of each placement kind lives in terms.ts (the verdict reads it before this chunk loads).
export { PLACEMENT_GLOSSARY } from './terms';

let panels = 0;

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The button's accessible name, e.g. "What does KV cache mean?". */
export function questionFor(entry: GlossaryEntry): string {
  return `What does ${entry.term} mean?`;
}

/**
 * `text` (default: the entry's plain words) followed by a "?" button that opens the explanation of
 * glossary entry `id` in place. Throws for an unknown id. Every call makes its own button and panel
 * (unique ids), so the same term may appear several times on the page.
 */
export function term(id: string, text?: string): HTMLElement {
  const entry = glossaryEntry(id);
  panels += 1;
  const panelId = `gloss-${entry.id}-${panels}`;
  const button = h('button', {
    type: 'button',
    class: 'gloss-toggle',
    'aria-expanded': 'false',
    'aria-controls': panelId,
    'aria-label': questionFor(entry),
    'data-glossary': entry.id,
  }, '?');
  const link = h('a', { class: 'gloss-link', href: `#${glossaryAnchor(entry.id)}` }, `${entry.term} in the glossary`);
  const panel = h(
    'span',
    { id: panelId, class: 'gloss-panel', 'data-glossary': entry.id, hidden: true },
    h('span', { class: 'gloss-plain' }, capitalized(entry.plain)),
    h('span', { class: 'gloss-term' }, `The term: ${entry.term}`),
    h('span', { class: 'gloss-text' }, entry.explanation),
    link,
  );
  const wrapper = h('span', { class: 'gloss' }, h('span', { class: 'gloss-words' }, text ?? entry.plain), button, panel);

  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    wrapper.classList.toggle('open', open);
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  wrapper.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    button.focus();
  });
  // The full glossary may sit in a folded <details>: unfold it before the browser follows the link.
  link.addEventListener('click', () => openGlossaryAt(glossaryAnchor(entry.id)));
  return wrapper;
}

/** Opens every closed <details> around the element `anchorId` (a glossary entry), so that a link to it lands on visible text. */
export function openGlossaryAt(anchorId: string): void {
  let node: Element | null = document.getElementById(anchorId);
  while (node) {
    if (node.tagName === 'DETAILS' && !(node as HTMLDetailsElement).open) (node as HTMLDetailsElement).open = true;
    node = node.parentElement;
  }
}

let followsHash = false;

/**
 * The full glossary in `container` (replacing its content): a <dl> whose <dt>s have the ids
 * glossary-<id> that term()'s links point at, plain words first and the term after them. A URL
 * whose fragment names an entry (#glossary-kv-cache) unfolds the <details> around it.
 */
export function renderGlossary(container: HTMLElement, entries: readonly GlossaryEntry[] = GLOSSARY): void {
  const list = h('dl', { class: 'glossary' });
  for (const entry of entries) {
    list.append(
      h(
        'dt',
        { id: glossaryAnchor(entry.id), 'data-glossary': entry.id },
        h('span', { class: 'glossary-plain' }, capitalized(entry.plain)),
        h('span', { class: 'glossary-term' }, entry.term),
      ),
      h('dd', {}, entry.explanation),
    );
  }
  container.replaceChildren(list);
  const followHash = () => {
    const hash = window.location.hash.slice(1);
    if (hash.startsWith(glossaryAnchor(''))) openGlossaryAt(hash);
  };
  if (!followsHash) {
    followsHash = true;
    window.addEventListener('hashchange', followHash);
  }
  followHash();
}
