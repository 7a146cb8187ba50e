// Loading the WebAssembly core: one shared instance per entry point unless the caller says where
// the .wasm comes from. Every failure becomes a FitplanError ('load_failed') that names where the
// bytes were looked for, what came back (HTTP status, content type, the first bytes) and the fix.
import createFitplanCore, { type CoreOverrides, type FitplanCoreModule } from './native/fitplan_core.mjs';
import { FitplanError } from './errors.js';
import type { LoadOptions } from './types.js';

export type CoreLoader = () => Promise<FitplanCoreModule>;

/** How an entry point reads the .wasm at `location` (a URL, or in Node a file path). */
export interface WasmSource {
  /** Where the .wasm is when nothing else is said (next to the glue). */
  defaultLocation: () => string;
  /** The bytes at `location`; throws loadFailed(...) with what went wrong. */
  read: (location: string) => Promise<ArrayBuffer | Uint8Array>;
}

const WASM_NAME = 'fitplan_core.wasm';
const FIX =
  'serve fitplan_core.wasm (it ships in the package next to fitplan_core.mjs) and point at it with ' +
  "createPlanner({ locateFile: () => '/path/to/fitplan_core.wasm' }), or pass its bytes as { wasmBinary } " +
  'or a compiled module as { wasmModule }; with Vite 7 or older add optimizeDeps: { exclude: ["fitplan"] }';

export function loadFailed(location: string, what: string): FitplanError {
  return new FitplanError('load_failed', '', `could not load the WebAssembly core from ${location}: ${what}. Fix: ${FIX}`);
}

/** What bytes that are not WebAssembly look like ("an HTML page", "text: Not Found"). */
export function describeBytes(bytes: Uint8Array): string {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64)).replace(/[^\x20-\x7e]/g, '.');
  if (/^\s*</.test(head)) return `an HTML or XML document ("${head.trim().slice(0, 40)}...": a server's page in place of the file)`;
  return bytes.length === 0 ? 'an empty file' : `"${head.slice(0, 40)}" (not WebAssembly)`;
}

/** The WebAssembly magic number "\0asm". */
export function isWasm(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x00 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d;
}

/** Reads the .wasm over HTTP(S) (browsers, workers, and Node for http URLs), checking what came back. */
export async function fetchWasm(location: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(location, { credentials: 'same-origin' });
  } catch (error) {
    throw loadFailed(location, `the request failed (${error instanceof Error ? error.message : String(error)})`);
  }
  const type = response.headers.get('content-type') ?? 'none';
  if (!response.ok) throw loadFailed(location, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}, content type ${type}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!isWasm(bytes)) throw loadFailed(location, `HTTP ${response.status} with content type ${type} sent ${describeBytes(bytes)}`);
  return bytes;
}

/** Instantiates the glue with `overrides`; a failure inside the glue becomes a FitplanError about `where`. */
async function instantiate(overrides: CoreOverrides, where: string): Promise<FitplanCoreModule> {
  try {
    return await createFitplanCore(overrides);
  } catch (error) {
    if (error instanceof FitplanError) throw error;
    throw loadFailed(where, `it did not instantiate (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** The core as `options` say (bytes, a compiled module, or a location), else from `source`'s default location. */
export async function loadCore(source: WasmSource, options?: LoadOptions): Promise<FitplanCoreModule> {
  if (options?.wasmModule !== undefined) {
    const module = options.wasmModule;
    if (!(module instanceof WebAssembly.Module)) throw new FitplanError('invalid_argument', 'wasmModule', "'wasmModule' must be a WebAssembly.Module");
    // The glue's hook: instantiate the given module with the glue's imports. The hook runs inside
    // the glue, so its failure is passed on through `failed` rather than thrown into the glue.
    let failed: (error: unknown) => void = () => {};
    const failure = new Promise<never>((_, reject) => (failed = reject));
    const instantiateWasm: CoreOverrides['instantiateWasm'] = (imports, done) => {
      const fail = (error: unknown) => failed(loadFailed('the given wasmModule', `it is not Fitplan's core (${error instanceof Error ? error.message : String(error)})`));
      WebAssembly.instantiate(module, imports).then((instance) => {
        try {
          done(instance, module);  // the glue reads the instance's exports here: another module throws
        } catch (error) {
          fail(error);
        }
      }, fail);
      return {};
    };
    return Promise.race([instantiate({ instantiateWasm }, 'the given wasmModule'), failure]);
  }
  if (options?.wasmBinary !== undefined) {
    const bytes = options.wasmBinary instanceof Uint8Array ? options.wasmBinary : new Uint8Array(options.wasmBinary);
    if (!isWasm(bytes)) throw new FitplanError('invalid_argument', 'wasmBinary', `'wasmBinary' is not WebAssembly: it is ${describeBytes(bytes)}`);
    return instantiate({ wasmBinary: options.wasmBinary }, 'the given wasmBinary');
  }
  const location = options?.locateFile !== undefined ? options.locateFile(WASM_NAME, '') : source.defaultLocation();
  if (typeof location !== 'string' || location === '') {
    throw new FitplanError('invalid_argument', 'locateFile', `'locateFile' must return the .wasm's URL or path (it returned ${JSON.stringify(location)})`);
  }
  return instantiate({ wasmBinary: await source.read(location) }, location);
}

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
