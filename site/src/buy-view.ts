// What should I buy: the model of the inputs on every catalog machine, ranked by the worker
// (rankHardware). The answer in plain words, what running it takes per file type (the needs: VRAM
// for everything on one GPU, the GPU bandwidth for the speed, GPU + RAM together), then every
// machine ranked; each row opens the model's full plan on that machine.
import { formatGB, formatGiB, type HardwareRanking, type MachineNeed } from 'fitplan';

import { element, formatTokens, h } from './dom';
import { RankingPanel } from './ranking-panel';
import { answerMachines } from './rank-rows';
import { answerNodes, errorLine, pendingLine, type ViewCallbacks } from './rank-view';

/** The need of the reference file type (Q4_K_M, else the first) in one sentence. */
export function describeNeed(needs: readonly MachineNeed[], tokensPerSecond: number): string {
  const need = needs.find((n) => n.fileType === 'Q4_K_M') ?? needs[0];
  if (!need) return '';
  const bandwidth = need.gpuBandwidthGBps > 0 ? ` and ${need.gpuBandwidthGBps} GB/s of memory bandwidth for ${tokensPerSecond} tok/s` : ` (no single GPU reaches ${tokensPerSecond} tok/s)`;
  return `At ${need.fileType} it needs one GPU with ${formatGiB(need.vramBytes, 1)} GiB${bandwidth}, or ${formatGiB(need.gpuRamBytes, 1)} GiB of GPU + RAM together (slower).`;
}

export class BuyView {
  readonly panel: RankingPanel;
  readonly #callbacks: ViewCallbacks;
  readonly #status = element('buy-status');
  readonly #answer = element('buy-answer');
  readonly #view = element('buy-view');
  #ranking: HardwareRanking | undefined;
  #model = '';

  constructor(callbacks: ViewCallbacks) {
    this.#callbacks = callbacks;
    this.panel = new RankingPanel('machines', 'buy', {
      onChange: () => {
        this.#renderAnswer();
        callbacks.onChange();
      },
      onOpen: callbacks.onOpen,
      href: callbacks.href,
    });
  }

  pending(model: string): void {
    this.#model = model;
    this.#view.classList.add('pending');
    pendingLine(this.#status, `Planning ${model} on every machine…`);
  }

  show(ranking: HardwareRanking, ms: number, model: string): void {
    this.#ranking = ranking;
    this.#model = model;
    this.#view.classList.remove('pending');
    this.#status.classList.remove('error');
    this.#status.textContent = `Planned on ${ranking.rows.length + ranking.leftOut} machines in ${(ms / 1000).toFixed(1)} s, in your browser (WebAssembly).`;
    this.panel.setRows(ranking.rows, ranking.orderRules);
    this.#renderNeeds(ranking);
    this.#renderAnswer();
  }

  error(message: string): void {
    this.#view.classList.remove('pending');
    errorLine(this.#status, message);
  }

  #renderAnswer(): void {
    const ranking = this.#ranking;
    if (!ranking) return this.#answer.replaceChildren();
    const familyOnly = this.panel.filter.family !== '';
    const { text, best } = answerMachines(this.panel.scope, this.#model, familyOnly ? 0 : ranking.leftOut);
    const open = best ? h('a', { href: this.#callbacks.href(best), id: 'buy-best', class: 'open-best' }, `Open its plan on ${best.hardware.name} →`) : null;
    open?.addEventListener('click', (event) => {
      event.preventDefault();
      this.#callbacks.onOpen(best!);
    });
    this.#answer.replaceChildren(
      answerNodes(text, 'buy-answer-text'),
      ' ',
      h('span', { id: 'buy-need-text' }, describeNeed(ranking.needs, ranking.needsTokensPerSecond)),
      ...(open ? [' ', open] : []),
    );
  }

  #renderNeeds(ranking: HardwareRanking): void {
    const speed = ranking.needsTokensPerSecond;
    const context = ranking.request.contextLength;
    element('needs-intro').textContent =
      `What one machine needs to run ${this.#model} at ${formatTokens(context)} tokens of context, per file type: a GPU holding everything ` +
      `(f16 KV cache, the default margin kept free), the GPU memory bandwidth that reaches ${speed} tok/s ` +
      `(${ranking.request.targetTps ? 'your target' : 'the usable speed'}), or the GPU and RAM together when blocks are split between them (slower).`;
    const table = element<HTMLTableElement>('needs-table');
    table.replaceChildren(
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'File type'),
          h('th', { scope: 'col', class: 'right' }, 'PPL +% vs F16'),
          h('th', { scope: 'col', class: 'right' }, 'File size (GB)'),
          h('th', { scope: 'col', class: 'right' }, 'VRAM, all on one GPU (GiB)'),
          h('th', { scope: 'col', class: 'right' }, `GPU bandwidth for ${speed} tok/s (GB/s)`),
          h('th', { scope: 'col', class: 'right' }, 'GPU + RAM together (GiB)'),
        ),
      ),
      h(
        'tbody',
        {},
        ...ranking.needs.map((need) =>
          h(
            'tr',
            { 'data-file-type': need.fileType },
            h('th', { scope: 'row' }, need.fileType),
            h('td', { class: 'right' }, need.qualityProxy.toFixed(2)),
            h('td', { class: 'right' }, formatGB(need.fileBytes).replace(' GB', '')),
            h('td', { class: 'right', 'data-column': 'vram' }, formatGiB(need.vramBytes, 1)),
            h('td', { class: 'right', 'data-column': 'bandwidth' }, need.gpuBandwidthGBps > 0 ? String(need.gpuBandwidthGBps) : 'no single GPU'),
            h('td', { class: 'right', 'data-column': 'gpu-ram' }, formatGiB(need.gpuRamBytes, 1)),
          ),
        ),
      ),
    );
  }
}
