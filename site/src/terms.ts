// Terms explained on demand. The page writes a term's plain words in a slot (glossed()) whose
// "?" button space is reserved by CSS (.gloss-slot), so nothing moves when the glossary chunk
// (glossary-view.ts and its data, loaded after the first plan: they are not on the first plan's
// critical path) turns each slot into term(): the words, a "?" button and the explanation.
import type { Plan } from 'fitplan';

import { h } from './dom';

type GlossaryView = typeof import('./glossary-view');
let loading: Promise<GlossaryView> | undefined;
const load = (): Promise<GlossaryView> => (loading ??= import('./glossary-view'));

/** `text` in plain words, explained by glossary entry `id` once the glossary is loaded. */
export function glossed(id: string, text: string): HTMLElement {
  return h('span', { class: 'gloss-slot', 'data-gloss': id }, text);
}

/** Turns every slot under `root` into its term (loading the glossary on first use). */
export function enhanceTerms(root: ParentNode = document): Promise<void> {
  if (!root.querySelector('.gloss-slot')) return Promise.resolve();
  return load().then((view) => {
    for (const slot of root.querySelectorAll<HTMLElement>('.gloss-slot')) {
      slot.replaceWith(view.term(slot.dataset.gloss ?? '', slot.textContent ?? ''));
    }
  });
}

/** The full glossary in `container`. */
export async function showGlossary(container: HTMLElement): Promise<void> {
  (await load()).renderGlossary(container);
}

/**
 * The glossary entry that explains each placement kind (the verdict's "Runs on" row); null where
 * the words need none. The verdict grades need no table: their names are entry ids
 * (term(plan.usability.grade, label)).
 */
export const PLACEMENT_GLOSSARY: Readonly<Record<Plan['placement']['kind'], string | null>> = {
  'all-gpu': 'gpu-layers',
  'layer-split': 'layer-split',
  'expert-offload': 'moe-offload',
  'ffn-offload': 'ffn-offload',
  'cpu-only': null,
};
