// The npm package as a web developer embeds it (issue #15): `npm pack`, installed into an empty
// folder, then used in Chromium from a plain HTML page with no bundler, from a module worker, and
// from an app built by Vite. Each plans a model and shows the result; a missing .wasm shows the
// loader's error (where it looked, what came back, the fix).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from './browser.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let dir: string;
let server: Server;
let base: string;
let browser: Browser;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

/** A static server of `dir`, as any web host would serve the files. */
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
  // An app built by Vite (the repository's Vite 8) from the installed package.
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'index.html'), '<!doctype html><title>vite</title><script type="module" src="./main.js"></script>');
  writeFileSync(join(app, 'main.js'), `import { createPlanner } from 'fitplan';\nlet result;\ntry { ${PLAN_SCRIPT} } catch (error) { result = 'error: ' + error.message; }\ndocument.title = result;\n`);
  run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--base', './', '--logLevel', 'error'], app);

  server = await serve(dir);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function titleOf(path: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}${path}`);
    await page.waitForFunction(() => !['plain', 'worker', 'missing', 'vite', ''].includes(document.title), undefined, { timeout: 60_000 });
    return await page.title();
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

  it('plans from an app built by Vite', async () => {
    expect(await titleOf('/app/dist/index.html')).toBe('llama3-8b usable');
  });

  it('says where the .wasm was looked for when it is not there', async () => {
    const title = await titleOf('/missing.html');
    expect(title).toMatch(/^load_failed: could not load the WebAssembly core from \/nowhere\/fitplan_core\.wasm: HTTP 404/);
  });
});
