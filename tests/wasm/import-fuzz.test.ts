// Fuzz-style: thousands of mutated and truncated GGUF headers through importModel (and, when one
// imports, through analyze). Every case ends in a result or a FitplanError on "model", quickly,
// and the heap does not grow: the header reader bounds every count and length before anything is
// allocated or looped over, and decodes arrays only as per-layer values (one entry per layer).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { describe, expect, it } from 'vitest';

import { FitplanError, importModel } from '../../wasm/src/node.js';
import { T, i32s, str, strings, tinySpec, u32, wholeFile, writeGguf } from './gguf-writer.js';
import { planner } from './setup.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** mulberry32: a small deterministic PRNG, so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const moeSpec = () => {
  const spec = tinySpec('qwen3moe');
  spec.metadata.push(['qwen3moe.expert_count', u32(4)], ['qwen3moe.expert_used_count', u32(2)], ['qwen3moe.expert_feed_forward_length', u32(64)]);
  spec.metadata.push(['tokenizer.ggml.merges', strings(['a b', 'c d', 'e f'])], ['qwen3moe.attention.sliding_window', { t: T.U32, v: 128 }]);
  // Per-layer arrays (the only arrays the reader decodes): mutations change their lengths and types.
  spec.metadata = spec.metadata.filter(([key]) => key !== 'qwen3moe.attention.head_count_kv');
  spec.metadata.push(['qwen3moe.attention.head_count_kv', i32s([2, 1])], ['qwen3moe.attention.sliding_window_pattern', { t: T.ARRAY, of: T.BOOL, v: [true, false] }]);
  return spec;
};
const SEEDS = [writeGguf(tinySpec()), writeGguf(tinySpec('foo')), writeGguf(moeSpec())].map((g) => ({ file: wholeFile(g), header: g.dataOffset }));

const U64_VALUES = [0n, 1n, 2n, 31n, 64n, 65_535n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 40n, 2n ** 53n, 2n ** 63n, 2n ** 64n - 1n];
const U32_VALUES = [0, 1, 4, 5, 8, 9, 12, 13, 39, 99, 0x7fffffff, 0xffffffff];

function mutate(rand: () => number): Uint8Array {
  const seed = SEEDS[Math.floor(rand() * SEEDS.length)]!;
  const bytes = seed.file.slice();
  const view = new DataView(bytes.buffer);
  const at = (width: number) => Math.floor(rand() * (seed.header - width));
  const kind = Math.floor(rand() * 6);
  switch (kind) {
    case 0: // flip a few bytes of the header
      for (let i = 0, n = 1 + Math.floor(rand() * 8); i < n; i++) bytes[at(1)] = Math.floor(rand() * 256);
      return bytes;
    case 1: // truncate anywhere
      return bytes.subarray(0, Math.floor(rand() * bytes.byteLength));
    case 2: // an interesting 64-bit value anywhere in the header
      view.setBigUint64(at(8), U64_VALUES[Math.floor(rand() * U64_VALUES.length)]!, true);
      return bytes;
    case 3: // an interesting 32-bit value anywhere in the header
      view.setUint32(at(4), U32_VALUES[Math.floor(rand() * U32_VALUES.length)]!, true);
      return bytes;
    case 4: {
      // delete a run of header bytes
      const start = at(1);
      const length = 1 + Math.floor(rand() * 16);
      return new Uint8Array([...bytes.subarray(0, start), ...bytes.subarray(start + length)]);
    }
    default: {
      // a mutation and a truncation inside the header
      const i = at(1);
      bytes[i] = bytes[i]! ^ (1 << Math.floor(rand() * 8));
      return bytes.subarray(0, Math.floor(rand() * seed.header));
    }
  }
}

describe('importModel on mutated and truncated headers', () => {
  it('ends every one of 2400 cases in a result or a FitplanError, quickly, without growing the heap', async () => {
    const rand = random(20261122);
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const outcomes = { imported: 0, analyzed: 0, rejected: 0, rejectedByCore: 0 };
    let slowest = 0;
    for (let i = 0; i < 2400; i++) {
      const bytes = mutate(rand);
      const start = performance.now();
      let result;
      try {
        result = await importModel(bytes);
        outcomes.imported += 1;
      } catch (error) {
        if (!(error instanceof FitplanError) || error.field !== 'model') {
          throw new Error(`case ${i}: not a FitplanError on "model": ${String(error)}`, { cause: error });
        }
        expect(error.message.length).toBeGreaterThan(10);
        outcomes.rejected += 1;
      }
      const elapsed = performance.now() - start;
      slowest = Math.max(slowest, elapsed);
      expect(elapsed, `case ${i}`).toBeLessThan(2000);
      if (result) {
        try {
          const context = Math.min(2048, Math.max(1, result.model.architecture.nCtxTrain));
          planner.analyze({ model: result.model, hardware: 'rtx4090', contextLength: context });
          outcomes.analyzed += 1;
        } catch (error) {
          if (!(error instanceof FitplanError) || error.code === 'internal') throw new Error(`case ${i}: analyze failed badly: ${String(error)}`, { cause: error });
          outcomes.rejectedByCore += 1;
        }
      }
      if (i % 400 === 399) gc();
    }
    gc();
    const grown = process.memoryUsage().heapUsed - heapBefore;
    expect(grown).toBeLessThan(64 * 2 ** 20);
    expect(outcomes.imported + outcomes.rejected).toBe(2400);
    // The corpus exercises both ends: most mutations are rejected, some still import.
    expect(outcomes.rejected).toBeGreaterThan(1000);
    expect(outcomes.imported).toBeGreaterThan(20);
    console.log(`fuzz: ${JSON.stringify(outcomes)}, slowest case ${slowest.toFixed(1)} ms, heap ${(grown / 2 ** 20).toFixed(1)} MiB`);
  }, 180_000);
});

describe('why the import reads GGUF headers itself rather than with @huggingface/gguf', () => {
  /** The library over bytes in memory (a fetch that serves their ranges). */
  const withLibrary = async (bytes: Uint8Array) => {
    const { gguf } = await import('@huggingface/gguf');
    const serve = async (_input: unknown, init?: RequestInit) => {
      const range = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get('range') ?? '')!;
      const body = bytes.slice(Number(range[1]), Number(range[2]) + 1);
      return new Response(body, { status: 206, headers: { 'content-range': `bytes ${range[1]}-${range[2]}/${bytes.byteLength}` } });
    };
    return gguf('https://example.invalid/model.gguf', { fetch: serve });
  };

  it('the library alone reads a truncated header as if zeros followed (no error); importModel rejects it', async () => {
    const seed = SEEDS[0]!;
    const cut = seed.file.slice(0, seed.header - 200); // inside the tensor infos
    const parsed = await withLibrary(cut);
    expect(parsed.tensorInfos.length).toBe(Number(parsed.metadata.tensor_count));
    expect(parsed.tensorInfos.at(-1)?.name).toBe(''); // a zero-length name read from the padding
    await expect(importModel(cut)).rejects.toThrow(/truncated/);
  });

  it('the library fails on a 4 MB chat template (past its 2 MB chunk); importModel reads it (up to 16 MiB)', async () => {
    const spec = tinySpec();
    spec.metadata.push(['tokenizer.chat_template', str('x'.repeat(4_000_000))]);
    const file = wholeFile(writeGguf(spec));
    await expect(withLibrary(file)).rejects.toThrow(/Offset is outside the bounds of the DataView/);
    expect((await importModel(file)).model.architecture).toMatchObject({ nLayer: 2, nEmbd: 64 });
  });
});
