export const defaultAnalyzeOptions = {
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
export const defaultPlanOptions = {
    minContextLength: 2048,
    kv: 'auto',
    allowDisk: true,
    promptTokens: 512,
    compare: false,
};
/**
 * Defaults of a custom machine's optional fields, and how they are derived. The three bandwidths
 * are the original planner's documented defaults (`--gpu-bw 200 --ram-bw 50 --disk-bw 3.5`);
 * every figure taken from here is listed in the result's `hardwareAssumptions`.
 */
export const customHardwareDefaults = {
    /** Memory bandwidth of one GPU, GB/s (machines with a GPU only). */
    gpuBandwidthGBps: 200,
    /** System RAM bandwidth, GB/s. */
    ramBandwidthGBps: 50,
    /** Sequential read bandwidth of the model's disk, GB/s (a PCIe 3.0 NVMe drive). */
    diskBandwidthGBps: 3.5,
    /** CPU cores used for the CPU tier. */
    cpuCores: 8,
    /** Host <-> GPU link of a discrete GPU, GB/s (PCIe 4.0 x16). */
    pcieBandwidthGBps: 32,
    /** FP16 TFLOPS per GB/s of GPU bandwidth when gpuTflops is omitted (typical of recent GPUs). */
    tflopsPerGBps: 0.1,
};
/**
 * The memory kept back from the model when a request sets none, as the core applies it
 * (core/include/fitplan/capacity.hpp is the one place these are set; this description is for help
 * text and pages, and tests/wasm/hardware.test.ts checks it against the core's results): RAM kept
 * for the operating system max(osReserveMinGiB, RAM / osReserveRamDivisor); VRAM kept free on each
 * discrete GPU min(gpuMarginMaxGiB, VRAM / gpuMarginVramDivisor), none on unified memory.
 */
export const reserveDefaults = {
    osReserveMinGiB: 2,
    osReserveRamDivisor: 10,
    gpuMarginMaxGiB: 0.5,
    gpuMarginVramDivisor: 16,
};
const GIB = 2 ** 30;
function memoryGiB(gib, bytes) {
    return gib ?? (bytes === undefined ? undefined : bytes / GIB);
}
/**
 * Fills a custom machine's optional fields: one GPU when there is VRAM (none for vram 0); backend
 * metal for unified memory, cuda with a GPU, cpu without; the bandwidths of customHardwareDefaults;
 * gpuTflops from the GPU bandwidth; PCIe 4.0 x16 for a discrete GPU; 8 CPU cores.
 */
export function withCustomHardwareDefaults(spec) {
    return resolveCustomHardware(spec).hardware;
}
/** The figures of a custom machine that were not given (and that matter for it), with the value used. */
function assumptionsOf(spec, raw, hasGpu) {
    const d = customHardwareDefaults;
    const gpu = hasGpu && raw.gpuCount > 0;
    const rows = [
        ['gpuBandwidthGBps', gpu, d.gpuBandwidthGBps, 'GPU bandwidth', 'GB/s'],
        ['gpuTflops', gpu, raw.gpuTflops, 'GPU', 'TFLOPS'],
        ['pcieBandwidthGBps', gpu && !raw.unifiedMemory, raw.pcieBandwidthGBps, 'PCIe', 'GB/s'],
        ['ramBandwidthGBps', true, d.ramBandwidthGBps, 'RAM bandwidth', 'GB/s'],
        ['diskBandwidthGBps', true, d.diskBandwidthGBps, 'disk bandwidth', 'GB/s'],
        ['cpuCores', true, d.cpuCores, 'CPU cores', ''],
    ];
    const why = {
        gpuTflops: spec.gpuBandwidthGBps === undefined
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
export function resolveCustomHardware(spec) {
    const vramGiB = memoryGiB(spec.vramGiB, spec.vramBytes);
    const ramGiB = memoryGiB(spec.ramGiB, spec.ramBytes);
    const unifiedMemory = spec.unifiedMemory ?? false;
    const hasGpu = vramGiB === undefined || vramGiB > 0;
    const gpuCount = spec.gpuCount ?? (hasGpu ? 1 : 0);
    const backend = spec.backend ?? (unifiedMemory ? 'metal' : gpuCount > 0 && hasGpu ? 'cuda' : 'cpu');
    const describe = (gib) => (gib === undefined ? '?' : `${+gib.toFixed(2)} GiB`);
    const gpuBandwidthGBps = spec.gpuBandwidthGBps ?? (hasGpu && gpuCount > 0 ? customHardwareDefaults.gpuBandwidthGBps : 0);
    const hardware = {
        ...spec,
        name: spec.name ??
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
//# sourceMappingURL=defaults.js.map