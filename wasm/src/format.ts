// Human-readable figures shared by the CLI table and the web page: the same columns, the same
// units in the headers (GiB = 2^30 bytes, tok/s), the same rounding.
import type { Analysis, FileTypeAnalysis, HardwareInfo, ModelInfo, ModelSummary } from './types.js';

const GIB = 2 ** 30;

export function formatGiB(bytes: number, digits = 2): string {
  return (bytes / GIB).toFixed(digits);
}

/** Tokens per second with precision that suits the magnitude (0.42, 5.3, 55.8, 6545). */
export function formatRate(tokensPerSecond: number): string {
  if (tokensPerSecond >= 1000) return tokensPerSecond.toFixed(0);
  if (tokensPerSecond >= 1) return tokensPerSecond.toFixed(1);
  return tokensPerSecond.toFixed(2);
}

/** Parameter count in billions, e.g. "8.03 B". */
export function formatParams(count: number): string {
  return `${(count / 1e9).toFixed(count >= 1e11 ? 0 : 2)} B`;
}

export interface Column {
  /** Header with its unit. */
  header: string;
  /** Numbers are right-aligned, words left-aligned. */
  align: 'left' | 'right';
  cell(row: FileTypeAnalysis): string;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** The analysis table's columns, in order. */
export const analysisColumns: readonly Column[] = [
  { header: 'type', align: 'left', cell: (r) => r.fileType },
  { header: 'bits/weight', align: 'right', cell: (r) => r.bitsPerWeight.toFixed(2) },
  { header: 'weights GiB', align: 'right', cell: (r) => formatGiB(r.weightsBytes) },
  { header: 'KV GiB', align: 'right', cell: (r) => formatGiB(r.kvCacheBytes) },
  { header: 'compute GiB', align: 'right', cell: (r) => formatGiB(r.computeBytes) },
  { header: 'overhead GiB', align: 'right', cell: (r) => formatGiB(r.overheadBytes) },
  { header: 'total GiB', align: 'right', cell: (r) => formatGiB(r.totalBytes) },
  { header: 'GPU layers', align: 'right', cell: (r) => String(r.gpuLayers) },
  { header: 'fits VRAM', align: 'left', cell: (r) => yesNo(r.fitsVram) },
  { header: 'fits VRAM+RAM', align: 'left', cell: (r) => yesNo(r.fitsMemory) },
  {
    header: 'decode tok/s (low–high)',
    align: 'right',
    cell: (r) =>
      `${formatRate(r.decodeTokensPerSecond)} (${formatRate(r.decodeTokensPerSecondLow)}–${formatRate(r.decodeTokensPerSecondHigh)})`,
  },
  { header: 'prefill tok/s', align: 'right', cell: (r) => formatRate(r.prefillTokensPerSecond) },
  { header: 'PPL +%', align: 'right', cell: (r) => r.qualityRelPplPercent.toFixed(2) },
];

/** One line naming the model, the machine and the context, e.g. for a table caption. */
export function describeAnalysis(analysis: Analysis): string {
  return (
    `${describeModel(analysis.model)} on ${describeHardware(analysis.hardware)}; ` +
    `context ${analysis.contextLength} tokens, KV cache ${analysis.kvCacheType}`
  );
}

export function describeModel(model: ModelSummary | ModelInfo): string {
  return `${model.name} (${model.id}, ${formatParams(model.totalParams)} params)`;
}

export function describeHardware(hardware: HardwareInfo): string {
  return hardware.id === 'custom' ? hardware.name : `${hardware.name} (${hardware.id})`;
}
