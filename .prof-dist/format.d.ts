import { type Analysis, type CustomBuild, type FileTypeAnalysis, type FileTypeName, type HardwareAssumption, type HardwareInfo, type ModelInfo, type ModelSummary, type Plan, type PlanResult, type PublishedChoice, type RankedRow, type TierMemory, type UsableCapacity } from './types.js';
export declare function formatGiB(bytes: number, digits?: number): string;
/** Tokens per second with precision that suits the magnitude (0.42, 5.3, 55.8, 6545). */
export declare function formatRate(tokensPerSecond: number): string;
/** Parameter count in billions, e.g. "8.03 B". */
export declare function formatParams(count: number): string;
export interface Column {
    /** Header with its unit. */
    header: string;
    /** Numbers are right-aligned, words left-aligned. */
    align: 'left' | 'right';
    cell(row: FileTypeAnalysis): string;
}
/** The analysis table's columns, in order. */
export declare const analysisColumns: readonly Column[];
/** One line naming the model, the machine and the context, e.g. for a table caption. */
export declare function describeAnalysis(analysis: Analysis): string;
export declare function describeModel(model: ModelSummary | ModelInfo): string;
export declare function describeHardware(hardware: HardwareInfo): string;
/** A plan's blocks per file type, most blocks first (ties: the more precise type first). */
export declare function histogramEntries(plan: Pick<Plan, 'histogram'>): [FileTypeName, number][];
/** The KV-cache type(s) of a plan: "q8_0", or "K q8_0, V f16" when they differ. */
export declare function describeKvCache(plan: Pick<Plan, 'kvCacheTypeK' | 'kvCacheTypeV'>): string;
/** Blocks per tier and the llama.cpp offload flags, e.g. "gpu=48 cpu=32 disk=0 (n_gpu_layers=48)". */
export declare function describePlacement(plan: Pick<Plan, 'placement'>): string;
/** A speed with its band, e.g. "3.02 (2.05–3.98)". */
export declare function formatBand(value: number, low: number, high: number, format?: (n: number) => string): string;
/** Sums the GPUs of a plan (one entry per GPU) into one TierMemory; undefined without a GPU. */
export declare function totalGpuMemory(plan: Pick<Plan, 'memory'>): TierMemory | undefined;
/**
 * Where the memory goes, e.g. "GPU 23.29 / 23.50 GiB (weights 21.77, KV 0.80, compute 0.28, overhead 0.45;
 * 0.50 GiB margin kept free); RAM 17.06 / 57.60 GiB usable of 64 GiB (6.40 GiB kept for the OS); disk 0.00 GiB"
 * (overhead includes the logits buffer).
 */
export declare function describePlanMemory(plan: Pick<Plan, 'memory'>): string;
/**
 * What a machine leaves to the model, e.g. "RAM 28.80 GiB usable of 32 GiB (3.20 GiB kept for the OS);
 * VRAM 23.50 GiB usable of 24 GiB (0.50 GiB margin kept free)".
 */
export declare function describeCapacity(capacity: UsableCapacity, hardware: HardwareInfo): string;
/**
 * The figures a request left out, e.g. "GPU bandwidth 200 GB/s (--gpu-bw), RAM bandwidth 50 GB/s (--ram-bw)";
 * `label` names where each is set (a CLI flag); "" when nothing was assumed.
 */
export declare function describeAssumptions(assumptions: readonly HardwareAssumption[], label?: (field: string) => string | undefined): string;
/** File sizes and downloads in GB (10^9 bytes, as Hugging Face lists them), e.g. "42.5 GB". */
export declare function formatGB(bytes: number): string;
/** The default objective's rule in one sentence (CLI help, README and the page quote it). */
export declare const BALANCED_RULE: string;
/** The published file in one line, e.g. "bartowski/Meta-Llama-3-70B-Instruct-GGUF, Q4_K_M (42.5 GB)". */
export declare function describePublishedFile(published: PublishedChoice): string;
/** What the custom mix gains over the published file, e.g. "+0.4 tok/s, 0.02 % less perplexity, same context". */
export declare function describeMixGain(published: PublishedChoice): string;
/** What building the mix takes, e.g. "download 141 GB, 290 GB of disk at most, about 95 min (first-order: ...)". */
export declare function describeCustomBuild(build: CustomBuild): string;
/** What would run the model at the asked context (PlanResult.requirements), in one sentence. */
export declare function describeRequirements(need: NonNullable<PlanResult['requirements']>, contextLength: number): string;
/** True when the plan is the published file itself (no per-block mix beats it here): nothing to build. */
export declare function planIsThePublishedFile(published: PublishedChoice): boolean;
/** The line in place of the published file when no repository is known: what the mix is built from instead. */
export declare function describeNoPublishedFile(build: CustomBuild): string;
/** The custom-mix line under the published file: what it gains and takes, or that there is nothing to build. */
export declare function describeMixOption(published: PublishedChoice | null, build: CustomBuild): string;
/**
 * Text for a terminal: control characters (C0 except tab and newline, DEL, C1) and bidirectional
 * overrides written as `\uXXXX`, so that a name read from an imported file can neither drive the
 * terminal (clear it, retitle it, hide later output) nor reorder what it shows. JSON stays valid:
 * inside a JSON string `\uXXXX` is the same character.
 */
export declare function escapeTerminal(text: string): string;
type RankedMachine = Pick<RankedRow, 'hardware' | 'grade' | 'feasible' | 'decodeTokensPerSecond'>;
/** The memory of a machine's GPU(s): one GPU's times their count; the GPU limit on unified memory; 0 without a GPU. */
export declare function machineGpuBytes(hw: RankedRow['hardware']): number;
/** A machine's memory in all: the shared pool on unified memory, else its GPUs' and its RAM. */
export declare function machineBytes(hw: RankedRow['hardware']): number;
/** The usable row of the machine with the least memory in all, then the least GPU memory, then the faster (undefined: none is usable). */
export declare function smallestUsableMachine<T extends RankedMachine>(rows: readonly T[]): T | undefined;
/** The usable row of the machine with the smallest GPU memory (machines with a GPU only), then the least memory in all, then the faster. */
export declare function smallestUsableGpu<T extends RankedMachine>(rows: readonly T[]): T | undefined;
export {};
