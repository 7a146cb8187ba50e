#!/usr/bin/env node
// npm run bench:site: the page's budgets, measured on the BUILT site (site/dist) served by
// `vite preview` and opened in this machine's headless Chromium (Debian's, through playwright-core).
//   1. bytes of the first load, gzip-compressed (gzip -9 of each file the page fetched), split into
//      what the first plan waits for, the rest of the page (charts, manifest, icons) and the service
//      worker's background precache;
//   2. time from navigation to the first plan on screen (median of cold loads, empty cache), as is
//      and with the CPU slowed 4x (DevTools' Emulation.setCPUThrottlingRate, as a mid-range phone);
//   3. time from an input change to the updated plan for llama3.1-70b on rtx4090 at 8192 tokens
//      (the context changed by one step; median and 95th percentile), to the DOM, to the plan's
//      charts, and to ALL charts (the plan's charts and the new frontier drawn) plus the next frame;
//      as is and with the CPU slowed 4x;
//   4. layout shift (the sum of the page's layout-shift entries; the elements that moved are listed):
//      on load at 1360x900 until the plan, its charts and the frontier are on screen, plus 1 s
//      (entries after recent input excluded, as CLS counts them), and while the context slider is
//      dragged with the mouse across its track with the commands panel in view (every entry counted:
//      the drag itself is recent input);
//   5. the plan's and the frontier's computing times as the page reports them.
// The CPU throttling slows the page's main thread only: Chromium refuses it for dedicated workers
// ("Operation is only supported for pages, not workers"), so the planner worker (plan(), the
// frontier, the commands) runs at full speed in the "4x slower" figures.
// Prints a table with budgets and pass/FAIL; --json prints the figures as JSON. Env: COLD_LOADS
// (cold loads per CPU speed, 7), REPLANS (re-plans per CPU speed, 40), CHROMIUM_PATH.
//
// "All charts drawn" is read from the page's data-* attributes: data-charts-seq === data-plan-seq
// (the plan's charts) and data-frontier-drawn === data-computing (the frontier of the newest input
// drawn). Where the page does not set data-frontier-drawn, data-frontier === data-computing stands
// in (set when the frontier arrives; on the first load the charts module may still be loading then,
// so the frontier chart's element must also have content). The frontier's ms come from
// data-frontier-ms, else from the #timing (or #status) text. The context changes by the slider: the
// number box commits only after a pause in typing, on Enter or on blur.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

import { installShiftObserver } from './layout-shift.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}site/dist/`;
const COLD_LOADS = Number(process.env.COLD_LOADS ?? 7);
const REPLANS = Number(process.env.REPLANS ?? 40);
const THROTTLE = 4;
const DRAG_STEPS = 20;
const json = process.argv.includes('--json');

const BUDGET = {
  firstPlanKB: 250,
  firstPlanMs: 1000,
  firstPlanThrottledMs: 1000,
  replanToDomMs: 16,
  allChartsP95Ms: 16,
  allChartsThrottledP95Ms: 50,
  layoutShiftLoad: 0.1,
  layoutShiftDrag: 0.1,
};

if (!existsSync(`${dist}index.html`)) {
  console.error('site/dist is missing: run npm run build first');
  process.exit(2);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startPreview() {
  const port = await freePort();
  const child = spawn(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'preview', 'site', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

const gzipCache = new Map();
function gzipBytes(path) {
  if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzipCache.get(path);
}

function fileOf(url, base) {
  const path = new URL(url).pathname.replace(new URL(base).pathname, '') || 'index.html';
  return `${dist}${path === '' ? 'index.html' : path}`;
}

const median = (xs) => (xs.length === 0 ? NaN : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
const p95 = (xs) => (xs.length === 0 ? NaN : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** Slows the page's CPU `rate` times (1: full speed). Keep the session: detaching it ends the emulation. */
async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

// ------------------------------------------------------------------ functions run in the page
// (Playwright serialises them: they use nothing from this module.)


/** True once the plan for the newest input, its charts, the frontier and the commands are on screen. */
function everythingDrawn() {
  const d = document.body.dataset;
  if (d.computing === undefined || d.planId !== d.computing || d.chartsSeq !== d.planSeq || d.commandsSeq !== d.planSeq) return false;
  if (d.frontierDrawn !== undefined) return d.frontierDrawn === d.computing;
  const chart = document.getElementById('frontier-chart');
  const legend = document.getElementById('frontier-legend');
  return d.frontier === d.computing && ((chart?.childElementCount ?? 0) > 0 || (legend?.textContent ?? '') !== '');
}

/** The frontier's ms as the page reports them (data-frontier-ms, else the #timing or #status text). */
function pageFrontierMs() {
  const d = document.body.dataset;
  if (d.frontierMs !== undefined) return Number(d.frontierMs);
  const m = /frontier \(\d+ plans?\) in ([\d.]+) ms/.exec(['timing', 'status'].map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
  return m ? Number(m[1]) : NaN;
}

/** One context change by the slider (#context-range set to `position`, an input event, as one step of
 * a drag); resolves with the ms from the input event to each stage. (The number box commits only
 * after a pause in typing, on Enter or on blur.) */
function replanOnce(position) {
  const d = document.body.dataset;
  const frontierDone = () => (d.frontierDrawn !== undefined ? d.frontierDrawn === d.computing : d.frontier === d.computing);
  const idle = () => frontierDone() && d.chartsSeq === d.planSeq;
  return new Promise((resolve, reject) => {
    const since = performance.now();
    // Wait until the worker is idle (the previous change's frontier is drawn), as after a pause in typing.
    const poll = () => {
      if (performance.now() - since > 30_000) return reject(new Error('the page did not settle'));
      if (!idle()) return void setTimeout(poll, 5);
      requestAnimationFrame(() => setTimeout(measure, 0));
    };
    const measure = () => {
      const input = document.getElementById('context-range');
      const before = d.planSeq;
      let dom;
      let charts;
      let t0 = 0;
      const guard = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`no frontier drawn for the slider at ${position} within 30 s`));
      }, 30_000);
      const observer = new MutationObserver(() => {
        const seq = d.planSeq;
        if (seq === before) return;
        dom ??= performance.now() - t0;
        if (d.chartsSeq !== seq) return;
        charts ??= performance.now() - t0;
        if (!frontierDone()) return;
        const all = performance.now() - t0;
        observer.disconnect();
        clearTimeout(guard);
        requestAnimationFrame(() =>
          setTimeout(() => {
            const m = /frontier \(\d+ plans?\) in ([\d.]+) ms/.exec(['timing', 'status'].map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
            resolve({
              dom,
              charts,
              all,
              allFrame: performance.now() - t0,
              planMs: Number(d.planMs),
              frontierMs: d.frontierMs !== undefined ? Number(d.frontierMs) : m ? Number(m[1]) : NaN,
            });
          }, 0),
        );
      });
      observer.observe(document.body, { attributes: true });
      t0 = performance.now();
      input.value = String(position);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    poll();
  });
}

// ------------------------------------------------------------------ layout-shift summaries
/** Each shift with the elements whose height changed within 50 ms of it (largest change first). */
function withCauses(shifts, resizes) {
  return shifts.map((e) => ({
    ...e,
    grew: resizes
      .filter((r) => Math.abs(r.t - e.t) <= 50)
      .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from))
      .slice(0, 8)
      .map((r) => `${r.node} ${r.from}->${r.to}px`),
  }));
}

function shiftSummary(entries) {
  const sum = (list) => list.reduce((total, e) => total + e.value, 0);
  const byNode = new Map();
  for (const e of entries) {
    for (const node of new Set(e.sources.map((s) => s.node))) {
      const row = byNode.get(node) ?? { node, entries: 0, value: 0, example: '' };
      row.entries += 1;
      row.value += e.value;
      if (!row.example) {
        const s = e.sources.find((x) => x.node === node);
        row.example = `${s.from} -> ${s.to}`;
      }
      byNode.set(node, row);
    }
  }
  return {
    all: sum(entries),
    list: entries.map((e) => ({ ...e, t: Math.round(e.t), value: Number(e.value.toFixed(5)) })),
    excludingRecentInput: sum(entries.filter((e) => !e.hadRecentInput)),
    entries: entries.length,
    entriesWithRecentInput: entries.filter((e) => e.hadRecentInput).length,
    // Each entry's whole value is counted for every element it moved.
    byElement: [...byNode.values()].sort((a, b) => b.value - a.value),
  };
}

// ------------------------------------------------------------------ the runs
const preview = await startPreview();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

/** Cold loads (a new browser context each: empty cache, no service worker) at `rate`x slower CPU. */
async function coldLoads(rate, count) {
  const firstPlanMs = [];
  const planMs = [];
  let bytes;
  let frontierMs = NaN;
  for (let run = 0; run < count; run++) {
    const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
    const page = await context.newPage();
    const cdp = rate > 1 ? await throttle(page, rate) : undefined;
    const fetched = []; // [url, ms since start, from service worker?]
    const start = Date.now();
    page.on('requestfinished', (request) => fetched.push({ url: request.url(), at: Date.now() - start, sw: request.serviceWorker() !== null }));
    context.on('requestfinished', (request) => {
      if (request.serviceWorker()) fetched.push({ url: request.url(), at: Date.now() - start, sw: true });
    });
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    firstPlanMs.push(await page.evaluate(() => performance.getEntriesByName('fitplan:first-plan')[0].startTime));
    planMs.push(Number(await page.evaluate(() => document.body.dataset.planMs)));
    if (run === 0) {
      await page.waitForFunction(everythingDrawn, undefined, { timeout: 60_000 });
      frontierMs = await page.evaluate(pageFrontierMs);
    }
    if (run === 0 && rate === 1) {
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForTimeout(1500);
      const local = fetched.filter((f) => f.url.startsWith(preview.url));
      const sum = (list) => {
        const seen = new Set();
        let total = 0;
        for (const f of list) {
          const file = fileOf(f.url, preview.url);
          if (seen.has(file) || !existsSync(file)) continue;
          seen.add(file);
          total += gzipBytes(file);
        }
        return { total, files: [...seen].map((f) => f.slice(dist.length)) };
      };
      const page_ = local.filter((f) => !f.sw);
      // What the first plan waited for: the page's resources that ended before the first-plan mark
      // (resource timing), and the .wasm (fetched by the worker, which has its own timeline).
      const before = new Set(
        await page.evaluate(() => {
          const mark = performance.getEntriesByName('fitplan:first-plan')[0].startTime;
          return [location.href, ...performance.getEntriesByType('resource').filter((e) => e.responseEnd <= mark).map((e) => e.name)];
        }),
      );
      const critical = sum(page_.filter((f) => f.url === preview.url || before.has(f.url) || f.url.endsWith('.wasm') || /\/worker-[\w-]+\.js$/.test(f.url)));
      const whole = sum(page_);
      const all = sum(local);
      bytes = { firstPlan: critical, page: whole, withPrecache: all };
    }
    await cdp?.detach();
    await context.close();
  }
  return { firstPlanMs, planMs, frontierMs, bytes };
}

/** Re-plans of a 70B on one page, `count` at full speed then `count` at `THROTTLE`x slower CPU. */
async function replans(count) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${preview.url}?model=llama3.1-70b&hw=rtx4090&ctx=8192`);
  await page.waitForFunction(everythingDrawn, undefined, { timeout: 60_000 });
  const frontierDrawnAttribute = await page.evaluate(() => document.body.dataset.frontierDrawn !== undefined);
  const frontierMsAttribute = await page.evaluate(() => document.body.dataset.frontierMs !== undefined);
  // The slider's position for 8192 tokens, and 8 steps left of it (7936 tokens on the log scale).
  const at = Number(await page.locator('#context-range').inputValue());
  const run = async () => {
    const rows = [];
    await page.evaluate(replanOnce, at); // one unmeasured: the first after a change of CPU speed is an outlier
    for (let i = 0; i < count; i++) rows.push(await page.evaluate(replanOnce, i % 2 === 0 ? at - 8 : at));
    const of = (key) => rows.map((r) => r[key]);
    return {
      toDomMedian: median(of('dom')),
      toDomP95: p95(of('dom')),
      toChartsMedian: median(of('charts')),
      toChartsP95: p95(of('charts')),
      toAllChartsMedian: median(of('all')),
      toAllChartsP95: p95(of('all')),
      toAllChartsNextFrameMedian: median(of('allFrame')),
      toAllChartsNextFrameP95: p95(of('allFrame')),
      wasmPlanMedian: median(of('planMs')),
      frontierMedian: median(of('frontierMs')),
    };
  };
  const full = await run();
  const cdp = await throttle(page, THROTTLE);
  const slow = await run();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  await context.close();
  return { full, slow, attributes: { frontierDrawn: frontierDrawnAttribute, frontierMs: frontierMsAttribute } };
}

/** Layout shift on load (1360x900) and while the context slider is dragged with the commands in view. */
async function layoutShifts() {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  await context.addInitScript(installShiftObserver);
  const page = await context.newPage();
  await page.goto(preview.url);
  await page.waitForFunction(everythingDrawn, undefined, { timeout: 60_000 });
  const drawnAt = await page.evaluate(() => performance.now());
  const firstPlanAt = await page.evaluate(() => performance.getEntriesByName('fitplan:first-plan')[0]?.startTime ?? NaN);
  await page.waitForTimeout(1000);
  const load = withCauses(...(await page.evaluate((until) => [window.__fitplanShifts.filter((e) => e.t <= until), window.__fitplanResizes], drawnAt + 1000)));

  await page.locator('#command-panel').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const box = await page.locator('#context-range').boundingBox();
  const seqBefore = Number(await page.evaluate(() => document.body.dataset.planSeq));
  const from = await page.evaluate(() => performance.now());
  const y = box.y + box.height / 2;
  const x0 = box.x + 4;
  const x1 = box.x + box.width - 4;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  for (let i = 1; i <= DRAG_STEPS; i++) {
    await page.mouse.move(x0 + ((x1 - x0) * i) / DRAG_STEPS, y, { steps: 2 });
    await page.waitForTimeout(50);
  }
  await page.mouse.up();
  await page.waitForFunction(everythingDrawn, undefined, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  const drag = withCauses(...(await page.evaluate((since) => [window.__fitplanShifts.filter((e) => e.t >= since), window.__fitplanResizes], from)));
  const after = await page.evaluate(() => ({ seq: Number(document.body.dataset.planSeq), context: document.getElementById('context').value }));
  await context.close();
  return {
    load: { ...shiftSummary(load), firstPlanAt: Math.round(firstPlanAt), everythingDrawnAt: Math.round(drawnAt) },
    drag: { ...shiftSummary(drag), plansShown: after.seq - seqBefore, contextAfter: Number(after.context) },
  };
}

try {
  const cold = await coldLoads(1, COLD_LOADS);
  const coldSlow = await coldLoads(THROTTLE, COLD_LOADS);
  const replan = await replans(REPLANS);
  const shifts = await layoutShifts();
  const bytes = cold.bytes;

  const result = {
    cpuThrottlingRate: THROTTLE,
    cpuThrottlingScope: 'the page\'s main thread; the planner worker runs at full speed (Chromium does not throttle dedicated workers)',
    budgets: BUDGET,
    bytesGzip: {
      untilFirstPlan: bytes.firstPlan.total,
      wholePage: bytes.page.total,
      includingServiceWorkerPrecache: bytes.withPrecache.total,
      filesUntilFirstPlan: bytes.firstPlan.files,
      filesWholePage: bytes.page.files,
    },
    firstPlanMs: { median: median(cold.firstPlanMs), all: cold.firstPlanMs.map((x) => Math.round(x)) },
    firstPlanThrottledMs: { median: median(coldSlow.firstPlanMs), all: coldSlow.firstPlanMs.map((x) => Math.round(x)) },
    // As the page reports them (data-plan-ms; data-frontier-ms or the #status text).
    pageReportedMs: {
      firstLoadPlanMedian: median(cold.planMs),
      firstLoadFrontier: cold.frontierMs,
      firstLoadPlanThrottledMedian: median(coldSlow.planMs),
      firstLoadFrontierThrottled: coldSlow.frontierMs,
      replan70bPlanMedian: replan.full.wasmPlanMedian,
      replan70bFrontierMedian: replan.full.frontierMedian,
      replan70bPlanThrottledMedian: replan.slow.wasmPlanMedian,
      replan70bFrontierThrottledMedian: replan.slow.frontierMedian,
    },
    replan70bMs: replan.full,
    replan70bThrottledMs: replan.slow,
    layoutShift: shifts,
    pageAttributes: replan.attributes,
  };
  result.pass = {
    firstPlanKB: result.bytesGzip.untilFirstPlan <= BUDGET.firstPlanKB * 1000,
    firstPlanMs: result.firstPlanMs.median <= BUDGET.firstPlanMs,
    firstPlanThrottledMs: result.firstPlanThrottledMs.median <= BUDGET.firstPlanThrottledMs,
    replanToDomMs: result.replan70bMs.toDomP95 <= BUDGET.replanToDomMs,
    allChartsP95Ms: result.replan70bMs.toAllChartsNextFrameP95 <= BUDGET.allChartsP95Ms,
    allChartsThrottledP95Ms: result.replan70bThrottledMs.toAllChartsNextFrameP95 <= BUDGET.allChartsThrottledP95Ms,
    layoutShiftLoad: shifts.load.excludingRecentInput <= BUDGET.layoutShiftLoad,
    layoutShiftDrag: shifts.drag.all <= BUDGET.layoutShiftDrag,
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const mark = (key) => (result.pass[key] ? 'pass' : 'FAIL');
    const ms = (x, digits = 1) => `${x.toFixed(digits)} ms`;
    const pair = (a, b) => `${a.toFixed(1)} / ${b.toFixed(1)} ms`;
    const r = result.replan70bMs;
    const s = result.replan70bThrottledMs;
    const p = result.pageReportedMs;
    const ls = result.layoutShift;
    const rows = [
      ['first load, until the first plan (gzip)', kb(result.bytesGzip.untilFirstPlan), `<= ${BUDGET.firstPlanKB} KB`, mark('firstPlanKB')],
      ['first load, whole page incl. charts (gzip)', kb(result.bytesGzip.wholePage), '', ''],
      ['  + service worker precache, background (gzip)', kb(result.bytesGzip.includingServiceWorkerPrecache), '', ''],
      [`time to first plan (median of ${COLD_LOADS} cold loads)`, ms(result.firstPlanMs.median, 0), `<= ${BUDGET.firstPlanMs} ms`, mark('firstPlanMs')],
      [`time to first plan, CPU ${THROTTLE}x slower (median of ${COLD_LOADS})`, ms(result.firstPlanThrottledMs.median, 0), `<= ${BUDGET.firstPlanThrottledMs} ms`, mark('firstPlanThrottledMs')],
      [`re-plan llama3.1-70b: input to verdict + figures in the DOM (median / p95 of ${REPLANS})`, pair(r.toDomMedian, r.toDomP95), `p95 <= ${BUDGET.replanToDomMs} ms`, mark('replanToDomMs')],
      ['re-plan llama3.1-70b: input to the plan\'s charts drawn (median / p95)', pair(r.toChartsMedian, r.toChartsP95), '', ''],
      ['re-plan llama3.1-70b: input to ALL charts drawn, frontier incl. (median / p95)', pair(r.toAllChartsMedian, r.toAllChartsP95), '', ''],
      ['re-plan llama3.1-70b: input to ALL charts + next frame (median / p95)', pair(r.toAllChartsNextFrameMedian, r.toAllChartsNextFrameP95), `p95 <= ${BUDGET.allChartsP95Ms} ms`, mark('allChartsP95Ms')],
      [`  CPU ${THROTTLE}x slower: input to verdict in the DOM (median / p95)`, pair(s.toDomMedian, s.toDomP95), '', ''],
      [`  CPU ${THROTTLE}x slower: input to ALL charts + next frame (median / p95)`, pair(s.toAllChartsNextFrameMedian, s.toAllChartsNextFrameP95), `p95 <= ${BUDGET.allChartsThrottledP95Ms} ms`, mark('allChartsThrottledP95Ms')],
      ['page-reported: plan / frontier on the first load (default page)', pair(p.firstLoadPlanMedian, p.firstLoadFrontier), '', ''],
      [`page-reported: plan / frontier on the first load, CPU ${THROTTLE}x slower`, pair(p.firstLoadPlanThrottledMedian, p.firstLoadFrontierThrottled), '', ''],
      ['page-reported: plan / frontier of a 70b re-plan (medians)', pair(p.replan70bPlanMedian, p.replan70bFrontierMedian), '', ''],
      [`page-reported: plan / frontier of a 70b re-plan, CPU ${THROTTLE}x slower`, pair(p.replan70bPlanThrottledMedian, p.replan70bFrontierThrottledMedian), '', ''],
      ['layout shift on load, 1360x900, excl. recent input (all entries)', `${ls.load.excludingRecentInput.toFixed(4)} (${ls.load.all.toFixed(4)})`, `<= ${BUDGET.layoutShiftLoad}`, mark('layoutShiftLoad')],
      [`layout shift dragging the context slider, all entries (excl. recent input)`, `${ls.drag.all.toFixed(4)} (${ls.drag.excludingRecentInput.toFixed(4)})`, `<= ${BUDGET.layoutShiftDrag}`, mark('layoutShiftDrag')],
    ];
    const w = Math.max(...rows.map((row) => row[0].length));
    const v = Math.max(...rows.map((row) => row[1].length));
    const b = Math.max(...rows.map((row) => row[2].length));
    for (const [what, value, budget, ok] of rows) console.log(`${what.padEnd(w)}  ${value.padStart(v)}  ${budget.padEnd(b)}  ${ok}`);
    console.log(`\nuntil the first plan: ${result.bytesGzip.filesUntilFirstPlan.join(', ')}`);
    console.log(`whole page: ${result.bytesGzip.filesWholePage.join(', ')}`);
    for (const [label, summary] of [['on load', ls.load], [`dragging the context slider (${ls.drag.plansShown} plans shown, context now ${ls.drag.contextAfter})`, ls.drag]]) {
      console.log(`\nlayout shift ${label}: ${summary.entries} entries (${summary.entriesWithRecentInput} after recent input); elements moved:`);
      for (const row of summary.byElement.slice(0, 12)) console.log(`  ${row.value.toFixed(4).padStart(7)} in ${String(row.entries).padStart(3)} entries  ${row.node}  (e.g. ${row.example})`);
    }
    console.log(`\nlayout-shift entries on load (first plan at ${ls.load.firstPlanAt} ms, everything drawn at ${ls.load.everythingDrawnAt} ms):`);
    for (const e of ls.load.list) {
      console.log(`  ${String(e.t).padStart(6)} ms  ${e.value.toFixed(4)}${e.hadRecentInput ? ' (recent input)' : ''}  moved: ${e.sources.map((x) => `${x.node} ${x.from} -> ${x.to}`).join('; ') || '(no sources reported)'}`);
      if (e.grew.length > 0) console.log(`                   resized then: ${e.grew.join('; ')}`);
    }
    const biggest = [...ls.drag.list].sort((a, b) => b.value - a.value).slice(0, 8);
    if (biggest.length > 0) console.log(`\nlargest layout-shift entries while dragging (of ${ls.drag.entries}):`);
    for (const e of biggest) {
      console.log(`  ${String(e.t).padStart(6)} ms  ${e.value.toFixed(4)}${e.hadRecentInput ? ' (recent input)' : ''}  moved: ${e.sources.map((x) => `${x.node} ${x.from} -> ${x.to}`).join('; ') || '(no sources reported)'}`);
      if (e.grew.length > 0) console.log(`                   resized then: ${e.grew.join('; ')}`);
    }
    console.log(`\nCPU ${THROTTLE}x slower = the page's main thread only; the planner worker runs at full speed (Chromium does not throttle dedicated workers).`);
    if (!result.pageAttributes.frontierDrawn) console.log('\nthe page sets no data-frontier-drawn: "frontier drawn" read as data-frontier === data-computing');
    if (!result.pageAttributes.frontierMs) console.log('the page sets no data-frontier-ms: the frontier\'s ms read from the #timing / #status text');
  }
} finally {
  await browser.close();
  preview.stop();
}
