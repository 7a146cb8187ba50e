// End to end: the built site (npm run build:site) served by `vite preview`, opened in headless
// Chromium; the page's figures must equal the API's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';

import { createPlanner, formatBand, formatGiB, formatRate, histogramEntries } from '../../wasm/src/node.js';
import { launchChromium, startPreview, type Preview } from './browser.js';

let preview: Preview;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(preview.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

async function cell(fileType: string, column: string): Promise<string> {
  return (await page.locator(`#analysis tr[data-file-type="${fileType}"] [data-column="${column}"]`).textContent()) ?? '';
}

describe('the analysis page', () => {
  it('loads without errors and makes no requests to other origins', () => {
    expect(problems).toEqual([]);
    const origin = new URL(preview.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  });

  it('groups models and hardware by family', async () => {
    expect(await page.locator('#model optgroup[label="Llama 3"] option[value="llama3-8b"]').count()).toBe(1);
    expect(await page.locator('#hardware optgroup[label="NVIDIA RTX 40"] option[value="rtx4090"]').count()).toBe(1);
  });

  it('shows the figures the API computes for the chosen model, hardware, context and KV type', async () => {
    await page.selectOption('#model', 'llama3-70b');
    await page.selectOption('#hardware', 'rtx3090');
    await page.fill('#context', '8192');
    await page.selectOption('#kv', 'q8_0');
    await expect.poll(() => page.locator('#caption').textContent()).toContain('Llama-3-70B');
    await expect.poll(() => page.locator('#caption').textContent()).toContain('KV cache q8_0');

    const planner = await createPlanner();
    const analysis = planner.analyze({ model: 'llama3-70b', hardware: 'rtx3090', contextLength: 8192, kvCacheType: 'q8_0' });
    const row = analysis.fileTypes.find((r) => r.fileType === 'Q4_K_M');
    expect(row).toBeDefined();
    expect(await cell('Q4_K_M', 'total GiB')).toBe(formatGiB(row!.totalBytes));
    expect(await cell('Q4_K_M', 'GPU layers')).toBe(String(row!.gpuLayers));
    expect(await cell('Q4_K_M', 'decode tok/s (low–high)')).toContain(formatRate(row!.decodeTokensPerSecond));
    expect(await page.locator('#analysis tbody tr').count()).toBe(analysis.fileTypes.length);
    if (process.env.FITPLAN_SCREENSHOT) await page.screenshot({ path: process.env.FITPLAN_SCREENSHOT, fullPage: true });
  });

  it('shows the optimizer\'s plan for the same inputs, with an optional target speed', async () => {
    // The inputs of the previous test: llama3-70b on rtx3090 at 8192.
    await page.fill('#target', '3');
    const planner = await createPlanner();
    const plan = planner.plan({ model: 'llama3-70b', hardware: 'rtx3090', contextLength: 8192, targetTps: 3 });
    await expect.poll(() => page.locator('#plan-decode').textContent()).toContain('target 3 tok/s');
    expect(await page.locator('#plan-verdict').getAttribute('data-grade')).toBe(plan.usability.grade);
    expect(await page.locator('#plan-verdict').textContent()).toBe(plan.usability.message);
    expect(await page.locator('#plan-decode').textContent()).toContain(
      formatBand(plan.decodeTokensPerSecond, plan.decodeTokensPerSecondLow, plan.decodeTokensPerSecondHigh),
    );
    expect(await page.locator('#plan-prefill').textContent()).toContain(formatRate(plan.prefillTokensPerSecond));
    expect(await page.locator('#plan-placement').textContent()).toContain(`-ngl ${plan.placement.nGpuLayers}`);
    const rows = page.locator('#plan-histogram tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.fileType, tr.querySelector('td')?.textContent]))).toEqual(
      histogramEntries(plan).map(([type, count]) => [type, String(count)]),
    );
    expect(await page.locator('#plan-notes li').allTextContents()).toEqual(plan.notes);

    await page.fill('#target', '-1');
    await expect.poll(() => page.locator('#plan-status').textContent()).toContain("'targetTps' is -1");
    expect(await page.locator('#target').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#plan').isHidden()).toBe(true);
    await page.fill('#target', '');
    await expect.poll(() => page.locator('#plan').isVisible()).toBe(true);
    expect(await page.locator('#plan-decode').textContent()).not.toContain('target');
  });

  it('reports a context beyond the model maximum next to the input', async () => {
    await page.selectOption('#model', 'llama2-7b');
    await page.fill('#context', '100000');
    await expect.poll(() => page.locator('#status').textContent()).toContain("'contextLength' is 100000 tokens");
    expect(await page.locator('#context').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#plan-section').isHidden()).toBe(true);
  });
});
