// End to end: the page for keyboards and screen readers. The built site (npm run build:site) served
// by `vite preview`, opened in headless Chromium.
//   - axe-core (WCAG 2.x A/AA rules and best practices) finds nothing serious or critical in every
//     main state: the plan (light and dark, every folded section open), a bad input, a custom
//     machine, a CPU-only machine, what can I run, what should I buy, compare machines, a phone;
//   - a keyboard-only walk: choose a model and a machine in the pickers, set the context with the
//     slider's arrow keys and a target by typing, pick a frontier point from its table, copy the
//     Ollama command; the focus never drops to the page's body on the way.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';

import { createPlanner, type Planner } from '../../wasm/src/node.js';
import { launchChromium, startPreview, type Preview } from './browser.js';
import { allShown, planShown, rankShown } from './page-helpers.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let preview: Preview;
let browser: Browser;
let planner: Planner;

beforeAll(async () => {
  planner = await createPlanner();
  preview = await startPreview();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

interface Finding {
  id: string;
  impact: string;
  nodes: string[];
}

/** axe-core's serious and critical findings on the page as it is. */
async function seriousFindings(page: Page): Promise<Finding[]> {
  // axe is injected through the DevTools protocol (page.evaluate), which the page's CSP does not govern.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context?: unknown, options?: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`) }));
  });
}

async function open(query: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1360, height: 1000 }, colorScheme: options.colorScheme ?? 'light' });
  await page.goto(`${preview.url}${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return page;
}

/** Opens every folded section of the plan and waits for its charts. */
async function openFolds(page: Page): Promise<void> {
  for (const fold of ['files-fold', 'why-fold', 'memory-fold', 'blocks-fold', 'glossary-fold']) await page.locator(`#${fold} > summary`).click();
  await page.locator('#frontier-details > summary').click();
  await page.locator('#memory-chart svg').first().waitFor();
  await page.locator('#glossary dl').waitFor();
}

const PLAN = '?model=llama3.1-70b&hw=rtx4090&ctx=8192&target=3';

describe('axe-core finds nothing serious or critical', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`in the plan, every section open (${colorScheme})`, async () => {
      const page = await open(PLAN, { colorScheme });
      await allShown(page);
      await openFolds(page);
      // A term's explanation opened.
      await page.locator('#verdict-card .gloss-toggle').first().click();
      expect(await seriousFindings(page)).toEqual([]);
      await page.close();
    });
  }

  it('with a bad input (the previous plan greyed out) and on a CPU-only custom machine', async () => {
    const page = await open('?model=llama3.1-8b&hw=custom&vram=-5');
    await planShown(page);
    expect(await page.locator('#hw-vram-error').textContent()).not.toBe('');
    expect(await seriousFindings(page)).toEqual([]);
    await page.fill('#hw-vram', '0');
    await page.press('#hw-vram', 'Enter');
    await allShown(page);
    // No GPU: its fields are not asked for.
    expect(await page.locator('#hw-gpuBw').isDisabled()).toBe(true);
    expect(await page.locator('#verdict').getAttribute('data-grade')).not.toBe('error');
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });

  for (const view of ['rank', 'buy', 'compare'] as const) {
    it(`in the ${view} view`, async () => {
      const page = await open(`?view=${view}&model=llama3.1-8b&hw=rtx4090${view === 'compare' ? '&cmp=rtx4090,rtx3090' : ''}`);
      await rankShown(page);
      expect(await seriousFindings(page)).toEqual([]);
      await page.close();
    });
  }

  it('on a phone (390 px), dark', async () => {
    const page = await open(PLAN, { colorScheme: 'dark', width: 390 });
    await allShown(page);
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });
});

/** Presses Tab until the focused element matches `selector` (at most `max` presses). */
async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    if (there) return;
    expect(await page.evaluate(() => document.activeElement === document.body), `focus dropped to the body on the way to ${selector}`).toBe(false);
  }
  throw new Error(`${selector} not reached with ${max} Tab presses`);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-label') || document.activeElement?.tagName);

describe('a keyboard-only walk', () => {
  it('chooses a model and a machine, sets the context and a target, picks a frontier point and copies the Ollama command', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(preview.url).origin });
    const page = await context.newPage();
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await allShown(page);

    // The model: type a search, move to the first match with the arrows, Tab keeps it. (The address
    // bar follows the inputs within 150 ms: it is polled.)
    await tabTo(page, '#model-input');
    await page.keyboard.type('Qwen2.5-7B');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await planShown(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('model')).toBe('qwen2.5-7b');

    // The machine: a search and Enter.
    await tabTo(page, '#hardware-input');
    await page.keyboard.type('RTX 3060 12');
    await page.keyboard.press('Enter');
    await planShown(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('hw')).toBe('rtx3060-12g');

    // The context: the slider's arrow keys step through powers of two.
    await tabTo(page, '#context-range');
    const before = Number(await page.locator('#context').inputValue());
    await page.keyboard.press('ArrowRight');
    const after = Number(await page.locator('#context').inputValue());
    expect(after).toBe(2 ** Math.floor(Math.log2(before) + 1));
    await page.keyboard.press('ArrowRight');
    expect(Number(await page.locator('#context').inputValue())).toBe(after * 2);

    // A target, typed: planned once the field is left (no plan per keystroke).
    await tabTo(page, '#target');
    await page.keyboard.type('20');
    await page.keyboard.press('Tab');
    await allShown(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('target')).toBe('20');
    const plan = planner.plan({ model: 'qwen2.5-7b', hardware: 'rtx3060-12g', contextLength: after * 2, targetTps: 20 });
    expect(await page.locator('#verdict').getAttribute('data-grade')).toBe(plan.usability.grade);

    // A frontier point from its table: the focus stays on the table's button of that plan.
    await tabTo(page, '#frontier-details > summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '#frontier-table button');
    await page.keyboard.press('Tab');
    const name = await focused(page);
    expect(name).toMatch(/^Use plan 2\b/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.dataset.point === '1');
    await page.waitForFunction(() => document.body.dataset.commandsSeq === document.body.dataset.planSeq);
    expect(await page.evaluate(() => document.activeElement?.closest('#frontier-table') !== null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');

    // The Ollama command: the runtime tabs move with the arrow keys; Copy puts the text on the clipboard.
    await tabTo(page, '#command-tabs [role="tab"][aria-selected="true"]');
    while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Ollama') await page.keyboard.press('ArrowRight');
    await tabTo(page, '#command-panel button.copy');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#command-panel button.copy').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#command-text').textContent());
    expect(copied).toContain('ollama');
    await context.close();
  }, 120_000);
});
