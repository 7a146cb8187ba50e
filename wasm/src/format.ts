// Human-readable figures shared by the CLI table and the web page: the same columns, the same
// units in the headers (GiB = 2^30 bytes, tok/s), the same rounding.
import {
  FILE_TYPE_NAMES,
  type Analysis,
  type FileTypeAnalysis,
  type FileTypeName,
  type HardwareInfo,
  type ModelInfo,
  type ModelSummary,
  type Plan,
  type TierMemory,
} from './types.js';

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

// ------------------------------------------------------------------------------ plans

/** A plan's blocks per file type, most blocks first (ties: the more precise type first). */
export function histogramEntries(plan: Pick<Plan, 'histogram'>): [FileTypeName, number][] {
  return (Object.entries(plan.histogram) as [FileTypeName, number][]).sort(
    ([a, m], [b, n]) => n - m || FILE_TYPE_NAMES.indexOf(a) - FILE_TYPE_NAMES.indexOf(b),
  );
}

/** The KV-cache type(s) of a plan: "q8_0", or "K q8_0, V f16" when they differ. */
export function describeKvCache(plan: Pick<Plan, 'kvCacheTypeK' | 'kvCacheTypeV'>): string {
  return plan.kvCacheTypeK === plan.kvCacheTypeV ? plan.kvCacheTypeK : `K ${plan.kvCacheTypeK}, V ${plan.kvCacheTypeV}`;
}

/** Blocks per tier and the llama.cpp offload flags, e.g. "gpu=48 cpu=32 disk=0 (n_gpu_layers=48)". */
export function describePlacement(plan: Pick<Plan, 'placement'>): string {
  const p = plan.placement;
  const flags = [`n_gpu_layers=${p.nGpuLayers}`, ...(p.nCpuMoe > 0 ? [`n_cpu_moe=${p.nCpuMoe}`] : [])];
  return `gpu=${p.gpu} cpu=${p.cpu} disk=${p.disk} (${flags.join(', ')})`;
}

/** A speed with its band, e.g. "3.02 (2.05–3.98)". */
export function formatBand(value: number, low: number, high: number, format: (n: number) => string = formatRate): string {
  return `${format(value)} (${format(low)}–${format(high)})`;
}

/** Sums the GPUs of a plan (one entry per GPU) into one TierMemory; undefined without a GPU. */
export function totalGpuMemory(plan: Pick<Plan, 'memory'>): TierMemory | undefined {
  const gpus = plan.memory.gpus;
  if (gpus.length === 0) return undefined;
  const keys = Object.keys(gpus[0]!) as (keyof TierMemory)[];
  return Object.fromEntries(keys.map((k) => [k, gpus.reduce((sum, g) => sum + g[k], 0)])) as unknown as TierMemory;
}

/**
 * Where the memory goes, e.g. "GPU 23.29 / 23.50 GiB (weights 21.77, KV 0.80, compute 0.28, overhead 0.45);
 * RAM 17.06 / 57.60 GiB; disk 0.00 GiB" (overhead includes the logits buffer).
 */
export function describePlanMemory(plan: Pick<Plan, 'memory'>): string {
  const gpu = totalGpuMemory(plan);
  const cpu = plan.memory.cpu;
  const gpuText = gpu
    ? `GPU ${formatGiB(gpu.totalBytes)} / ${formatGiB(gpu.capacityBytes)} GiB (weights ${formatGiB(gpu.weightsBytes)}, ` +
      `KV ${formatGiB(gpu.kvCacheBytes)}, compute ${formatGiB(gpu.computeBytes)}, overhead ${formatGiB(gpu.overheadBytes + gpu.outputBytes)})`
    : 'no GPU';
  return `${gpuText}; RAM ${formatGiB(cpu.totalBytes)} / ${formatGiB(cpu.capacityBytes)} GiB; disk ${formatGiB(plan.memory.diskBytes)} GiB`;
}
