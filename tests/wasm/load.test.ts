// Loading the WebAssembly core (issue #15, the package as an embedder meets it): every way of
// saying where the .wasm is works (its bytes, a compiled module, a file path, a file: or http URL
// through locateFile, in Node too), and every failure is a FitplanError ('load_failed') naming
// where it looked, what came back and the fix, instead of a hang or an Emscripten abort.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createPlanner, FitplanError, wasmUrl } from '../../wasm/src/node.js';

let server: Server;
let base: string;
let wasm: Buffer;

beforeAll(async () => {
  wasm = await readFile(wasmUrl);
  server = createServer((request, response) => {
    if (request.url === '/fitplan_core.wasm') {
      response.writeHead(200, { 'content-type': 'application/wasm' }).end(wasm);
    } else if (request.url === '/spa/fitplan_core.wasm') {
      // A single-page app's server answering every path with its index page.
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body>app</body></html>');
    } else {
      response.writeHead(404, 'Not Found', { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function loadError(options: Parameters<typeof createPlanner>[0]): Promise<FitplanError> {
  try {
    await createPlanner(options);
  } catch (error) {
    expect(error).toBeInstanceOf(FitplanError);
    return error as FitplanError;
  }
  throw new Error('expected the load to fail');
}

const works = async (options: Parameters<typeof createPlanner>[0]) => {
  const planner = await createPlanner(options);
  expect(planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090' }).model.id).toBe('llama3-8b');
};

describe('where the .wasm comes from', () => {
  it('its bytes, a compiled WebAssembly.Module, a file path, a file: URL and an http URL', async () => {
    await works({ wasmBinary: wasm });
    await works({ wasmModule: await WebAssembly.compile(new Uint8Array(wasm)) });
    await works({ locateFile: () => fileURLToPath(wasmUrl) });
    await works({ locateFile: () => wasmUrl.href });
    await works({ locateFile: (path) => `${base}/${path}` });
  });
});

describe('a failed load says where, what came back and the fix', () => {
  it('a missing file', async () => {
    const error = await loadError({ locateFile: () => '/nowhere/fitplan_core.wasm' });
    expect(error.code).toBe('load_failed');
    expect(error.message).toMatch(/^could not load the WebAssembly core from \/nowhere\/fitplan_core\.wasm: cannot read it \(ENOENT\)\. Fix: serve fitplan_core\.wasm/);
    expect(error.message).toContain('optimizeDeps: { exclude: ["fitplan"] }');
  });

  it('an HTTP 404 and a server that answers with its HTML page', async () => {
    const missing = await loadError({ locateFile: () => `${base}/missing/fitplan_core.wasm` });
    expect(missing.message).toContain(`from ${base}/missing/fitplan_core.wasm: HTTP 404 Not Found, content type text/plain`);
    const page = await loadError({ locateFile: () => `${base}/spa/fitplan_core.wasm` });
    expect(page.message).toContain('HTTP 200 with content type text/html sent an HTML or XML document ("<!DOCTYPE html>');
    const refused = await loadError({ locateFile: () => 'http://127.0.0.1:1/fitplan_core.wasm' });
    expect(refused.message).toContain('the request failed');
  });

  it('bytes or a module that are not the core', async () => {
    const bytes = await loadError({ wasmBinary: new TextEncoder().encode('<html>') });
    expect(bytes).toMatchObject({ code: 'invalid_argument', field: 'wasmBinary' });
    const notModule = await loadError({ wasmModule: {} });
    expect(notModule).toMatchObject({ code: 'invalid_argument', field: 'wasmModule' });
    // A valid WebAssembly module that is not the core: its imports do not match.
    const other = await loadError({ wasmModule: await WebAssembly.compile(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])) });
    expect(other.code).toBe('load_failed');
    const locate = await loadError({ locateFile: () => '' });
    expect(locate).toMatchObject({ code: 'invalid_argument', field: 'locateFile' });
  });
});
