// The raw WebAssembly module built from wasm/bindings.cpp (Emscripten 3.1.6 has no --emit-tsd,
// so this file is hand-written; tests/wasm/conformance.test.ts checks it against the module).
// @internal — use the public API in ../index.ts / ../node.ts instead.
import type { RequestField } from '../fields.js';
import type {
  Analysis,
  Backend,
  CommandOptions,
  Commands,
  ErrorCode,
  FrontierPoint,
  HardwareInfo,
  HardwareRanking,
  ImportedTensor,
  KvCacheType,
  LeanFrontierPoint,
  ModelInfo,
  ModelRanking,
  ModelSpec,
  Plan,
  PlanRequest,
  PlanResult,
  PresetHardware,
  PublishedChoice,
  ResolvedRankHardwareRequest,
  ResolvedRankModelsRequest,
  RuntimeCommand,
} from '../types.js';

export interface RawError {
  code: ErrorCode;
  /** Path of the offending request field, e.g. "hardware.vramGiB" ("" when none). */
  field: string;
  message: string;
}

/** The envelope every entry point returns. */
export type RawResult<T> = { ok: true; error: null; value: T } | { ok: false; error: RawError; value: null };

/**
 * A custom machine with defaults merged (defaults.ts). Fields the user must give stay optional
 * here: when one is missing the core answers with an error naming it.
 */
export interface RawCustomHardware {
  name: string;
  backend: Backend;
  gpuCount: number;
  vramGiB?: number;
  vramBytes?: number;
  ramGiB?: number;
  ramBytes?: number;
  gpuBandwidthGBps?: number;
  ramBandwidthGBps?: number;
  diskBandwidthGBps?: number;
  gpuTflops: number;
  pcieBandwidthGBps: number;
  cpuCores: number;
  unifiedMemory: boolean;
  osReserveGiB?: number;
  osReserveBytes?: number;
  gpuMarginGiB?: number;
  gpuMarginBytes?: number;
}

/** A preset with host figures of its own (read_preset_hardware in convert.hpp). */
export type RawPresetHardware = PresetHardware;

export interface RawAnalyzeRequest {
  /** A catalog id, or a model object (read_model / read_model_file in convert.hpp). */
  model: string | ModelSpec;
  hardware: string | RawPresetHardware | RawCustomHardware;
  contextLength: number;
  kvCacheType: KvCacheType;
  promptTokens: number;
  /** Absent = the default list; names are resolved by the core (case-insensitive, aliases; read_file_type_names). */
  fileTypes?: string[] | 'all';
}

/** analyze()'s value (the public Analysis adds hardwareAssumptions in TypeScript). */
export type RawAnalysis = Omit<Analysis, 'hardwareAssumptions'>;

/**
 * plan() / frontier() request (read_plan_request in bindings.cpp). Only contextLength is required
 * besides model and hardware; an omitted field takes the core's default (PlanOptions).
 */
export type RawPlanRequest = Omit<PlanRequest, 'hardware' | 'minQuant'> & {
  hardware: string | RawPresetHardware | RawCustomHardware;
  /** A file type name; the core also accepts lower case and the aliases Q4_K, Q5_K, Q3_K. */
  minQuant?: string;
};

/** A plan as plan_to_js builds it (the public Plan adds `request` in TypeScript). */
export type RawPlan = Omit<Plan, 'request'>;

/** plan()'s value: plan_to_js plus targetTps and the baseline (plan_js). */
export type RawPlanResult = RawPlan &
  Pick<PlanResult, 'hardwareName' | 'targetTps' | 'objectiveRule' | 'customBuild' | 'requirements'> & {
    baseline: RawPlan | null;
    published: (Omit<PublishedChoice, 'plan'> & { plan: RawPlan }) | null;
  };

/** One frontier() point. */
export type RawFrontierPoint = Omit<FrontierPoint, 'plan'> & { plan: RawPlan };

/** One leanFrontier() point (lean_frontier_json): the public record as it is. */
export type RawLeanFrontierPoint = LeanFrontierPoint;

/** Options of commands() (CommandOptions in core/include/fitplan/commands.hpp); "" = default. */
export type RawCommandOptions = CommandOptions;

/** One runtime's commands (RuntimeCommand). */
export type RawRuntimeCommand = RuntimeCommand;

/** commands()'s value: one entry per runtime. */
export type RawCommands = Commands;

/** The embind functions (EMSCRIPTEN_BINDINGS in wasm/bindings.cpp), one per line. */
export interface FitplanCoreEntryPoints {
  models(): RawResult<ModelInfo[]>;
  hardware(): RawResult<HardwareInfo[]>;
  analyze(request: RawAnalyzeRequest): RawResult<RawAnalysis>;
  plan(request: RawPlanRequest): RawResult<RawPlanResult>;
  frontier(request: RawPlanRequest): RawResult<RawFrontierPoint[]>;
  /** frontier()'s points without their plans (lean_frontier_json in core/src/serialize.cpp). */
  leanFrontier(request: RawPlanRequest): RawResult<RawLeanFrontierPoint[]>;
  /** The whole plan of `plan`'s decisions (a plan, or a leanFrontier() point) for its request; every figure is the core's. */
  evaluatePlan(request: { request: RawPlanRequest; plan: RawPlan | RawLeanFrontierPoint }): RawResult<RawPlan>;
  /** The commands that realise `plan` (its decisions are re-estimated by the core, never trusted). */
  commands(request: { request: RawPlanRequest; plan: RawPlan; options?: RawCommandOptions }): RawResult<RawCommands>;
  /** Every GGUF tensor of a model with its type in a whole file of `fileType` (tests write GGUF headers from it). */
  tensorTable(request: { model: string | ModelSpec; fileType: string }): RawResult<ImportedTensor[]>;
  /** Every model of `models` on one machine, ranked (rank_models in core/src/rank.cpp). */
  rankModels(request: ResolvedRankModelsRequest): RawResult<Omit<ModelRanking, 'request' | 'hardwareAssumptions'>>;
  /** One model on every machine of `machines` (absent: the catalog), ranked, with what it needs. */
  rankHardware(request: ResolvedRankHardwareRequest): RawResult<Omit<HardwareRanking, 'request'>>;
  /** The core's tables the TypeScript layer derives from (scripts/gen-contract.mjs writes ../generated/contract.ts from it). */
  contract(): RawResult<RawContract>;
}

/** contract(): enum names, request fields, architecture fields and constants (see ../fields.ts). */
export interface RawContract {
  enums: Record<string, string[]>;
  fields: RequestField[];
  architectureFields: { name: string; min: number; max: number; required: boolean }[];
  architectureFlags: { name: string; default: boolean }[];
  constants: Record<string, number>;
}

/** The instantiated module: its entry points and the memory views the glue keeps (no Emscripten types). */
export interface FitplanCoreModule extends FitplanCoreEntryPoints {
  /** The WebAssembly memory as bytes (its length is the memory's size). */
  HEAP8: Int8Array;
}

/** What the glue takes (Emscripten's Module object): the bytes, or a hook that instantiates them. */
export interface CoreOverrides {
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Emscripten's hook: instantiate with `imports`, hand the instance over with `done`; returns {} (asynchronous). */
  instantiateWasm?: (imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module?: WebAssembly.Module) => void) => object;
}

/** -sMODULARIZE -sEXPORT_ES6 -sEXPORT_NAME=createFitplanCore (the loader in ../load.ts fills the overrides). */
declare function createFitplanCore(overrides?: CoreOverrides): Promise<FitplanCoreModule>;
export default createFitplanCore;
