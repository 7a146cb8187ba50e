export { FitplanError } from './errors.js';
export { defaultAnalyzeOptions, defaultPlanOptions, customHardwareDefaults, reserveDefaults } from './defaults.js';
export * from './types.js';
export * from './format.js';
export * from './import/node.js';
export * from './detect/facts.js';
export * from './detect/match.js';
export * from './detect/browser.js';
export * from './detect/node.js';
/** Where the .wasm lies next to this file (src/native in the repo, dist/native in the package). */
export declare const wasmUrl: URL;
/** Loads the WebAssembly core (once) and returns a Planner. */
export declare const createPlanner: (options?: import("./types.js").LoadOptions) => Promise<import("./types.js").Planner>;
