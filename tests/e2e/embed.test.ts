// The npm package as a web developer embeds it (issue #15): `npm pack`, installed into an empty
// folder, then used in Chromium from a plain HTML page with no bundler, from a module worker, and
// from apps built by Vite 8, Vite 7 (build and dev server) and esbuild, each configured as the
// README's "Using the package" says. The bundled apps (fixtures/embed) plan one request and must
// show the very plan the installed package gives in Node; a missing .wasm shows the loader's error
// (where it looked, what came back, the fix).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import * as vite8 from 'vite';
import * as vite7 from 'vite7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from './browser.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/embed/', import.meta.url));
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 << 20 });

let dir: string;
let src: string;
let server: Server;
let base: string;
let browser: Browser;
/** The plan for fixtures/embed/request.js from the installed package in Node. */
let expected: unknown;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

/** A static server of `folder`, as any web host would serve the files. */
function serve(folder: string): Promise<Server> {
  const s = createServer((request, response) => {
    const path = normalize(join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(folder)) return void response.writeHead(403).end();
    try {
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

const urlOf = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
const close = (s: Server | undefined) => new Promise<void>((resolve) => (s ? s.close(() => resolve()) : resolve()));

/** A free port (Vite 7 reads `port: 0` as its default, 5173). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const PLAN_SCRIPT = `
  const planner = await createPlanner();
  const plan = planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096 });
  result = plan.model + ' ' + plan.usability.grade;`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fitplan-embed-'));
  run('npm', ['pack', '--pack-destination', dir, '--silent'], root);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'embed', private: true, type: 'module' }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', join(dir, tarball)], dir);

  // The bundled consumer's sources, next to the installed package so that 'fitplan' is the packed one.
  src = join(dir, 'src');
  cpSync(FIXTURES, src, { recursive: true });
  expected = JSON.parse(
    run(
      process.execPath,
      ['--input-type=module', '-e', `import { createPlanner } from 'fitplan'; import { REQUEST } from './src/request.js'; process.stdout.write(JSON.stringify((await createPlanner()).plan(REQUEST)));`],
      dir,
    ),
  );

  // A plain page: the package's files as installed, no bundler, no import map.
  writeFileSync(
    join(dir, 'plain.html'),
    `<!doctype html><title>plain</title><script type="module">
      import { createPlanner } from './node_modules/fitplan/dist/index.js';
      let result;
      try { ${PLAN_SCRIPT} } catch (error) { result = 'error: ' + error.message; }
      document.title = result;
    </script>`,
  );
  // A module worker doing the same, posting its answer.
  writeFileSync(
    join(dir, 'worker.js'),
    `import { createPlanner } from './node_modules/fitplan/dist/index.js';
     let result;
     try { ${PLAN_SCRIPT} } catch (error) { result = 'error: ' + error.message; }
     postMessage(result);`,
  );
  writeFileSync(
    join(dir, 'worker.html'),
    `<!doctype html><title>worker</title><script type="module">
      const worker = new Worker('./worker.js', { type: 'module' });
      worker.onmessage = (event) => { document.title = event.data; };
      worker.onerror = (event) => { document.title = 'error: ' + event.message; };
    </script>`,
  );
  // A page whose .wasm is not where it points.
  writeFileSync(
    join(dir, 'missing.html'),
    `<!doctype html><title>missing</title><script type="module">
      import { createPlanner } from './node_modules/fitplan/dist/index.js';
      try { await createPlanner({ locateFile: () => '/nowhere/fitplan_core.wasm' }); document.title = 'loaded?'; }
      catch (error) { document.title = error.code + ': ' + error.message; }
    </script>`,
  );

  server = await serve(dir);
  base = urlOf(server);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await close(server);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function titleOf(path: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}${path}`);
    await page.waitForFunction(() => !['plain', 'worker', 'missing', ''].includes(document.title), undefined, { timeout: 60_000 });
    return await page.title();
  } finally {
    await page.close();
  }
}

/** What a bundled consumer page shows in #result: the plan (parsed) or its "error: ..." line. */
async function resultOf(url: string): Promise<unknown> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('result')?.textContent, undefined, { timeout: 60_000 });
    const text = (await page.textContent('#result')) ?? '';
    return text.startsWith('error') ? text : JSON.parse(text);
  } finally {
    await page.close();
  }
}

describe('the packed package in Chromium', () => {
  it('plans from a plain <script type="module"> page with no bundler', async () => {
    expect(await titleOf('/plain.html')).toBe('llama3-8b usable');
  });

  it('plans from a module worker', async () => {
    expect(await titleOf('/worker.html')).toBe('llama3-8b usable');
  });

  it('says where the .wasm was looked for when it is not there', async () => {
    const title = await titleOf('/missing.html');
    expect(title).toMatch(/^load_failed: could not load the WebAssembly core from \/nowhere\/fitplan_core\.wasm: HTTP 404/);
  });
});

/** A build of fixtures/embed/index.html by `vite` (7 or 8) into `out`, a folder of `dir`. */
async function viteBuild(vite: typeof vite7 | typeof vite8, out: string, config: object): Promise<void> {
  await vite.build({ root: src, configFile: false, base: './', logLevel: 'error', build: { outDir: join(dir, out), emptyOutDir: true }, ...config });
}

/** The plan shown by fixtures/embed/index.html from a `vite` (7 or 8) dev server with `config`. */
async function viteDev(vite: typeof vite7 | typeof vite8, name: string, config: object): Promise<unknown> {
  const dev = await vite.createServer({
    root: src,
    configFile: false,
    logLevel: 'error',
    cacheDir: join(dir, `.vite-${name}`),
    server: { host: '127.0.0.1', port: await freePort(), hmr: false },
    ...config,
  });
  try {
    await dev.listen();
    return await resultOf(dev.resolvedUrls!.local[0]!);
  } finally {
    await dev.close();
  }
}

// README: nothing to configure.
describe('an app built by Vite 8', () => {
  it('plans the same as Node from a production build', async () => {
    await viteBuild(vite8, 'vite8', {});
    expect(await resultOf(`${base}/vite8/index.html`)).toEqual(expected);
  }, 120_000);

  it('plans the same as Node from the dev server', async () => {
    expect(await viteDev(vite8, 'vite8', {})).toEqual(expected);
  }, 120_000);
});

// README: `optimizeDeps: { exclude: ['fitplan'] }`, a dev-server matter (its dependency pre-bundling).
describe('an app built by Vite 7', () => {
  const README_CONFIG = { optimizeDeps: { exclude: ['fitplan'] } };

  it('plans the same as Node from a production build with the README configuration', async () => {
    await viteBuild(vite7, 'vite7', README_CONFIG);
    expect(await resultOf(`${base}/vite7/index.html`)).toEqual(expected);
  }, 120_000);

  it('plans the same as Node from a production build without it (builds do not pre-bundle)', async () => {
    await viteBuild(vite7, 'vite7-plain', {});
    expect(await resultOf(`${base}/vite7-plain/index.html`)).toEqual(expected);
  }, 120_000);

  it('plans the same as Node from the dev server with the README configuration', async () => {
    expect(await viteDev(vite7, 'vite7', README_CONFIG)).toEqual(expected);
  }, 120_000);

  it('fails from the dev server without it, naming the page served in place of the .wasm', async () => {
    const result = await viteDev(vite7, 'vite7-plain', {});
    expect(result).toMatch(/^error: load_failed: could not load the WebAssembly core from \S*\/\.vite-vite7-plain\/deps\/native\/fitplan_core\.wasm: .*an HTML or XML document/);
  }, 120_000);
});

// README: format 'esm', the alias for @huggingface/hub, the .wasm copied into the output and named by locateFile.
describe('an app bundled by esbuild', () => {
  const README_OPTIONS = {
    bundle: true,
    format: 'esm',
    alias: { '@huggingface/hub': './node_modules/@huggingface/hub/dist/browser/index.mjs' },
  } satisfies esbuild.BuildOptions;
  let out: string;
  let esbuildServer: Server;
  let esbuildBase: string;

  beforeAll(async () => {
    out = join(dir, 'esbuild');
    await esbuild.build({ ...README_OPTIONS, absWorkingDir: dir, entryPoints: ['src/app-esbuild.js', 'src/worker-esbuild.js'], outdir: out, logLevel: 'error' });
    // The same page in esbuild's default format for browsers, against the README.
    await esbuild.build({ ...README_OPTIONS, format: 'iife', absWorkingDir: dir, entryPoints: ['src/app-esbuild.js'], outdir: join(out, 'iife'), logLevel: 'error' });
    mkdirSync(join(out, 'assets'));
    copyFileSync(join(dir, 'node_modules/fitplan/dist/native/fitplan_core.wasm'), join(out, 'assets/fitplan_core.wasm'));
    for (const page of ['esbuild.html', 'esbuild-worker.html', 'esbuild-iife.html']) copyFileSync(join(src, page), join(out, page));
    // Its own server: locateFile's '/assets/fitplan_core.wasm' is the site's root.
    esbuildServer = await serve(out);
    esbuildBase = urlOf(esbuildServer);
  }, 60_000);

  afterAll(() => close(esbuildServer));

  it('plans the same as Node on a page', async () => {
    expect(await resultOf(`${esbuildBase}/esbuild.html`)).toEqual(expected);
  });

  it('plans the same as Node in a module worker', async () => {
    expect(await resultOf(`${esbuildBase}/esbuild-worker.html`)).toEqual(expected);
  });

  // The README asks for format 'esm' because of this. Should the core load here one day (the glue no
  // longer reading import.meta.url when the loader hands it the bytes), drop that clause and this test.
  it("does not load in esbuild's iife format, which empties import.meta, even with locateFile", async () => {
    expect(await resultOf(`${esbuildBase}/esbuild-iife.html`)).toMatch(
      /^error: load_failed: could not load the WebAssembly core from \/assets\/fitplan_core\.wasm: it did not instantiate \(.*Invalid URL/,
    );
  });

  it('does not bundle without the alias: esbuild ignores the browser field of a package with exports', async () => {
    const { alias: _, ...withoutAlias } = README_OPTIONS;
    await expect(
      esbuild.build({ ...withoutAlias, absWorkingDir: dir, entryPoints: ['src/app-esbuild.js'], write: false, logLevel: 'silent' }),
    ).rejects.toThrow(/Could not resolve "fs"/);
  });
});
