// The npm package as a user gets it: `npm pack`, install the tarball into an empty folder (no
// registry needed: its dependency, @huggingface/hub, is in the npm cache
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
    expect(files.sort()).toEqual(['fitplan_core.d.mts', 'fitplan_core.mjs', 'fitplan_core.wasm', 'fitplan_core.wasm.d.ts']);
    for (const f of ['LICENSE', 'README.md']) expect(readdirSync(join(dir, 'node_modules/fitplan'))).toContain(f);
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

  it('type-checks a consumer with skipLibCheck: false under bundler and nodenext resolution', () => {
    // Every optional field may be given as undefined (exactOptionalPropertyTypes); the declarations
    // reference no Emscripten types; the "node" condition has its own declarations.
    writeFileSync(
      join(dir, 'consumer.ts'),
      `import { createPlanner, FitplanError, REQUEST_LIMITS, type LoadOptions, type Plan, type PlanRequest } from 'fitplan';
      import wasmUrl from 'fitplan/fitplan_core.wasm';
      const options: LoadOptions = { wasmBinary: undefined, wasmModule: undefined, locateFile: undefined };
      const planner = await createPlanner(options);
      const request: PlanRequest = { model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096, targetTps: undefined };
      const plan: Plan = planner.plan(request);
      const limit: number = REQUEST_LIMITS.maxStringLength;
      const url: string = wasmUrl;
      if (plan.usability.grade === 'usable' && limit > 0 && url !== '') console.log(plan.model);
      try {
        planner.plan({ model: '', hardware: '', contextLength: 1 });
      } catch (error) {
        if (error instanceof FitplanError) console.log(error.code, error.field);
      }
      `,
    );
    const common = { strict: true, skipLibCheck: false, exactOptionalPropertyTypes: true, noEmit: true, target: 'es2022' };
    const configs = {
      'tsconfig.bundler.json': { ...common, module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] },
      'tsconfig.nodenext.json': { ...common, module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'], types: ['node'], typeRoots: [join(root, 'node_modules/@types')] },
    };
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    for (const [name, compilerOptions] of Object.entries(configs)) {
      writeFileSync(join(dir, name), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
      let output = '';
      try {
        output = run(process.execPath, [tsc, '-p', name], dir);
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output.trim(), name).toBe('');
    }
  }, 120_000);

  it('runs the fitplan bin', () => {
    expect(run(join(dir, 'node_modules/.bin/fitplan'), ['--help'], dir)).toContain('Usage: fitplan <command>');
  });
});
