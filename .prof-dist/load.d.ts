import { type FitplanCoreModule } from './native/fitplan_core.mjs';
import type { LoadOptions } from './types.js';
export type CoreLoader = () => Promise<FitplanCoreModule>;
/** Calls `load` once and shares its promise; a failed load is retried by the next call. */
export declare function memoise(load: CoreLoader): CoreLoader;
/** The core: the shared default instance, or a fresh one when `options` re-points the .wasm. */
export declare function loadCore(loadDefault: CoreLoader, options?: LoadOptions): Promise<FitplanCoreModule>;
