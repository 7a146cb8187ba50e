// The npm package as a user gets it: `npm pack`, install the tarball into an empty folder (no
// registry needed: its dependencies, @huggingface/gguf and @huggingface/hub, are in the npm cache
// since `npm ci`), import it in Node and run the `fitplan` bin.
// Catches a wrong `files`, `exports` or `bin`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fitplan-pack-'));
  run('npm', ['pack', '--pack-destination', dir, '--silent'], root);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'smoke', private: true, type: 'module' }));
  // --prefer-offline: the npm cache may lack the dependencies' metadata (npm install from a lockfile
  // fetches tarballs only); the registry fills what is missing.
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', join(dir, tarball)], dir);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed npm package', () => {
  it('ships dist/ with the native glue, the .wasm and declarations', () => {
    const files = readdirSync(join(dir, 'node_modules/fitplan/dist/native'));
    expect(files.sort()).toEqual(['fitplan_core.d.mts', 'fitplan_core.mjs', 'fitplan_core.wasm']);
    for (const f of ['index.js', 'index.d.ts', 'node.js', 'cli.js']) expect(readdirSync(join(dir, 'node_modules/fitplan/dist'))).toContain(f);
  });

  it('imports in Node (the "node" export) and analyzes', () => {
    const script = `import { createPlanner } from 'fitplan';
      const p = await createPlanner();
      const a = p.analyze({ model: 'llama3-8b', hardware: 'rtx4090' });
      console.log(a.fileTypes.length, a.model.id);`;
    expect(run(process.execPath, ['--input-type=module', '-e', script], dir).trim()).toMatch(/^\d+ llama3-8b$/);
  });

  it('imports a model with its dependencies (importModel on a config.json)', () => {
    const script = `import { createPlanner, importModel } from 'fitplan';
      const { model } = await importModel(JSON.stringify({ model_type: 'llama', num_hidden_layers: 2, hidden_size: 256,
        num_attention_heads: 4, intermediate_size: 512, vocab_size: 1000, max_position_embeddings: 2048 }));
      const p = await createPlanner();
      console.log(p.analyze({ model, hardware: 'rtx4090', contextLength: 2048 }).model.id);`;
    expect(run(process.execPath, ['--input-type=module', '-e', script], dir).trim()).toBe('config.json');
  });

  it('runs the fitplan bin', () => {
    expect(run(join(dir, 'node_modules/.bin/fitplan'), ['--help'], dir)).toContain('Usage: fitplan <command>');
  });
});
