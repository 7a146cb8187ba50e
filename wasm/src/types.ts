// Public types of the fitplan API. Field names are a public contract (issue #2): they are the JSON
// the CLI prints with --json and the golden files compare against. Keep them in step with
// wasm/bindings.cpp (tests/wasm/conformance.test.ts checks every record's keys). Enum names come
// from the core's tables through the generated contract (wasm/src/generated/contract.ts).
import { ENUMS } from './generated/contract.js';

/** Error codes of FitplanError (the C++ core's ErrorCode spelled as strings). */
/** 'load_failed': the WebAssembly core could not be loaded (the message names where and the fix). */
export type ErrorCode = (typeof ENUMS.errorCode)[number] | 'load_failed';

/** llama.cpp backends. */
export type Backend = (typeof ENUMS.backend)[number];
export const BACKENDS: readonly Backend[] = ENUMS.backend;

/** KV-cache element types accepted by llama.cpp -ctk/-ctv. */
export type KvCacheType = (typeof ENUMS.kvCacheType)[number];
export const KV_CACHE_TYPES: readonly KvCacheType[] = ENUMS.kvCacheType;

/** Hyperparameters of a model (the core's ModelArchitecture, camelCase). */
export interface ModelArchitecture {
  /** Tensor-layout family: llama, qwen2, qwen3, gemma2, gemma3, phi3, gpt-oss, deepseek2, glm4moe, llama4. */
  family: string;
  /** GGUF general.architecture. */
  ggufArch: string;
  nLayer: number;
  nEmbd: number;
  nHead: number;
  nHeadKv: number;
  headDimK: number;
  headDimV: number;
  nFf: number;
  gatedFfn: boolean;
  nVocab: number;
  tiedEmbeddings: boolean;
  attnQkvBias: boolean;
  attnOutputBias: boolean;
  ffnBias: boolean;
  ropeFreqs: boolean;
  /** Per-head q/k RMS norms where the family makes them optional (glm4moe: GLM-4.5 yes, GLM-4.5-Air no). */
  attnQkNorm: boolean;
  nExpert: number;
  nExpertUsed: number;
  nFfExp: number;
  nExpertShared: number;
  nFfShexp: number;
  nLeadingDense: number;
  /** llama4 interleave_moe_layer_step: block il is MoE when (il + 1) % step == 0; 0 or 1 = every block. */
  moeLayerStep: number;
  /** Trailing NextN (multi-token-prediction) blocks, counted in nLayer: in the file, not run by llama.cpp. */
  nLayerNextn: number;
  slidingWindow: number;
  swaPattern: number;
  qLoraRank: number;
  kvLoraRank: number;
  qkRopeHeadDim: number;
  qkNopeHeadDim: number;
  nCtxTrain: number;
}

/** A model of the built-in catalog. */
export interface ModelInfo {
  id: string;
  name: string;
  /** Grouping for pickers, e.g. "Llama 3". */
  family: string;
  totalParams: number;
  /** Parameters touched per token (MoE: shared + active experts). */
  activeParams: number;
  /** Trained context length in tokens (the largest contextLength accepted). */
  maxContext: number;
  moe: boolean;
  slidingWindow: boolean;
  mla: boolean;
  /** Where the hyperparameters come from. */
  source: string;
  architecture: ModelArchitecture;
}

/**
 * A model that is not in the catalog: its hyperparameters (read from a GGUF header, a Hugging Face
 * config.json, or written by hand) and, for a GGUF file, its tensor table. Requests take it
 * wherever they take a model id; `importModel()` (import/index.ts) builds one.
 */
export interface ModelSpec {
  /** Shown in results as model.id (default "imported"); importModel uses the source, e.g. "hf:Qwen/Qwen2.5-0.5B". */
  id?: string | undefined;
  name?: string | undefined;
  /** Grouping for pickers (default "Imported"). */
  family?: string | undefined;
  /** Where the hyperparameters come from (a URL, a file name). */
  source?: string | undefined;
  /**
   * family, nLayer, nEmbd, nHead, nVocab and nCtxTrain are required; the other fields default to
   * a dense model without biases (nHeadKv = nHead, headDimK = nEmbd / nHead, headDimV = headDimK).
   */
  architecture: Partial<ModelArchitecture> & Pick<ModelArchitecture, 'family' | 'nLayer' | 'nEmbd' | 'nHead' | 'nVocab' | 'nCtxTrain'>;
  /** A GGUF file's tensor table: analyze() also reports this file as it is (Analysis.file). plan() and frontier() use only the architecture. */
  file?: ImportedFileSpec | undefined;
  /** GGUF repositories publishing this model (importModel fills it from a Hugging Face repository's file list): plan() names the best of their files. */
  published?: PublishedRepoSpec[] | undefined;
}

/** A Hugging Face repository of GGUF files (ModelSpec.published, ModelInfo.published). */
export interface PublishedRepoSpec {
  /** owner/name */
  repo: string;
  publisher?: string | undefined;
  /** The model's own publisher (not a third-party quantizer). */
  official?: boolean | undefined;
  /** What the files hold when it is not exactly the model, e.g. "Instruct". */
  variant?: string | undefined;
  source?: string | undefined;
  files: { fileType: FileTypeName; fileBytes?: number; fileName?: string }[];
}

/** The tensor table of a GGUF file, as its header states it. */
export interface ImportedFileSpec {
  /** Shown as the row's label, e.g. the file name. */
  label: string;
  /** llama.cpp file type (general.file_type), e.g. "Q4_K_M": the quality prior of the row. */
  fileType: string;
  /** The file's size in bytes (all shards); 0 = predict it from the tensor table. */
  fileBytes: number;
  /** Bytes before the tensor data (metadata + tensor infos + padding), as the header states it; plans of this model use it for the files they predict. Optional (0 or absent = predicted from the vocabulary). */
  headerBytes?: number | undefined;
  /** Where the file was read over HTTP (importModel sets it for URLs and Hugging Face files); absent for a local file. The commands download it from here, and start from the local file otherwise. */
  url?: string | undefined;
  tensors: ImportedTensor[];
}

export interface ImportedTensor {
  /** GGUF tensor name, e.g. "blk.0.attn_q.weight". */
  name: string;
  /** As stored: dims[0] is the row length. */
  dims: number[];
  /** ggml type name, e.g. "q4_K", "f16" (case-insensitive). */
  type: string;
}

/** A machine: a catalog entry, or "custom". Bytes are exact integers (GiB = 2^30 bytes). */
export interface HardwareInfo {
  id: string;
  name: string;
  family: string;
  backend: Backend;
  /** Identical GPUs; 0 = CPU only. */
  gpuCount: number;
  /** Memory of one GPU in bytes (unified machines: the GPU working-set limit). */
  vramBytes: number;
  /** System RAM in bytes (unified machines: the whole shared pool). */
  ramBytes: number;
  /** GB/s = 10^9 bytes per second. */
  gpuBandwidthGBps: number;
  ramBandwidthGBps: number;
  diskBandwidthGBps: number;
  /** Dense FP16 throughput of one GPU, TFLOPS. */
  gpuTflops: number;
  pcieBandwidthGBps: number;
  cpuCores: number;
  unifiedMemory: boolean;
  source: string;
}

/**
 * The memory kept back from the model, in GiB or bytes (at most one of each pair). Omitted: the
 * core's defaults (core/include/fitplan/capacity.hpp): max(2 GiB, RAM / 10) for the operating
 * system, min(512 MiB, VRAM / 16) per discrete GPU, none on unified memory. Results state the
 * reserve used (Analysis.capacity, PlanMemory.osReserveBytes / gpuMarginBytes).
 */
export interface HardwareReserve {
  /** RAM kept for the operating system and other programs: 0 up to less than the RAM. */
  osReserveGiB?: number | undefined;
  osReserveBytes?: number | undefined;
  /** VRAM kept free on each GPU: 0 up to less than one GPU's memory; machines with a GPU only. */
  gpuMarginGiB?: number | undefined;
  gpuMarginBytes?: number | undefined;
}

/**
 * A custom machine for `analyze({ hardware: {...} })`. Give memory in GiB or in bytes.
 * vramGiB (0 = CPU only) and ramGiB are required; omitted optional fields take the defaults of
 * `customHardwareDefaults` (defaults.ts), and the result's `hardwareAssumptions` lists them.
 */
export interface CustomHardware extends HardwareReserve {
  name?: string | undefined;
  backend?: Backend | undefined;
  gpuCount?: number | undefined;
  vramGiB?: number | undefined;
  vramBytes?: number | undefined;
  ramGiB?: number | undefined;
  ramBytes?: number | undefined;
  gpuBandwidthGBps?: number | undefined;
  ramBandwidthGBps?: number | undefined;
  diskBandwidthGBps?: number | undefined;
  gpuTflops?: number | undefined;
  pcieBandwidthGBps?: number | undefined;
  cpuCores?: number | undefined;
  unifiedMemory?: boolean | undefined;
}

/**
 * A catalog machine with host figures of its own, e.g. `{ preset: 'rtx4090', ramGiB: 32 }`: the
 * preset's GPU(s) with your RAM. Its name says what changed ("NVIDIA GeForce RTX 4090 (24 GiB) +
 * 32 GiB RAM"); its id stays the preset's. On unified-memory presets (Apple, GB10) the RAM, its
 * bandwidth and the GPU count are the chip's and cannot be set (an error names the field).
 */
export interface PresetHardware extends HardwareReserve {
  /** Hardware id from `hardware()`. */
  preset: string;
  ramGiB?: number | undefined;
  ramBytes?: number | undefined;
  ramBandwidthGBps?: number | undefined;
  diskBandwidthGBps?: number | undefined;
  cpuCores?: number | undefined;
  /** Identical GPUs, 1 to 64 (presets with a GPU, not unified memory). */
  gpuCount?: number | undefined;
}

/** The machine of a request: a hardware id, a preset with host figures of its own, or a custom machine. */
export type HardwareSpec = string | PresetHardware | CustomHardware;

/** A figure of a custom machine that the request did not give: the value used and why. */
export interface HardwareAssumption {
  /** The request field, e.g. "hardware.gpuBandwidthGBps". */
  field: string;
  /** The value used. */
  value: number;
  /** The figure in words, e.g. "GPU bandwidth 200 GB/s". */
  text: string;
  /** Where the value comes from, e.g. "not given; the default of customHardwareDefaults.gpuBandwidthGBps". */
  why: string;
}

/** The memory a result had to fit in, after the reserve kept back (bytes). */
export interface UsableCapacity {
  /** What the model may use of each GPU (0 without a GPU). */
  gpuCapacityBytes: number;
  /** What the model may use of the RAM. */
  ramCapacityBytes: number;
  /** RAM kept for the operating system (ramBytes - osReserveBytes = ramCapacityBytes). */
  osReserveBytes: number;
  /** VRAM kept free on each GPU (0 without a GPU and, by default, on unified memory). */
  gpuMarginBytes: number;
}

export interface AnalyzeRequest {
  /** Model id from `models()`, or a model described by its architecture (e.g. from `importModel()`). */
  model: string | ModelSpec;
  /** Hardware id from `hardware()`, a preset with host figures of its own, or a custom machine. */
  hardware: HardwareSpec;
  /** Context length in tokens (default the smaller of 4096 and the model's maxContext). */
  contextLength?: number | undefined;
  /** KV-cache type for K and V (default 'f16'). */
  kvCacheType?: KvCacheType | undefined;
  /** Prompt length for the prefill estimate, tokens (default 512). */
  promptTokens?: number | undefined;
  /**
   * Whole-file types to analyze (case-insensitive; duplicates dropped; rows from large to small).
   * Default: the 18 common types F16 ... IQ1_M plus the model's native type (MXFP4_MOE for
   * gpt-oss). 'all': every llama-quantize type but F32. An unknown name is an error on `fileTypes`.
   */
  fileTypes?: FileTypeName[] | 'all' | undefined;
}

/** The model as summarised in results. */
export interface ModelSummary {
  id: string;
  name: string;
  totalParams: number;
  activeParams: number;
}

/** One whole-file quantization type (e.g. Q4_K_M) on the requested machine. */
/**
 * Estimated speeds with their uncertainty bands (Low / High, from the calibration residuals),
 * tokens per second: decode at half the context filled, prefill for the request's prompt.
 */
export interface SpeedEstimates {
  decodeTokensPerSecond: number;
  decodeTokensPerSecondLow: number;
  decodeTokensPerSecondHigh: number;
  prefillTokensPerSecond: number;
  prefillTokensPerSecondLow: number;
  prefillTokensPerSecondHigh: number;
}

export interface FileTypeAnalysis extends SpeedEstimates {
  /** llama.cpp spelling, e.g. "Q4_K_M". */
  fileType: string;
  /** Predicted GGUF file size, bytes. */
  weightsBytes: number;
  /** Whole KV cache at contextLength, bytes. */
  kvCacheBytes: number;
  /** Compute buffers (GPU + CPU) at the chosen split, bytes. */
  computeBytes: number;
  /** Runtime overhead + logits buffer, bytes. */
  overheadBytes: number;
  totalBytes: number;
  /** llama.cpp -ngl: blocks on the GPU (nLayer + 1 includes the output layer). */
  gpuLayers: number;
  /** Everything fits in VRAM. */
  fitsVram: boolean;
  /** Fits in VRAM + RAM (nothing streamed from disk). */
  fitsMemory: boolean;
  /** Measured prior: perplexity increase vs F16, percent. */
  qualityRelPplPercent: number;
  /** weightsBytes * 8 / totalParams. */
  bitsPerWeight: number;
}

export interface Analysis {
  model: ModelSummary;
  hardware: HardwareInfo;
  contextLength: number;
  kvCacheType: KvCacheType;
  /** The memory the rows had to fit in and the reserve kept back. */
  capacity: UsableCapacity;
  /** Figures of a custom machine the request left out, with the defaults used (empty for presets). */
  hardwareAssumptions: HardwareAssumption[];
  fileTypes: FileTypeAnalysis[];
  /** The imported GGUF file (model.file) as it is: its own tensor types and size; null without one. */
  file: ImportedFileAnalysis | null;
}

/** An imported GGUF file on the requested machine: a fileTypes row for the file's exact tensor table. */
export interface ImportedFileAnalysis extends FileTypeAnalysis {
  /** The file's label (ModelSpec.file.label). */
  label: string;
}

// ------------------------------------------------------------------------------ plan / frontier

/** llama.cpp file types (llama-quantize spelling), as plans name the precision of each block. */
export type FileTypeName = (typeof ENUMS.fileType)[number];
/** Every FileTypeName, from the most to the least precise (the core's order). */
export const FILE_TYPE_NAMES: readonly FileTypeName[] = ENUMS.fileType;

/** KV-cache types the optimizer chooses from. */
export type PlanKvCacheType = Exclude<KvPolicy, 'auto'>;
/** KV-cache policy of a plan: one type, or 'auto' (the optimizer picks f16, q8_0 or q4_0). */
export type KvPolicy = (typeof ENUMS.kvPolicy)[number];
export const KV_POLICIES: readonly KvPolicy[] = ENUMS.kvPolicy;

/** Where a block's tensors live: VRAM, system RAM, or streamed from disk through mmap. */
export type Tier = (typeof ENUMS.tier)[number];

/**
 * How the model is split: everything on the GPU; whole blocks on the CPU (-ngl); routed experts of
 * the first blocks on the CPU (--n-cpu-moe); dense FFN weights on the CPU (-ot overrides); no GPU.
 */
export type PlacementKind = (typeof ENUMS.placementKind)[number];

/**
 * What a plan optimises. 'balanced' (default): the most accurate plan at least as fast as the
 * standard Q4_K_M file would run on the machine (or the usable speed, when Q4_K_M is slower and a plan
 * within maxQualityLoss reaches it); 'quality': the most accurate plan that fits; 'speed': the fastest;
 * 'workload': the shortest time for promptTokens in and outputTokens out. With targetTps, balanced and
 * quality both take the most accurate plan that reaches it.
 */
export type PlanObjective = (typeof ENUMS.objective)[number];
export const PLAN_OBJECTIVES: readonly PlanObjective[] = ENUMS.objective;

/** Where a plan's memory lives: all on the GPU, GPU + RAM (RAM alone without a GPU), streamed from disk, nowhere. */
export type Fit = (typeof ENUMS.fit)[number];

/** Verdict: usable (interactive), slow (batch work), impractical (fits but too slow), infeasible. */
export type UsabilityGrade = (typeof ENUMS.usability)[number];

export interface PlanRequest {
  /** Model id from `models()`, or a model described by its architecture (e.g. from `importModel()`). */
  model: string | ModelSpec;
  /** Hardware id from `hardware()`, a preset with host figures of its own, or a custom machine. */
  hardware: HardwareSpec;
  /** Context length wanted, tokens (at most the model's maxContext). */
  contextLength: number;
  /** The optimizer may shrink the context down to this to make the model fit (default min(2048, contextLength)). */
  minContextLength?: number | undefined;
  /** Decode speed to reach, tok/s: the most precise plan that reaches it (default 0 = no target, most precise plan that fits). */
  targetTps?: number | undefined;
  /** KV-cache type, or 'auto' (default). */
  kv?: KvPolicy | undefined;
  /** Lowest precision any block may get (default the core's floor, Q2_K). Case-insensitive. */
  minQuant?: FileTypeName | undefined;
  /** Allow blocks that fit in neither VRAM nor RAM to be streamed from disk (default true). */
  allowDisk?: boolean | undefined;
  /** Prompt length for prefill speed and time to first token, tokens (default 512). */
  promptTokens?: number | undefined;
  /** Expected output length, tokens (core default 256). */
  outputTokens?: number | undefined;
  /** What the plan optimises (default 'balanced'; see PlanObjective). */
  objective?: PlanObjective | undefined;
  /** balanced: the most a plan may lose, percent perplexity over F16, to reach the usable speed or to fit (core default 10). */
  maxQualityLoss?: number | undefined;
  /** Verdict threshold: at least this decode tok/s is 'usable' (core default 8). */
  usableTps?: number | undefined;
  /** Verdict threshold: below this decode tok/s is 'impractical' (core default 2). */
  slowTps?: number | undefined;
  /** Also compute the uniform Q4_K_M baseline (default false). */
  compare?: boolean | undefined;
  /** One weight per block (nLayer values, >= 0): how much a block's precision matters (default U-shaped). */
  blockSensitivity?: number[] | undefined;
}

/** A custom machine with its defaults filled in (see `withCustomHardwareDefaults`). */
export type ResolvedCustomHardware = CustomHardware & {
  [K in 'name' | 'backend' | 'gpuCount' | 'gpuBandwidthGBps' | 'ramBandwidthGBps' | 'diskBandwidthGBps' | 'gpuTflops' | 'pcieBandwidthGBps' | 'cpuCores' | 'unifiedMemory']-?: Exclude<CustomHardware[K], undefined>;
};

/** A PlanRequest with the defaults applied (defaults.ts): exactly what the core was asked. */
export interface ResolvedPlanRequest extends PlanRequest {
  hardware: string | PresetHardware | ResolvedCustomHardware;
  minContextLength: number;
  kv: KvPolicy;
  allowDisk: boolean;
  promptTokens: number;
  compare: boolean;
}

/** One transformer block of a plan. */
export interface PlanLayer {
  index: number;
  /** llama.cpp file-type recipe applied to this block's tensors. */
  type: FileTypeName;
  /** 'gpu' when attention and FFN are on the GPU, 'disk' when either is streamed, else 'cpu'. */
  tier: Tier;
  /** Attention tensors and this block's KV cache. */
  attentionTier: Tier;
  /** FFN (dense) or routed experts (MoE). */
  ffnTier: Tier;
  /** Which GPU (multi-GPU machines). */
  gpuIndex: number;
  /** Weights of the block at its type, bytes. */
  bytes: number;
}

export interface PlanPlacement {
  /** Blocks entirely on the GPU / on the CPU / streamed from disk. */
  gpu: number;
  cpu: number;
  disk: number;
  /** llama.cpp -ngl (nLayer + 1 includes the output layer). */
  nGpuLayers: number;
  /** llama.cpp --n-cpu-moe (0 = none). */
  nCpuMoe: number;
  kind: PlacementKind;
  /** The llama.cpp -ot patterns (regex=BUFTYPE, first match wins) its command passes, for what -ngl and --n-cpu-moe cannot express; empty when none. */
  tensorOverrides: string[];
}

/** Memory of one tier (one GPU, or system RAM), bytes. */
export interface TierMemory {
  weightsBytes: number;
  kvCacheBytes: number;
  computeBytes: number;
  /** Logits buffer (host memory). */
  outputBytes: number;
  /** Runtime / driver context. */
  overheadBytes: number;
  totalBytes: number;
  /** What the plan may use of this tier. */
  capacityBytes: number;
  /** capacityBytes - totalBytes; negative when over capacity. */
  headroomBytes: number;
}

export interface PlanMemory {
  /** One entry per GPU (empty on a CPU-only machine). */
  gpus: TierMemory[];
  cpu: TierMemory;
  /** Weights streamed from disk through mmap. */
  diskBytes: number;
  gpuTotalBytes: number;
  /** GPUs + RAM + disk. */
  totalBytes: number;
  kvCacheKBytes: number;
  kvCacheVBytes: number;
  /** RAM kept for the operating system (cpu.capacityBytes is what is left of the RAM). */
  osReserveBytes: number;
  /** VRAM kept free on each GPU (0 without a GPU and, by default, on unified memory). */
  gpuMarginBytes: number;
}

export interface Usability {
  grade: UsabilityGrade;
  /** One sentence, e.g. "slow - usable for batch / non-interactive work (~3.0 tok/s)". */
  message: string;
}

/** One plan: per-block precision, KV type, context and placement chosen together. */
export interface Plan extends SpeedEstimates {
  /** False when nothing fits even at the floor precision and context (see usability and notes). */
  feasible: boolean;
  /** Model id. */
  model: string;
  /** Hardware id ("custom" for a custom machine). */
  hardware: string;
  /** The context planned for (may be below the request's, down to minContextLength). */
  contextLength: number;
  kvCacheTypeK: PlanKvCacheType;
  kvCacheTypeV: PlanKvCacheType;
  /** llama.cpp -fa (a quantized V cache requires it). */
  flashAttention: boolean;
  /** File type of token_embd, output and the tensors outside the blocks. */
  baseFileType: FileTypeName;
  layers: PlanLayer[];
  /** Blocks per file type. */
  histogram: Partial<Record<FileTypeName, number>>;
  placement: PlanPlacement;
  memory: PlanMemory;
  /** Predicted GGUF file size, bytes. */
  fileBytes: number;
  promptTokens: number;
  timeToFirstTokenSeconds: number;
  /** Estimated perplexity increase vs F16, percent (lower is better). */
  qualityProxy: number;
  usability: Usability;
  notes: string[];
  /** Memory resolution of the knapsack, bytes (0 for a uniform plan). */
  knapsackBucketBytes: number;
  /** promptTokens / prefill + outputTokens / decode, seconds. */
  workloadSeconds: number;
  /** Largest context, tokens, that stays entirely on the GPU at this plan's base file type and KV type (0 if none). */
  maxGpuContext: number;
  /** Where its memory lives: 'gpu', 'gpu+ram', 'disk' (weights streamed on every token), 'none' (cannot run). */
  fit: Fit;
  /** The context asked for (contextLength may be smaller). */
  requestedContextLength: number;
  /** The answer in one sentence, e.g. "Slow: ~3.1 tok/s, fits in GPU + RAM." */
  headline: string;
  /** The request (defaults applied) that produced this plan. */
  request: ResolvedPlanRequest;
}

/** What `plan()` returns: the plan, its decode target and, with `compare`, the uniform baseline. */
export interface PlanResult extends Plan {
  /** The machine's display name (a preset with host figures of its own says which). */
  hardwareName: string;
  /** Figures of a custom machine the request left out, with the defaults used (empty for presets). */
  hardwareAssumptions: HardwareAssumption[];
  /** The request's decode target, tok/s (0 = none). */
  targetTps: number;
  /** Uniform Q4_K_M, f16 KV, at the requested context with the most GPU layers that fit (with `compare`); else null. */
  baseline: Plan | null;
  /** The rule that chose this plan, in one sentence with its figures. */
  objectiveRule: string;
  /** The published GGUF file that best serves the same objective (null when no repository is known for the model). */
  published: PublishedChoice | null;
  /** What building the custom per-block mix takes. */
  customBuild: CustomBuild;
  /** What would run the model at the requested context (when nothing does here). */
  requirements: { minTotalBytes: number; q4KMTotalBytes: number } | null;
}

/** A published GGUF file, run as it is, beside the custom mix. */
export interface PublishedChoice {
  repo: string;
  publisher: string;
  official: boolean;
  variant: string;
  source: string;
  fileType: FileTypeName;
  /** "" when the -hf tag resolves it. */
  fileName: string;
  /** Exact when fileBytesExact, else predicted. */
  fileBytes: number;
  fileBytesExact: boolean;
  /** Other repositories publishing the same file type. */
  otherRepos: string[];
  /** Custom mix minus this file: decode tok/s, context tokens; this file minus the mix: quality proxy (positive = the mix is better). */
  gainDecodeTokensPerSecond: number;
  gainQualityProxy: number;
  gainContextLength: number;
  /** One-line commands that fetch it and run it with its plan's placement. */
  commands: { llamaServer: string; ollama: string; caveats: string[] };
  /** The file as it runs here (every block at fileType). */
  plan: Plan;
}

/** What building the custom mix takes (approxMinutes is first-order: see assumptions). */
export interface CustomBuild {
  /** What the build starts from, in words: "the original weights (safetensors of ORG/NAME), converted to an F16 GGUF", or "your F16 file NAME" for an imported GGUF. */
  startsFrom: string;
  downloadBytes: number;
  diskBytes: number;
  tools: string[];
  needsImatrix: boolean;
  approxMinutes: number;
  assumptions: string;
}

/** A non-dominated (quality, decode speed, memory) point of `frontier()`. */
export interface FrontierPoint {
  qualityProxy: number;
  decodeTokensPerSecond: number;
  totalBytes: number;
  plan: Plan;
}

/** Consecutive blocks of a plan with the same file type (`LeanFrontierPoint.typeRuns`). */
export interface TypeRun {
  /** llama.cpp file-type recipe of these blocks' tensors. */
  type: FileTypeName;
  /** How many blocks: the run starts where the previous one ended (the first at block 0). */
  count: number;
}

/** Consecutive blocks of a plan that run in the same tiers (`LeanFrontierPoint.tierRuns`). */
export interface TierRun {
  /** Attention tensors and the blocks' KV cache. */
  attentionTier: Tier;
  /** FFN (dense) or routed experts (MoE). */
  ffnTier: Tier;
  /** How many blocks: the run starts where the previous one ended (the first at block 0). */
  count: number;
}

/**
 * One point of `leanFrontier()`: what a chart or a table of the frontier shows, and the decisions
 * that make its plan, without the plan (~1 KB of JSON where a `frontier()` point carries ~11 KB).
 * The points are `frontier()`'s, in the same order with the same figures (each field below is the
 * plan field it names); `frontierPlan(request, point)` returns the whole plan of one. The
 * decisions have a plan's own field names (contextLength, kvCacheTypeK, kvCacheTypeV,
 * baseFileType, placement), with the blocks as runs.
 */
export interface LeanFrontierPoint {
  /** Estimated perplexity increase vs F16, percent (lower is better): Plan.qualityProxy. */
  qualityProxy: number;
  /** Decode speed at half the context filled, tok/s: Plan.decodeTokensPerSecond. */
  decodeTokensPerSecond: number;
  /** Its uncertainty band: Plan.decodeTokensPerSecondLow / High. */
  decodeTokensPerSecondLow: number;
  decodeTokensPerSecondHigh: number;
  /** Prefill speed for the request's promptTokens, tok/s: Plan.prefillTokensPerSecond. */
  prefillTokensPerSecond: number;
  /** GPUs + RAM + disk, bytes: Plan.memory.totalBytes. */
  totalBytes: number;
  /** Every GPU together, bytes: Plan.memory.gpuTotalBytes. */
  gpuBytes: number;
  /** System RAM, bytes: Plan.memory.cpu.totalBytes. */
  ramBytes: number;
  /** Weights streamed from disk through mmap, bytes: Plan.memory.diskBytes. */
  diskBytes: number;
  /** Where its memory lives: Plan.fit. */
  fit: Fit;
  /** The context planned for, tokens: Plan.contextLength. */
  contextLength: number;
  kvCacheTypeK: PlanKvCacheType;
  kvCacheTypeV: PlanKvCacheType;
  /** File type of token_embd, output and the tensors outside the blocks: Plan.baseFileType. */
  baseFileType: FileTypeName;
  /** Blocks per file type, from the most to the least precise type (FILE_TYPE_NAMES order). */
  histogram: Partial<Record<FileTypeName, number>>;
  /** How the model is split: Plan.placement's kind, -ngl and --n-cpu-moe. */
  placement: Pick<PlanPlacement, 'kind' | 'nGpuLayers' | 'nCpuMoe'>;
  /**
   * Every block's type (Plan.layers[i].type) as runs of equal types, in block order; the counts add
   * up to the model's blocks. Apart from the tiers: types change every few blocks, tiers once or twice.
   */
  typeRuns: TypeRun[];
  /** Every block's attentionTier and ffnTier (Plan.layers) as runs, in block order; the counts add up to the model's blocks. */
  tierRuns: TierRun[];
}

// ------------------------------------------------------------------------------ commands

/** Which llama.cpp command-line generation the llama.cpp and llama-quantize text targets. */
export type LlamaCppBuild = (typeof ENUMS.llamaCppBuild)[number];
export const LLAMA_CPP_BUILDS: readonly LlamaCppBuild[] = ENUMS.llamaCppBuild;

/** Options of `commands()`. Paths go into the text shell-quoted, whatever they hold. */
export interface CommandOptions {
  /** The GGUF the commands run (default "<model-id>-fitplan.gguf"). */
  modelPath?: string | undefined;
  /** The unquantized (F16) conversion llama-quantize reads (default "<model-id>-F16.gguf"). */
  sourcePath?: string | undefined;
  /** Hugging Face repository of the original weights (default: from the catalog model's source). */
  hfRepo?: string | undefined;
  /** Importance matrix for llama-quantize (default "<model-id>.imatrix"). */
  imatrixPath?: string | undefined;
  /** 'current' (default): llama.cpp master 2026-08; 'legacy': builds of 2025-08-30 .. 2025-12-14 (before --fit and --load-mode). */
  llamaCppBuild?: LlamaCppBuild | undefined;
  /** CPU threads, 0..4096 (default 0 = the machine's CPU cores). */
  threads?: number | undefined;
  /** Server port of llama-server, vLLM and mlx_lm.server, 1..65535 (default 8080). */
  port?: number | undefined;
}

/** The runtimes `commands()` writes for, as RuntimeCommand.runtime names them. */
export type RuntimeName = 'llama.cpp' | 'llama-quantize' | 'ollama' | 'transformers' | 'vllm' | 'mlx';

/** What one runtime needs to realise a plan. */
export interface RuntimeCommand {
  runtime: RuntimeName;
  /** What to paste: shell commands (for transformers, a Python script). Every path and name in it is shell-quoted. */
  text: string;
  /** Files it expects to exist or writes (GGUF, imatrix, Modelfile, ...). */
  files: string[];
  /** Where the runtime cannot express the plan, or differs from it. */
  caveats: string[];
  /** The runtime version the text is written for. */
  targets: string;
  /** False when the runtime does not run on this hardware (the text is still written). */
  applicable: boolean;
}

/** What `commands()` returns: one entry per runtime. */
export interface Commands {
  /** llama-server and llama-cli with the plan's context, KV types, -ngl / --n-cpu-moe / -ot placement. */
  llamaCpp: RuntimeCommand;
  /** Download, convert to F16 and llama-quantize with the per-tensor types of the plan's per-block mix. */
  llamaQuantize: RuntimeCommand;
  ollama: RuntimeCommand;
  transformers: RuntimeCommand;
  vllm: RuntimeCommand;
  mlx: RuntimeCommand;
}

/** Where to find the .wasm; both are passed to Emscripten's module factory. */
export interface LoadOptions {
  /** The .wasm bytes. */
  wasmBinary?: ArrayBuffer | Uint8Array | undefined;
  /** The .wasm compiled once (e.g. `await WebAssembly.compileStreaming(fetch(url))`, shared with workers). */
  wasmModule?: WebAssembly.Module | undefined;
  /** Maps "fitplan_core.wasm" to its URL (Node: also a file path); bundlers normally need nothing. */
  locateFile?: ((path: string, prefix: string) => string) | undefined;
}

/** The planner: synchronous calls into the loaded WebAssembly core. */
// --------------------------------------------------------------------------------- rankings

/**
 * How a ranking orders its rows (rows that cannot run at all always come last):
 * - 'recommended': usable, then slow, then impractical; within a grade, models that reach the asked
 *   context, then those within the quality ceiling, then the larger model (effective parameters),
 *   then the faster. Machines: the grade, then the faster (within 5 % counts as equal), then the one
 *   with less GPU memory, then less RAM.
 * - 'speed': decode tok/s, fastest first. 'quality': perplexity increase over F16, smallest first.
 * - 'size': effective parameters, largest first (machines: the plan's memory, largest first).
 * - 'context': the context reached, largest first. 'memory': the plan's memory, smallest first.
 */
export type RankOrder = (typeof ENUMS.rankOrder)[number];
export const RANK_ORDERS: readonly RankOrder[] = ENUMS.rankOrder;

/** rankModels(): every catalog model (and `models`) on one machine, each with its plan under the objective. */
export interface RankModelsRequest extends Omit<PlanRequest, 'model' | 'contextLength' | 'compare' | 'blockSensitivity'> {
  /** Context asked of every model, tokens (default 8192); a model whose maximum is smaller is planned at its maximum (the row says so). */
  contextLength?: number | undefined;
  /** Models ranked beside the catalog: ids or model objects (imported files, configs). */
  models?: (string | ModelSpec)[] | undefined;
  /** Rank the built-in catalog too (default true). */
  catalog?: boolean | undefined;
  /** Only models whose family contains this text, case-insensitive ('qwen': Qwen 2, Qwen 2.5, Qwen 3). */
  family?: string | undefined;
  /** Only models with at most this many parameters, billions (total). */
  maxParamsB?: number | undefined;
  /** Row order (default 'recommended'). */
  order?: RankOrder | undefined;
}

/** rankHardware(): one model on every catalog machine (or `machines`). */
export interface RankHardwareRequest extends Omit<PlanRequest, 'hardware' | 'contextLength' | 'compare' | 'blockSensitivity'> {
  /** Context length, tokens (default the smaller of 8192 and the model's maximum). */
  contextLength?: number | undefined;
  /** Machines to rank (default: every catalog machine). */
  machines?: HardwareSpec[] | undefined;
  /** Row order (default 'recommended'). */
  order?: RankOrder | undefined;
  /** Keep machines that cannot run it at all (default false: counted in leftOut). */
  includeInfeasible?: boolean | undefined;
}

/** The published file a ranking row downloads (planner.plan() of the row gives its whole plan and caveats). */
export interface RankedPublishedFile {
  repo: string;
  publisher: string;
  official: boolean;
  fileType: FileTypeName;
  fileBytes: number;
  fileBytesExact: boolean;
  /** The row's plan is this file as it is (no custom mix needed). */
  isPlan: boolean;
  commands: { llamaServer: string; ollama: string };
}

/** One row of a ranking: a model on a machine, with its plan's figures (not its per-block detail). */
export interface RankedRow extends SpeedEstimates {
  /** 1-based position in the order asked. */
  rank: number;
  /** 1-based position under every order: sorting by ranks[order] re-sorts the rows exactly as the core would. */
  ranks: Record<RankOrder, number>;
  model: { id: string; name: string; family: string; totalParams: number; activeParams: number; effectiveParams: number; maxContext: number; moe: boolean };
  hardware: { id: string; name: string; family: string; vramBytes: number; gpuCount: number; ramBytes: number; unifiedMemory: boolean };
  feasible: boolean;
  grade: Usability['grade'];
  headline: string;
  fit: Fit;
  placementKind: PlacementKind;
  qualityProxy: number;
  /** The context the plan reaches. */
  contextLength: number;
  /** The context asked of this row (the model's maximum when the ranking asked for more). */
  askedContextLength: number;
  /** The model's maximum context is below the ranking's contextLength. */
  contextCapped: boolean;
  kvCacheType: KvCacheType;
  baseFileType: FileTypeName;
  fileBytes: number;
  gpuBytes: number;
  ramBytes: number;
  diskBytes: number;
  totalBytes: number;
  /** Every block at baseFileType (a whole-file plan). */
  uniform: boolean;
  published: RankedPublishedFile | null;
}

export interface ModelRanking {
  order: RankOrder;
  /** The order in one sentence. */
  orderRule: string;
  /** Every order's sentence (re-sorting by RankedRow.ranks needs no new ranking). */
  orderRules: Record<RankOrder, string>;
  /** Models the family / size filters left out. */
  filteredOut: number;
  rows: RankedRow[];
  /** The request as resolved (defaults filled in). */
  request: ResolvedRankModelsRequest;
  hardwareAssumptions: HardwareAssumption[];
}

/** What running a model takes at one whole-file type (first-order: one CUDA GPU of the needed size). */
export interface MachineNeed {
  fileType: FileTypeName;
  fileBytes: number;
  qualityProxy: number;
  /** One GPU holding everything at the asked context (f16 KV), its default margin included. */
  vramBytes: number;
  /** That GPU's memory bandwidth for needsTokensPerSecond, GB/s (0: no single GPU reaches it). */
  gpuBandwidthGBps: number;
  /** GPU + RAM together (weights, KV cache, buffers), before the operating system's own RAM. */
  gpuRamBytes: number;
}

export interface HardwareRanking {
  order: RankOrder;
  orderRule: string;
  orderRules: Record<RankOrder, string>;
  /** Machines that cannot run the model at all (left out unless includeInfeasible). */
  leftOut: number;
  rows: RankedRow[];
  /** The decode speed the needs are sized for: targetTps, else the usable threshold. */
  needsTokensPerSecond: number;
  needs: MachineNeed[];
  request: ResolvedRankHardwareRequest;
}

export interface ResolvedRankModelsRequest extends Omit<ResolvedPlanRequest, 'model' | 'compare' | 'blockSensitivity'> {
  models: (string | ModelSpec)[];
  family?: string | undefined;
  maxParamsB?: number | undefined;
  order: RankOrder;
}

export interface ResolvedRankHardwareRequest extends Omit<ResolvedPlanRequest, 'hardware' | 'compare' | 'blockSensitivity'> {
  machines?: ResolvedPlanRequest['hardware'][] | undefined;
  order: RankOrder;
  includeInfeasible: boolean;
}

export interface Planner {
  /** The built-in model catalog. */
  models(): ModelInfo[];
  /** The built-in hardware catalog. */
  hardware(): HardwareInfo[];
  /** Memory and speed of every whole-file type of one model on one machine. */
  analyze(request: AnalyzeRequest): Analysis;
  /** The optimizer: per-block precision, KV type, context and placement for one model on one machine. */
  plan(request: PlanRequest): PlanResult;
  /** Every non-dominated (quality, decode speed, memory) plan, sorted by qualityProxy (best first). */
  frontier(request: PlanRequest): FrontierPoint[];
  /**
   * frontier()'s points without their plans, in the same order with the same figures: each point's
   * quality, speed, memory, precision histogram and decisions. A fraction of frontier()'s time and
   * JSON; `frontierPlan()` gives the plan of the point the user picks.
   */
  leanFrontier(request: PlanRequest): LeanFrontierPoint[];
  /**
   * The whole plan of a `leanFrontier(request)` point (frontier(request)[i].plan for point i),
   * rebuilt by the core from the point's decisions, with `request` attached (commands() takes it).
   * Errors in the point name its field under 'point', e.g. 'point.typeRuns[2].type'.
   */
  frontierPlan(request: PlanRequest, point: LeanFrontierPoint): Plan;
  /**
   * The commands that realise a feasible plan (from plan(), its baseline, or a frontier point) in
   * llama.cpp, llama-quantize, Ollama, Transformers, vLLM and MLX. The core re-derives the plan from
   * its decisions and its `request`; an infeasible plan is a FitplanError (code 'infeasible').
   */
  commands(plan: Plan, options?: CommandOptions): Commands;
  /** What can I run: every catalog model (and `models`) on one machine, ranked (see RankOrder). */
  rankModels(request: RankModelsRequest): ModelRanking;
  /** What should I buy: one model on every catalog machine (or `machines`), ranked, with what it needs. */
  rankHardware(request: RankHardwareRequest): HardwareRanking;
}
