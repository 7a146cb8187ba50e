// What can I run: every model (the catalog and the imported ones) on the machine of the inputs,
// ranked by the worker (rankModels). The answer in plain words first, then the order's rule and the
// table, sortable and filterable; each row opens the model's full plan on this machine.
import type { ModelRanking, RankedRow } from 'fitplan';

import { element, h } from './dom';
import { RankingPanel } from './ranking-panel';
import { answerModels } from './rank-rows';

export interface ViewCallbacks {
  onChange: () => void;
  onOpen: (row: RankedRow) => void;
  href: (row: RankedRow) => string;
}

/** The pending line: an indeterminate bar and what is being computed. */
export function pendingLine(target: HTMLElement, text: string): void {
  target.classList.remove('error');
  target.replaceChildren(h('progress', { 'aria-label': text }), ' ', text);
}

/** An answer with its first sentence in bold (the count), the rest (the pick) in plain weight. */
export function answerNodes(text: string, id: string): HTMLElement {
  const end = text.indexOf('. ');
  return end < 0
    ? h('span', { id }, h('strong', {}, text))
    : h('span', { id }, h('strong', {}, text.slice(0, end + 1)), text.slice(end + 1));
}

export function errorLine(target: HTMLElement, text: string): void {
  target.classList.add('error');
  target.textContent = text;
}

export class RankView {
  readonly panel: RankingPanel;
  readonly #callbacks: ViewCallbacks;
  readonly #status = element('rank-status');
  readonly #answer = element('rank-answer');
  readonly #card = element('rank-view');
  #ranking: ModelRanking | undefined;

  constructor(callbacks: ViewCallbacks) {
    this.#callbacks = callbacks;
    this.panel = new RankingPanel('models', 'rank', {
      onChange: () => {
        this.#renderAnswer();
        callbacks.onChange();
      },
      onOpen: callbacks.onOpen,
      href: callbacks.href,
    });
  }

  /** A ranking is on its way for `machine`. */
  pending(machine: string): void {
    this.#card.classList.add('pending');
    pendingLine(this.#status, `Ranking every model on ${machine}…`);
  }

  show(ranking: ModelRanking, ms: number): void {
    this.#ranking = ranking;
    this.#card.classList.remove('pending');
    this.#status.classList.remove('error');
    this.#status.textContent = `Ranked ${ranking.rows.length} models in ${(ms / 1000).toFixed(1)} s, in your browser (WebAssembly).`;
    this.panel.setRows(ranking.rows, ranking.orderRules);
    this.#renderAnswer();
  }

  error(message: string): void {
    this.#card.classList.remove('pending');
    errorLine(this.#status, message);
  }

  #renderAnswer(): void {
    const ranking = this.#ranking;
    if (!ranking) return this.#answer.replaceChildren();
    const machine = ranking.rows[0]?.hardware.name ?? 'this machine';
    const { text, best } = answerModels(this.panel.scope, machine, this.panel.filter);
    const open = best ? h('a', { href: this.#callbacks.href(best), id: 'rank-best', class: 'open-best' }, `Open the plan of ${best.model.name} →`) : null;
    open?.addEventListener('click', (event) => {
      event.preventDefault();
      this.#callbacks.onOpen(best!);
    });
    this.#answer.replaceChildren(answerNodes(text, 'rank-answer-text'), ...(open ? [' ', open] : []));
  }
}
