// End to end: the page as an installed app. The service worker (vite-plugin-pwa) precaches the
// page, its scripts, styles, icons and the .wasm; with the network off, a reload still plans.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { createPlanner, formatBand } from '../../wasm/src/node.js';
import { launchChromium, startPreview, type Preview } from './browser.js';
import { allShown, choose, planShown, rankShown, text } from './page-helpers.js';

let preview: Preview;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${preview.url}?model=llama3-8b&hw=rtx4060-8g&ctx=8192`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await preview?.stop();
});

describe('the installed page', () => {
  it('links a manifest with 192 and 512 px icons', async () => {
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await (await fetch(new URL(href!, preview.url))).json();
    expect(manifest).toMatchObject({ short_name: 'Fitplan', display: 'standalone', start_url: './' });
    const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toContain('192x192');
    expect(sizes).toContain('512x512');
    for (const icon of manifest.icons) expect((await fetch(new URL(icon.src, preview.url))).status).toBe(200);
  });

  it('installs a service worker and plans with the network off', async () => {
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(preview.url);
    await allShown(page);
    const online = await text(page, '#plan-decode');

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await text(page, '#plan-decode')).toBe(online);

    // Plan again, offline: another model.
    await choose(page, 'model', 'qwen2.5-7b');
    await planShown(page);
    const planner = await createPlanner();
    const plan = planner.plan({ model: 'qwen2.5-7b', hardware: 'rtx4060-8g', contextLength: 8192, kv: 'auto', allowDisk: true, promptTokens: 512 });
    expect(await text(page, '#plan-decode')).toContain(formatBand(plan.decodeTokensPerSecond, plan.decodeTokensPerSecondLow, plan.decodeTokensPerSecondHigh));
    await allShown(page);
    expect(await page.locator('#frontier-chart svg.plot-fp').count()).toBeGreaterThan(0);

    // What can I run, offline: the rankings worker and the detection code come from the cache too.
    await page.click('#rank-go');
    await rankShown(page);
    expect(await page.locator('#rank-table tbody tr').count()).toBe(planner.rankModels({ hardware: 'rtx4060-8g', contextLength: 8192 }).rows.length);
    await page.click('#detect');
    await page.waitForSelector('#detect-use, #detect-panel .field-error', { timeout: 20_000 });
    expect(await page.locator('#detect-use').count()).toBe(1);
    await context.setOffline(false);
    expect(problems).toEqual([]);
  });
});
