// build:lib step: put the Emscripten glue, the .wasm and the hand-written declaration into
// dist/native/ unchanged (downstream bundlers then still see new URL('fitplan_core.wasm', import.meta.url)),
// and make the CLI executable.
import { chmod, copyFile, mkdir } from 'node:fs/promises';

const from = new URL('../wasm/src/native/', import.meta.url);
const to = new URL('../dist/native/', import.meta.url);
await mkdir(to, { recursive: true });
for (const name of ['fitplan_core.mjs', 'fitplan_core.wasm', 'fitplan_core.d.mts', 'fitplan_core.wasm.d.ts']) {
  await copyFile(new URL(name, from), new URL(name, to));
}
await chmod(new URL('../dist/cli.js', import.meta.url), 0o755);
