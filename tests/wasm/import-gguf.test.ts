// GGUF files made by tests/wasm/gguf-writer.ts (the exact tensor table of a catalog model at
// Q4_K_M, llama.cpp's metadata keys, sparse data) import onto the catalog architecture, and every
// estimate of the imported model equals the catalog model's byte for byte. Split files, and
// headers that are broken in the ways real downloads and crafted files are.
import { mkdtemp, rm, stat, unlink } from 'node:fs/promises';
import { openAsBlob } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FitplanError, importModel, type ImportResult, type Plan } from '../../wasm/src/node.js';
import {
  T,
  catalogGguf,
  catalogModel,
  catalogTensors,
  splitGguf,
  str,
  tinySpec,
  u32,
  wholeFile,
  writeGguf,
  writeSparseGguf,
  type GgufValue,
} from './gguf-writer.js';
import { planner } from './setup.js';

const MODELS = [
  'qwen2.5-0.5b', 'llama3.2-1b', 'gemma2-2b', 'qwen3-30b-a3b', 'gpt-oss-20b', 'deepseek-v3', 'phi3-mini', 'mixtral-8x7b', 'gemma3-4b',
  'glm4.5', 'glm4.5-air', 'llama4-scout', 'llama4-maverick',
];
let dir: string;
const declared = new Map<string, number>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fitplan-gguf-'));
  for (const id of MODELS) {
    const gguf = catalogGguf(id, 'Q4_K_M');
    declared.set(id, gguf.fileBytes);
    await writeSparseGguf(join(dir, `${id}-Q4_K_M.gguf`), gguf);
  }
  const shards = splitGguf('qwen2.5-0.5b', 'Q8_0', 3);
  for (const [i, shard] of shards.entries()) await writeSparseGguf(join(dir, `qwen-Q8_0-0000${i + 1}-of-00003.gguf`), shard);
  declared.set('shards', shards.reduce((sum, s) => sum + s.fileBytes, 0));
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const withoutIdentity = (plan: Omit<Plan, 'fileBytes'>) => ({ ...plan, model: undefined, request: { ...plan.request, model: undefined } });

describe.each(MODELS)('a Q4_K_M GGUF of %s', (id) => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importModel(join(dir, `${id}-Q4_K_M.gguf`));
  }, 60_000);

  it('imports onto the catalog architecture with the exact tensor table and size', async () => {
    expect(result.warnings).toEqual([]);
    expect(result.model.architecture).toEqual(catalogModel(id).architecture);
    expect(result.model).toMatchObject({ id: `${id}-Q4_K_M.gguf`, name: catalogModel(id).name, family: 'Imported' });
    expect(result.model.file?.fileType).toBe('Q4_K_M');
    expect(result.model.file?.tensors).toEqual(catalogTensors(id, 'Q4_K_M'));
    expect(result.model.file?.fileBytes).toBe(declared.get(id));
    expect(result.model.file?.fileBytes).toBe((await stat(join(dir, `${id}-Q4_K_M.gguf`))).size);
    expect(result.source).toMatchObject({ kind: 'gguf', label: `${id}-Q4_K_M.gguf` });
    expect(result.source.token).toBeUndefined();
  });

  it('analyzes exactly like the catalog model: every file type, and the file as it is', () => {
    const request = { hardware: 'rtx4060-8g', contextLength: Math.min(8192, catalogModel(id).maxContext) };
    const catalog = planner.analyze({ ...request, model: id });
    const imported = planner.analyze({ ...request, model: result.model });
    expect(imported.fileTypes).toEqual(catalog.fileTypes);
    expect(imported.model).toEqual({ ...catalog.model, id: result.model.id, name: result.model.name! });
    const q4 = catalog.fileTypes.find((row) => row.fileType === 'Q4_K_M')!;
    // The file's own row: its real size...
    expect(imported.file).toMatchObject({ label: `${id}-Q4_K_M.gguf`, fileType: 'Q4_K_M', weightsBytes: declared.get(id), kvCacheBytes: q4.kvCacheBytes });
    // ...and with the size predicted from its tensor table, exactly the catalog's Q4_K_M row.
    const predicted = planner.analyze({ ...request, model: { ...result.model, file: { ...result.model.file!, fileBytes: 0 } } });
    const { label, ...row } = predicted.file!;
    expect(label).toBe(`${id}-Q4_K_M.gguf`);
    expect(row).toEqual(q4);
  });

  it('plans exactly like the catalog model', () => {
    // The original objective depends on the architecture alone (the default also weighs the
    // published files: the catalog model has some, a local file none).
    const request = { hardware: 'rtx4060-8g', contextLength: Math.min(8192, catalogModel(id).maxContext), objective: 'quality' as const };
    const catalog = planner.plan({ ...request, model: id });
    const imported = planner.plan({ ...request, model: result.model });
    expect(imported.model).toBe(result.model.id);
    expect(imported.published).toBeNull();
    expect(catalog.published).not.toBeNull();
    // The custom build starts from the imported file instead of the original weights (issue #9).
    // Its files keep the imported header (issue #17): the plan's file size uses headerBytes.
    const { published: _imported, customBuild: importedBuild, fileBytes: importedFile, ...importedPlan } = imported;
    const { published: _catalog, customBuild: _catalogBuild, fileBytes: catalogFile, ...catalogPlan } = catalog;
    expect(withoutIdentity(importedPlan)).toEqual(withoutIdentity(catalogPlan));
    expect(result.model.file!.headerBytes).toBeGreaterThan(0);
    const { headerBytes: _header, ...withoutHeader } = result.model.file!;
    expect(planner.plan({ ...request, model: { ...result.model, file: withoutHeader } }).fileBytes).toBe(catalogFile);
    const larger = planner.plan({ ...request, model: { ...result.model, file: { ...result.model.file!, headerBytes: result.model.file!.headerBytes! + 4096 } } });
    expect(larger.fileBytes).toBe(importedFile + 4096);
    expect(importedBuild).toMatchObject({ startsFrom: `your Q4_K_M file ${result.model.file!.label}`, downloadBytes: 0 });
    expect(imported.decodeTokensPerSecond).toBe(catalog.decodeTokensPerSecond);
    expect(imported.memory.totalBytes).toBe(catalog.memory.totalBytes);
  });
});

describe('a split GGUF (-0000K-of-00003)', () => {
  it('reads every shard\'s header from any shard\'s path and merges the tensor tables', async () => {
    for (const k of [1, 2]) {
      const result = await importModel(join(dir, `qwen-Q8_0-0000${k}-of-00003.gguf`));
      expect(result.source).toMatchObject({ kind: 'gguf', label: 'qwen-Q8_0-00001-of-00003.gguf', shards: 3 });
      expect(result.model.architecture).toEqual(catalogModel('qwen2.5-0.5b').architecture);
      expect(result.model.file?.tensors).toEqual(catalogTensors('qwen2.5-0.5b', 'Q8_0'));
      expect(result.model.file?.fileBytes).toBe(declared.get('shards'));
      const analysis = planner.analyze({ model: { ...result.model, file: { ...result.model.file!, fileBytes: 0 } }, hardware: 'rtx4090' });
      const { label: _label, ...row } = analysis.file!;
      expect(row).toEqual(planner.analyze({ model: 'qwen2.5-0.5b', hardware: 'rtx4090' }).fileTypes.find((r) => r.fileType === 'Q8_0'));
    }
  });

  it('takes the shards as Files/Blobs in any order (the browser path)', async () => {
    const blob = async (k: number) => {
      const b = await openAsBlob(join(dir, `qwen-Q8_0-0000${k}-of-00003.gguf`));
      return new File([b], `qwen-Q8_0-0000${k}-of-00003.gguf`);
    };
    const progress: number[] = [];
    const result = await importModel([await blob(3), await blob(1), await blob(2)], { onProgress: (p) => progress.push(p.shard ?? 0) });
    expect(result.model.file?.tensors).toEqual(catalogTensors('qwen2.5-0.5b', 'Q8_0'));
    expect(new Set(progress)).toEqual(new Set([1, 2, 3]));
    await expect(importModel(await blob(1))).rejects.toThrow(/shard 1 of 3: give all 3 shards together/);
    await expect(importModel([await blob(1), await blob(2)])).rejects.toThrow(/shard qwen-Q8_0-00003-of-00003.gguf is missing/);
  });

  it('says which shard is missing next to the file', async () => {
    await unlink(join(dir, 'qwen-Q8_0-00003-of-00003.gguf'));
    await expect(importModel(join(dir, 'qwen-Q8_0-00001-of-00003.gguf'))).rejects.toMatchObject({
      field: 'model',
      message: expect.stringMatching(/shard 1 of 3, but qwen-Q8_0-00003-of-00003.gguf is not next to it/),
    });
  });
});

// ------------------------------------------------------------------------------ bad input

const tiny = writeGguf(tinySpec());
const tinyFile = wholeFile(tiny);

async function failure(source: Uint8Array | string): Promise<FitplanError> {
  const error = await importModel(source).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FitplanError);
  expect((error as FitplanError).field).toBe('model');
  return error as FitplanError;
}

function patched(bytes: Uint8Array, offset: number, value: bigint, size: 4 | 8 = 8): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  if (size === 8) view.setBigUint64(offset, value, true);
  else view.setUint32(offset, Number(value), true);
  return copy;
}

/** Offset of the first occurrence of an ASCII string in the header. */
function find(bytes: Uint8Array, text: string): number {
  const needle = new TextEncoder().encode(text);
  outer: for (let i = 0; i < bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error(`${text} not found`);
}

describe('bad input gets a clear FitplanError on the field "model"', () => {
  it('accepts the intact tiny file from memory', async () => {
    const result = await importModel(tinyFile);
    expect(result.model.architecture).toMatchObject({ family: 'llama', nLayer: 2, nEmbd: 64, nHead: 4, nHeadKv: 2, nVocab: 32, tiedEmbeddings: false });
    expect(result.model.file).toMatchObject({ fileType: 'Q8_0', fileBytes: tinyFile.byteLength });
    expect(planner.analyze({ model: result.model, hardware: 'rtx4090', contextLength: 2048 }).file?.label).toBe('model.gguf');
  });

  it.each([
    ['empty', new Uint8Array(0), /empty/],
    ['wrong magic', new TextEncoder().encode('GGML\x03\x00\x00\x00 and more bytes'), /not a GGUF file/],
    ['an HTML page', new TextEncoder().encode('<!doctype html><html><body>Not found</body></html>'), /not a GGUF file \(it looks like an HTML or XML page\)/],
    ['a config.json', new TextEncoder().encode('{"hidden_size": 4096}'), /it looks like JSON/],
    ['a safetensors file', new Uint8Array([16, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0x22, 0x61, 0x22, 0x3a, 0x31, 0x7d, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20]), /safetensors/],
    ['GGUF version 1', patched(tinyFile, 4, 1n, 4), /version 1 .* no longer read/],
    ['GGUF version 7', patched(tinyFile, 4, 7n, 4), /unsupported GGUF version 7 \(known: 2, 3\)/],
    ['2^40 tensors', patched(tinyFile, 8, 2n ** 40n), /declares 1099511627776 tensors; the limit is 1000000/],
    ['2^63 metadata keys', patched(tinyFile, 16, 2n ** 63n), /more than 2\^53 metadata keys/],
    ['a 4 GiB metadata key', patched(tinyFile, 24, 2n ** 32n), /metadata key 0 is 4294967296 bytes long; the limit is 65535/],
  ])('%s', async (_name, bytes, message) => {
    expect((await failure(bytes)).message).toMatch(message);
  });

  it('a metadata string of gigabytes', async () => {
    const at = find(tinyFile, 'Tiny') - 8; // general.name's length
    expect((await failure(patched(tinyFile, at, 3n * 2n ** 30n))).message).toMatch(/a string of 'general.name' is 3221225472 bytes long; the limit is 1048576/);
  });

  it('absurd tensor shapes and types', async () => {
    const name = find(tinyFile, 'blk.0.attn_q.weight');
    const nDims = name + 'blk.0.attn_q.weight'.length;
    expect((await failure(patched(tinyFile, nDims, 5n, 4))).message).toMatch(/'blk.0.attn_q.weight' has 5 dimensions; allowed 1 to 4/);
    expect((await failure(patched(tinyFile, nDims + 4, 2n ** 41n))).message).toMatch(/dimension 0 = 2199023255552; allowed 1 to 2\^40/);
    expect((await failure(patched(tinyFile, nDims + 4, 0n))).message).toMatch(/dimension 0 = 0/);
    expect((await failure(patched(tinyFile, nDims + 20, 99n, 4))).message).toMatch(/unknown ggml type 99/);
    expect((await failure(patched(tinyFile, nDims + 4, 65n))).message).toMatch(/rows of 65 elements, not a multiple of q8_0's block of 32/);
  });

  it('truncated files and headers', async () => {
    for (const length of [3, 7, 20, 100, 400, 1000]) {
      expect((await failure(tinyFile.subarray(0, length))).message).toMatch(/truncated/);
    }
    // The header is whole but the data is not (an interrupted download).
    expect((await failure(tinyFile.subarray(0, tiny.dataOffset - 1))).message).toMatch(/incomplete/);
    expect((await failure(tinyFile.subarray(0, tiny.dataOffset + 10))).message).toMatch(/the file is incomplete: its header describes \d+ bytes but the file has \d+/);
  });

  it('an unknown architecture works from its hyperparameters, visibly; a missing one is named', async () => {
    const foo = await importModel(wholeFile(writeGguf(tinySpec('foo'))));
    expect(foo.warnings).toEqual(["unknown architecture 'foo': treated as llama-style attention + gated FFN (the sizes follow its hyperparameters; tensors the llama layout lacks are not counted)"]);
    expect(foo.model.architecture).toMatchObject({ family: 'llama', ggufArch: 'foo', nLayer: 2, nEmbd: 64 });
    const spec = tinySpec('foo');
    spec.metadata = spec.metadata.filter(([key]) => key !== 'foo.embedding_length');
    expect((await failure(wholeFile(writeGguf(spec)))).message).toMatch(/the GGUF key 'foo.embedding_length' is missing; it gives nEmbd/);
    const noArch = tinySpec();
    noArch.metadata = noArch.metadata.filter(([key]) => key !== 'general.architecture');
    expect((await failure(wholeFile(writeGguf(noArch)))).message).toMatch(/'general.architecture' is missing/);
  });

  it('per-layer head counts and a missing file type become warnings', async () => {
    const spec = tinySpec();
    spec.metadata = spec.metadata.filter(([key]) => key !== 'general.file_type' && key !== 'llama.attention.head_count_kv');
    spec.metadata.push(['llama.attention.head_count_kv', { t: 9, of: 4, v: [2, 1] }]);
    const result = await importModel(wholeFile(writeGguf(spec)));
    expect(result.model.architecture.nHeadKv).toBe(2);
    expect(result.warnings).toEqual([
      "'llama.attention.head_count_kv' differs between layers (1 to 2): every layer is counted with 2",
      "'general.file_type' is missing: the quality prior of Q8_0 is used (most weights are q8_0)",
    ]);
  });

  it('a header the core rejects (a tensor of a block the model does not have) fails in analyze, naming the tensor', async () => {
    const spec = tinySpec();
    spec.metadata = spec.metadata.map(([key, value]) => (key === 'llama.block_count' ? [key, u32(1)] : [key, value]));
    const result = await importModel(wholeFile(writeGguf(spec)));
    expect(() => planner.analyze({ model: result.model, hardware: 'rtx4090', contextLength: 2048 })).toThrow(
      expect.objectContaining({ field: 'model.file.tensors', message: expect.stringContaining("tensor 'blk.1.") }),
    );
  });

  it('local paths that are not there', async () => {
    expect((await failure(join(dir, 'nope.gguf'))).message).toMatch(/cannot read/);
    expect(str('x')).toEqual({ t: 8, v: 'x' });
  });
});

// ------------------------------------------------------------------ hostile metadata (issue #16)

describe('per-layer arrays (issue #16)', () => {
  const withKey = (key: string, value: GgufValue, base = tinySpec()) => {
    base.metadata = [...base.metadata.filter(([k]) => k !== key), [key, value]];
    return wholeFile(writeGguf(base));
  };

  it('an array of 150 000 entries for a 2-layer model fails naming the key, not with a JS RangeError', async () => {
    // Math.max(...values) threw "Maximum call stack size exceeded" here.
    const error = await failure(withKey('llama.attention.head_count_kv', { t: T.ARRAY, of: T.I32, v: Array.from({ length: 150_000 }, () => 2) }));
    expect(error.message).toBe(
      "model.gguf: the GGUF key 'llama.attention.head_count_kv' is an array of 150000 entries; a per-layer value has one entry per layer (2, the GGUF key 'llama.block_count')",
    );
  });

  it('every per-layer array needs exactly one entry per layer, as llama.cpp does', async () => {
    expect((await failure(withKey('llama.feed_forward_length', { t: T.ARRAY, of: T.U32, v: [128, 128, 128] }))).message).toMatch(
      /'llama.feed_forward_length' is an array of 3 entries; a per-layer value has one entry per layer \(2/,
    );
    expect((await failure(withKey('llama.feed_forward_length', { t: T.ARRAY, of: T.U32, v: [] }))).message).toMatch(/is an array of 0 entries/);
    expect((await failure(withKey('llama.feed_forward_length', { t: T.ARRAY, of: T.STRING, v: ['128', '128'] }))).message).toMatch(
      /'llama.feed_forward_length' is an array of strings or arrays; expected whole numbers/,
    );
    // The layer count itself is one number.
    expect((await failure(withKey('llama.block_count', { t: T.ARRAY, of: T.U32, v: [2, 2] }))).message).toMatch(
      /'llama.block_count' is an array of 2 entries; expected a whole number/,
    );
  });

  it('1024 layers with a 1024-entry per-layer array import (the largest entry counts)', async () => {
    const spec = tinySpec();
    spec.metadata = spec.metadata.map(([key, value]) => (key === 'llama.block_count' ? [key, u32(1024)] : [key, value]));
    const file = withKey('llama.attention.head_count_kv', { t: T.ARRAY, of: T.U32, v: Array.from({ length: 1024 }, (_, i) => (i === 700 ? 4 : 2)) }, spec);
    const result = await importModel(file);
    expect(result.model.architecture).toMatchObject({ nLayer: 1024, nHeadKv: 4 });
    expect(result.warnings).toContain("'llama.attention.head_count_kv' differs between layers (2 to 4): every layer is counted with 4");
  });
});

describe('values outside the planner\'s ranges name the file, the GGUF key and the field (issue #16)', () => {
  const withValue = (key: string, value: GgufValue) => {
    const spec = tinySpec();
    spec.metadata = [...spec.metadata.filter(([k]) => k !== key), [key, value]];
    return wholeFile(writeGguf(spec));
  };

  it.each([
    ['llama.block_count', 1025, "model.gguf: the GGUF key 'llama.block_count' gives nLayer = 1025; allowed 1 to 1024"],
    ['llama.block_count', 0, "model.gguf: the GGUF key 'llama.block_count' gives nLayer = 0; allowed 1 to 1024"],
    ['llama.embedding_length', 2 ** 17 + 64, "model.gguf: the GGUF key 'llama.embedding_length' gives nEmbd = 131136; allowed 1 to 131072"],
    ['llama.context_length', 2 ** 24 + 1, "model.gguf: the GGUF key 'llama.context_length' gives nCtxTrain = 16777217; allowed 1 to 16777216"],
    ['llama.attention.head_count_kv', 5000, "model.gguf: the GGUF key 'llama.attention.head_count_kv' gives nHeadKv = 5000; allowed 1 to 4096"],
    ['llama.expert_count', 5000, "model.gguf: the GGUF key 'llama.expert_count' gives nExpert = 5000; allowed 0 to 4096"],
  ])('%s = %d', async (key, value, message) => {
    expect(await failure(withValue(key, u32(value)))).toMatchObject({ code: 'out_of_range', message });
  });

  it('a derived value names the keys it is derived from', async () => {
    // Without attention.key_length the head dimension is embedding_length / head_count: 8192 / 1.
    const spec = tinySpec();
    spec.metadata = spec.metadata
      .filter(([k]) => k !== 'llama.attention.head_count_kv')
      .map(([k, v]) => (k === 'llama.embedding_length' ? [k, u32(8192)] : k === 'llama.attention.head_count' ? [k, u32(1)] : [k, v]));
    expect(await failure(wholeFile(writeGguf(spec)))).toMatchObject({
      code: 'out_of_range',
      message: "model.gguf: 'llama.embedding_length' / 'llama.attention.head_count' gives headDimK = 8192; allowed 1 to 4096",
    });
  });

  it('the vocabulary size from vocab_size, without a token list', async () => {
    const spec = tinySpec();
    spec.metadata = [...spec.metadata.filter(([k]) => k !== 'tokenizer.ggml.tokens'), ['llama.vocab_size', u32(2 ** 23 + 1)]];
    expect((await failure(wholeFile(writeGguf(spec)))).message).toBe("model.gguf: the GGUF key 'llama.vocab_size' gives nVocab = 8388609; allowed 1 to 8388608");
  });
});

describe('names from the file are never looked up as object properties (issue #16)', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    "general.architecture '%s' is an unknown architecture like any other",
    async (arch) => {
      // GGUF_FAMILY[arch] found Object.prototype's members: family became a function, unwarned.
      const result = await importModel(wholeFile(writeGguf(tinySpec(arch))));
      expect(result.warnings).toEqual([expect.stringContaining(`unknown architecture '${arch}': treated as llama-style`)]);
      expect(result.model.architecture).toMatchObject({ family: 'llama', ggufArch: arch, nLayer: 2, nEmbd: 64 });
      expect(planner.analyze({ model: result.model, hardware: 'rtx4090', contextLength: 2048 }).file?.label).toBe('model.gguf');
    },
  );
});
