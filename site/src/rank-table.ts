// The table of a ranking (what can I run: models on one machine; what should I buy: machines for one
// model). Column headers that sort are buttons (aria-sort on the header cell); each row opens its
// full plan: a link in the first cell (keyboard, middle click) and a click anywhere on the row.
import { formatBand, formatGiB, formatParams, formatRate, type RankedRow, type RankOrder } from 'fitplan';

import { formatTokens, h } from './dom';
import { COLUMN_ORDER, downloadWords, fitWords, GRADE_WORDS, type RowKind } from './rank-rows';

interface Column {
  key: string;
  /** Header with its unit. */
  header: string;
  cell: (row: RankedRow) => Node | string;
  right?: boolean;
}

const ORDER_ARROW: Record<RankOrder, { sort: 'ascending' | 'descending'; label: string }> = {
  recommended: { sort: 'ascending', label: 'best first' },
  speed: { sort: 'descending', label: 'fastest first' },
  quality: { sort: 'ascending', label: 'smallest loss first' },
  size: { sort: 'descending', label: 'largest first' },
  context: { sort: 'descending', label: 'largest first' },
  memory: { sort: 'ascending', label: 'smallest first' },
};

/** The grade, and under it where the plan runs. */
const verdict = (row: RankedRow) =>
  h('span', {}, h('span', { class: `grade-badge ${row.grade}` }, GRADE_WORDS[row.grade]), h('br', {}), h('span', { class: 'cell-note', 'data-fit': row.fit }, fitWords(row)));
/** The decode speed, and under it its band. */
function decode(row: RankedRow): Node | string {
  if (!row.feasible) return '—';
  const band = formatBand(row.decodeTokensPerSecond, row.decodeTokensPerSecondLow, row.decodeTokensPerSecondHigh);
  const split = band.indexOf(' (');
  return h('span', { title: `${band} tok/s` }, h('strong', {}, band.slice(0, split)), h('br', {}), h('span', { class: 'cell-note' }, band.slice(split + 1)));
}
const prefill = (row: RankedRow) => (row.feasible ? formatRate(row.prefillTokensPerSecond) : '—');

function context(row: RankedRow): Node | string {
  if (!row.feasible) return '—';
  const note = row.contextCapped
    ? 'the model’s maximum'
    : row.contextLength < row.askedContextLength
      ? `shrunk from ${formatTokens(row.askedContextLength)}`
      : '';
  return note ? h('span', {}, formatTokens(row.contextLength), ' ', h('span', { class: 'cell-note' }, note)) : formatTokens(row.contextLength);
}

const COMMON_TAIL: Column[] = [
  { key: 'verdict', header: 'Verdict, where it runs', cell: verdict },
  { key: 'decode', header: 'Decode tok/s (band)', cell: decode, right: true },
  { key: 'prefill', header: 'Prefill tok/s', cell: prefill, right: true },
  { key: 'quality', header: 'PPL +% vs F16', cell: (row) => (row.feasible ? row.qualityProxy.toFixed(2) : '—'), right: true },
  { key: 'context', header: 'Context tokens', cell: context, right: true },
  { key: 'memory', header: 'Memory GiB', cell: (row) => (row.feasible ? formatGiB(row.totalBytes, 1) : '—'), right: true },
  { key: 'download', header: 'File to download (GB)', cell: (row) => downloadWords(row) },
];

/** "108 B" over "16.1 B active" for a mixture of experts. */
function params(row: RankedRow): Node | string {
  const total = formatParams(row.model.totalParams);
  return row.model.moe ? h('span', {}, total, h('br', {}), h('span', { class: 'cell-note' }, `${formatParams(row.model.activeParams)} active`)) : total;
}

function columns(kind: RowKind): Column[] {
  if (kind === 'models') {
    return [
      { key: 'name', header: 'Model', cell: (row) => h('span', { class: 'cell-note' }, row.model.family) },
      { key: 'params', header: 'Params', cell: params, right: true },
      ...COMMON_TAIL,
    ];
  }
  // The machine's name states its GPU memory and RAM.
  return [
    { key: 'name', header: 'Machine', cell: (row) => h('span', { class: 'cell-note' }, row.hardware.family) },
    ...COMMON_TAIL,
  ];
}

export interface TableOptions {
  kind: RowKind;
  order: RankOrder;
  /** Rows to show, in order; `position` numbers them (the place in the whole ordered ranking). */
  rows: readonly RankedRow[];
  position: (row: RankedRow) => number;
  /** The link of a row's plan (its href; the click is handled by onOpen). */
  href: (row: RankedRow) => string;
  onSort: (order: RankOrder) => void;
  onOpen: (row: RankedRow) => void;
}

/** Fills `table` with the ranking. */
export function renderRankTable(table: HTMLTableElement, options: TableOptions): void {
  const { kind, order, rows } = options;
  const cols = columns(kind);
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col', class: 'right' }, '#'),
    ...cols.map((col) => {
      const sortBy = COLUMN_ORDER[col.key];
      if (!sortBy) return h('th', { scope: 'col', class: col.right ? 'right' : undefined }, col.header);
      const active = sortBy === order;
      const button = h(
        'button',
        { type: 'button', class: 'sort', 'data-order': sortBy, title: `Sort: ${sortBy}, ${ORDER_ARROW[sortBy].label}` },
        col.header,
        h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (ORDER_ARROW[sortBy].sort === 'descending' ? ' ▼' : ' ▲') : ''),
      );
      button.addEventListener('click', () => options.onSort(sortBy));
      return h('th', { scope: 'col', class: col.right ? 'right' : undefined, 'aria-sort': active ? ORDER_ARROW[sortBy].sort : 'none' }, button);
    }),
  );
  const body = h(
    'tbody',
    {},
    ...rows.map((row) => {
      const name = kind === 'models' ? row.model.name : row.hardware.name;
      const link = h('a', { href: options.href(row), class: 'open-plan', 'data-open': '' }, name);
      const tr = h(
        'tr',
        { 'data-id': kind === 'models' ? row.model.id : row.hardware.id, 'data-grade': row.grade, class: `rank-row grade-${row.grade}` },
        h('td', { class: 'right' }, String(options.position(row))),
        ...cols.map((col, i) =>
          h('td', { class: col.right ? 'right' : undefined, 'data-column': col.key }, ...(i === 0 ? [link, h('br', {})] : []), col.cell(row)),
        ),
      );
      tr.addEventListener('click', (event) => {
        // Let the browser handle a modified click on the link (new tab, new window).
        const modified = event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0;
        if (modified && (event.target as Element).closest('a')) return;
        if ((event.target as Element).closest('button')) return;
        event.preventDefault();
        options.onOpen(row);
      });
      return tr;
    }),
  );
  table.replaceChildren(h('thead', {}, head), body);
}

/** The order select's options, in words. */
export const ORDER_LABELS: Record<RowKind, Record<RankOrder, string>> = {
  models: {
    recommended: 'Recommended',
    speed: 'Fastest',
    quality: 'Most accurate',
    size: 'Largest model',
    context: 'Longest context',
    memory: 'Least memory',
  },
  machines: {
    recommended: 'Recommended',
    speed: 'Fastest',
    quality: 'Most accurate',
    size: 'Most memory used',
    context: 'Longest context',
    memory: 'Least memory used',
  },
};
