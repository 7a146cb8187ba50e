#!/usr/bin/env node
// npm run screenshots: pictures of the page's main states, taken from the BUILT site (site/dist,
// served by vite preview) in headless Chromium, into site/docs/*.png.
//   desktop-light.png   llama3-70b on an RTX 4090 at 8192 tokens, target 3 tok/s (layer split)
//   desktop-dark.png    the same in the dark theme, a frontier point chosen
//   desktop-moe.png     Qwen3-30B-A3B on an 8 GiB card: MoE expert offload, memory and blocks unfolded
//   phone-light.png     390 px wide, the first screen
//   phone-dark.png      390 px wide, whole page, dark
//   custom-error.png    a custom machine with a bad VRAM value
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.env.SCREENSHOTS_DIR ?? `${root}site/docs/`;
if (!existsSync(`${root}site/dist/index.html`)) {
  console.error('site/dist is missing: run npm run build first');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const port = await new Promise((resolve) => {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const preview = spawn(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'preview', 'site', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
const base = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 200; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars'] });

async function settled(page) {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.waitForFunction(
    () =>
      document.body.dataset.frontier === document.body.dataset.computing &&
      document.body.dataset.commandsSeq === document.body.dataset.planSeq &&
      document.body.dataset.chartsSeq === document.body.dataset.planSeq,
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(300);
}

async function shot(name, { query, width = 1360, height = 1000, scheme = 'light', fullPage = true, mobile = false, scale = mobile ? 2 : 1, act }) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: scale, isMobile: mobile, hasTouch: mobile });
  const page = await context.newPage();
  await page.goto(`${base}?${query}`);
  await settled(page);
  if (act) await act(page);
  await page.screenshot({ path: `${out}${name}.png`, fullPage });
  console.log(`wrote ${out}${name}.png`);
  await context.close();
}

const MAIN = 'model=llama3-70b&hw=rtx4090&ctx=8192&target=3';
try {
  await shot('desktop-light', { query: MAIN });
  await shot('desktop-dark', { query: `${MAIN}&point=3`, scheme: 'dark' });
  await shot('desktop-moe', {
    query: 'model=qwen3-30b-a3b&hw=rtx4060-8g&ctx=16384',
    // The detail opened: memory per tier and the blocks (attention on the GPU, experts in RAM).
    act: async (page) => {
      for (const fold of ['memory-fold', 'blocks-fold']) await page.click(`#${fold} > summary`);
      await page.locator('#block-strip svg').first().waitFor();
      await page.waitForTimeout(300);
    },
  });
  await shot('phone-light', { query: MAIN, width: 390, height: 844, mobile: true, fullPage: false });
  await shot('phone-dark', { query: MAIN, width: 390, height: 844, mobile: true, scheme: 'dark', scale: 1 });
  await shot('custom-error', {
    query: 'model=llama3.1-8b&hw=custom&vram=12&ram=32&gpubw=360&rambw=50&diskbw=3&ctx=8192',
    fullPage: false,
    height: 900,
    act: async (page) => {
      await page.fill('#hw-vram', '-5');
      await page.press('#hw-vram', 'Enter');
      await page.fill('#hw-ramBw', 'abc');
      await page.press('#hw-ramBw', 'Enter');
      await page.waitForTimeout(200);
    },
  });
} finally {
  await browser.close();
  preview.kill('SIGTERM');
}
