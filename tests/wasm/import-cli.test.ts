// The CLI with imported models: --model file.gguf / config.json / URL / hf:org/name [--gguf FILE]
// for analyze and optimize (node dist/cli.js, as users run it; the Hub is a local imitation
// reached through HF_ENDPOINT).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { importModel } from '../../wasm/src/node.js';
import { catalogGguf, writeSparseGguf } from './gguf-writer.js';
import { startServer, type TestServer } from './import-server.js';
import { runCli } from './run-cli.js';
import { planner } from './setup.js';

const CONFIG = fileURLToPath(new URL('./fixtures/configs/llama3.2-1b.json', import.meta.url));

const fitplan = runCli;

let dir: string;
let gguf: string;
let server: TestServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fitplan-cli-'));
  gguf = join(dir, 'qwen2.5-0.5b-Q4_K_M.gguf');
  await writeSparseGguf(gguf, catalogGguf('qwen2.5-0.5b'));
  await writeFile(join(dir, 'page.gguf'), '<html><body>not a model</body></html>');
  server = await startServer({
    files: new Map([['/qwen.gguf', { path: gguf }]]),
    hub: new Map([['test/qwen', { files: new Map([['qwen-Q4_K_M.gguf', { path: gguf }]]) }]]),
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('fitplan analyze --model <import>', () => {
  it('a .gguf path: exactly the API result for the imported model, with the file\'s own row', async () => {
    const run = await fitplan(['analyze', '--model', gguf, '--hardware', 'rtx4060-8g', '--context', '8192', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/fitplan: reading the GGUF header of qwen2.5-0.5b-Q4_K_M.gguf/);
    expect(run.stderr).toMatch(/fitplan: imported Qwen2.5-0.5B \(qwen2, Q4_K_M, 290 tensors\)/);
    const { model } = await importModel(gguf);
    expect(JSON.parse(run.stdout)).toEqual(planner.analyze({ model, hardware: 'rtx4060-8g', contextLength: 8192 }));
    const text = await fitplan(['analyze', '--model', gguf, '--hardware', 'rtx4060-8g']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Qwen2.5-0.5B (qwen2.5-0.5b-Q4_K_M.gguf');
    expect(text.stdout).toMatch(/This file, qwen2.5-0.5b-Q4_K_M.gguf \(Q4_K_M, as it is\):\ntype .*\n-+.*\nfile +\d/);
  });

  it('a config.json: the catalog model\'s figures', async () => {
    const run = await fitplan(['analyze', '--model', CONFIG, '--hardware', 'rtx4090', '--json']);
    expect(run.code).toBe(0);
    const analysis = JSON.parse(run.stdout) as ReturnType<typeof planner.analyze>;
    expect(analysis.fileTypes).toEqual(planner.analyze({ model: 'llama3.2-1b', hardware: 'rtx4090' }).fileTypes);
    expect(analysis.file).toBeNull();
    expect(run.stderr).toMatch(/imported .* \(llama, from config.json\)/);
  });

  it('a URL (progress on stderr) and a Hugging Face repository with --gguf', async () => {
    const url = await fitplan(['analyze', '--model', `${server.url}/qwen.gguf`, '--hardware', 'rtx4090', '--json']);
    expect(url.code).toBe(0);
    expect(url.stderr).toMatch(/reading the GGUF header of http:\/\/127\.0\.0\.1:\d+\/qwen\.gguf: 1\.0 MiB of a \d+\.\d MiB file/);
    const hf = await fitplan(['analyze', '--model', 'hf:test/qwen', '--gguf', 'qwen-Q4_K_M.gguf', '--hardware', 'rtx4090', '--json'], { HF_ENDPOINT: server.url });
    expect(hf.code).toBe(0);
    expect(hf.stderr).toMatch(/listing the files of/);
    const [a, b] = [JSON.parse(url.stdout), JSON.parse(hf.stdout)] as ReturnType<typeof planner.analyze>[];
    expect(b!.model.id).toBe('hf:test/qwen/qwen-Q4_K_M.gguf');
    expect(b!.fileTypes).toEqual(a!.fileTypes);
    expect({ ...b!.file, label: '' }).toEqual({ ...a!.file, label: '' });
  });

  it.each([
    [['--model', '/nonexistent/model.gguf'], /--model: cannot read '\/nonexistent\/model.gguf'/],
    [['--model', 'PAGE'], /--model: .*page.gguf: not a GGUF file \(it looks like an HTML or XML page\)/],
    [['--model', 'llama3-8b', '--gguf', 'x.gguf'], /--gguf chooses a file of a Hugging Face repository/],
  ])('fitplan analyze %j exits 2 with the reason', async (args, message) => {
    const run = await fitplan(['analyze', ...args.map((a) => (a === 'PAGE' ? join(dir, 'page.gguf') : a)), '--hardware', 'rtx4090']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe('fitplan optimize --model <import>', () => {
  it('plans the imported model like its catalog twin', async () => {
    // The original objective: it depends on the architecture alone (the default also weighs the
    // published files, which a local file has none of).
    const run = await fitplan(['optimize', '--model', gguf, '--hardware', 'rtx4060-8g', '--objective', 'quality', '--json']);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as ReturnType<typeof planner.plan>;
    const catalog = planner.plan({ model: 'qwen2.5-0.5b', hardware: 'rtx4060-8g', contextLength: 8192, objective: 'quality' });
    expect(plan.model).toBe('qwen2.5-0.5b-Q4_K_M.gguf');
    expect(plan.layers).toEqual(catalog.layers);
    expect(plan.decodeTokensPerSecond).toBe(catalog.decodeTokensPerSecond);
    expect(plan.memory).toEqual(catalog.memory);
    const text = await fitplan(['optimize', '--model', CONFIG, '--hardware', 'rtx4090']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ANSWER: /);
    expect(text.stdout).toMatch(/\nPLAN /);
  });
});
