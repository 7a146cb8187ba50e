// Imports over HTTP from a local server (127.0.0.1, random port; no test touches the internet):
// GGUF URLs read with Range requests (only the header; progress reported), split files, servers
// without Range support, errors, aborts, and Hugging Face repositories on an imitation of the Hub
// (file list, config.json, safetensors headers, GGUF files, private repositories).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FitplanError, importModel, modelSourceToken, type ImportProgress } from '../../wasm/src/node.js';
import { catalogGguf, catalogModel, catalogTensors, splitGguf, writeSparseGguf } from './gguf-writer.js';
import { hfTensors, startServer, writeSparseSafetensors, type HubRepo, type ServedFile, type TestServer } from './import-server.js';
import { planner } from './setup.js';

let dir: string;
let server: TestServer;
let header: number;
let fileBytes: number;
let safetensorsParams: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fitplan-http-'));
  const gguf = catalogGguf('qwen2.5-0.5b', 'Q4_K_M');
  header = gguf.dataOffset;
  fileBytes = gguf.fileBytes;
  const qwen = join(dir, 'qwen.gguf');
  await writeSparseGguf(qwen, gguf);
  const shards = splitGguf('qwen2.5-0.5b', 'Q8_0', 2);
  for (const [i, shard] of shards.entries()) await writeSparseGguf(join(dir, `qwen-Q8_0-0000${i + 1}-of-00002.gguf`), shard);
  const shard = (i: number): ServedFile => ({ path: join(dir, `qwen-Q8_0-0000${i}-of-00002.gguf`) });
  const architecture = catalogModel('qwen2.5-0.5b').architecture;
  const safetensors = join(dir, 'model.safetensors');
  await writeSparseSafetensors(safetensors, hfTensors(architecture));
  safetensorsParams = hfTensors(architecture).reduce((sum, t) => sum + t.shape.reduce((a, b) => a * b, 1), 0);
  const config = { bytes: await readFile(new URL('./fixtures/configs/qwen2.5-0.5b.json', import.meta.url)) };
  const repo = (token?: string): HubRepo => ({
    files: new Map<string, ServedFile>([
      ['config.json', config],
      ['model.safetensors', { path: safetensors }],
      ['README.md', { bytes: new TextEncoder().encode('# qwen') }],
      ['qwen2.5-0.5b-instruct-q4_k_m.gguf', { path: qwen }],
      ['split/qwen-Q8_0-00001-of-00002.gguf', shard(1)],
      ['split/qwen-Q8_0-00002-of-00002.gguf', shard(2)],
    ]),
    ...(token ? { token } : {}),
  });
  server = await startServer({
    files: new Map<string, ServedFile>([
      ['/models/qwen.gguf', { path: qwen }],
      ['/plain/qwen.gguf', { path: qwen }],
      ['/models/qwen-Q8_0-00001-of-00002.gguf', shard(1)],
      ['/models/qwen-Q8_0-00002-of-00002.gguf', shard(2)],
      ['/models/page.gguf', { bytes: new TextEncoder().encode('<!DOCTYPE html><html><body>Sign in</body></html>') }],
    ]),
    noRange: new Set(['/plain/qwen.gguf']),
    statuses: new Map([
      ['/models/secret.gguf', 401],
      ['/models/forbidden.gguf', 403],
      ['/models/broken.gguf', 500],
    ]),
    hub: new Map<string, HubRepo>([
      ['test/qwen', repo()],
      ['test/private', repo('hf_secret')],
      ['test/gguf-only', { files: new Map([['a-Q8_0.gguf', { path: qwen }], ['a-Q4_K_M.gguf', { path: qwen }]]) }],
      ['test/empty', { files: new Map([['README.md', { bytes: new Uint8Array(3) }]]) }],
      ['test/proto-dtype', { files: new Map([['config.json', config], ['model.safetensors', { bytes: safetensorsWithDtype('constructor') }]]) }],
    ]),
  });
}, 60_000);

/** A safetensors file of one 8x8 tensor whose dtype is `dtype` (the bytes: 128). */
function safetensorsWithDtype(dtype: string): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify({ 'model.embed_tokens.weight': { dtype, shape: [8, 8], data_offsets: [0, 128] } }));
  const file = new Uint8Array(8 + json.byteLength + 128);
  new DataView(file.buffer).setBigUint64(0, BigInt(json.byteLength), true);
  file.set(json, 8);
  return file;
}

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const failure = async (promise: Promise<unknown>): Promise<FitplanError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FitplanError);
  expect((error as FitplanError).field).toBe('model');
  return error as FitplanError;
};

describe('a GGUF URL', () => {
  it('reads only the header with Range requests, reports progress, and imports like the local file', async () => {
    const before = server.requests.length;
    const progress: ImportProgress[] = [];
    const url = `${server.url}/models/qwen.gguf`;
    const result = await importModel(url, { onProgress: (p) => progress.push(p) });
    const local = await importModel(join(dir, 'qwen.gguf'));
    expect(result.model.architecture).toEqual(catalogModel('qwen2.5-0.5b').architecture);
    expect(result.model.file).toEqual({ ...local.model.file, label: 'qwen.gguf', url: url });
    expect(result.model.file?.fileBytes).toBe(fileBytes);
    expect(result.model.id).toBe(url);
    expect(modelSourceToken(result)).toBe(url);
    expect(result.source).toMatchObject({ kind: 'url', token: url });
    // Every request was a Range request, and far less than the file was sent.
    const requests = server.requests.slice(before);
    expect(requests.every((r) => r.range?.startsWith('bytes='))).toBe(true);
    const sent = requests.reduce((sum, r) => sum + r.sent, 0);
    expect(sent).toBeGreaterThanOrEqual(header - 32);
    expect(sent).toBeLessThan(2 * header + (1 << 20));
    expect(sent).toBeLessThan(fileBytes / 50);
    // Progress: growing byte counts of this file, with its size.
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.every((p) => p.phase === 'header' && p.totalBytes === fileBytes)).toBe(true);
    expect(progress.map((p) => p.loadedBytes)).toEqual([...progress.map((p) => p.loadedBytes)].sort((a, b) => a - b));
    const analysis = planner.analyze({ model: result.model, hardware: 'rtx4090' });
    expect(analysis.fileTypes).toEqual(planner.analyze({ model: 'qwen2.5-0.5b', hardware: 'rtx4090' }).fileTypes);
    expect(analysis.file?.weightsBytes).toBe(fileBytes);
  });

  it('finds the other shards of a split file next to it', async () => {
    const result = await importModel(`${server.url}/models/qwen-Q8_0-00002-of-00002.gguf`);
    expect(result.source).toMatchObject({ kind: 'url', shards: 2 });
    expect(result.model.file?.tensors).toEqual(catalogTensors('qwen2.5-0.5b', 'Q8_0'));
  });

  it('refuses a server without Range support, without downloading the file', async () => {
    const before = server.requests.length;
    const error = await failure(importModel(`${server.url}/plain/qwen.gguf`));
    expect(error.message).toMatch(/does not support HTTP Range requests/);
    const sent = server.requests.slice(before).reduce((sum, r) => sum + r.sent, 0);
    expect(sent).toBeLessThan(64 << 20);
  });

  it.each([
    ['/models/missing.gguf', /not found \(HTTP 404\)/, 'unknown_id'],
    ['/models/secret.gguf', /access denied \(HTTP 401\).*private or gated/, 'invalid_argument'],
    ['/models/forbidden.gguf', /access denied \(HTTP 403\)/, 'invalid_argument'],
    ['/models/broken.gguf', /answered HTTP 500/, 'invalid_argument'],
    ['/models/page.gguf', /not a GGUF file \(it looks like an HTML or XML page\)/, 'invalid_argument'],
  ])('%s: a clear error', async (path, message, code) => {
    const error = await failure(importModel(`${server.url}${path}`));
    expect(error.message).toMatch(message);
    expect(error.code).toBe(code);
  });

  it('an unreachable server', async () => {
    const closed = await startServer({});
    const url = `${closed.url}/model.gguf`;
    await closed.stop();
    expect((await failure(importModel(url))).message).toMatch(/could not reach http:\/\/127\.0\.0\.1:\d+\/model\.gguf/);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importModel(`${server.url}/models/qwen.gguf`, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const later = new AbortController();
    const pending = importModel(`${server.url}/models/qwen.gguf`, { signal: later.signal, onProgress: () => later.abort() });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('a Hugging Face repository', () => {
  const hub = () => ({ hubUrl: server.url });

  it('imports config.json with the safetensors headers, and lists the GGUF files', async () => {
    const progress = new Set<string>();
    const result = await importModel('hf:test/qwen', { ...hub(), onProgress: (p) => progress.add(p.phase) });
    expect(result.model.architecture).toEqual(catalogModel('qwen2.5-0.5b').architecture);
    expect(result.model).toMatchObject({ id: 'hf:test/qwen', name: 'qwen', source: `${server.url}/test/qwen` });
    expect(result.model.file).toBeUndefined();
    expect(result.ggufFiles).toEqual(['qwen2.5-0.5b-instruct-q4_k_m.gguf', 'split/qwen-Q8_0-00001-of-00002.gguf']);
    expect(result.safetensors).toEqual({ parameters: { BF16: safetensorsParams }, totalParameters: safetensorsParams });
    // The safetensors tensors add up to the parameters the core derives from the architecture.
    expect(result.safetensors?.totalParameters).toBe(catalogModel('qwen2.5-0.5b').totalParams);
    expect(result.warnings).toEqual([]);
    expect(modelSourceToken(result)).toBe('hf:test/qwen');
    expect(progress).toEqual(new Set(['listing', 'config', 'safetensors']));
    // org/name and the repository page's URL are the same source.
    expect((await importModel('test/qwen', hub())).model.architecture).toEqual(result.model.architecture);
    expect((await importModel(`${server.url}/test/qwen`, hub())).source.token).toBe('hf:test/qwen');
  });

  it('imports a chosen GGUF file (also a split one), whose token re-imports it', async () => {
    const result = await importModel('hf:test/qwen', { ...hub(), gguf: 'qwen2.5-0.5b-instruct-q4_k_m.gguf' });
    expect(result.model.file?.tensors).toEqual(catalogTensors('qwen2.5-0.5b', 'Q4_K_M'));
    expect(result.model.file?.fileBytes).toBe(fileBytes);
    const token = modelSourceToken(result)!;
    expect(token).toBe('hf:test/qwen/qwen2.5-0.5b-instruct-q4_k_m.gguf');
    expect(result.model.id).toBe(token);
    const again = await importModel(token, hub());
    expect(again.model).toEqual(result.model);
    const viaLink = await importModel(`${server.url}/test/qwen/blob/main/qwen2.5-0.5b-instruct-q4_k_m.gguf`, hub());
    expect(viaLink.model).toEqual(result.model);
    const split = await importModel('hf:test/qwen/split/qwen-Q8_0-00001-of-00002.gguf', hub());
    expect(split.source).toMatchObject({ kind: 'hf', shards: 2 });
    expect(split.model.file?.tensors).toEqual(catalogTensors('qwen2.5-0.5b', 'Q8_0'));
    expect((await failure(importModel('hf:test/qwen', { ...hub(), gguf: 'nope.gguf' }))).message).toMatch(
      /has no file 'nope.gguf'; its GGUF files: qwen2.5-0.5b-instruct-q4_k_m.gguf, split\/qwen-Q8_0-00001-of-00002.gguf/,
    );
  });

  it('picks a Q4_K_M file of a repository that has only GGUF files, and says so', async () => {
    const result = await importModel('hf:test/gguf-only', hub());
    expect(result.source).toMatchObject({ kind: 'hf', token: 'hf:test/gguf-only/a-Q4_K_M.gguf' });
    expect(result.warnings[0]).toMatch(/has no config.json: imported a-Q4_K_M.gguf, one of its 2 GGUF files/);
    expect(result.ggufFiles).toEqual(['a-Q4_K_M.gguf', 'a-Q8_0.gguf']);
  });

  it('a safetensors dtype such as "constructor" is refused with a warning, not counted as a number', async () => {
    // The hub library counts by dtype in a plain object: counter["constructor"] was Object's constructor.
    const result = await importModel('hf:test/proto-dtype', hub());
    expect(result.safetensors).toBeUndefined();
    expect(result.warnings).toEqual([
      `the safetensors headers could not be read (test/proto-dtype/model.safetensors: tensor 'model.embed_tokens.weight' has dtype "constructor", not a safetensors dtype): biases and tied embeddings follow config.json alone`,
    ]);
    expect(result.model.architecture).toEqual(catalogModel('qwen2.5-0.5b').architecture);
  });

  it('private, missing and empty repositories', async () => {
    const denied = await failure(importModel('hf:test/private', hub()));
    expect(denied.message).toMatch(/'test\/private': access denied \(HTTP 401\); it is private or gated/);
    const withToken = await importModel('hf:test/private', { ...hub(), accessToken: 'hf_secret' });
    expect(withToken.model.architecture).toEqual(catalogModel('qwen2.5-0.5b').architecture);
    const missing = await failure(importModel('hf:test/nothing', hub()));
    expect(missing).toMatchObject({ code: 'unknown_id', message: expect.stringMatching(/'test\/nothing' does not exist/) });
    expect((await failure(importModel('hf:test/empty', hub()))).message).toMatch(/neither a config.json nor GGUF files/);
  });
});
