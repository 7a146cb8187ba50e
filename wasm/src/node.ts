// fitplan: Node entry. The glue is built for web/worker (no Node code paths), so the .wasm is
// read here with fs and handed over as wasmBinary.
import { readFile } from 'node:fs/promises';

import createFitplanCore from './native/fitplan_core.mjs';
import { memoise } from './load.js';
import { plannerFactory } from './planner.js';

export { FitplanError } from './errors.js';
export { REQUEST_LIMITS } from './request-guard.js';
export { defaultAnalyzeOptions, defaultPlanOptions, customHardwareDefaults, reserveDefaults } from './defaults.js';
export * from './types.js';
export * from './format.js';
export * from './import/node.js';
export * from './detect/facts.js';
export * from './detect/match.js';
export * from './detect/browser.js';
export * from './detect/node.js';

/** Where the .wasm lies next to this file (src/native in the repo, dist/native in the package). */
export const wasmUrl = new URL('./native/fitplan_core.wasm', import.meta.url);

/** Loads the WebAssembly core (once) and returns a Planner. */
export const createPlanner = plannerFactory(memoise(async () => createFitplanCore({ wasmBinary: await readFile(wasmUrl) })));
