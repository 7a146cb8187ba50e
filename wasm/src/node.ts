// fitplan: Node entry. The glue is built for web/worker (no Node code paths), so the .wasm is
// read here with fs and handed over as wasmBinary.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { describeBytes, fetchWasm, isWasm, loadFailed } from './load.js';
import { plannerFactory } from './planner.js';

export { FitplanError } from './errors.js';
export { REQUEST_LIMITS } from './request-guard.js';
export { defaultAnalyzeOptions, defaultPlanOptions, customHardwareDefaults, reserveDefaults } from './defaults.js';
export * from './types.js';
export * from './fields.js';
export * from './format.js';
export * from './import/node.js';
export * from './detect/facts.js';
export * from './detect/match.js';
export * from './detect/browser.js';
export * from './detect/node.js';

/** Where the .wasm lies next to this file (src/native in the repo, dist/native in the package). */
export const wasmUrl = new URL('./native/fitplan_core.wasm', import.meta.url);

/** The .wasm at a file path or file: URL (http(s) URLs are fetched). */
async function readWasm(location: string): Promise<Uint8Array> {
  if (/^https?:\/\//i.test(location)) return fetchWasm(location);
  const path = location.startsWith('file:') ? fileURLToPath(location) : location;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw loadFailed(path, `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (!isWasm(bytes)) throw loadFailed(path, `it is ${describeBytes(bytes)}`);
  return bytes;
}

/**
 * Loads the WebAssembly core (once for the default location) and returns a Planner. The .wasm is
 * read from next to this file unless `options` give its bytes, a compiled module, or its path or
 * URL (`locateFile`).
 */
export const createPlanner = plannerFactory({ defaultLocation: () => fileURLToPath(wasmUrl), read: readWasm });
