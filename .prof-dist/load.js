// Loading the WebAssembly core: one shared instance per entry point unless the caller overrides
// where the .wasm comes from.
import createFitplanCore, {} from './native/fitplan_core.mjs';
/** Calls `load` once and shares its promise; a failed load is retried by the next call. */
export function memoise(load) {
    let pending;
    return () => {
        pending ??= load().catch((error) => {
            pending = undefined;
            throw error;
        });
        return pending;
    };
}
/** The core: the shared default instance, or a fresh one when `options` re-points the .wasm. */
export function loadCore(loadDefault, options) {
    if (options?.wasmBinary === undefined && options?.locateFile === undefined)
        return loadDefault();
    const overrides = {};
    if (options.wasmBinary !== undefined)
        overrides.wasmBinary = options.wasmBinary;
    if (options.locateFile !== undefined)
        overrides.locateFile = options.locateFile;
    return createFitplanCore(overrides);
}
//# sourceMappingURL=load.js.map