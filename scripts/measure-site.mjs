#!/usr/bin/env node
// npm run bench:site: the page's budgets, measured on the BUILT site (site/dist) served by
// `vite preview` and opened in this machine's headless Chromium (Debian's, through playwright-core).
//   1. bytes of the first load, gzip-compressed (gzip -9 of each file the page fetched), split into
//      what the first plan waits for, the rest of the page (charts, manifest, icons) and the service
//      worker's background precache;
//   2. time from navigation to the first plan on screen (median of cold loads, empty cache);
//   3. time from an input change to the updated plan for llama3.1-70b on rtx4090 at 8192 tokens
//      (the context changed by one step; median and 95th percentile), to the DOM and to the next frame.
// Prints a table; --json prints the figures as JSON. Budgets: 250 KB, 1 s, 16 ms.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}site/dist/`;
const COLD_LOADS = Number(process.env.COLD_LOADS ?? 7);
const REPLANS = Number(process.env.REPLANS ?? 40);
const json = process.argv.includes('--json');

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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

const preview = await startPreview();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

try {
  // ---------------------------------------------------------------- 1 + 2: cold loads
  const firstPlanMs = [];
  let bytes;
  for (let run = 0; run < COLD_LOADS; run++) {
    const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
    const page = await context.newPage();
    const fetched = []; // [url, ms since start, from service worker?]
    const start = Date.now();
    page.on('requestfinished', (request) => fetched.push({ url: request.url(), at: Date.now() - start, sw: request.serviceWorker() !== null }));
    context.on('requestfinished', (request) => {
      if (request.serviceWorker()) fetched.push({ url: request.url(), at: Date.now() - start, sw: true });
    });
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    firstPlanMs.push(await page.evaluate(() => performance.getEntriesByName('fitplan:first-plan')[0].startTime));
    if (run === 0) {
      await page.waitForSelector('body[data-frontier]', { timeout: 30_000 });
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
    await context.close();
  }

  // ---------------------------------------------------------------- 3: re-plan of a 70B
  const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${preview.url}?model=llama3.1-70b&hw=rtx4090&ctx=8192`);
  await page.waitForSelector('body[data-frontier]', { timeout: 30_000 });
  const toDom = [];
  const toCharts = [];
  const toFrame = [];
  const planMs = [];
  for (let i = 0; i < REPLANS; i++) {
    const r = await page.evaluate(async (value) => {
      // Wait until the worker is idle (the previous change's frontier is done), as after a pause in typing.
      const idle = () => document.body.dataset.frontier === document.body.dataset.computing && document.body.dataset.chartsSeq === document.body.dataset.planSeq;
      while (!idle()) await new Promise((res) => setTimeout(res, 5));
      await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
      const input = document.getElementById('context');
      const before = document.body.dataset.planSeq;
      return new Promise((resolve) => {
        let dom;
        const observer = new MutationObserver(() => {
          const seq = document.body.dataset.planSeq;
          if (seq === before) return;
          dom ??= performance.now() - t0;
          if (document.body.dataset.chartsSeq !== seq) return;
          const charts = performance.now() - t0;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve({ dom, charts, frame: performance.now() - t0, planMs: Number(document.body.dataset.planMs) }), 0));
        });
        observer.observe(document.body, { attributes: true });
        const t0 = performance.now();
        input.value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }, i % 2 === 0 ? 7936 : 8192);
    toDom.push(r.dom);
    toCharts.push(r.charts);
    toFrame.push(r.frame);
    planMs.push(r.planMs);
  }
  await context.close();

  const result = {
    bytesGzip: {
      untilFirstPlan: bytes.firstPlan.total,
      wholePage: bytes.page.total,
      includingServiceWorkerPrecache: bytes.withPrecache.total,
      filesUntilFirstPlan: bytes.firstPlan.files,
      filesWholePage: bytes.page.files,
    },
    firstPlanMs: { median: median(firstPlanMs), all: firstPlanMs.map((x) => Math.round(x)) },
    replan70bMs: {
      toDomMedian: median(toDom),
      toDomP95: p95(toDom),
      toChartsMedian: median(toCharts),
      toChartsP95: p95(toCharts),
      toNextFrameMedian: median(toFrame),
      toNextFrameP95: p95(toFrame),
      wasmPlanMedian: median(planMs),
    },
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const rows = [
      ['first load, until the first plan (gzip)', kb(result.bytesGzip.untilFirstPlan), '< 250 KB'],
      ['first load, whole page incl. charts (gzip)', kb(result.bytesGzip.wholePage), ''],
      ['  + service worker precache, background (gzip)', kb(result.bytesGzip.includingServiceWorkerPrecache), ''],
      [`time to first plan (median of ${COLD_LOADS} cold loads)`, `${result.firstPlanMs.median.toFixed(0)} ms`, '< 1000 ms'],
      [`re-plan llama3.1-70b: input to verdict + figures in the DOM (median / p95 of ${REPLANS})`, `${result.replan70bMs.toDomMedian.toFixed(1)} / ${result.replan70bMs.toDomP95.toFixed(1)} ms`, '< 16 ms'],
      ['re-plan llama3.1-70b: input to the charts redrawn (median / p95)', `${result.replan70bMs.toChartsMedian.toFixed(1)} / ${result.replan70bMs.toChartsP95.toFixed(1)} ms`, ''],
      ['re-plan llama3.1-70b: input to the next frame after that (median / p95)', `${result.replan70bMs.toNextFrameMedian.toFixed(1)} / ${result.replan70bMs.toNextFrameP95.toFixed(1)} ms`, ''],
      ['  of which plan() in the worker (median)', `${result.replan70bMs.wasmPlanMedian.toFixed(1)} ms`, ''],
    ];
    const w = Math.max(...rows.map((r) => r[0].length));
    for (const [what, value, budget] of rows) console.log(`${what.padEnd(w)}  ${value.padStart(16)}  ${budget}`);
    console.log(`\nuntil the first plan: ${result.bytesGzip.filesUntilFirstPlan.join(', ')}`);
    console.log(`whole page: ${result.bytesGzip.filesWholePage.join(', ')}`);
  }
} finally {
  await browser.close();
  preview.stop();
}
