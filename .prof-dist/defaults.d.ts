import type { CustomHardware, HardwareAssumption, KvCacheType, KvPolicy } from './types.js';
import type { RawCustomHardware } from './native/fitplan_core.mjs';
export declare const defaultAnalyzeOptions: {
    contextLength: number;
    kvCacheType: KvCacheType;
    promptTokens: number;
};
/**
 * Defaults of plan() / frontier() requests. minContextLength is min(minContextLength, contextLength):
 * the optimizer may shrink the context down to it when the requested one does not fit.
 * (targetTps, minQuant, outputTokens, usableTps, slowTps and blockSensitivity, when omitted, take the
 * core's own defaults: no target, Q2_K, 256, 8 and 2 tok/s, a U-shaped sensitivity.)
 */
export declare const defaultPlanOptions: {
    minContextLength: number;
    kv: KvPolicy;
    allowDisk: boolean;
    promptTokens: number;
    compare: boolean;
};
/**
 * Defaults of a custom machine's optional fields, and how they are derived. The three bandwidths
 * are the original planner's documented defaults (`--gpu-bw 200 --ram-bw 50 --disk-bw 3.5`);
 * every figure taken from here is listed in the result's `hardwareAssumptions`.
 */
export declare const customHardwareDefaults: {
    /** Memory bandwidth of one GPU, GB/s (machines with a GPU only). */
    readonly gpuBandwidthGBps: 200;
    /** System RAM bandwidth, GB/s. */
    readonly ramBandwidthGBps: 50;
    /** Sequential read bandwidth of the model's disk, GB/s (a PCIe 3.0 NVMe drive). */
    readonly diskBandwidthGBps: 3.5;
    /** CPU cores used for the CPU tier. */
    readonly cpuCores: 8;
    /** Host <-> GPU link of a discrete GPU, GB/s (PCIe 4.0 x16). */
    readonly pcieBandwidthGBps: 32;
    /** FP16 TFLOPS per GB/s of GPU bandwidth when gpuTflops is omitted (typical of recent GPUs). */
    readonly tflopsPerGBps: 0.1;
};
/**
 * The memory kept back from the model when a request sets none, as the core applies it
 * (core/include/fitplan/capacity.hpp is the one place these are set; this description is for help
 * text and pages, and tests/wasm/hardware.test.ts checks it against the core's results): RAM kept
 * for the operating system max(osReserveMinGiB, RAM / osReserveRamDivisor); VRAM kept free on each
 * discrete GPU min(gpuMarginMaxGiB, VRAM / gpuMarginVramDivisor), none on unified memory.
 */
export declare const reserveDefaults: {
    readonly osReserveMinGiB: 2;
    readonly osReserveRamDivisor: 10;
    readonly gpuMarginMaxGiB: 0.5;
    readonly gpuMarginVramDivisor: 16;
};
/**
 * Fills a custom machine's optional fields: one GPU when there is VRAM (none for vram 0); backend
 * metal for unified memory, cuda with a GPU, cpu without; the bandwidths of customHardwareDefaults;
 * gpuTflops from the GPU bandwidth; PCIe 4.0 x16 for a discrete GPU; 8 CPU cores.
 */
export declare function withCustomHardwareDefaults(spec: CustomHardware): RawCustomHardware;
/** withCustomHardwareDefaults, and which figures it assumed (the results' hardwareAssumptions). */
export declare function resolveCustomHardware(spec: CustomHardware): {
    hardware: RawCustomHardware;
    assumptions: HardwareAssumption[];
};
