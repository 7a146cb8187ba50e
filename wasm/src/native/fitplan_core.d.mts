// The raw WebAssembly module built from wasm/bindings.cpp (Emscripten 3.1.6 has no --emit-tsd,
// so this file is hand-written; tests/wasm/conformance.test.ts checks it against the module).
// @internal — use the public API in ../index.ts / ../node.ts instead.
/// <reference types="emscripten" />
import type { Analysis, Backend, ErrorCode, HardwareInfo, KvCacheType, LoadOptions, ModelInfo } from '../types.js';

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
}

export interface RawAnalyzeRequest {
  model: string;
  hardware: string | RawCustomHardware;
  contextLength: number;
  kvCacheType: KvCacheType;
  promptTokens: number;
}

/** The embind functions (EMSCRIPTEN_BINDINGS in wasm/bindings.cpp), one per line. */
export interface FitplanCoreEntryPoints {
  models(): RawResult<ModelInfo[]>;
  hardware(): RawResult<HardwareInfo[]>;
  analyze(request: RawAnalyzeRequest): RawResult<Analysis>;
  /** Not yet in the public API (issue #3 types its request and result). */
  plan(request: Record<string, unknown>): RawResult<unknown>;
  /** Not yet in the public API (issue #3 types its request and result). */
  frontier(request: Record<string, unknown>): RawResult<unknown[]>;
}

export interface FitplanCoreModule extends EmscriptenModule, FitplanCoreEntryPoints {}

/** -sMODULARIZE -sEXPORT_ES6 -sEXPORT_NAME=createFitplanCore; overrides: see LoadOptions. */
declare function createFitplanCore(overrides?: LoadOptions): Promise<FitplanCoreModule>;
export default createFitplanCore;
