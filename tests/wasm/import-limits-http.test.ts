// Issue #16, the import's limits over HTTP (a local imitation of the Hugging Face Hub, as in
// import-http.test.ts): config.json and safetensors headers at and one byte past maxJsonBytes,
// repository listings at and one past maxRepoFiles, GGUF headers read over Range requests never
// past maxHeaderBytes, and requests that stall for stallTimeoutMs.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { FitplanError, IMPORT_LIMITS, importModel } from '../../wasm/src/node.js';
import { T, tinySpec, u32, wholeFile, writeGguf, type GgufValue } from './gguf-writer.js';
import { startServer, type HubRepo, type ServedFile, type TestServer } from './import-server.js';

const L = IMPORT_LIMITS;
const CONFIG = { model_type: 'llama', num_hidden_layers: 2, hidden_size: 64, num_attention_heads: 4, intermediate_size: 128, vocab_size: 32, max_position_embeddings: 2048 };

/** config.json of exactly `total` bytes (a "_pad" string fills it). */
function configOf(total: number): Uint8Array {
  const bare = `{"_pad":"",${JSON.stringify(CONFIG).slice(1)}`;
  const text = `{"_pad":"${' '.repeat(total - bare.length)}",${JSON.stringify(CONFIG).slice(1)}`;
  expect(text.length).toBe(total);
  return new TextEncoder().encode(text);
}

/** A safetensors file whose JSON header is exactly `headerBytes` long (a __metadata__ string fills it). */
function safetensorsOf(headerBytes: number): Uint8Array {
  const tensors = {
    'model.embed_tokens.weight': { dtype: 'BF16', shape: [32, 64], data_offsets: [0, 4096] },
    'lm_head.weight': { dtype: 'BF16', shape: [32, 64], data_offsets: [4096, 8192] },
  };
  const bare = JSON.stringify({ __metadata__: { pad: '' }, ...tensors }).length;
  const json = JSON.stringify({ __metadata__: { pad: ' '.repeat(headerBytes - bare) }, ...tensors });
  expect(json.length).toBe(headerBytes);
  const file = new Uint8Array(8 + headerBytes + 8192);
  new DataView(file.buffer).setBigUint64(0, BigInt(headerBytes), true);
  file.set(new TextEncoder().encode(json), 8);
  return file;
}

/** The tiny model padded with tokenizer.* strings to a header of `target` bytes. */
function ggufOf(target: number): Uint8Array {
  const spec = tinySpec();
  const keys = ['tokenizer.pad.a', 'tokenizer.pad.b', 'tokenizer.pad.c', 'tokenizer.pad.d'];
  const bare = writeGguf({ ...spec, metadata: [...spec.metadata, ...keys.map((k): [string, GgufValue] => [k, { t: T.STRING, v: '' }])] }).headerBytes;
  let extra = target - bare;
  const pads = keys.map((k): [string, GgufValue] => {
    const n = Math.min(extra, L.maxTokenizerStringBytes);
    extra -= n;
    return [k, { t: T.STRING, v: new Uint8Array(n).fill(0x20) }];
  });
  const gguf = writeGguf({ ...spec, metadata: [...spec.metadata, ...pads] });
  const file = new Uint8Array(gguf.fileBytes);
  file.set(gguf.header);
  return file;
}

/** The tiny model with `n` layers. */
function layers(n: number): Uint8Array {
  const spec = tinySpec();
  spec.metadata = spec.metadata.map(([key, value]) => (key === 'llama.block_count' ? [key, u32(n)] : [key, value]));
  return wholeFile(writeGguf(spec));
}

let server: TestServer;
const repo = (files: [string, ServedFile][]): HubRepo => ({ files: new Map(files) });
const bytes = (b: Uint8Array): ServedFile => ({ bytes: b });
const config = bytes(configOf(1000));
const many = (n: number) => Array.from({ length: n - 1 }, (_, i): [string, ServedFile] => [`data/f${i}.txt`, bytes(new Uint8Array(1))]);

beforeAll(async () => {
  server = await startServer({
    files: new Map([
      ['/big.gguf', bytes(ggufOf(L.maxHeaderBytes + 1))],
      ['/models/layers.gguf', bytes(layers(1025))],
    ]),
    hub: new Map<string, HubRepo>([
      ['test/config-at', repo([['config.json', bytes(configOf(L.maxJsonBytes))]])],
      ['test/config-past', repo([['config.json', bytes(configOf(L.maxJsonBytes + 1))]])],
      ['test/st-at', repo([['config.json', config], ['model.safetensors', bytes(safetensorsOf(L.maxJsonBytes))]])],
      ['test/st-past', repo([['config.json', config], ['model.safetensors', bytes(safetensorsOf(L.maxJsonBytes + 1))]])],
      ['test/files-at', repo([['config.json', config], ...many(L.maxRepoFiles)])],
      ['test/files-past', repo([['config.json', config], ...many(L.maxRepoFiles + 1)])],
    ]),
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const hub = () => ({ hubUrl: server.url });

async function failure(promise: Promise<unknown>): Promise<FitplanError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FitplanError)) throw new Error(`expected a FitplanError, got ${String(error)}`, { cause: error });
  expect(error.field).toBe('model');
  return error;
}

describe('Hugging Face answers: at most maxJsonBytes', () => {
  it(`a config.json of ${L.maxJsonBytes} bytes imports; one byte more fails naming the limit`, async () => {
    const result = await importModel('hf:test/config-at', hub());
    expect(result.model.architecture).toMatchObject({ nLayer: 2, nEmbd: 64 });
    const error = await failure(importModel('hf:test/config-past', hub()));
    expect(error).toMatchObject({ code: 'out_of_range', message: `${server.url}/test/config-past/resolve/main/config.json is larger than ${L.maxJsonBytes} bytes (the limit)` });
  });

  it(`a safetensors header of ${L.maxJsonBytes} bytes is read; one byte more is not, and a warning names the limit`, async () => {
    const at = await importModel('hf:test/st-at', hub());
    expect(at.safetensors).toEqual({ parameters: { BF16: 4096 }, totalParameters: 4096 });
    expect(at.warnings).toEqual([]);
    // The safetensors headers only refine config.json: past the limit the import goes on without them, and says why.
    const past = await importModel('hf:test/st-past', hub());
    expect(past.safetensors).toBeUndefined();
    expect(past.model.architecture).toEqual(at.model.architecture);
    expect(past.warnings).toEqual([
      `the safetensors headers could not be read (${server.url}/test/st-past/resolve/main/model.safetensors: the answer is larger than ${L.maxJsonBytes} bytes (the limit)): biases and tied embeddings follow config.json alone`,
    ]);
  });
});

describe('repository listings: at most maxRepoFiles files', () => {
  it(`${L.maxRepoFiles} files import; one more fails naming the limit`, async () => {
    const at = await importModel('hf:test/files-at', hub());
    expect(at.model.architecture).toMatchObject({ nLayer: 2 });
    const error = await failure(importModel('hf:test/files-past', hub()));
    expect(error).toMatchObject({ code: 'out_of_range', message: `Hugging Face repository 'test/files-past' lists more than ${L.maxRepoFiles} files (the limit)` });
  }, 20_000);
});

describe('GGUF headers over HTTP', () => {
  it('a value outside the planner\'s range names the URL, the GGUF key and the field', async () => {
    const error = await failure(importModel(`${server.url}/models/layers.gguf?token=secret`));
    expect(error).toMatchObject({ code: 'out_of_range', message: `${server.url}/models/layers.gguf: the GGUF key 'llama.block_count' gives nLayer = 1025; allowed 1 to 1024` });
  });

  it(`a header past maxHeaderBytes fails after reading at most ${L.maxHeaderBytes} + 1 bytes of it`, async () => {
    const before = server.requests.length;
    const error = await failure(importModel(`${server.url}/big.gguf`));
    expect(error.message).toBe(`${server.url}/big.gguf: the header is larger than ${L.maxHeaderBytes} bytes (the limit; real GGUF headers are below 20 MiB)`);
    const sent = server.requests.slice(before).reduce((sum, r) => sum + r.sent, 0);
    expect(sent).toBeLessThanOrEqual(L.maxHeaderBytes + 1);
  });
});

describe(`requests that stall: stallTimeoutMs (${L.stallTimeoutMs} ms)`, () => {
  it('a server that never answers fails at the timeout, not a millisecond before', async () => {
    const requests: (() => void)[] = [];
    const silent = createServer((_req, res) => requests.push(() => res.destroy()));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/model.gguf`;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let settled: unknown;
      const pending = importModel(url).then(
        () => (settled = 'imported'),
        (e: unknown) => (settled = e),
      );
      // (not vi.waitFor: with fake timers it advances them)
      for (let i = 0; requests.length === 0; i++) {
        if (i > 100_000) throw new Error('the request never arrived');
        await new Promise((resolve) => setImmediate(resolve));
      }
      await vi.advanceTimersByTimeAsync(L.stallTimeoutMs - 1);
      expect(settled).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      await pending;
      expect(settled).toBeInstanceOf(FitplanError);
      expect((settled as FitplanError).message).toBe(`could not reach ${url}: no answer within ${L.stallTimeoutMs / 1000} s`);
    } finally {
      vi.useRealTimers();
      for (const close of requests) close();
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
