// End to end: the page's import panel in headless Chromium. A GGUF file set on the file input
// (only its header is read, in the page), a pasted config.json, and a shared link whose `model`
// parameter names a GGUF URL (a local server with CORS) that the page imports again; the page's
// figures must equal the API's for the same imported model.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';

import { createPlanner, formatGiB, formatRate, importModel } from '../../wasm/src/node.js';
import { catalogGguf, writeSparseGguf } from '../wasm/gguf-writer.js';
import { startServer, type TestServer } from '../wasm/import-server.js';
import { launchChromium, startPreview, type Preview } from './browser.js';
import { choose } from './page-helpers.js';

let preview: Preview;
let browser: Browser;
let page: Page;
let dir: string;
let gguf: string;
let server: TestServer;
const problems: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fitplan-e2e-import-'));
  gguf = join(dir, 'qwen2.5-0.5b-instruct-q4_k_m.gguf');
  await writeSparseGguf(gguf, catalogGguf('qwen2.5-0.5b', 'Q4_K_M'));
  server = await startServer({ files: new Map([['/models/qwen.gguf', { path: gguf }]]) });
  preview = await startPreview();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 1200 } });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(preview.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function cell(fileType: string, column: string): Promise<string> {
  return (await page.locator(`#analysis tr[data-file-type="${fileType}"] [data-column="${column}"]`).textContent()) ?? '';
}

describe('the import panel', () => {
  it('imports a GGUF file set on the file input and shows its analysis and plan', async () => {
    await page.locator('#import-panel summary').click();
    await page.setInputFiles('#import-file', gguf);
    await expect.poll(() => page.locator('#import-status').textContent(), { timeout: 30_000 }).toContain('Imported Qwen2.5-0.5B');
    expect(await page.locator('#import-status').textContent()).toMatch(/qwen2, 24 blocks, Q4_K_M, 290 tensors/);
    expect(await page.locator('#model-input').inputValue()).toBe('Qwen2.5-0.5B (Q4_K_M, qwen2.5-0.5b-instruct-q4_k_m.gguf)');
    await expect.poll(() => page.locator('#caption').textContent()).toContain('Qwen2.5-0.5B');

    const planner = await createPlanner();
    const { model } = await importModel(gguf);
    const context = Number(await page.locator('#context').inputValue());
    const analysis = planner.analyze({ model, hardware: 'rtx4090', contextLength: context, kvCacheType: 'f16' });
    expect(await cell('Q4_K_M (this file)', 'total GiB')).toBe(formatGiB(analysis.file!.totalBytes));
    expect(await cell('Q4_K_M (this file)', 'weights GiB')).toBe(formatGiB(analysis.file!.weightsBytes));
    const q8 = analysis.fileTypes.find((r) => r.fileType === 'Q8_0')!;
    expect(await cell('Q8_0', 'total GiB')).toBe(formatGiB(q8.totalBytes));
    expect(await cell('Q8_0', 'GPU layers')).toBe(String(q8.gpuLayers));
    expect(await page.locator('#analysis tbody tr').count()).toBe(analysis.fileTypes.length + 1);

    const plan = planner.plan({ model, hardware: 'rtx4090', contextLength: context });
    await expect.poll(() => page.locator('#plan-decode').textContent()).toContain(formatRate(plan.decodeTokensPerSecond));
    // The custom mix is built from the file itself (issue #9): no download, its name in the recipe.
    expect(await page.locator('#download-file').textContent()).toContain('built from your Q4_K_M file qwen2.5-0.5b-instruct-q4_k_m.gguf');
    expect(await page.locator('#build-gain').textContent()).toMatch(/^The per-block mix, built from your Q4_K_M file qwen2\.5-0\.5b-instruct-q4_k_m\.gguf: /);
    // A local file has no token: the shared link does not name it.
    await expect.poll(() => new URL(page.url()).searchParams.get('model')).toBeNull();
    expect(problems).toEqual([]);
  });

  it('imports a pasted config.json', async () => {
    const config = await readFile(new URL('../wasm/fixtures/configs/llama3.2-1b.json', import.meta.url), 'utf8');
    await page.fill('#import-config', config);
    await page.click('#import-paste');
    await expect.poll(() => page.locator('#import-status').textContent()).toMatch(/Imported llama \(config.json\): llama, 16 blocks/);
    const planner = await createPlanner();
    const context = Number(await page.locator('#context').inputValue());
    const q4 = planner.analyze({ model: 'llama3.2-1b', hardware: 'rtx4090', contextLength: context }).fileTypes.find((r) => r.fileType === 'Q4_K_M')!;
    await expect.poll(() => cell('Q4_K_M', 'total GiB')).toBe(formatGiB(q4.totalBytes));
    expect(await page.locator('#analysis tbody tr').count()).toBe(planner.analyze({ model: 'llama3.2-1b', hardware: 'rtx4090' }).fileTypes.length);
  });

  it('reports a file that is not a GGUF', async () => {
    await page.setInputFiles('#import-file', { name: 'notes.gguf', mimeType: 'application/octet-stream', buffer: Buffer.from('<html>hello</html>') });
    await expect.poll(() => page.locator('#import-status').textContent()).toContain('notes.gguf: not a GGUF file (it looks like an HTML or XML page)');
    expect(await page.locator('#import-status').getAttribute('class')).toContain('error');
  });

  it('re-imports the model a shared link names once asked (a GGUF URL read with Range requests)', async () => {
    const url = `${server.url}/models/qwen.gguf`;
    const shared = await browser.newPage();
    const asked = server.requests.length;
    await shared.goto(`${preview.url}?model=${encodeURIComponent(url)}`);
    await shared.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    // Nothing is requested from the other site before the visitor agrees; the page says what will be.
    expect(await shared.locator('#status').textContent()).toContain(`reads the first few MiB of ${url}`);
    await shared.waitForTimeout(300);
    expect(server.requests.length).toBe(asked);
    await shared.locator('#status-action').click();
    await expect.poll(() => shared.locator('#import-status').textContent(), { timeout: 30_000 }).toContain('Imported Qwen2.5-0.5B');
    await expect.poll(() => new URL(shared.url()).searchParams.get('model')).toBe(url);
    await expect.poll(() => shared.locator('#analysis tr[data-file-type="Q4_K_M (this file)"]').count(), { timeout: 20_000 }).toBe(1);
    const served = server.requests.filter((r) => r.method === 'GET');
    expect(served.length).toBeGreaterThan(0);
    expect(served.every((r) => r.range?.startsWith('bytes='))).toBe(true);
    // Picking a catalog model puts its id in the link.
    await choose(shared, 'model', 'llama3-8b');
    await expect.poll(() => new URL(shared.url()).searchParams.get('model')).toBe('llama3-8b');
    await shared.close();
  });

  it('shows a shared link whose import fails in the main status, with a retry', async () => {
    const url = `${server.url}/models/missing.gguf`;
    const shared = await browser.newPage();
    await shared.goto(`${preview.url}?model=${encodeURIComponent(url)}`);
    await shared.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    expect(await shared.locator('#status-action').textContent()).toBe('Import it');
    await shared.locator('#status-action').click();
    await shared.waitForSelector('body[data-import-failed="true"]', { timeout: 30_000 });
    expect(await shared.locator('#status').textContent()).toMatch(/^The link’s model could not be imported: .*404/);
    expect(await shared.locator('#status').getAttribute('class')).toContain('error');
    expect(await shared.locator('#verdict .grade').textContent()).toBe('Import failed');
    expect(await shared.locator('#status-action').textContent()).toBe('Try again');
    const before = server.requests.length;
    await shared.locator('#status-action').click();
    await expect.poll(() => server.requests.length).toBeGreaterThan(before);
    await shared.close();
  });

  it('asks before opening a hf: link and says what it will request from huggingface.co', async () => {
    const shared = await browser.newPage();
    const outside: string[] = [];
    shared.on('request', (request) => {
      if (!request.url().startsWith(preview.url)) outside.push(request.url());
    });
    await shared.goto(`${preview.url}?model=${encodeURIComponent('hf:Qwen/Qwen2.5-7B-Instruct-GGUF')}`);
    await shared.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    expect(await shared.locator('#status').textContent()).toContain('asks huggingface.co for the repository Qwen/Qwen2.5-7B-Instruct-GGUF');
    expect(await shared.locator('#status-action').textContent()).toBe('Import it');
    await shared.waitForTimeout(300);
    expect(outside).toEqual([]);
    await shared.close();
  });
});
