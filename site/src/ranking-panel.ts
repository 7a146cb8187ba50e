// The controls and table of one ranking (rank view: models; buy view: machines): the order (a
// select, or a click on a column header), the filters (family, most parameters, usable only), the
// order's rule sentence, how many rows are shown, the table. Filtering and sorting happen here, on
// the rows the worker ranked once: no new computation.
import { RANK_ORDERS, type RankedRow, type RankOrder } from 'fitplan';

import { element } from './dom';
import { familiesOf, filterRows, sortRows, type RowFilter, type RowKind } from './rank-rows';
import { ORDER_LABELS, renderRankTable } from './rank-table';

export interface PanelCallbacks {
  /** The order or a filter changed (the page puts them in the URL and redraws its answer). */
  onChange: () => void;
  onOpen: (row: RankedRow) => void;
  href: (row: RankedRow) => string;
}

export class RankingPanel {
  readonly #kind: RowKind;
  readonly #callbacks: PanelCallbacks;
  readonly #order: HTMLSelectElement;
  readonly #family: HTMLSelectElement;
  readonly #maxp: HTMLInputElement | null;
  readonly #usable: HTMLInputElement;
  readonly #rule: HTMLElement;
  readonly #count: HTMLElement;
  readonly #table: HTMLTableElement;
  #rows: RankedRow[] = [];
  #rules: Partial<Record<RankOrder, string>> = {};  // every order's sentence, from the ranking
  order: RankOrder = 'recommended';
  filter: RowFilter = { family: '', maxParamsB: 0, usableOnly: false };

  constructor(kind: RowKind, prefix: string, callbacks: PanelCallbacks) {
    this.#kind = kind;
    this.#callbacks = callbacks;
    this.#order = element(`${prefix}-order`);
    this.#family = element(`${prefix}-family`);
    this.#maxp = kind === 'models' ? element<HTMLInputElement>(`${prefix}-maxp`) : null;
    this.#usable = element(`${prefix}-usable`);
    this.#rule = element(`${prefix}-rule`);
    this.#count = element(`${prefix}-count`);
    this.#table = element(`${prefix}-table`);
    for (const order of RANK_ORDERS) this.#order.append(new Option(ORDER_LABELS[kind][order], order));
    this.#order.addEventListener('change', () => this.#sort(RANK_ORDERS.find((o) => o === this.#order.value) ?? 'recommended'));
    this.#family.addEventListener('change', () => this.#filtered({ family: this.#family.value }));
    this.#usable.addEventListener('change', () => this.#filtered({ usableOnly: this.#usable.checked }));
    this.#maxp?.addEventListener('input', () => {
      const value = this.#maxp!.valueAsNumber;
      this.#filtered({ maxParamsB: Number.isFinite(value) && value > 0 ? value : 0 });
    });
    this.#fillFamilies();
  }

  /** Sets the order and filters (from the URL) without notifying. */
  set(order: RankOrder, filter: RowFilter): void {
    this.order = order;
    this.filter = { ...filter };
    this.#order.value = order;
    this.#usable.checked = filter.usableOnly;
    if (this.#maxp) this.#maxp.value = filter.maxParamsB > 0 ? String(filter.maxParamsB) : '';
    this.#fillFamilies();
  }

  /** A new ranking: its rows (each with its rank under every order) and every order's rule. */
  setRows(rows: RankedRow[], rules: Record<RankOrder, string>): void {
    this.#rows = rows;
    this.#rules = rules;
    this.#fillFamilies();
    this.render();
  }

  get rows(): readonly RankedRow[] {
    return this.#rows;
  }

  /** The rows of the family and size filters (before "usable only"): what the answer counts. */
  get scope(): RankedRow[] {
    return filterRows(this.#rows, { ...this.filter, usableOnly: false }, this.#kind);
  }

  #sort(order: RankOrder): void {
    this.order = order;
    this.#order.value = order;
    this.render();
    this.#callbacks.onChange();
  }

  #filtered(change: Partial<RowFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.render();
    this.#callbacks.onChange();
  }

  #fillFamilies(): void {
    const families = familiesOf(this.#rows, this.#kind);
    if (this.filter.family && !families.includes(this.filter.family)) families.unshift(this.filter.family);
    this.#family.replaceChildren(new Option('All families', ''), ...families.map((f) => new Option(f, f)));
    this.#family.value = this.filter.family;
  }

  render(): void {
    const ordered = sortRows(this.#rows, this.order);
    const position = new Map(ordered.map((row, i) => [row, i + 1]));
    const shown = filterRows(ordered, this.filter, this.#kind);
    const what = this.#kind === 'models' ? 'models' : 'machines';
    this.#rule.textContent = this.#rules[this.order] ?? '';
    this.#count.textContent =
      this.#rows.length === 0
        ? ''
        : `Showing ${shown.length} of ${this.#rows.length} ${what}${shown.length < this.#rows.length ? ' (filtered)' : ''}. Click a row for its full plan.`;
    renderRankTable(this.#table, {
      kind: this.#kind,
      order: this.order,
      rows: shown,
      position: (row) => position.get(row) ?? 0,
      href: this.#callbacks.href,
      onSort: (order) => this.#sort(order),
      onOpen: this.#callbacks.onOpen,
    });
    this.#table.dataset.order = this.order;
  }
}
