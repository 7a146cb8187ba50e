// Defaults merged into every request before it crosses into WebAssembly (the C++ side requires
// every field). The CLI's --help states the same values.
import type { Backend, CustomHardware, KvCacheType, KvPolicy } from './types.js';
import type { RawCustomHardware } from './native/fitplan_core.mjs';

export const defaultAnalyzeOptions: { contextLength: number; kvCacheType: KvCacheType; promptTokens: number } = {
  contextLength: 4096,
  kvCacheType: 'f16',
  promptTokens: 512,
};

/**
 * Defaults of plan() / frontier() requests. minContextLength is min(minContextLength, contextLength):
 * the optimizer may shrink the context down to it when the requested one does not fit.
 * (targetTps, minQuant, outputTokens, usableTps, slowTps and blockSensitivity, when omitted, take the
 * core's own defaults: no target, Q2_K, 256, 8 and 2 tok/s, a U-shaped sensitivity.)
 */
export const defaultPlanOptions: { minContextLength: number; kv: KvPolicy; allowDisk: boolean; promptTokens: number; compare: boolean } = {
  minContextLength: 2048,
  kv: 'auto',
  allowDisk: true,
  promptTokens: 512,
  compare: false,
};

/** Defaults of a custom machine's optional fields, and how they are derived. */
export const customHardwareDefaults = {
  /** CPU cores used for the CPU tier. */
  cpuCores: 8,
  /** Host <-> GPU link of a discrete GPU, GB/s (PCIe 4.0 x16). */
  pcieBandwidthGBps: 32,
  /** FP16 TFLOPS per GB/s of GPU bandwidth when gpuTflops is omitted (typical of recent GPUs). */
  tflopsPerGBps: 0.1,
} as const;

const GIB = 2 ** 30;

function memoryGiB(gib: number | undefined, bytes: number | undefined): number | undefined {
  return gib ?? (bytes === undefined ? undefined : bytes / GIB);
}

/**
 * Fills a custom machine's optional fields: one GPU when there is VRAM (none for vram 0); backend
 * metal for unified memory, cuda with a GPU, cpu without; gpuTflops from the GPU bandwidth;
 * PCIe 4.0 x16 for a discrete GPU; 8 CPU cores.
 */
export function withCustomHardwareDefaults(spec: CustomHardware): RawCustomHardware {
  const vramGiB = memoryGiB(spec.vramGiB, spec.vramBytes);
  const ramGiB = memoryGiB(spec.ramGiB, spec.ramBytes);
  const unifiedMemory = spec.unifiedMemory ?? false;
  const hasGpu = vramGiB === undefined || vramGiB > 0;
  const gpuCount = spec.gpuCount ?? (hasGpu ? 1 : 0);
  const backend: Backend = spec.backend ?? (unifiedMemory ? 'metal' : gpuCount > 0 && hasGpu ? 'cuda' : 'cpu');
  const describe = (gib: number | undefined) => (gib === undefined ? '?' : `${+gib.toFixed(2)} GiB`);
  return {
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
    // Required with a GPU: left missing so the core names the field.
    gpuBandwidthGBps: spec.gpuBandwidthGBps ?? (hasGpu ? undefined : 0),
    gpuTflops:
      spec.gpuTflops ??
      (typeof spec.gpuBandwidthGBps === 'number' && hasGpu ? spec.gpuBandwidthGBps * customHardwareDefaults.tflopsPerGBps : 0),
    pcieBandwidthGBps: spec.pcieBandwidthGBps ?? (hasGpu && !unifiedMemory ? customHardwareDefaults.pcieBandwidthGBps : 0),
    cpuCores: spec.cpuCores ?? customHardwareDefaults.cpuCores,
    unifiedMemory,
  };
}
