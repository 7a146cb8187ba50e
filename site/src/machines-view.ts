// Compare machines: the model of the inputs on 2-4 machines side by side (one plan() each, in the
// rankings worker), as a table of figures with one column per machine, like the plan-vs-published
// table of the plan view. The machines are chosen here (the first is the machine of the inputs).
import { describePublishedFile, type HardwareInfo } from 'fitplan';

import { ROWS } from './compare-view';
import { element, h } from './dom';
import type { ComparedPlan } from './protocol';
import { answerCompare } from './rank-rows';
import { answerNodes, errorLine, pendingLine } from './rank-view';
import { MAX_COMPARED } from './state';

/** Machines offered when the view opens with none chosen (after the machine of the inputs). */
const DEFAULT_OTHERS = ['rtx3090', 'm4-max-64g', 'rtx5090'];
const MIN_COMPARED = 2;

export interface MachinesCallbacks {
  /** The chosen machines changed. */
  onChange: (machines: string[]) => void;
  /** Opens the plan of the model on machine `id`. */
  onOpen: (id: string) => void;
}

export class MachinesView {
  readonly #callbacks: MachinesCallbacks;
  readonly #pickers = element('cmp-machines');
  readonly #status = element('cmp-status');
  readonly #answer = element('cmp-answer');
  readonly #table = element<HTMLTableElement>('cmp-table');
  readonly #view = element('compare-view');
  #catalog: HardwareInfo[] = [];
  machines: string[] = [];

  constructor(callbacks: MachinesCallbacks) {
    this.#callbacks = callbacks;
  }

  setCatalog(catalog: HardwareInfo[]): void {
    this.#catalog = catalog;
    this.#renderPickers();
  }

  /** The machines to compare: `machines` (from the URL), else the machine of the inputs and two others. */
  set(machines: string[], current: string): void {
    const list = machines.length > 0 ? machines : [current, ...DEFAULT_OTHERS.filter((id) => id !== current)].slice(0, 3);
    this.machines = [...new Set(list)].slice(0, MAX_COMPARED);
    this.#renderPickers();
  }

  #changed(machines: string[]): void {
    this.machines = machines;
    this.#renderPickers();
    this.#callbacks.onChange(machines);
  }

  #select(index: number, id: string): HTMLSelectElement {
    const select = h('select', { id: `cmp-machine-${index}`, 'aria-label': `Machine ${index + 1}` });
    const groups = new Map<string, HTMLOptGroupElement>();
    if (id === 'custom') select.append(new Option('Custom machine (the inputs’)', 'custom'));
    for (const hw of this.#catalog) {
      let group = groups.get(hw.family);
      if (!group) {
        group = h('optgroup', { label: hw.family });
        groups.set(hw.family, group);
        select.append(group);
      }
      group.append(new Option(hw.name, hw.id));
    }
    if (![...select.options].some((o) => o.value === id)) select.append(new Option(id, id));
    select.value = id;
    select.addEventListener('change', () => this.#changed(this.machines.map((m, i) => (i === index ? select.value : m))));
    return select;
  }

  #renderPickers(): void {
    const rows = this.machines.map((id, index) => {
      const remove = h('button', { type: 'button', class: 'small', 'aria-label': `Remove machine ${index + 1}`, disabled: this.machines.length <= MIN_COMPARED }, 'Remove');
      remove.addEventListener('click', () => this.#changed(this.machines.filter((_, i) => i !== index)));
      return h('div', { class: 'cmp-picker' }, this.#select(index, id), remove);
    });
    const add = h('button', { type: 'button', id: 'cmp-add', disabled: this.machines.length >= MAX_COMPARED }, 'Add a machine');
    add.addEventListener('click', () => {
      const next = this.#catalog.find((hw) => !this.machines.includes(hw.id));
      if (next) this.#changed([...this.machines, next.id]);
    });
    this.#pickers.replaceChildren(...rows, add);
  }

  pending(model: string): void {
    this.#view.classList.add('pending');
    pendingLine(this.#status, `Planning ${model} on ${this.machines.length} machines…`);
  }

  error(message: string): void {
    this.#view.classList.remove('pending');
    errorLine(this.#status, message);
  }

  show(model: string, ids: readonly string[], plans: readonly ComparedPlan[], ms: number): void {
    this.#view.classList.remove('pending');
    this.#status.classList.remove('error');
    this.#status.textContent = `Planned on ${plans.length} machines in ${ms.toFixed(0)} ms, in your browser (WebAssembly).`;
    const names = plans.map((p, i) => p.plan?.hardwareName ?? this.#catalog.find((hw) => hw.id === ids[i])?.name ?? ids[i] ?? '');
    this.#answer.replaceChildren(answerNodes(answerCompare(model, plans.map((p, i) => ({ name: names[i]!, plan: p.plan }))), 'cmp-answer-text'));
    const cell = (p: ComparedPlan, text: (plan: NonNullable<ComparedPlan['plan']>) => string) => (p.plan ? text(p.plan) : '—');
    const open = (i: number) => {
      const button = h('button', { type: 'button', class: 'small', 'data-open': ids[i] }, 'Open its plan');
      button.addEventListener('click', () => this.#callbacks.onOpen(ids[i]!));
      return button;
    };
    this.#table.replaceChildren(
      h('thead', {}, h('tr', {}, h('td', {}), ...names.map((name, i) => h('th', { scope: 'col', 'data-machine': ids[i] }, name, h('br', {}), open(i))))),
      h(
        'tbody',
        {},
        h('tr', { 'data-row': 'answer' }, h('th', { scope: 'row' }, 'answer'), ...plans.map((p) => h('td', {}, p.plan ? p.plan.headline : (p.error?.message ?? '')))),
        ...ROWS.map(([label, fn]) => h('tr', { 'data-row': label }, h('th', { scope: 'row' }, label), ...plans.map((p) => h('td', {}, cell(p, fn))))),
        h(
          'tr',
          { 'data-row': 'download' },
          h('th', { scope: 'row' }, 'file to download'),
          ...plans.map((p) => h('td', {}, cell(p, (plan) => (plan.published ? describePublishedFile(plan.published) : 'no published file known')))),
        ),
      ),
    );
  }
}
