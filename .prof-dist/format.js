// Human-readable figures shared by the CLI table and the web page: the same columns, the same
// units in the headers (GiB = 2^30 bytes, tok/s), the same rounding.
import { FILE_TYPE_NAMES, } from './types.js';
const GIB = 2 ** 30;
export function formatGiB(bytes, digits = 2) {
    return (bytes / GIB).toFixed(digits);
}
/** Tokens per second with precision that suits the magnitude (0.42, 5.3, 55.8, 6545). */
export function formatRate(tokensPerSecond) {
    if (tokensPerSecond >= 1000)
        return tokensPerSecond.toFixed(0);
    if (tokensPerSecond >= 1)
        return tokensPerSecond.toFixed(1);
    return tokensPerSecond.toFixed(2);
}
/** Parameter count in billions, e.g. "8.03 B". */
export function formatParams(count) {
    return `${(count / 1e9).toFixed(count >= 1e11 ? 0 : 2)} B`;
}
const yesNo = (value) => (value ? 'yes' : 'no');
/** The analysis table's columns, in order. */
export const analysisColumns = [
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
        cell: (r) => `${formatRate(r.decodeTokensPerSecond)} (${formatRate(r.decodeTokensPerSecondLow)}–${formatRate(r.decodeTokensPerSecondHigh)})`,
    },
    { header: 'prefill tok/s', align: 'right', cell: (r) => formatRate(r.prefillTokensPerSecond) },
    { header: 'PPL +%', align: 'right', cell: (r) => r.qualityRelPplPercent.toFixed(2) },
];
/** One line naming the model, the machine and the context, e.g. for a table caption. */
export function describeAnalysis(analysis) {
    return (`${describeModel(analysis.model)} on ${describeHardware(analysis.hardware)}; ` +
        `context ${analysis.contextLength} tokens, KV cache ${analysis.kvCacheType}`);
}
export function describeModel(model) {
    return `${model.name} (${model.id}, ${formatParams(model.totalParams)} params)`;
}
export function describeHardware(hardware) {
    return hardware.id === 'custom' ? hardware.name : `${hardware.name} (${hardware.id})`;
}
// ------------------------------------------------------------------------------ plans
/** A plan's blocks per file type, most blocks first (ties: the more precise type first). */
export function histogramEntries(plan) {
    return Object.entries(plan.histogram).sort(([a, m], [b, n]) => n - m || FILE_TYPE_NAMES.indexOf(a) - FILE_TYPE_NAMES.indexOf(b));
}
/** The KV-cache type(s) of a plan: "q8_0", or "K q8_0, V f16" when they differ. */
export function describeKvCache(plan) {
    return plan.kvCacheTypeK === plan.kvCacheTypeV ? plan.kvCacheTypeK : `K ${plan.kvCacheTypeK}, V ${plan.kvCacheTypeV}`;
}
/** Blocks per tier and the llama.cpp offload flags, e.g. "gpu=48 cpu=32 disk=0 (n_gpu_layers=48)". */
export function describePlacement(plan) {
    const p = plan.placement;
    const flags = [`n_gpu_layers=${p.nGpuLayers}`, ...(p.nCpuMoe > 0 ? [`n_cpu_moe=${p.nCpuMoe}`] : [])];
    return `gpu=${p.gpu} cpu=${p.cpu} disk=${p.disk} (${flags.join(', ')})`;
}
/** A speed with its band, e.g. "3.02 (2.05–3.98)". */
export function formatBand(value, low, high, format = formatRate) {
    return `${format(value)} (${format(low)}–${format(high)})`;
}
/** Sums the GPUs of a plan (one entry per GPU) into one TierMemory; undefined without a GPU. */
export function totalGpuMemory(plan) {
    const gpus = plan.memory.gpus;
    if (gpus.length === 0)
        return undefined;
    const keys = Object.keys(gpus[0]);
    return Object.fromEntries(keys.map((k) => [k, gpus.reduce((sum, g) => sum + g[k], 0)]));
}
/**
 * Where the memory goes, e.g. "GPU 23.29 / 23.50 GiB (weights 21.77, KV 0.80, compute 0.28, overhead 0.45;
 * 0.50 GiB margin kept free); RAM 17.06 / 57.60 GiB usable of 64 GiB (6.40 GiB kept for the OS); disk 0.00 GiB"
 * (overhead includes the logits buffer).
 */
export function describePlanMemory(plan) {
    const gpu = totalGpuMemory(plan);
    const cpu = plan.memory.cpu;
    const margin = plan.memory.gpuMarginBytes;
    const marginText = margin > 0 ? `; ${formatGiB(margin)} GiB margin kept free${plan.memory.gpus.length > 1 ? ' on each GPU' : ''}` : '';
    const gpuText = gpu
        ? `GPU ${formatGiB(gpu.totalBytes)} / ${formatGiB(gpu.capacityBytes)} GiB (weights ${formatGiB(gpu.weightsBytes)}, ` +
            `KV ${formatGiB(gpu.kvCacheBytes)}, compute ${formatGiB(gpu.computeBytes)}, overhead ${formatGiB(gpu.overheadBytes + gpu.outputBytes)}${marginText})`
        : 'no GPU';
    return (`${gpuText}; RAM ${formatGiB(cpu.totalBytes)} / ${formatGiB(cpu.capacityBytes)} GiB ` +
        `usable of ${compactGiB(cpu.capacityBytes + plan.memory.osReserveBytes)} GiB (${formatGiB(plan.memory.osReserveBytes)} GiB kept for the OS); ` +
        `disk ${formatGiB(plan.memory.diskBytes)} GiB`);
}
/** GiB without trailing zeros: 32, 23.5, 10.67. */
function compactGiB(bytes) {
    return String(+(bytes / GIB).toFixed(2));
}
/**
 * What a machine leaves to the model, e.g. "RAM 28.80 GiB usable of 32 GiB (3.20 GiB kept for the OS);
 * VRAM 23.50 GiB usable of 24 GiB (0.50 GiB margin kept free)".
 */
export function describeCapacity(capacity, hardware) {
    const ram = `RAM ${formatGiB(capacity.ramCapacityBytes)} GiB usable of ${compactGiB(hardware.ramBytes)} GiB (${formatGiB(capacity.osReserveBytes)} GiB kept for the OS)`;
    if (hardware.gpuCount === 0 || hardware.vramBytes === 0)
        return `${ram}; no GPU`;
    const each = hardware.gpuCount > 1 ? ' per GPU' : '';
    const limit = hardware.unifiedMemory ? ' GPU limit' : '';
    return (`${ram}; VRAM ${formatGiB(capacity.gpuCapacityBytes)} GiB usable of ${compactGiB(hardware.vramBytes)} GiB${limit}${each}` +
        ` (${formatGiB(capacity.gpuMarginBytes)} GiB margin kept free)`);
}
/**
 * The figures a request left out, e.g. "GPU bandwidth 200 GB/s (--gpu-bw), RAM bandwidth 50 GB/s (--ram-bw)";
 * `label` names where each is set (a CLI flag); "" when nothing was assumed.
 */
export function describeAssumptions(assumptions, label) {
    return assumptions
        .map((a) => {
        const where = label?.(a.field);
        return where ? `${a.text} (${where})` : a.text;
    })
        .join(', ');
}
/** File sizes and downloads in GB (10^9 bytes, as Hugging Face lists them), e.g. "42.5 GB". */
export function formatGB(bytes) {
    return `${(bytes / 1e9).toFixed(bytes >= 100e9 ? 0 : 1)} GB`;
}
/** The default objective's rule in one sentence (CLI help, README and the page quote it). */
export const BALANCED_RULE = 'By default Fitplan picks the most accurate plan that runs at least as fast as the standard Q4_K_M file would on ' +
    'this machine; when that is below the usable (else the slow) speed and a plan within the quality-loss ceiling ' +
    'reaches it, the most accurate plan at that speed.';
/** The published file in one line, e.g. "bartowski/Meta-Llama-3-70B-Instruct-GGUF, Q4_K_M (42.5 GB)". */
export function describePublishedFile(published) {
    const size = `${formatGB(published.fileBytes)}${published.fileBytesExact ? '' : ', predicted'}`;
    const who = published.official ? 'official' : `by ${published.publisher}`;
    return `${published.repo}, ${published.fileType} (${size}; ${who}${published.variant ? `; ${published.variant} weights` : ''})`;
}
/** What the custom mix gains over the published file, e.g. "+0.4 tok/s, 0.02 % less perplexity, same context". */
export function describeMixGain(published) {
    const speed = published.gainDecodeTokensPerSecond;
    const quality = published.gainQualityProxy;
    const context = published.gainContextLength;
    const parts = [
        Math.abs(speed) < 0.005 ? 'same speed' : `${speed > 0 ? '+' : '−'}${formatRate(Math.abs(speed))} tok/s`,
        Math.abs(quality) < 0.0005 ? 'same quality' : `${Math.abs(quality).toFixed(3)} % ${quality > 0 ? 'less' : 'more'} perplexity`,
        context === 0 ? 'same context' : `${context > 0 ? '+' : '−'}${Math.abs(context)} tokens of context`,
    ];
    return parts.join(', ');
}
/** What building the mix takes, e.g. "download 141 GB, 290 GB of disk at most, about 95 min (first-order: ...)". */
export function describeCustomBuild(build) {
    const minutes = build.approxMinutes;
    const time = minutes >= 90 ? `${(minutes / 60).toFixed(1)} h` : `${Math.max(1, Math.round(minutes))} min`;
    return (`${build.downloadBytes > 0 ? `download ${formatGB(build.downloadBytes)}, ` : ''}${formatGB(build.diskBytes)} of disk at most, ` +
        `about ${time}; tools: ${build.tools.join(', ')} (${build.assumptions})`);
}
/** What would run the model at the asked context (PlanResult.requirements), in one sentence. */
export function describeRequirements(need, contextLength) {
    return (`To run at ${contextLength} tokens in GPU + RAM it needs at least ${formatGiB(need.minTotalBytes)} GiB at the lowest precision ` +
        `allowed, ${formatGiB(need.q4KMTotalBytes)} GiB for a Q4_K_M file.`);
}
/** True when the plan is the published file itself (no per-block mix beats it here): nothing to build. */
export function planIsThePublishedFile(published) {
    return published.gainDecodeTokensPerSecond === 0 && published.gainQualityProxy === 0 && published.gainContextLength === 0;
}
/** The line in place of the published file when no repository is known: what the mix is built from instead. */
export function describeNoPublishedFile(build) {
    return `no published GGUF repository is known for this model; the mix below is built from ${build.startsFrom}.`;
}
/** The custom-mix line under the published file: what it gains and takes, or that there is nothing to build. */
export function describeMixOption(published, build) {
    if (published?.plan.feasible && planIsThePublishedFile(published)) {
        return 'nothing to build: no per-block mix beats the published file here.';
    }
    const gain = published?.plan.feasible ? `it gains ${describeMixGain(published)} over the published file; ` : '';
    return `${gain}it takes ${describeCustomBuild(build)}.`;
}
/**
 * Text for a terminal: control characters (C0 except tab and newline, DEL, C1) and bidirectional
 * overrides written as `\uXXXX`, so that a name read from an imported file can neither drive the
 * terminal (clear it, retitle it, hide later output) nor reorder what it shows. JSON stays valid:
 * inside a JSON string `\uXXXX` is the same character.
 */
export function escapeTerminal(text) {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** The memory of a machine's GPU(s): one GPU's times their count; the GPU limit on unified memory; 0 without a GPU. */
export function machineGpuBytes(hw) {
    if (hw.gpuCount === 0)
        return 0;
    return hw.unifiedMemory ? hw.vramBytes : hw.vramBytes * hw.gpuCount;
}
/** A machine's memory in all: the shared pool on unified memory, else its GPUs' and its RAM. */
export function machineBytes(hw) {
    return hw.unifiedMemory ? hw.ramBytes : machineGpuBytes(hw) + hw.ramBytes;
}
const faster = (a, b) => (b.feasible ? b.decodeTokensPerSecond : 0) - (a.feasible ? a.decodeTokensPerSecond : 0);
/** The usable row of the machine with the least memory in all, then the least GPU memory, then the faster (undefined: none is usable). */
export function smallestUsableMachine(rows) {
    return rows
        .filter((r) => r.grade === 'usable')
        .sort((a, b) => machineBytes(a.hardware) - machineBytes(b.hardware) || machineGpuBytes(a.hardware) - machineGpuBytes(b.hardware) || faster(a, b))[0];
}
/** The usable row of the machine with the smallest GPU memory (machines with a GPU only), then the least memory in all, then the faster. */
export function smallestUsableGpu(rows) {
    return rows
        .filter((r) => r.grade === 'usable' && r.hardware.gpuCount > 0)
        .sort((a, b) => machineGpuBytes(a.hardware) - machineGpuBytes(b.hardware) || machineBytes(a.hardware) - machineBytes(b.hardware) || faster(a, b))[0];
}
//# sourceMappingURL=format.js.map