import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

// The page imports the library from source ('fitplan' → wasm/src/index.ts), so Vite treats the
// Emscripten glue as a source file and emits the hashed .wasm it points at.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: { fitplan: fileURLToPath(new URL('../wasm/src/index.ts', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: { port: 5173, fs: { allow: ['..'] } },
  preview: { port: 4173, strictPort: true },
});
