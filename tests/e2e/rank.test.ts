// End to end: "what can I run / what should I buy" on the built page in headless Chromium. From a
// cold load, one click after choosing a machine answers what can I run (the ranking the API computes
// for the same request: rows, order, rule, verdicts), sortable, filterable, each row opening its
// plan; detection maps a fixture WebGPU adapter onto the catalog and says what the browser cannot
// see; one model on several machines side by side; the model on every machine with its needs.
import { readFile } from 'node:fs/promises';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';

import {
  browserFacts,
  createPlanner,
  formatBand,
  formatGiB,
  suggestHardware,
  type NavigatorLike,
  type Planner,
  type RankModelsRequest,
} from '../../wasm/src/node.js';
import { launchChromium, startPreview, type Preview } from './browser.js';
import { choose, planShown, rankShown, text } from './page-helpers.js';

let preview: Preview;
let browser: Browser;
let planner: Planner;

beforeAll(async () => {
  planner = await createPlanner();
  preview = await startPreview();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

/** A fresh page (a cold load: nothing cached) that records errors and requests to other origins. */
async function coldPage(width = 1360): Promise<{ page: Page; problems: string[]; foreign: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 1000 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(new URL(preview.url).origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { page, problems, foreign };
}

const rowIds = (page: Page, table: string) => page.locator(`${table} tbody tr`).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id));

/** The page's defaults for the rest of the request. */
const OPTIONS = { kv: 'auto', allowDisk: true, promptTokens: 512, objective: 'balanced' } as const;

describe('what can I run', () => {
  it('answers from a cold load in one click after choosing a machine', async () => {
    const { page, problems, foreign } = await coldPage();
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    await choose(page, 'hardware', 'rtx3060-12g');
    await page.click('#rank-go');
    // The answer is computed in the worker: the pending state shows first.
    await expect.poll(() => page.locator('#rank-view').isVisible()).toBe(true);
    await rankShown(page);

    const request: RankModelsRequest = { hardware: 'rtx3060-12g', contextLength: 4096, ...OPTIONS };
    const ranking = planner.rankModels(request);
    const rows = page.locator('#rank-table tbody tr');
    expect(await rows.count()).toBe(ranking.rows.length);
    expect(await rowIds(page, '#rank-table')).toEqual(ranking.rows.map((r) => r.model.id));
    const first = ranking.rows[0]!;
    expect(await rows.first().getAttribute('data-grade')).toBe(first.grade);
    expect(await rows.first().locator('.grade-badge').textContent()).toBe(first.grade === 'infeasible' ? 'does not fit' : first.grade);
    expect((await rows.first().locator('[data-column="decode"]').textContent())?.replace(/\s/g, '')).toBe(
      formatBand(first.decodeTokensPerSecond, first.decodeTokensPerSecondLow, first.decodeTokensPerSecondHigh).replace(/\s/g, ''),
    );
    expect(await text(page, '#rank-rule')).toBe(ranking.orderRule);
    // The answer first, in plain words.
    const usable = ranking.rows.filter((r) => r.grade === 'usable').length;
    const answer = await text(page, '#rank-answer');
    expect(answer).toContain(`${usable} of ${ranking.rows.length} models run at a usable speed on ${first.hardware.name}.`);
    expect(answer).toContain(`Best pick: ${first.model.name}`);
    if (first.published) expect(answer).toContain(`download ${first.published.repo}, ${first.published.fileType}`);
    // The view is in the URL.
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ view: 'rank', hw: 'rtx3060-12g' });

    // Sorting by a column header: the core's order for that key, and its rule.
    await page.click('#rank-table th button[data-order="speed"]');
    const bySpeed = planner.rankModels({ ...request, order: 'speed' });
    expect(await rowIds(page, '#rank-table')).toEqual(bySpeed.rows.map((r) => r.model.id));
    expect(await text(page, '#rank-rule')).toBe(bySpeed.orderRule);
    expect(await page.locator('#rank-table th[aria-sort="descending"] button').getAttribute('data-order')).toBe('speed');
    await page.selectOption('#rank-order', 'quality');
    expect(await rowIds(page, '#rank-table')).toEqual(planner.rankModels({ ...request, order: 'quality' }).rows.map((r) => r.model.id));
    await expect.poll(() => new URL(page.url()).searchParams.get('order')).toBe('quality');
    await page.selectOption('#rank-order', 'recommended');

    // Filtering: a family, a largest size, usable only.
    await page.selectOption('#rank-family', 'Qwen 3');
    const qwen = ranking.rows.filter((r) => r.model.family === 'Qwen 3');
    expect(await rowIds(page, '#rank-table')).toEqual(qwen.map((r) => r.model.id));
    expect(await text(page, '#rank-answer')).toContain(`of ${qwen.length} Qwen 3 models`);
    await page.fill('#rank-maxp', '8');
    expect(await rowIds(page, '#rank-table')).toEqual(qwen.filter((r) => r.model.totalParams <= 8e9).map((r) => r.model.id));
    await page.locator('#rank-usable').check();
    expect(await rowIds(page, '#rank-table')).toEqual(qwen.filter((r) => r.model.totalParams <= 8e9 && r.grade === 'usable').map((r) => r.model.id));
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ fam: 'Qwen 3', maxp: '8', usable: '1' });
    await page.selectOption('#rank-family', '');
    await page.fill('#rank-maxp', '');
    await page.locator('#rank-usable').uncheck();
    expect(await rows.count()).toBe(ranking.rows.length);

    // A shared link of the view reproduces it.
    await page.waitForTimeout(200);
    const shared = await browser.newPage();
    await shared.goto(page.url());
    await rankShown(shared);
    expect(await rowIds(shared, '#rank-table')).toEqual(ranking.rows.map((r) => r.model.id));
    await shared.close();

    // A row opens the full plan of that model on this machine.
    const row = ranking.rows[4]!;
    await page.locator(`#rank-table tr[data-id="${row.model.id}"] td[data-column="params"]`).click();
    await planShown(page);
    expect(await page.locator('#plan-view').isVisible()).toBe(true);
    expect(await page.locator('#rank-view').isVisible()).toBe(false);
    expect(await page.locator('#model-input').inputValue()).toBe(row.model.name);
    const plan = planner.plan({ model: row.model.id, hardware: 'rtx3060-12g', contextLength: Math.min(4096, row.model.maxContext), ...OPTIONS });
    expect(await page.locator('#verdict').getAttribute('data-grade')).toBe(plan.usability.grade);
    expect(plan.usability.grade).toBe(row.grade);
    expect(await text(page, '#plan-decode')).toContain(formatBand(plan.decodeTokensPerSecond, plan.decodeTokensPerSecondLow, plan.decodeTokensPerSecondHigh));
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ model: row.model.id, hw: 'rtx3060-12g' });
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();

    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('fits a 400 px phone: the table scrolls inside its box, not the page', async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 860 }, isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    await phone.goto(`${preview.url}?hw=rtx4090&view=rank`);
    await rankShown(phone);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(400);
    expect(await phone.locator('#mini-verdict').isVisible()).toBe(false);
    await context.close();
  }, 60_000);
});

describe('what can I run, with an imported model', () => {
  it('ranks the imported models beside the catalog, and opens their plan', async () => {
    const { page, problems } = await coldPage();
    await page.goto(`${preview.url}?hw=rtx4090&ctx=4096&view=rank`);
    await rankShown(page);
    const catalogRows = await page.locator('#rank-table tbody tr').count();
    const config = await readFile(new URL('../wasm/fixtures/configs/llama3.2-1b.json', import.meta.url), 'utf8');
    await page.click('#import-panel summary');
    await page.fill('#import-config', config);
    await page.click('#import-paste');
    await page.locator('#rank-table tr[data-id="import:1"]').waitFor({ timeout: 30_000 });
    await rankShown(page);
    expect(await page.locator('#rank-table tbody tr').count()).toBe(catalogRows + 1);
    const imported = page.locator('#rank-table tr[data-id="import:1"]');
    expect(await imported.locator('[data-column="name"] .cell-note').textContent()).toBe('Imported');
    // The same architecture as the catalog's Llama 3.2 1B: the same verdict and speed.
    const catalog = page.locator('#rank-table tr[data-id="llama3.2-1b"]');
    expect(await imported.getAttribute('data-grade')).toBe(await catalog.getAttribute('data-grade'));
    expect(await imported.locator('[data-column="decode"]').textContent()).toBe(await catalog.locator('[data-column="decode"]').textContent());
    await imported.locator('[data-column="params"]').click();
    await planShown(page);
    expect(await page.locator('#model-input').inputValue()).toMatch(/\(config\.json\)$/);
    expect(await page.locator('#verdict').getAttribute('data-grade')).toBe(await imported.getAttribute('data-grade'));
    expect(problems).toEqual([]);
    await page.context().close();
  }, 90_000);
});

describe('detect my machine', () => {
  /** The fixture: Chrome's WebGPU adapter info for an NVIDIA Ada (Lovelace) card, and fixed navigator figures. */
  const fixture: NavigatorLike = {
    gpu: { requestAdapter: async () => ({ info: { vendor: 'nvidia', architecture: 'lovelace' } }) },
    deviceMemory: 8,
    hardwareConcurrency: 16,
    platform: 'Linux x86_64',
  };

  it('suggests a machine from the adapter info, says what the browser cannot see, and uses it or an alternative', async () => {
    const { page, problems, foreign } = await coldPage();
    await page.addInitScript(() => {
      const info = { vendor: 'nvidia', architecture: 'lovelace', device: '', description: '' };
      Object.defineProperty(Navigator.prototype, 'gpu', { configurable: true, get: () => ({ requestAdapter: async () => ({ info }) }) });
      Object.defineProperty(Navigator.prototype, 'deviceMemory', { configurable: true, get: () => 8 });
      Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { configurable: true, get: () => 16 });
      Object.defineProperty(Navigator.prototype, 'platform', { configurable: true, get: () => 'Linux x86_64' });
    });
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    const facts = await browserFacts(fixture);
    const suggestion = suggestHardware(facts, planner.hardware());
    expect(suggestion.presetId).not.toBeNull();

    await page.click('#detect');
    await page.waitForSelector('#detect-use');
    expect(await text(page, '#detect-name')).toBe(suggestion.name);
    expect(await text(page, '#detect-confidence')).toBe({ exact: 'exact match', close: 'close match', guess: 'a guess' }[suggestion.confidence]);
    expect(await page.locator('#detect-cannot li').allTextContents()).toEqual(facts.cannotSee);
    expect(await text(page, '#detect-cannot')).toContain('the exact GPU model and its VRAM');
    expect(await text(page, '#detect-found')).toContain('lovelace');
    expect(await text(page, '#detect-panel')).toContain('Nothing was sent anywhere');
    // The alternatives: the other presets of the family (Ada cards).
    expect(await page.locator('#detect-alternative option').count()).toBe(suggestion.alternatives.length + 1);

    // Confirm: the picker takes the suggested preset.
    await page.click('#detect-use');
    await planShown(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('hw')).toBe(suggestion.presetId);
    expect(await page.locator('#detect-panel').isHidden()).toBe(true);

    // Correct it: pick an alternative, then use it.
    await page.click('#detect');
    await page.waitForSelector('#detect-use');
    await page.selectOption('#detect-alternative', 'rtx4090');
    expect(await text(page, '#detect-name')).toBe(planner.hardware().find((hw) => hw.id === 'rtx4090')!.name);
    await page.click('#detect-use');
    await planShown(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('hw')).toBe('rtx4090');
    expect(await page.locator('#hardware-input').inputValue()).toContain('RTX 4090');

    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  }, 90_000);
});

describe('compare machines', () => {
  it('plans one model on 2-4 machines side by side', async () => {
    const { page, problems } = await coldPage();
    const machines = ['rtx4090', 'rtx3090', 'a100-80g'];
    await page.goto(`${preview.url}?model=llama3-70b&hw=rtx4090&ctx=8192&view=compare&cmp=${machines.join(',')}`);
    await rankShown(page);
    const plans = machines.map((hw) => planner.plan({ model: 'llama3-70b', hardware: hw, contextLength: 8192, ...OPTIONS }));
    expect(await page.locator('#cmp-table thead th').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.machine))).toEqual(machines);
    const decode = await page.locator('#cmp-table tr[data-row="decode tok/s"] td').allTextContents();
    expect(decode).toEqual(plans.map((p) => formatBand(p.decodeTokensPerSecond, p.decodeTokensPerSecondLow, p.decodeTokensPerSecondHigh)));
    expect(await page.locator('#cmp-table tr[data-row="verdict"] td').allTextContents()).toEqual(plans.map((p) => p.usability.grade));
    expect(await page.locator('#cmp-table tr[data-row="answer"] td').allTextContents()).toEqual(plans.map((p) => p.headline));
    const usable = plans.filter((p) => p.usability.grade === 'usable').length;
    expect(await text(page, '#cmp-answer')).toContain(`Llama-3-70B runs at a usable speed on ${usable} of 3 machines.`);

    // A fourth machine, then no more; one removed.
    await page.click('#cmp-add');
    await rankShown(page);
    expect(await page.locator('#cmp-table thead th').count()).toBe(4);
    expect(await page.locator('#cmp-add').isDisabled()).toBe(true);
    await page.click('button[aria-label="Remove machine 4"]');
    await rankShown(page);
    expect(await page.locator('#cmp-table thead th').count()).toBe(3);
    // Another machine in a column: the URL follows.
    await page.selectOption('#cmp-machine-1', 'm2-max');
    await rankShown(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('cmp')).toBe('rtx4090,m2-max,a100-80g');
    const m2 = planner.plan({ model: 'llama3-70b', hardware: 'm2-max', contextLength: 8192, ...OPTIONS });
    expect(await page.locator('#cmp-table tr[data-row="decode tok/s"] td').nth(1).textContent()).toBe(
      formatBand(m2.decodeTokensPerSecond, m2.decodeTokensPerSecondLow, m2.decodeTokensPerSecondHigh),
    );
    // A column opens its full plan.
    await page.click('#cmp-table button[data-open="a100-80g"]');
    await planShown(page);
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ model: 'llama3-70b', hw: 'a100-80g' });
    expect(await page.locator('#verdict').getAttribute('data-grade')).toBe(plans[2]!.usability.grade);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 90_000);
});

describe('what should I buy', () => {
  it('ranks every machine for the model, with what it needs per file type', async () => {
    const { page, problems } = await coldPage();
    await page.goto(`${preview.url}?model=llama3-70b&hw=rtx4090&ctx=8192`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    await page.click('#buy-go');
    await rankShown(page);
    const ranking = planner.rankHardware({ model: 'llama3-70b', contextLength: 8192, ...OPTIONS });
    expect(await rowIds(page, '#buy-table')).toEqual(ranking.rows.map((r) => r.hardware.id));
    expect(await text(page, '#buy-rule')).toBe(ranking.orderRule);
    expect(await text(page, '#buy-answer')).toContain(
      `Llama-3-70B runs at a usable speed on ${ranking.rows.filter((r) => r.grade === 'usable').length} of ${ranking.rows.length + ranking.leftOut} machines`,
    );
    // The needs, units in the headers.
    const headers = (await page.locator('#needs-table thead th').allTextContents()).join(' | ');
    expect(headers).toContain('VRAM, all on one GPU (GiB)');
    expect(headers).toContain(`GPU bandwidth for ${ranking.needsTokensPerSecond} tok/s (GB/s)`);
    expect(headers).toContain('File size (GB)');
    for (const need of ranking.needs) {
      const row = page.locator(`#needs-table tr[data-file-type="${need.fileType}"]`);
      expect(await row.locator('[data-column="vram"]').textContent()).toBe(formatGiB(need.vramBytes, 1));
      expect(await row.locator('[data-column="bandwidth"]').textContent()).toBe(String(need.gpuBandwidthGBps));
      expect(await row.locator('[data-column="gpu-ram"]').textContent()).toBe(formatGiB(need.gpuRamBytes, 1));
    }
    // A machine's row opens the model's plan on it.
    await page.locator('#buy-table tr[data-id="m2-max"] td[data-column="context"]').click();
    await planShown(page);
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ model: 'llama3-70b', hw: 'm2-max' });
    expect(await page.locator('#hardware-input').inputValue()).toBe(planner.hardware().find((hw) => hw.id === 'm2-max')!.name);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 90_000);
});
