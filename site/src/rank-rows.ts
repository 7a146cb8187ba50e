// Pure helpers of the rankings (no DOM): filtering and sorting the rows on the page (the worker ranks
// once; a click on a column header re-sorts here at once by the rank the core gave every row under
// every order), and the answer in plain words above each table.
import { formatGB, formatGiB, formatParams, formatRate, machineGpuBytes, smallestUsableMachine, type Fit, type RankedRow, type RankOrder } from 'fitplan';

/** What the rows are: models on one machine (what can I run) or machines for one model (what should I buy). */
export type RowKind = 'models' | 'machines';

export interface RowFilter {
  /** Only this family ("" = all): the model's family, or the machine's. */
  family: string;
  /** Models only: at most this many billion parameters (total); 0 = no limit. */
  maxParamsB: number;
  /** Only the rows that run at a usable speed. */
  usableOnly: boolean;
}

export const NO_FILTER: RowFilter = { family: '', maxParamsB: 0, usableOnly: false };

const familyOf = (row: RankedRow, kind: RowKind) => (kind === 'models' ? row.model.family : row.hardware.family);

/** The rows the filter keeps, in their order. */
export function filterRows(rows: readonly RankedRow[], filter: RowFilter, kind: RowKind): RankedRow[] {
  return rows.filter(
    (row) =>
      (filter.family === '' || familyOf(row, kind) === filter.family) &&
      (kind !== 'models' || !(filter.maxParamsB > 0) || row.model.totalParams <= filter.maxParamsB * 1e9) &&
      (!filter.usableOnly || row.grade === 'usable'),
  );
}

/** The families of the rows, in alphabetical order. */
export function familiesOf(rows: readonly RankedRow[], kind: RowKind): string[] {
  return [...new Set(rows.map((row) => familyOf(row, kind)))].sort((a, b) => a.localeCompare(b));
}

/** The rows in `order` (a new array), as the core ranks them: every row carries its rank under every order. */
export function sortRows(rows: readonly RankedRow[], order: RankOrder): RankedRow[] {
  return [...rows].sort((a, b) => a.ranks[order] - b.ranks[order]);
}

/** Which order a column header sorts by, per column key. */
export const COLUMN_ORDER: Readonly<Record<string, RankOrder>> = {
  verdict: 'recommended',
  params: 'size',
  decode: 'speed',
  quality: 'quality',
  context: 'context',
  memory: 'memory',
};

export const FIT_WORDS: Readonly<Record<Fit, string>> = {
  gpu: 'all on the GPU',
  'gpu+ram': 'GPU + RAM',
  disk: 'streams from disk',
  none: 'cannot run',
};

export const GRADE_WORDS: Readonly<Record<RankedRow['grade'], string>> = {
  usable: 'usable',
  slow: 'slow',
  impractical: 'impractical',
  infeasible: 'does not fit',
};

/** The file a row downloads, e.g. "unsloth/…-GGUF, Q4_K_M, 4.9 GB"; without a published file, what the plan is. */
export function downloadWords(row: RankedRow): string {
  const p = row.published;
  if (p) return `${p.repo}, ${p.fileType}, ${formatGB(p.fileBytes)}`;
  return row.feasible ? `no published file known (plan: ${row.baseFileType} mix, ${formatGB(row.fileBytes)})` : '—';
}

/** A model's parameters: "8.03 B", or "30.5 B (3.3 B active)" for a mixture of experts. */
export function paramsWords(row: RankedRow): string {
  return row.model.moe ? `${formatParams(row.model.totalParams)} (${formatParams(row.model.activeParams)} active)` : formatParams(row.model.totalParams);
}

/** Where a row's plan runs, in words ("GPU + RAM" is RAM alone on a machine without a GPU). */
export function fitWords(row: RankedRow): string {
  return row.fit === 'gpu+ram' && row.hardware.gpuCount === 0 ? 'in RAM (no GPU)' : FIT_WORDS[row.fit];
}

/** "~19 tok/s, GPU + RAM" */
function speedWords(row: RankedRow): string {
  return `~${formatRate(row.decodeTokensPerSecond)} tok/s, ${fitWords(row)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What can I run, in plain words: how many of the (family / size filtered) models run at a usable
 * speed on the machine, the best pick (the first in the recommended order) and the file to download.
 * `rows` are the filtered rows in any order.
 */
export function answerModels(rows: readonly RankedRow[], machine: string, filter: RowFilter): { text: string; best: RankedRow | undefined } {
  const ordered = sortRows(rows, 'recommended');
  const usable = ordered.filter((r) => r.grade === 'usable');
  const what = `${filter.family ? `${filter.family} ` : ''}models${filter.maxParamsB > 0 ? ` of at most ${filter.maxParamsB} B parameters` : ''}`;
  if (rows.length === 0) return { text: `No ${what} to rank: loosen the filters.`, best: undefined };
  const best = ordered[0]!;
  if (!best.feasible) return { text: `None of the ${rows.length} ${what} fits on ${machine}, even at the lowest precision and shortest context.`, best: undefined };
  const download = best.published ? `; download ${best.published.repo}, ${best.published.fileType} (${formatGB(best.published.fileBytes)})` : '';
  if (usable.length === 0) {
    const fastest = sortRows(rows, 'speed')[0]!;
    return {
      text: `None of the ${rows.length} ${what} runs at a usable speed on ${machine}; ${plural(ordered.filter((r) => r.feasible).length, 'runs', 'run')} slower. Fastest: ${fastest.model.name} (${speedWords(fastest)}).`,
      best: fastest,
    };
  }
  return {
    text: `${usable.length} of ${rows.length} ${what} run at a usable speed on ${machine}. Best pick: ${best.model.name} (${speedWords(best)})${download}.`,
    best,
  };
}

/**
 * What should I buy, in plain words: on how many machines the model runs at a usable speed, the
 * fastest, and the one with the least GPU memory (then RAM) that is still usable.
 */
export function answerMachines(rows: readonly RankedRow[], model: string, leftOut: number): { text: string; best: RankedRow | undefined } {
  const total = rows.length + leftOut;
  const usable = rows.filter((r) => r.grade === 'usable');
  const out = leftOut > 0 ? ` (${plural(leftOut, 'machine cannot', 'machines cannot')} run it at all)` : '';
  if (rows.filter((r) => r.feasible).length === 0) return { text: `${model} runs on none of the ${total} machines.`, best: undefined };
  if (usable.length === 0) {
    const fastest = sortRows(rows, 'speed')[0]!;
    return { text: `${model} runs at a usable speed on none of the ${total} machines${out}. Fastest: ${fastest.hardware.name} (${speedWords(fastest)}).`, best: fastest };
  }
  const fastest = sortRows(usable, 'speed')[0]!;
  const smallest = smallestUsable(rows)!;
  const gpu = machineGpuBytes(smallest.hardware);
  const hw = smallest.hardware;
  const size = hw.unifiedMemory
    ? `${formatGiB(hw.ramBytes, 0)} GiB unified memory`
    : `${gpu > 0 ? `${formatGiB(gpu, 0)} GiB GPU memory + ` : 'no GPU, '}${formatGiB(hw.ramBytes, 0)} GiB RAM`;
  return {
    text:
      `${model} runs at a usable speed on ${usable.length} of ${total} machines${out}. Fastest: ${fastest.hardware.name} (${speedWords(fastest)}). ` +
      `The smallest that is usable: ${smallest.hardware.name} (${size}; ${speedWords(smallest)}).`,
    best: smallest,
  };
}

/** The usable row of the machine with the least memory in all (the package's rule, shared with the CLI). */
export const smallestUsable = smallestUsableMachine;

/** One machine of a comparison, as the answer needs it. */
export interface ComparedMachine {
  name: string;
  /** Undefined when the plan failed (the reason is in its column). */
  plan?: { feasible: boolean; usability: { grade: RankedRow['grade'] }; decodeTokensPerSecond: number; fit: Fit } | undefined;
}

/** One model on several machines, in plain words: how many run it at a usable speed, and the fastest. */
export function answerCompare(model: string, machines: readonly ComparedMachine[]): string {
  const running = machines.filter((m) => m.plan?.feasible);
  if (running.length === 0) return `${model} runs on none of the ${machines.length} machines.`;
  const usable = running.filter((m) => m.plan!.usability.grade === 'usable').length;
  const fastest = [...running].sort((a, b) => b.plan!.decodeTokensPerSecond - a.plan!.decodeTokensPerSecond)[0]!;
  const p = fastest.plan!;
  return (
    `${model} runs at a usable speed on ${usable} of ${machines.length} machines. ` +
    `Fastest: ${fastest.name} (~${formatRate(p.decodeTokensPerSecond)} tok/s, ${GRADE_WORDS[p.usability.grade]}, ${FIT_WORDS[p.fit]}).`
  );
}
