// Public types of the fitplan API. Field names are a public contract (issue #2): they are the JSON
// the CLI prints with --json and the golden files compare against. Keep them in step with
// wasm/bindings.cpp (tests/wasm/conformance.test.ts checks every record's keys).

/** Error codes of FitplanError (the C++ core's ErrorCode spelled as strings). */
export type ErrorCode = 'invalid_argument' | 'unknown_id' | 'out_of_range' | 'infeasible' | 'internal';

/** llama.cpp backends. */
export type Backend = 'cuda' | 'rocm' | 'vulkan' | 'metal' | 'sycl' | 'cpu';
export const BACKENDS: readonly Backend[] = ['cuda', 'rocm', 'vulkan', 'metal', 'sycl', 'cpu'];

/** KV-cache element types accepted by llama.cpp -ctk/-ctv. */
export type KvCacheType = 'f32' | 'f16' | 'bf16' | 'q8_0' | 'q5_1' | 'q5_0' | 'q4_1' | 'q4_0' | 'iq4_nl';
export const KV_CACHE_TYPES: readonly KvCacheType[] = ['f16', 'bf16', 'f32', 'q8_0', 'q5_1', 'q5_0', 'q4_1', 'q4_0', 'iq4_nl'];

/** Hyperparameters of a model (the core's ModelArchitecture, camelCase). */
export interface ModelArchitecture {
  /** Tensor-layout family: llama, qwen2, qwen3, gemma2, gemma3, phi3, gpt-oss, deepseek2. */
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
  nExpert: number;
  nExpertUsed: number;
  nFfExp: number;
  nExpertShared: number;
  nFfShexp: number;
  nLeadingDense: number;
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
 * A custom machine for `analyze({ hardware: {...} })`. Give memory in GiB or in bytes.
 * Omitted optional fields take the defaults of `customHardwareDefaults` (defaults.ts).
 */
export interface CustomHardware {
  name?: string;
  backend?: Backend;
  gpuCount?: number;
  vramGiB?: number;
  vramBytes?: number;
  ramGiB?: number;
  ramBytes?: number;
  gpuBandwidthGBps?: number;
  ramBandwidthGBps: number;
  diskBandwidthGBps: number;
  gpuTflops?: number;
  pcieBandwidthGBps?: number;
  cpuCores?: number;
  unifiedMemory?: boolean;
}

export interface AnalyzeRequest {
  /** Model id from `models()`. */
  model: string;
  /** Hardware id from `hardware()`, or a custom machine. */
  hardware: string | CustomHardware;
  /** Context length in tokens (default 4096; at most the model's maxContext). */
  contextLength?: number;
  /** KV-cache type for K and V (default 'f16'). */
  kvCacheType?: KvCacheType;
  /** Prompt length for the prefill estimate, tokens (default 512). */
  promptTokens?: number;
}

/** The model as summarised in results. */
export interface ModelSummary {
  id: string;
  name: string;
  totalParams: number;
  activeParams: number;
}

/** One whole-file quantization type (e.g. Q4_K_M) on the requested machine. */
export interface FileTypeAnalysis {
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
  decodeTokensPerSecond: number;
  decodeTokensPerSecondLow: number;
  decodeTokensPerSecondHigh: number;
  prefillTokensPerSecond: number;
  prefillTokensPerSecondLow: number;
  prefillTokensPerSecondHigh: number;
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
  fileTypes: FileTypeAnalysis[];
}

/** Where to find the .wasm; both are passed to Emscripten's module factory. */
export interface LoadOptions {
  /** The .wasm bytes (Node: read with fs). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Maps "fitplan_core.wasm" to its URL (bundlers normally need nothing). */
  locateFile?: (path: string, prefix: string) => string;
}

/** The planner: synchronous calls into the loaded WebAssembly core. */
export interface Planner {
  /** The built-in model catalog. */
  models(): ModelInfo[];
  /** The built-in hardware catalog. */
  hardware(): HardwareInfo[];
  /** Memory and speed of every whole-file type of one model on one machine. */
  analyze(request: AnalyzeRequest): Analysis;
}
