// Issue #16 through the CLI (node dist/cli.js, as users run it): a GGUF or config.json whose
// values the planner cannot take, or that is built to exhaust the reader, ends in one line on
// stderr that names the file, the key and the field (after "--model:"), exit status 2; a header
// full of big arrays imports in a small heap.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { T, tinySpec, u32, wholeFile, writeGguf, type GgufSpec, type GgufValue } from './gguf-writer.js';
import { runCli } from './run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fitplan-limits-cli-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const withKey = (key: string, value: GgufValue, extra: [string, GgufValue][] = []): GgufSpec => {
  const spec = tinySpec();
  return { ...spec, metadata: [...spec.metadata.filter(([k]) => k !== key), [key, value], ...extra] };
};

async function gguf(name: string, spec: GgufSpec): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, wholeFile(writeGguf(spec)));
  return path;
}

describe('fitplan analyze --model <a hostile file>', () => {
  it('more layers than the planner takes: the file, the GGUF key and the field', async () => {
    const run = await runCli(['analyze', '--model', await gguf('layers.gguf', withKey('llama.block_count', u32(1025))), '--hardware', 'rtx4090']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain("fitplan analyze: --model: layers.gguf: the GGUF key 'llama.block_count' gives nLayer = 1025; allowed 1 to 1024\n");
  });

  it('a per-layer array of 150 000 entries: the key, not "Maximum call stack size exceeded"', async () => {
    const spec = withKey('llama.attention.head_count_kv', { t: T.ARRAY, of: T.I32, v: Array.from({ length: 150_000 }, () => 2) });
    const run = await runCli(['analyze', '--model', await gguf('per-layer.gguf', spec), '--hardware', 'rtx4090']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain(
      "fitplan analyze: --model: per-layer.gguf: the GGUF key 'llama.attention.head_count_kv' is an array of 150000 entries; a per-layer value has one entry per layer (2, the GGUF key 'llama.block_count')\n",
    );
    expect(run.stderr).not.toMatch(/call stack/);
  });

  it('a config.json: the file, the key and the field', async () => {
    const path = join(dir, 'config.json');
    await writeFile(path, JSON.stringify({ model_type: 'constructor', num_hidden_layers: 4096, hidden_size: 64, num_attention_heads: 4, intermediate_size: 128, vocab_size: 32, max_position_embeddings: 2048 }));
    const run = await runCli(['analyze', '--model', path, '--hardware', 'rtx4090']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain("fitplan analyze: --model: config.json: 'num_hidden_layers' gives nLayer = 4096; allowed 1 to 1024\n");
  });

  it("a value inconsistent with another (the core's cross-field check): --model and the file, not a bare field", async () => {
    const path = join(dir, 'heads.json');
    await writeFile(path, JSON.stringify({ model_type: 'llama', num_hidden_layers: 2, hidden_size: 64, num_attention_heads: 4, num_key_value_heads: 3, intermediate_size: 128, vocab_size: 32, max_position_embeddings: 2048 }));
    const run = await runCli(['analyze', '--model', path, '--hardware', 'rtx4090']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain(`fitplan analyze: --model: ${path}: 'nHeadKv' (3) must divide 'nHead' (4)\n`);
  });

  it('55 metadata arrays of 10^6 elements import in a 128 MB heap (they are never decoded)', async () => {
    // @huggingface/gguf decoded them into 55 * 10^6 JS numbers: well over 1 GB of heap.
    const blob = new Uint8Array(1_000_000).fill(1);
    const arrays = Array.from({ length: 55 }, (_, i): [string, GgufValue] => [`general.blob${i}`, { t: T.ARRAY, of: T.U8, v: blob }]);
    const spec = tinySpec();
    const path = await gguf('arrays.gguf', { ...spec, metadata: [...spec.metadata, ...arrays] });
    const run = await runCli(['analyze', '--model', path, '--hardware', 'rtx4090', '--json'], { NODE_OPTIONS: '--max-old-space-size=128' });
    expect(run.stderr).not.toMatch(/heap out of memory/);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: { label: 'arrays.gguf' } });
  }, 30_000);
});
