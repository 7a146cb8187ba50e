// Loading the WebAssembly core: one shared instance per entry point unless the caller overrides
// where the .wasm comes from.
import createFitplanCore, { type FitplanCoreModule } from './native/fitplan_core.mjs';
import type { LoadOptions } from './types.js';

export type CoreLoader = () => Promise<FitplanCoreModule>;

/** Calls `load` once and shares its promise; a failed load is retried by the next call. */
export function memoise(load: CoreLoader): CoreLoader {
  let pending: Promise<FitplanCoreModule> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** The core: the shared default instance, or a fresh one when `options` re-points the .wasm. */
export function loadCore(loadDefault: CoreLoader, options?: LoadOptions): Promise<FitplanCoreModule> {
  if (options?.wasmBinary === undefined && options?.locateFile === undefined) return loadDefault();
  const overrides: LoadOptions = {};
  if (options.wasmBinary !== undefined) overrides.wasmBinary = options.wasmBinary;
  if (options.locateFile !== undefined) overrides.locateFile = options.locateFile;
  return createFitplanCore(overrides);
}
