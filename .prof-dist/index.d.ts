export { FitplanError } from './errors.js';
export { defaultAnalyzeOptions, defaultPlanOptions, customHardwareDefaults, reserveDefaults } from './defaults.js';
export * from './types.js';
export * from './format.js';
export * from './import/index.js';
export * from './detect/facts.js';
export * from './detect/match.js';
export * from './detect/browser.js';
/** Loads the WebAssembly core (once) and returns a Planner. */
export declare const createPlanner: (options?: import("./types.js").LoadOptions) => Promise<import("./types.js").Planner>;
