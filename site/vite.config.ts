import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const wasm = fileURLToPath(new URL('../wasm/src/native/fitplan_core.wasm', import.meta.url));
// The service worker precaches the .wasm too: allow it with room to grow.
const wasmBytes = (() => {
  try {
    return statSync(wasm).size;
  } catch {
    return 0;
  }
})();

/**
 * The page's Content-Security-Policy (also a <meta> in index.html; the header covers the worker and
 * the service worker, whose scripts do not see the page's meta tag). connect-src: the page itself,
 * and the import of a model from a URL or the Hugging Face Hub the visitor asks for (any https
 * host: a GGUF URL may be anywhere; Hugging Face redirects downloads to its CDNs; localhost for a
 * local server). Plot's <style> elements are removed (site/src/plot.ts), so style-src needs no
 * 'unsafe-inline'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https://huggingface.co https://*.huggingface.co https://*.hf.co https: http://localhost:* http://127.0.0.1:*",
  "manifest-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// The page imports the library from source ('fitplan' → wasm/src/index.ts), so Vite treats the
// Emscripten glue as a source file and emits the hashed .wasm it points at. The planner runs in a
// module worker (site/src/worker.ts).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: { fitplan: fileURLToPath(new URL('../wasm/src/index.ts', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 600 },
  worker: { format: 'es' },
  server: { port: 5173, fs: { allow: ['..'] } },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  plugins: [
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        name: 'Fitplan: will this LLM fit?',
        short_name: 'Fitplan',
        description: 'Will this LLM fit on your machine, and how fast will it run? Plans for llama.cpp, computed in your browser.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#fbfbfd',
        theme_color: '#2f5fd0',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,wasm,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: Math.max(4 * 2 ** 20, 2 * wasmBytes),
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The query string carries the plan (?model=…&hw=…): every link is the same page.
        ignoreURLParametersMatching: [/.*/],
      },
    }),
  ],
});
