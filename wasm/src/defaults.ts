// Defaults merged into every request before it crosses into WebAssembly (the C++ side requires
// every field). Every value is the core's (its request-field table, through the generated contract
// in fields.ts); the CLI's --help and the README state the same values from the same table.
import { CONSTANTS, defaultOf } from './fields.js';
import type { Backend, CustomHardware, HardwareAssumption, KvCacheType, KvPolicy } from './types.js';
import type { RawCustomHardware } from './native/fitplan_core.mjs';

export const defaultAnalyzeOptions: { contextLength: number; kvCacheType: KvCacheType; promptTokens: number } = {
  contextLength: defaultOf('analyze', 'contextLength'),
  kvCacheType: defaultOf('analyze', 'kvCacheType'),
  promptTokens: defaultOf('analyze', 'promptTokens'),
};

/**
 * Defaults of plan() / frontier() requests. minContextLength is min(minContextLength, contextLength):
 * the optimizer may shrink the context down to it when the requested one does not fit.
 * (targetTps, minQuant, outputTokens, usableTps, slowTps and blockSensitivity, when omitted, take the
 * core's own defaults: no target, Q2_K, 256, 8 and 2 tok/s, a U-shaped sensitivity.)
 */
export const defaultPlanOptions: { minContextLength: number; kv: KvPolicy; allowDisk: boolean; promptTokens: number; compare: boolean } = {
  minContextLength: defaultOf('plan', 'minContextLength'),
  kv: defaultOf('plan', 'kv'),
  allowDisk: defaultOf('plan', 'allowDisk'),
  promptTokens: defaultOf('plan', 'promptTokens'),
  compare: defaultOf('plan', 'compare'),
};

/**
 * Defaults of a custom machine's optional fields, and how they are derived (the core's
 * CustomHardwareDefaults); every figure taken from here is listed in the result's `hardwareAssumptions`.
 */
export const customHardwareDefaults = {
  /** Memory bandwidth of one GPU, GB/s (machines with a GPU only). */
  gpuBandwidthGBps: defaultOf<number>('hardware', 'gpuBandwidthGBps'),
  /** System RAM bandwidth, GB/s. */
  ramBandwidthGBps: defaultOf<number>('hardware', 'ramBandwidthGBps'),
  /** Sequential read bandwidth of the model's disk, GB/s (a PCIe 3.0 NVMe drive). */
  diskBandwidthGBps: defaultOf<number>('hardware', 'diskBandwidthGBps'),
  /** CPU cores used for the CPU tier. */
  cpuCores: defaultOf<number>('hardware', 'cpuCores'),
  /** Host <-> GPU link of a discrete GPU, GB/s (PCIe 4.0 x16). */
  pcieBandwidthGBps: defaultOf<number>('hardware', 'pcieBandwidthGBps'),
  /** FP16 TFLOPS per GB/s of GPU bandwidth when gpuTflops is omitted (typical of recent GPUs). */
  tflopsPerGBps: CONSTANTS.tflopsPerGBps,
} as const;

/**
 * The memory kept back from the model when a request sets none, as the core applies it
 * (core/include/fitplan/capacity.hpp): RAM kept for the operating system max(osReserveMinGiB,
 * RAM / osReserveRamDivisor); VRAM kept free on each discrete GPU min(gpuMarginMaxGiB,
 * VRAM / gpuMarginVramDivisor), none on unified memory.
 */
export const reserveDefaults = {
  osReserveMinGiB: CONSTANTS.osReserveMinGiB,
  osReserveRamDivisor: CONSTANTS.osReserveRamDivisor,
  gpuMarginMaxGiB: CONSTANTS.gpuMarginMaxGiB,
  gpuMarginVramDivisor: CONSTANTS.gpuMarginVramDivisor,
} as const;

const GIB = 2 ** 30;

function memoryGiB(gib: number | undefined, bytes: number | undefined): number | undefined {
  return gib ?? (bytes === undefined ? undefined : bytes / GIB);
}

/**
 * Fills a custom machine's optional fields: one GPU when there is VRAM (none for vram 0); backend
 * metal for unified memory, cuda with a GPU, cpu without; the bandwidths of customHardwareDefaults;
 * gpuTflops from the GPU bandwidth; PCIe 4.0 x16 for a discrete GPU; 8 CPU cores.
 */
export function withCustomHardwareDefaults(spec: CustomHardware): RawCustomHardware {
  return resolveCustomHardware(spec).hardware;
}

/** The figures of a custom machine that were not given (and that matter for it), with the value used. */
function assumptionsOf(spec: CustomHardware, raw: RawCustomHardware, hasGpu: boolean): HardwareAssumption[] {
  const d = customHardwareDefaults;
  const gpu = hasGpu && raw.gpuCount > 0;
  const rows: [keyof CustomHardware, boolean, number, string, string][] = [
    ['gpuBandwidthGBps', gpu, d.gpuBandwidthGBps, 'GPU bandwidth', 'GB/s'],
    ['gpuTflops', gpu, raw.gpuTflops, 'GPU', 'TFLOPS'],
    ['pcieBandwidthGBps', gpu && !raw.unifiedMemory, raw.pcieBandwidthGBps, 'PCIe', 'GB/s'],
    ['ramBandwidthGBps', true, d.ramBandwidthGBps, 'RAM bandwidth', 'GB/s'],
    ['diskBandwidthGBps', true, d.diskBandwidthGBps, 'disk bandwidth', 'GB/s'],
    ['cpuCores', true, d.cpuCores, 'CPU cores', ''],
  ];
  const why: Partial<Record<keyof CustomHardware, string>> = {
    gpuTflops:
      spec.gpuBandwidthGBps === undefined
        ? `the assumed GPU bandwidth x ${d.tflopsPerGBps} (customHardwareDefaults.tflopsPerGBps)`
        : `the GPU bandwidth x ${d.tflopsPerGBps} (customHardwareDefaults.tflopsPerGBps)`,
    pcieBandwidthGBps: 'PCIe 4.0 x16, the default of customHardwareDefaults',
  };
  return rows
    .filter(([field, applies]) => applies && spec[field] === undefined)
    .map(([field, , value, label, unit]) => ({
      field: `hardware.${field}`,
      value,
      text: unit ? `${label} ${+value.toFixed(2)} ${unit}` : `${value} ${label}`,
      why: why[field] ?? `not given; the default of customHardwareDefaults.${field}`,
    }));
}

/** withCustomHardwareDefaults, and which figures it assumed (the results' hardwareAssumptions). */
export function resolveCustomHardware(spec: CustomHardware): { hardware: RawCustomHardware; assumptions: HardwareAssumption[] } {
  const vramGiB = memoryGiB(spec.vramGiB, spec.vramBytes);
  const ramGiB = memoryGiB(spec.ramGiB, spec.ramBytes);
  const unifiedMemory = spec.unifiedMemory ?? false;
  const hasGpu = vramGiB === undefined || vramGiB > 0;
  const gpuCount = spec.gpuCount ?? (hasGpu ? 1 : 0);
  const backend: Backend = spec.backend ?? (unifiedMemory ? 'metal' : gpuCount > 0 && hasGpu ? 'cuda' : 'cpu');
  const describe = (gib: number | undefined) => (gib === undefined ? '?' : `${+gib.toFixed(2)} GiB`);
  const gpuBandwidthGBps = spec.gpuBandwidthGBps ?? (hasGpu && gpuCount > 0 ? customHardwareDefaults.gpuBandwidthGBps : 0);
  const hardware: RawCustomHardware = {
    ...spec,
    name:
      spec.name ??
      (unifiedMemory
        ? `Custom: ${describe(ramGiB)} unified (GPU limit ${describe(vramGiB)})`
        : hasGpu
          ? `Custom: ${gpuCount > 1 ? `${gpuCount}x ` : ''}${describe(vramGiB)} VRAM + ${describe(ramGiB)} RAM`
          : `Custom: CPU only, ${describe(ramGiB)} RAM`),
    backend,
    gpuCount,
    gpuBandwidthGBps,
    ramBandwidthGBps: spec.ramBandwidthGBps ?? customHardwareDefaults.ramBandwidthGBps,
    diskBandwidthGBps: spec.diskBandwidthGBps ?? customHardwareDefaults.diskBandwidthGBps,
    gpuTflops: spec.gpuTflops ?? (hasGpu ? gpuBandwidthGBps * customHardwareDefaults.tflopsPerGBps : 0),
    pcieBandwidthGBps: spec.pcieBandwidthGBps ?? (hasGpu && !unifiedMemory ? customHardwareDefaults.pcieBandwidthGBps : 0),
    cpuCores: spec.cpuCores ?? customHardwareDefaults.cpuCores,
    unifiedMemory,
  };
  return { hardware, assumptions: assumptionsOf(spec, hardware, hasGpu) };
}
