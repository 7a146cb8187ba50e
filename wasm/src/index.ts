// fitplan: browser and worker entry. The .wasm is found next to the glue through
// `new URL('fitplan_core.wasm', import.meta.url)`, which Vite and other bundlers follow.
import { fetchWasm } from './load.js';
import { plannerFactory } from './planner.js';

export { FitplanError } from './errors.js';
export { REQUEST_LIMITS } from './request-guard.js';
export { defaultAnalyzeOptions, defaultPlanOptions, customHardwareDefaults, reserveDefaults } from './defaults.js';
export * from './types.js';
export * from './fields.js';
export * from './format.js';
export * from './import/index.js';
export * from './detect/facts.js';
export * from './detect/match.js';
export * from './detect/browser.js';

/**
 * Loads the WebAssembly core (once for the default location) and returns a Planner. The .wasm is
 * fetched from next to this file unless `options` give its bytes, a compiled module or its URL.
 */
export const createPlanner = plannerFactory({
  defaultLocation: () => new URL('./native/fitplan_core.wasm', import.meta.url).href,
  read: fetchWasm,
});
