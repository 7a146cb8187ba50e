// Issue #16 ("hostile input"), the import's limits: IMPORT_LIMITS is the one place they are set,
// README.md states exactly those numbers, and every limit holds at its value (the input imports,
// or fails for an unrelated reason) and fails one past it with a FitplanError that names the
// limit. The architecture ranges an import checks are the core's own. Big inputs are built in one
// piece (typed-array fills) and handed over as sparse Files, so each case takes well under a second.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ARCHITECTURE_RANGES } from '../../wasm/src/import/architecture.js';
import { FitplanError, IMPORT_LIMITS, importModel, type ImportResult } from '../../wasm/src/node.js';
import { GGML_TYPES } from '../../wasm/src/import/ggml.js';
import { SparseFile, T, catalogModel, str, tinySpec, u32, writeGguf, type GgufSpec, type GgufValue, type WrittenGguf } from './gguf-writer.js';
import { planner } from './setup.js';

const MiB = 2 ** 20;
const L = IMPORT_LIMITS;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fitplan-limits-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A GGUF as a File of its declared size (the tensor data is never allocated). */
const fileOf = (gguf: WrittenGguf, name = 'limits.gguf') => new SparseFile(gguf.header, gguf.fileBytes, name);

/** The tiny model with more metadata. */
function tinyWith(...extra: [string, GgufValue][]): GgufSpec {
  const spec = tinySpec();
  return { ...spec, metadata: [...spec.metadata, ...extra] };
}

const importTiny = (...extra: [string, GgufValue][]) => importModel(fileOf(writeGguf(tinyWith(...extra))));

async function failure(promise: Promise<unknown>): Promise<FitplanError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FitplanError)) throw new Error(`expected a FitplanError, got ${String(error)}`, { cause: error });
  expect(error.field).toBe('model');
  return error;
}

/** The tiny model, imported: the limit did not get in the way. */
function expectTiny(result: ImportResult): void {
  expect(result.model.architecture).toMatchObject({ family: 'llama', nLayer: 2, nEmbd: 64, nVocab: 32 });
}

const bytes = (n: number, fill = 0x61) => new Uint8Array(n).fill(fill);
const string = (n: number): GgufValue => ({ t: T.STRING, v: bytes(n) });

/** `spec` with four `tokenizer.pad.*` strings that bring its header to exactly `target` bytes. */
function padded(spec: GgufSpec, target: number): GgufSpec {
  const keys = ['tokenizer.pad.a', 'tokenizer.pad.b', 'tokenizer.pad.c', 'tokenizer.pad.d'];
  const bare = writeGguf({ ...spec, metadata: [...spec.metadata, ...keys.map((k): [string, GgufValue] => [k, str('')])] }).headerBytes;
  let extra = target - bare;
  const sizes = keys.map(() => {
    const n = Math.min(extra, L.maxTokenizerStringBytes);
    extra -= n;
    return n;
  });
  if (extra !== 0) throw new Error(`cannot pad a ${bare}-byte header to ${target}`);
  return { ...spec, metadata: [...spec.metadata, ...keys.map((k, i): [string, GgufValue] => [k, string(sizes[i]!)])] };
}

// ------------------------------------------------------------------------ one set of limits

describe('IMPORT_LIMITS is documented once, and true', () => {
  it('README.md states exactly the numbers of IMPORT_LIMITS, every one of them', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('`IMPORT_LIMITS` (`wasm/src/import/limits.ts`)');
    expect(start).toBeGreaterThan(0);
    const paragraph = readme.slice(start, readme.indexOf('\n\n', start)).replace(/\s+/g, ' ');
    const n = (v: number) => v.toLocaleString('en-US');
    const phrases: Record<keyof typeof IMPORT_LIMITS, string> = {
      maxHeaderBytes: `at most ${L.maxHeaderBytes / MiB} MiB of header per model (all shards of a split file together)`,
      maxMetadataKeys: `${n(L.maxMetadataKeys)} metadata keys`,
      maxKeyBytes: `keys of at most ${n(L.maxKeyBytes)} bytes`,
      maxStringBytes: `strings of at most ${L.maxStringBytes / MiB} MiB`,
      maxTokenizerStringBytes: `(${L.maxTokenizerStringBytes / MiB} MiB for \`tokenizer.*\`)`,
      maxArrayLength: `arrays of at most 10^${Math.log10(L.maxArrayLength)} elements`,
      maxArrayDepth: `nested at most ${L.maxArrayDepth} deep`,
      maxTensors: `at most 10^${Math.log10(L.maxTensors)} tensors per model`,
      maxTensorNameBytes: `names of at most ${L.maxTensorNameBytes} bytes`,
      maxDims: `at most ${L.maxDims} dimensions`,
      maxDim: `of at most 2^${Math.log2(L.maxDim)}`,
      maxShards: `at most ${n(L.maxShards)} shards`,
      maxJsonBytes: `every other Hugging Face answer of at most ${L.maxJsonBytes / MiB} MiB`,
      maxRepoFiles: `listings of at most ${n(L.maxRepoFiles)} files`,
      stallTimeoutMs: `send nothing for ${L.stallTimeoutMs / 1000} s fail`,
    };
    for (const [key, phrase] of Object.entries(phrases)) expect(paragraph, key).toContain(phrase);
    expect(Object.keys(phrases).sort()).toEqual(Object.keys(IMPORT_LIMITS).sort());
    // The old, wrong figure (the code said 64 MiB) is gone.
    expect(paragraph).not.toContain('40 MiB');
  });

  it('ARCHITECTURE_RANGES are the core\'s: one past each end, the core names the field and the same range', () => {
    const base = catalogModel('qwen2.5-0.5b').architecture;
    const rejection = (field: string, value: number) => {
      try {
        planner.analyze({ model: { id: 'ranges', architecture: { ...base, [field]: value } }, hardware: 'rtx4090', contextLength: 1 });
      } catch (error) {
        if (error instanceof FitplanError) return error;
        throw error;
      }
      throw new Error(`the core accepted ${field} = ${value}`);
    };
    for (const [field, [min, max]] of Object.entries(ARCHITECTURE_RANGES)) {
      // The core's range check says the range it holds (below 0, the binding refuses any negative first).
      for (const value of min > 0 ? [min - 1, max + 1] : [max + 1]) {
        expect(rejection(field, value)).toMatchObject({ code: 'out_of_range', field: `model.architecture.${field}`, message: `'${field}' is ${value}; allowed ${min} to ${max}` });
      }
      if (min === 0) expect(rejection(field, -1)).toMatchObject({ code: 'out_of_range', field: `model.architecture.${field}` });
    }
  });
});

// ------------------------------------------------------------------------------ GGUF headers

describe('GGUF header bytes: at most maxHeaderBytes per model, all shards together', () => {
  it('a header of exactly the limit imports; one byte more fails naming the limit', async () => {
    const spec = padded(tinySpec(), L.maxHeaderBytes);
    const result = await importModel(fileOf(writeGguf(spec)));
    expectTiny(result);
    expect(result.source.headerBytes).toBe(L.maxHeaderBytes);
    const error = await failure(importModel(fileOf(writeGguf(padded(tinySpec(), L.maxHeaderBytes + 1)))));
    expect(error.code).toBe('out_of_range');
    expect(error.message).toBe(`limits.gguf: the header is larger than ${L.maxHeaderBytes} bytes (the limit; real GGUF headers are below 20 MiB)`);
  });

  it('the shards of a split file share it', async () => {
    const tiny = tinySpec();
    const split = (no: number): [string, GgufValue][] => [
      ['split.no', { t: T.U16, v: no }],
      ['split.count', { t: T.U16, v: 2 }],
      ['split.tensors.count', { t: T.I32, v: tiny.tensors.length }],
    ];
    const first = writeGguf({ metadata: [...tiny.metadata, ...split(0)], tensors: tiny.tensors.slice(0, 10) });
    const shards = (total: number) => [
      new SparseFile(first.header, first.fileBytes, 'tiny-00001-of-00002.gguf'),
      fileOf(writeGguf(padded({ metadata: split(1), tensors: tiny.tensors.slice(10) }, total - first.headerBytes)), 'tiny-00002-of-00002.gguf'),
    ];
    const result = await importModel(shards(L.maxHeaderBytes));
    expectTiny(result);
    expect(result.source.shards).toBe(2);
    const error = await failure(importModel(shards(L.maxHeaderBytes + 1)));
    expect(error.message).toBe(
      `tiny-00002-of-00002.gguf: the header is larger than ${L.maxHeaderBytes - first.headerBytes} bytes, what the earlier shards left of the limit of ${L.maxHeaderBytes} bytes of header for all shards together`,
    );
  });
});

describe('GGUF metadata', () => {
  it(`${L.maxMetadataKeys} metadata keys import; one more fails`, async () => {
    const keys = (n: number) => {
      const spec = tinySpec();
      const extra = Array.from({ length: n - spec.metadata.length }, (_, i): [string, GgufValue] => [`general.k${i}`, { t: T.U8, v: 1 }]);
      return fileOf(writeGguf({ ...spec, metadata: [...spec.metadata, ...extra] }));
    };
    expectTiny(await importModel(keys(L.maxMetadataKeys)));
    const error = await failure(importModel(keys(L.maxMetadataKeys + 1)));
    expect(error).toMatchObject({ code: 'out_of_range', message: `limits.gguf: the header declares ${L.maxMetadataKeys + 1} metadata keys; the limit is ${L.maxMetadataKeys}` });
  });

  it(`a key of ${L.maxKeyBytes} bytes imports; one byte more fails`, async () => {
    const key = (n: number) => `general.${'k'.repeat(n - 'general.'.length)}`;
    expectTiny(await importTiny([key(L.maxKeyBytes), u32(1)]));
    const error = await failure(importTiny([key(L.maxKeyBytes + 1), u32(1)]));
    expect(error.message).toBe(`limits.gguf: metadata key 12 is ${L.maxKeyBytes + 1} bytes long; the limit is ${L.maxKeyBytes}`);
  });

  it(`a string of ${L.maxStringBytes} bytes imports; one byte more fails (in an array too)`, async () => {
    expectTiny(await importTiny(['general.description', string(L.maxStringBytes)]));
    expect((await failure(importTiny(['general.description', string(L.maxStringBytes + 1)]))).message).toBe(
      `limits.gguf: a string of 'general.description' is ${L.maxStringBytes + 1} bytes long; the limit is ${L.maxStringBytes}`,
    );
    // Strings inside arrays have the plain limit, also under tokenizer.*.
    const merges = (n: number): GgufValue => ({ t: T.ARRAY, of: T.ARRAY, v: [{ t: T.ARRAY, of: T.STRING, v: ['a b', 'x'.repeat(n)] }] });
    expectTiny(await importTiny(['tokenizer.ggml.merges', merges(L.maxStringBytes)]));
    expect((await failure(importTiny(['tokenizer.ggml.merges', merges(L.maxStringBytes + 1)]))).message).toMatch(
      `a string of 'tokenizer.ggml.merges' is ${L.maxStringBytes + 1} bytes long; the limit is ${L.maxStringBytes}`,
    );
  });

  it(`a tokenizer.* string of ${L.maxTokenizerStringBytes} bytes imports; one byte more fails`, async () => {
    // Past @huggingface/gguf's 2 MB chunks and 10 MB strings: it failed with "Offset is outside the
    // bounds of the DataView" from 2 MB on.
    const result = await importTiny(['tokenizer.chat_template', string(L.maxTokenizerStringBytes)]);
    expectTiny(result);
    expect(result.source.headerBytes).toBeGreaterThan(L.maxTokenizerStringBytes);
    expect((await failure(importTiny(['tokenizer.chat_template', string(L.maxTokenizerStringBytes + 1)]))).message).toBe(
      `limits.gguf: a string of 'tokenizer.chat_template' is ${L.maxTokenizerStringBytes + 1} bytes long; the limit is ${L.maxTokenizerStringBytes}`,
    );
  });

  it(`an array of ${L.maxArrayLength} elements imports; one more fails`, async () => {
    expectTiny(await importTiny(['general.blob', { t: T.ARRAY, of: T.U8, v: bytes(L.maxArrayLength, 7) }]));
    const error = await failure(importTiny(['general.blob', { t: T.ARRAY, of: T.U8, v: bytes(L.maxArrayLength + 1, 7) }]));
    expect(error).toMatchObject({ code: 'out_of_range', message: `limits.gguf: 'general.blob' has ${L.maxArrayLength + 1} elements; the limit is ${L.maxArrayLength}` });
  });

  it(`arrays nest ${L.maxArrayDepth} deep; one level more fails`, async () => {
    const u8s: GgufValue = { t: T.ARRAY, of: T.U8, v: [1, 2, 3] };
    const nest = (value: GgufValue, levels: number): GgufValue => (levels === 0 ? value : nest({ t: T.ARRAY, of: T.ARRAY, v: [value] }, levels - 1));
    expectTiny(await importTiny(['general.nested', nest(u8s, L.maxArrayDepth - 1)]));
    expect((await failure(importTiny(['general.nested', nest(u8s, L.maxArrayDepth)]))).message).toBe(
      `limits.gguf: 'general.nested' nests arrays deeper than ${L.maxArrayDepth}`,
    );
  });

  it('55 arrays of 10^6 elements import without decoding them (the vocabulary: only its length)', async () => {
    // @huggingface/gguf made 55 * 10^6 JS numbers of them (over 1 GB); the reader keeps the bytes only.
    const blob = bytes(L.maxArrayLength, 1);
    const arrays = Array.from({ length: 55 }, (_, i): [string, GgufValue] => [`general.blob${i}`, { t: T.ARRAY, of: T.U8, v: blob }]);
    const before = process.memoryUsage();
    const result = await importTiny(...arrays, ['tokenizer.ggml.token_type', { t: T.ARRAY, of: T.I32, v: Array.from({ length: 32 }, () => 1) }]);
    expectTiny(result);
    expect(result.source.headerBytes).toBeGreaterThan(55 * L.maxArrayLength);
    // Bounded: the JS heap holds no array of elements (a decoded array of 10^6 numbers alone is 8 MB).
    // (No wall-clock bound: this VM's timings swing with its neighbours; memory is what the decoder blew up.)
    expect(process.memoryUsage().heapUsed - before.heapUsed).toBeLessThan(64 * MiB);
  });
});

// -------------------------------------------------------------------------- GGUF tensor infos

/**
 * `base` (the tiny model) with `extra` more tensors (`${prefix}N`, one f32 each, all at data offset
 * 0), written straight into one buffer: 10^6 tensor infos in ~40 MB.
 */
function manyTensors(extra: number, base: GgufSpec = tinySpec(), prefix = 'x.'): WrittenGguf {
  const written = writeGguf(base);
  const digits = (i: number) => (i < 10 ? 1 : Math.floor(Math.log10(i)) + 1);
  let infoBytes = 0;
  for (let i = 0; i < extra; i++) infoBytes += 8 + prefix.length + digits(i) + 4 + 8 + 4 + 8;
  const headerBytes = written.headerBytes + infoBytes;
  const dataOffset = Math.ceil(headerBytes / 32) * 32;
  const header = new Uint8Array(dataOffset);
  header.set(written.header.subarray(0, written.headerBytes));
  const view = new DataView(header.buffer);
  view.setBigUint64(8, BigInt(base.tensors.length + extra), true);
  // Names written digit by digit, u64 fields as their low u32 (the buffer is zero-filled).
  let at = written.headerBytes;
  for (let i = 0; i < extra; i++) {
    const n = digits(i);
    view.setUint32(at, prefix.length + n, true);
    at += 8;
    for (let c = 0; c < prefix.length; c++) header[at++] = prefix.charCodeAt(c);
    for (let d = n - 1, rest = i; d >= 0; d--, rest = Math.floor(rest / 10)) header[at + d] = 0x30 + (rest % 10);
    at += n;
    view.setUint32(at, 1, true); // n_dims
    view.setUint32(at + 4, 1, true); // ne[0]
    view.setUint32(at + 12, 0, true); // f32
    at += 24; // data offset 0
  }
  if (at !== headerBytes) throw new Error('manyTensors: size mismatch');
  return { header, headerBytes, dataOffset, fileBytes: dataOffset + Math.max(written.fileBytes - written.dataOffset, 32) };
}

describe('GGUF tensor infos', () => {
  const tinyTensors = tinySpec().tensors.length;

  it(`${L.maxTensors} tensors import; one more fails`, async () => {
    const result = await importModel(fileOf(manyTensors(L.maxTensors - tinyTensors)));
    expectTiny(result);
    expect(result.model.file?.tensors.length).toBe(L.maxTensors);
    const error = await failure(importModel(fileOf(manyTensors(L.maxTensors - tinyTensors + 1))));
    expect(error).toMatchObject({ code: 'out_of_range', message: `limits.gguf: the header declares ${L.maxTensors + 1} tensors; the limit is ${L.maxTensors}` });
  }, 30_000);

  it('the shards of a split file share the tensor limit', async () => {
    // Shard 1: the tiny model; shard 2: the rest of the budget in "y.N" tensors, then one more.
    const first = fileOf(writeGguf(tinySpec()), 'many-00001-of-00002.gguf');
    const second = (n: number) => fileOf(manyTensors(n, { metadata: [], tensors: [] }, 'y.'), 'many-00002-of-00002.gguf');
    const result = await importModel([first, second(L.maxTensors - tinyTensors)]);
    expectTiny(result);
    expect(result.model.file?.tensors.length).toBe(L.maxTensors);
    const error = await failure(importModel([first, second(L.maxTensors - tinyTensors + 1)]));
    expect(error.message).toBe(
      `many-00002-of-00002.gguf: the header declares ${L.maxTensors - tinyTensors + 1} tensors; with the ${tinyTensors} of the earlier shards that passes the limit of ${L.maxTensors} for all shards together`,
    );
  }, 120_000); // four imports of a header at the tensor limit: 30 s was not enough on a loaded 2-core machine


  it(`a tensor name of ${L.maxTensorNameBytes} bytes imports; one byte more fails`, async () => {
    const named = (n: number) => {
      const spec = tinySpec();
      spec.tensors.push({ name: 'x'.repeat(n), dims: [32], type: 'f32' });
      return fileOf(writeGguf(spec));
    };
    const result = await importModel(named(L.maxTensorNameBytes));
    expect(result.model.file?.tensors.at(-1)?.name).toHaveLength(L.maxTensorNameBytes);
    expect((await failure(importModel(named(L.maxTensorNameBytes + 1)))).message).toBe(
      `limits.gguf: the name of tensor ${tinyTensors} is ${L.maxTensorNameBytes + 1} bytes long; the limit is ${L.maxTensorNameBytes}`,
    );
  });

  it(`a tensor of ${L.maxDims} dimensions of up to 2^40 imports; a fifth dimension, or 2^40 + 1, fails`, async () => {
    const shaped = (dims: number[]) => {
      const spec = tinySpec();
      spec.tensors.push({ name: 'x.big', dims, type: 'i8' });
      return fileOf(writeGguf(spec));
    };
    // 2^40 one-byte elements: a 1 TiB tensor in a (sparse) 1 TiB file.
    const result = await importModel(shaped([L.maxDim, 1, 1, 1]));
    expect(result.model.file?.tensors.at(-1)).toEqual({ name: 'x.big', dims: [L.maxDim, 1, 1, 1], type: 'i8' });
    expect(result.model.file?.fileBytes).toBeGreaterThan(L.maxDim);
    expect((await failure(importModel(shaped([32, 1, 1, 1, 1])))).message).toBe(`limits.gguf: tensor 'x.big' has 5 dimensions; allowed 1 to ${L.maxDims}`);
    expect((await failure(importModel(shaped([L.maxDim + 1])))).message).toBe(
      `limits.gguf: tensor 'x.big' has dimension 0 = ${L.maxDim + 1}; allowed 1 to 2^40`,
    );
    expect(GGML_TYPES.get(24)?.name).toBe('i8');
  });
});

describe('split GGUF files', () => {
  /** `count` shards: the tiny model in the first, split.* keys only in the others. */
  function shards(count: number): File[] {
    const tiny = tinySpec();
    return Array.from({ length: count }, (_, i) => {
      const split: [string, GgufValue][] = [
        ['split.no', { t: T.U16, v: i }],
        ['split.count', { t: T.U16, v: count }],
        ['split.tensors.count', { t: T.I32, v: tiny.tensors.length }],
      ];
      const name = `tiny-${String(i + 1).padStart(5, '0')}-of-${String(count).padStart(5, '0')}.gguf`;
      return fileOf(writeGguf(i === 0 ? { metadata: [...tiny.metadata, ...split], tensors: tiny.tensors } : { metadata: split, tensors: [] }), name);
    });
  }

  it(`${L.maxShards} shards import; one more fails`, async () => {
    const result = await importModel(shards(L.maxShards));
    expectTiny(result);
    expect(result.source.shards).toBe(L.maxShards);
    const error = await failure(importModel(shards(L.maxShards + 1)));
    expect(error).toMatchObject({ code: 'out_of_range', message: `${L.maxShards + 1} files: at most ${L.maxShards} shards` });
    // A path or URL names the shard count: refused before anything is read.
    const path = join(dir, `tiny-00001-of-0${L.maxShards + 1}.gguf`);
    await writeFile(path, 'GGUF');
    expect((await failure(importModel(path))).message).toBe(`tiny-00001-of-0${L.maxShards + 1}.gguf: ${L.maxShards + 1} shards; the limit is ${L.maxShards}`);
  }, 20_000);
});

// ------------------------------------------------------------------------------ config.json

describe(`config.json: at most ${L.maxJsonBytes} bytes`, () => {
  const config = { model_type: 'llama', num_hidden_layers: 2, hidden_size: 64, num_attention_heads: 4, intermediate_size: 128, vocab_size: 32, max_position_embeddings: 2048 };
  /** The config with a "_pad" string that brings it to `total` UTF-8 bytes (`pad` characters, then spaces). */
  const sized = (total: number, pad = ' ') => {
    const json = `{"_pad":"",${JSON.stringify(config).slice(1)}`;
    const padBytes = total - Buffer.byteLength(json);
    const unit = Buffer.byteLength(pad);
    const text = `{"_pad":"${pad.repeat(Math.floor(padBytes / unit))}${' '.repeat(padBytes % unit)}",${JSON.stringify(config).slice(1)}`;
    expect(Buffer.byteLength(text)).toBe(total);
    return text;
  };
  const expectConfig = (result: ImportResult) => expect(result.model.architecture).toMatchObject({ nLayer: 2, nEmbd: 64 });
  const message = (label: string) => `${label} is larger than ${L.maxJsonBytes} bytes (the limit)`;

  it('as text: counted in UTF-8 bytes', async () => {
    expectConfig(await importModel(sized(L.maxJsonBytes)));
    expect((await failure(importModel(sized(L.maxJsonBytes + 1)))).message).toBe(message('config.json'));
    // 2-byte characters: fewer UTF-16 code units than bytes; the limit is in bytes.
    expectConfig(await importModel(sized(L.maxJsonBytes, '\u00a0')));
    const past = sized(L.maxJsonBytes + 1, '\u00a0');
    expect(past.length).toBeLessThan(L.maxJsonBytes);
    expect((await failure(importModel(past))).message).toBe(message('config.json'));
  });

  it('as a file path and as a File', async () => {
    const at = join(dir, 'at.json');
    const past = join(dir, 'past.json');
    await writeFile(at, sized(L.maxJsonBytes));
    await writeFile(past, sized(L.maxJsonBytes + 1));
    expectConfig(await importModel(at));
    expect((await failure(importModel(past))).message).toBe(message('past.json'));
    expectConfig(await importModel(new File([sized(L.maxJsonBytes)], 'config.json')));
    expect((await failure(importModel(new File([sized(L.maxJsonBytes + 1)], 'config.json')))).message).toBe(message('config.json'));
  });
});
