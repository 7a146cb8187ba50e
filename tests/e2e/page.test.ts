// End to end: the built site (npm run build:site) served by `vite preview`, opened in headless
// Chromium. The page's verdict, speeds, placement, memory, notes, commands and frontier must equal
// what the API computes in Node for the same request; a frontier point clicked becomes the plan; a
// shared link reproduces it; a bad custom value is reported beside its field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';

import {
  createPlanner,
  describePlanMemory,
  formatBand,
  formatGiB,
  formatRate,
  type Planner,
  type PlanRequest,
} from '../../wasm/src/node.js';
import { launchChromium, startPreview, type Preview } from './browser.js';
import { allShown, choose, commandsShown, planShown, setField, text } from './page-helpers.js';

let preview: Preview;
let browser: Browser;
let page: Page;
let planner: Planner;
const problems: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  planner = await createPlanner();
  preview = await startPreview();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.text().includes('Content Security Policy')) problems.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(preview.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  await allShown(page);
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

/** The page's request for llama3-70b on rtx4090 at 8192 with a 3 tok/s target (the page's defaults for the rest). */
const REQUEST: PlanRequest = { model: 'llama3-70b', hardware: 'rtx4090', contextLength: 8192, targetTps: 3, kv: 'auto', allowDisk: true, promptTokens: 512 };

describe('the planner page', () => {
  it('loads without errors or CSP violations and makes no requests to other origins', async () => {
    expect(problems).toEqual([]);
    const origin = new URL(preview.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/'unsafe-eval'/);
    // Nothing on the page carries an inline style attribute from markup.
    expect(await page.locator('[style]:not(svg *):not(svg)').count()).toBe(0);
  });

  it('lists the models grouped by family with parameters, context and badges, searchable', async () => {
    await page.locator('#model-input').click();
    const list = page.locator('#model-list');
    expect(await list.locator('.combo-group', { hasText: 'Llama 3' }).count()).toBeGreaterThan(0);
    const qwen = list.locator('[role="option"][data-value="qwen3-30b-a3b"]');
    expect(await qwen.locator('.badge').allTextContents()).toContain('MoE');
    expect(await qwen.locator('.combo-detail').textContent()).toMatch(/B \(.+ active\) · \d+K/);
    await page.locator('#model-input').fill('deepseek');
    const shown = await list.locator('[role="option"]').evaluateAll((options) => options.map((o) => (o as HTMLElement).dataset.value));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((id) => id?.startsWith('deepseek'))).toBe(true);
    expect(await list.locator('[role="option"]').first().locator('.badge').allTextContents()).toContain('MLA');
    await page.locator('#model-input').press('Escape');
    await page.locator('#model-input').blur();
    expect(await page.locator('#model-input').inputValue()).toBe('Llama-3-8B');
  });

  it('shows the plan the API computes for llama3-70b on rtx4090 at 8192 tokens with a 3 tok/s target', async () => {
    await choose(page, 'model', 'llama3-70b');
    await choose(page, 'hardware', 'rtx4090');
    await setField(page, '#context', '8192');
    await setField(page, '#target', '3');
    await allShown(page);
    // The detail is folded away; its charts are drawn when it opens.
    for (const fold of ['why-fold', 'memory-fold', 'blocks-fold']) await page.locator(`#${fold} > summary`).click();
    await page.locator('#memory-chart svg').first().waitFor();
    await page.locator('#block-strip svg').first().waitFor();

    const plan = planner.plan({ ...REQUEST, compare: true });
    expect(await page.locator('#verdict').getAttribute('data-grade')).toBe(plan.usability.grade);
    expect(await page.locator('#verdict-message').getAttribute('data-message')).toBe(plan.usability.message);
    expect(await text(page, '#plan-decode')).toContain(
      `${formatBand(plan.decodeTokensPerSecond, plan.decodeTokensPerSecondLow, plan.decodeTokensPerSecondHigh)} tok/s`,
    );
    expect(await text(page, '#plan-decode')).toContain('target 3 tok/s met');
    expect(await text(page, '#plan-prefill')).toContain(formatRate(plan.prefillTokensPerSecond));
    const placement = await text(page, '#plan-placement');
    // In plain words first (which tier runs what), the llama.cpp flags after.
    const { gpu, cpu, kind } = plan.placement;
    const words: Partial<Record<typeof kind, string>> = {
      'layer-split': `${gpu} of ${plan.layers.length} blocks on the GPU, ${cpu} on the CPU`,
      'ffn-offload': `the CPU runs the feed-forward part of ${cpu} of them`,
    };
    expect(words[kind], `a placement this test knows (${kind})`).toBeDefined();
    expect(placement).toContain(words[kind]);
    expect(placement).toContain(`-ngl ${plan.placement.nGpuLayers}`);
    expect(await text(page, '#plan-context')).toContain(`KV cache ${plan.kvCacheTypeK}`);
    expect(await text(page, '#memory-text')).toBe(describePlanMemory(plan));
    expect(await page.locator('#notes li').allTextContents()).toEqual(plan.notes);
    // The answer first: the headline and the rule under the grade, then the published file to
    // download, with the command that fetches it, above the custom mix and its commands.
    expect(await text(page, '#headline')).toBe(plan.headline);
    expect(await text(page, '#rule')).toBe(plan.objectiveRule);
    const published = plan.published!;
    expect(await text(page, '#download-title')).toBe('Download this file');
    expect(await text(page, '#download-file')).toContain(`${published.repo}, ${published.fileType}`);
    expect(await text(page, '#download-llama')).toBe(published.commands.llamaServer.trimEnd());
    expect(await text(page, '#download-ollama')).toBe(published.commands.ollama.trimEnd());
    const order = await page.evaluate(() => {
      const at = (selector: string) => [...document.querySelectorAll('*')].indexOf(document.querySelector(selector)!);
      return { download: at('#download-llama'), build: at('#build-title'), runIt: at('#command-text') };
    });
    expect(order.download).toBeGreaterThan(0);
    expect(order.build).toBeGreaterThan(order.download);
    expect(order.runIt).toBeGreaterThan(order.build);
    // The published file beside the plan: the one uniform reference of every view.
    const reference = published.plan;
    expect(await text(page, '#compare tr[data-row="decode tok/s"] td:nth-of-type(2)')).toBe(
      formatBand(reference.decodeTokensPerSecond, reference.decodeTokensPerSecondLow, reference.decodeTokensPerSecondHigh),
    );
    // One strip cell per block and row (precision + where it runs, attention and FFN apart when they
    // run on different tiers), memory bars for GPU and RAM.
    const rows = plan.layers.some((l) => l.attentionTier !== l.ffnTier) ? 3 : 2;
    expect(await page.locator('#block-strip svg.plot-fp rect').count()).toBeGreaterThanOrEqual(plan.layers.length * rows);
    expect(await page.locator('#memory-chart svg.plot-fp rect').count()).toBeGreaterThanOrEqual(4);
    // The commands of this plan.
    const commands = planner.commands(plan);
    expect(await text(page, '#command-text')).toBe(commands.llamaCpp.text);
    await page.locator('#tab-ollama').click();
    expect(await text(page, '#command-text')).toBe(commands.ollama.text);
    for (const caveat of commands.ollama.caveats) expect(await text(page, '#command-panel .caveats')).toContain(caveat);
    await page.locator('#tab-ollama').press('ArrowLeft');
    expect(await page.locator('#tab-llamaQuantize').getAttribute('aria-selected')).toBe('true');
    expect(await text(page, '#command-text')).toBe(commands.llamaQuantize.text);
    // The analysis table of whole-file types (analyze(), f16 KV under the auto policy).
    const analysis = planner.analyze({ model: 'llama3-70b', hardware: 'rtx4090', contextLength: 8192, kvCacheType: 'f16' });
    const q4 = analysis.fileTypes.find((r) => r.fileType === 'Q4_K_M')!;
    expect(await text(page, '#analysis tr[data-file-type="Q4_K_M"] [data-column="total GiB"]')).toBe(formatGiB(q4.totalBytes));
    expect(await page.locator('#analysis tbody tr').count()).toBe(analysis.fileTypes.length);
    // The state is in the URL.
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ model: 'llama3-70b', hw: 'rtx4090', ctx: '8192', target: '3' });
  });

  it('makes a clicked frontier point the current plan, commands included', async () => {
    const points = planner.frontier(REQUEST);
    expect(await page.locator('#frontier-table tbody tr').count()).toBe(points.length);
    const dots = page.locator('#frontier-chart svg g.frontier-dots').first().locator('circle');
    expect(await dots.count()).toBe(points.length);
    // The fastest point: far from the 3 tok/s plan.
    const k = points.reduce((best, p, i) => (p.decodeTokensPerSecond > points[best]!.decodeTokensPerSecond ? i : best), 0);
    await dots.nth(k).scrollIntoViewIfNeeded();
    const box = (await dots.nth(k).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Hovering shows the point's figures.
    await expect.poll(() => text(page, '#frontier-chart svg g.frontier-tip')).toContain(`decode ${formatRate(points[k]!.decodeTokensPerSecond)} tok/s`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => new URL(page.url()).searchParams.get('point')).toBe(String(k));
    await commandsShown(page);
    const chosen = points[k]!.plan;
    expect(await text(page, '#plan-decode')).toContain(formatBand(chosen.decodeTokensPerSecond, chosen.decodeTokensPerSecondLow, chosen.decodeTokensPerSecondHigh));
    expect(await text(page, '#plan-placement')).toContain(`-ngl ${chosen.placement.nGpuLayers}`);
    expect(await text(page, '#verdict')).toContain('frontier plan');
    await page.locator('#tab-llamaCpp').click();
    expect(await text(page, '#command-text')).toBe(planner.commands(chosen).llamaCpp.text);
    expect(await page.locator(`#frontier-table tr[data-point="${k}"]`).getAttribute('class')).toContain('current');
    // The table's buttons do the same from the keyboard.
    await page.locator('#frontier-details summary').click();
    await page.locator('#frontier-table button[data-point="0"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('point')).toBe('0');
    await commandsShown(page);
    expect(await text(page, '#command-text')).toBe(planner.commands(points[0]!.plan).llamaCpp.text);
    await page.locator(`#frontier-table button[data-point="${k}"]`).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('point')).toBe(String(k));
  });

  it('reproduces the plan from a shared link', async () => {
    await page.waitForTimeout(200); // the address bar follows the inputs within 150 ms
    const link = page.url();
    const before = { decode: await text(page, '#plan-decode .value'), placement: await text(page, '#plan-placement .value'), notes: await page.locator('#notes li').allTextContents() };
    const shared = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await shared.goto(link);
    await shared.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    await shared.waitForFunction(() => document.body.dataset.point !== undefined, undefined, { timeout: 30_000 });
    await commandsShown(shared);
    expect(await text(shared, '#plan-decode .value')).toBe(before.decode);
    expect(await text(shared, '#plan-placement .value')).toBe(before.placement);
    expect(await shared.locator('#notes li').allTextContents()).toEqual(before.notes);
    expect(await shared.locator('#model-input').inputValue()).toBe('Llama-3-70B');
    expect(await shared.locator('#context').inputValue()).toBe('8192');
    expect(await shared.locator('#target').inputValue()).toBe('3');
    expect(await text(shared, '#command-text')).toBe(await text(page, '#command-text'));
    await shared.close();
  });

  it('exports the plan as JSON', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const exported = JSON.parse(await readFile(path, 'utf8'));
    expect(exported.request).toMatchObject({ model: 'llama3-70b', hardware: 'rtx4090', contextLength: 8192, targetTps: 3 });
    expect(exported.plan.decodeTokensPerSecond).toBeGreaterThan(0);
    expect(exported.commands.llamaCpp.text).toBe(await text(page, '#command-text'));
    expect(exported.link).toContain('point=');
  });

  it('sets the other options: prompt, KV policy, lowest precision, disk', async () => {
    await setField(page, '#prompt', '2048');
    await page.selectOption('#kv', 'q4_0');
    await page.selectOption('#min-quant', 'Q4_K_M');
    await page.locator('#disk').uncheck();
    await allShown(page);
    const plan = planner.plan({ ...REQUEST, promptTokens: 2048, kv: 'q4_0', minQuant: 'Q4_K_M', allowDisk: false });
    expect(await page.locator('#verdict').getAttribute('data-grade')).toBe(plan.usability.grade);
    if (plan.feasible) {
      expect(await text(page, '#plan-prefill')).toContain(`for 2048 tokens`);
      expect(await text(page, '#plan-decode')).toContain(formatBand(plan.decodeTokensPerSecond, plan.decodeTokensPerSecondLow, plan.decodeTokensPerSecondHigh));
    }
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ prompt: '2048', kv: 'q4_0', minq: 'Q4_K_M', disk: '0' });
    expect(new URL(page.url()).searchParams.get('point')).toBeNull();
    await setField(page, '#prompt', '512');
    await page.selectOption('#kv', 'auto');
    await page.selectOption('#min-quant', '');
    await page.locator('#disk').check();
    await allShown(page);
  });

  it('moves the context on a log scale up to the model maximum', async () => {
    await choose(page, 'model', 'llama3.1-8b');
    await planShown(page);
    await page.locator('#context-range').fill('1000');
    await expect.poll(() => page.locator('#context').inputValue()).toBe('131072');
    await page.locator('#context-range').fill('500');
    const middle = Number(await page.locator('#context').inputValue());
    expect(middle).toBeGreaterThan(4096);
    expect(middle).toBeLessThan(8192); // the geometric middle of 256..131072 is 5793
    await setField(page, '#context', '8192');
    await planShown(page);
  });

  it('shows the newest input\'s plan when inputs arrive faster than plans', async () => {
    await page.evaluate(() => {
      // The slider plans on every move; the number box once its value is committed (Enter).
      const range = document.getElementById('context-range') as HTMLInputElement;
      for (const position of [300, 400, 500, 600, 700, 800, 900]) {
        range.value = String(position);
        range.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const input = document.getElementById('context') as HTMLInputElement;
      input.value = '6000';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await allShown(page);
    const plan = planner.plan({ ...REQUEST, model: 'llama3.1-8b', contextLength: 6000 });
    expect(await text(page, '#plan-context')).toContain('6000 tokens');
    expect(await text(page, '#plan-decode')).toContain(formatBand(plan.decodeTokensPerSecond, plan.decodeTokensPerSecondLow, plan.decodeTokensPerSecondHigh));
    await setField(page, '#context', '8192');
    await allShown(page);
  });

  it('reports a bad custom value beside its field at once, and plans a valid custom machine', async () => {
    await choose(page, 'hardware', 'custom');
    expect(await page.locator('#custom-hw').isVisible()).toBe(true);
    // Pre-filled from the last preset (rtx4090).
    expect(await page.locator('#hw-vram').inputValue()).toBe('24');
    await setField(page, '#hw-vram', '-5');
    await expect.poll(() => text(page, '#hw-vram-error')).toBe('VRAM per GPU cannot be negative');
    expect(await page.locator('#hw-vram').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#hw-vram').getAttribute('aria-describedby')).toBe('hw-vram-info hw-vram-error');
    expect(await page.locator('#verdict').getAttribute('data-grade')).toBe('error');
    await setField(page, '#hw-vram', 'abc');
    await expect.poll(() => text(page, '#hw-vram-error')).toBe('VRAM per GPU must be a number');
    await setField(page, '#hw-ram', '0');
    await expect.poll(() => text(page, '#hw-ram-error')).toContain('RAM must be more than 0');

    await setField(page, '#hw-vram', '12');
    await setField(page, '#hw-ram', '32');
    await setField(page, '#hw-gpuBw', '360');
    await setField(page, '#hw-ramBw', '50');
    await setField(page, '#hw-diskBw', '3');
    await allShown(page);
    expect(await text(page, '#hw-vram-error')).toBe('');
    expect(await page.locator('#hw-vram').getAttribute('aria-invalid')).toBeNull();
    const plan = planner.plan({
      ...REQUEST,
      model: 'llama3.1-8b',
      hardware: { vramGiB: 12, ramGiB: 32, gpuBandwidthGBps: 360, ramBandwidthGBps: 50, diskBandwidthGBps: 3, gpuTflops: 165.2, cpuCores: 16, gpuCount: 1, unifiedMemory: false },
    });
    expect(await text(page, '#plan-decode')).toContain(formatBand(plan.decodeTokensPerSecond, plan.decodeTokensPerSecondLow, plan.decodeTokensPerSecondHigh));
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ hw: 'custom', vram: '12', ram: '32', gpubw: '360' });
  });

  it('reports a context beyond the model maximum next to the input', async () => {
    await choose(page, 'hardware', 'rtx4090');
    await choose(page, 'model', 'llama2-7b');
    await setField(page, '#context', '100000');
    await expect.poll(() => text(page, '#context-error')).toContain('At most 4096 tokens');
    expect(await page.locator('#context').getAttribute('aria-invalid')).toBe('true');
    await setField(page, '#context', '4096');
    await planShown(page);
    expect(await page.locator('#context').getAttribute('aria-invalid')).toBeNull();
  });

  it('fits a 390 px phone without sideways scrolling, the verdict kept in sight, in the dark theme too', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme });
      await phone.goto(`${preview.url}?model=llama3-70b&hw=rtx4090&ctx=8192&target=3`);
      await allShown(phone);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
      const mini = phone.locator('#mini-verdict');
      expect(await mini.isVisible()).toBe(true);
      expect(await mini.textContent()).toMatch(/^Slow3\.0 tok\/s/);
      const background = await phone.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(17, 20, 24)' : 'rgb(244, 245, 248)');
      await phone.close();
    }
    expect(await page.locator('#mini-verdict').isVisible()).toBe(false); // desktop: the verdict card is in view
  });

  it('never inserts the URL as HTML', async () => {
    const hostile = await browser.newPage();
    const errors: string[] = [];
    hostile.on('pageerror', (error) => errors.push(error.message));
    await hostile.exposeFunction('pwned', () => errors.push('script ran'));
    await hostile.goto(`${preview.url}?model=${encodeURIComponent('<img src=x onerror=pwned()>')}&hw=${encodeURIComponent('<b>x</b>')}&ctx=4096`);
    await hostile.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    expect(await hostile.locator('#results img, #inputs img, main b').count()).toBe(0);
    expect(await text(hostile, '#model-info')).toContain("unknown model id '<img src=x onerror=pwned()>'");
    expect(await hostile.locator('#verdict').getAttribute('data-grade')).toBe('error');
    await hostile.waitForTimeout(200);
    expect(errors).toEqual([]);
    await hostile.close();
  });

  it('is usable from the keyboard alone', async () => {
    await page.locator('#model-input').focus();
    await page.keyboard.type('qwen3-30b');
    await page.keyboard.press('Enter');
    await planShown(page);
    expect(await page.locator('#model-input').inputValue()).toBe('Qwen3-30B-A3B');
    await page.keyboard.press('Tab'); // to the import panel's summary
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    expect(problems).toEqual([]);
  });
});
