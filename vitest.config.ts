import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { fitplan: fileURLToPath(new URL('./wasm/src/index.ts', import.meta.url)) } },
  test: {
    include: ['tests/**/*.test.ts'],
    benchmark: { include: ['tests/**/*.bench.ts'] },
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The e2e tests start a server and a browser; two cores only, so keep files sequential-ish.
    maxWorkers: 2,
  },
});
