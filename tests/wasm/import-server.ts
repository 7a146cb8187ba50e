// A local HTTP server for the import tests (node:http on 127.0.0.1, a random port): static files
// with or without Range support, fixed error statuses, and a small imitation of the Hugging Face
// Hub (the tree API, `resolve` links with ETag and Content-Range, private repositories). It
// records every request so tests can check what was read.
import { open, stat, truncate, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { ModelArchitecture } from '../../wasm/src/node.js';

export interface ServedFile {
  /** A file on disk (may be sparse), or bytes in memory. */
  path?: string;
  bytes?: Uint8Array;
}

export interface HubRepo {
  files: Map<string, ServedFile>;
  /** Requests need "Authorization: Bearer <token>". */
  token?: string;
}

export interface ServerOptions {
  /** url path -> file, served with Range support. */
  files?: Map<string, ServedFile>;
  /** url paths answered 200 with the whole body whatever the Range header says. */
  noRange?: Set<string>;
  /** url path -> status answered. */
  statuses?: Map<string, number>;
  /** "org/name" -> repository. */
  hub?: Map<string, HubRepo>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  range: string | undefined;
  /** Body bytes sent. */
  sent: number;
}

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  stop(): Promise<void>;
}

async function sizeOf(file: ServedFile): Promise<number> {
  return file.bytes ? file.bytes.byteLength : (await stat(file.path!)).size;
}

async function readRange(file: ServedFile, start: number, end: number): Promise<Uint8Array> {
  if (file.bytes) return file.bytes.subarray(start, end + 1);
  const handle = await open(file.path!, 'r');
  try {
    const buffer = new Uint8Array(end + 1 - start);
    await handle.read(buffer, 0, buffer.byteLength, start);
    return buffer;
  } finally {
    await handle.close();
  }
}

async function serveFile(req: IncomingMessage, res: ServerResponse, file: ServedFile, record: RecordedRequest, rangeSupport = true): Promise<void> {
  const size = await sizeOf(file);
  res.setHeader('ETag', `"${size}"`);
  res.setHeader('Content-Type', 'application/octet-stream');
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  if (range && rangeSupport) {
    const start = Number(range[1]);
    const end = Math.min(range[2] === '' ? size - 1 : Number(range[2]), size - 1);
    if (start >= size) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    res.writeHead(206, { 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': String(end + 1 - start), 'Accept-Ranges': 'bytes' });
    if (req.method === 'HEAD') return void res.end();
    const body = await readRange(file, start, end);
    record.sent += body.byteLength;
    res.end(body);
    return;
  }
  res.writeHead(200, { 'Content-Length': String(size) });
  if (req.method === 'HEAD') return void res.end();
  // The whole file, 1 MiB at a time, until the client hangs up.
  const chunk = 1 << 20;
  for (let at = 0; at < size && !res.destroyed; at += chunk) {
    const body = await readRange(file, at, Math.min(size, at + chunk) - 1);
    record.sent += body.byteLength;
    if (!res.write(body)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done).off('close', done);
          resolve();
        };
        res.on('drain', done).on('close', done);
      });
    }
  }
  res.end();
}

export async function startServer(options: ServerOptions): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const record: RecordedRequest = { method: req.method ?? 'GET', path, range: req.headers.range, sent: 0 };
    requests.push(record);
    // CORS, so that a page on another origin (the e2e tests) can read from it as from Hugging Face.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range, Content-Length, ETag, X-Error-Code');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Headers': 'Range, Authorization, Accept', 'Access-Control-Allow-Methods': 'GET, HEAD' }).end();
      return;
    }
    const handle = async () => {
      const status = options.statuses?.get(path);
      if (status !== undefined) return void res.writeHead(status, { 'Content-Type': 'text/plain' }).end(`status ${status}`);
      const file = options.files?.get(path);
      if (file) return serveFile(req, res, file, record, !options.noRange?.has(path));
      // The Hub: /api/models/{org}/{name}/tree/main and /{org}/{name}/resolve/main/{path}
      const tree = /^\/api\/models\/([^/]+\/[^/]+)\/tree\/main\/?$/.exec(path);
      const resolve = /^\/([^/]+\/[^/]+)\/(?:resolve|raw)\/main\/(.+)$/.exec(path);
      const repoId = tree?.[1] ?? resolve?.[1];
      const repo = repoId ? options.hub?.get(repoId) : undefined;
      if (repoId && !repo) {
        return void res.writeHead(404, { 'Content-Type': 'application/json', 'X-Error-Code': 'RepoNotFound' }).end(JSON.stringify({ error: 'Repository not found' }));
      }
      if (repo?.token && req.headers.authorization !== `Bearer ${repo.token}`) {
        return void res.writeHead(401, { 'Content-Type': 'application/json', 'X-Error-Code': 'GatedRepo' }).end(JSON.stringify({ error: 'Access to this model is restricted' }));
      }
      if (tree && repo) {
        const entries = await Promise.all([...repo.files].map(async ([p, f]) => ({ type: 'file', oid: p, size: await sizeOf(f), path: p })));
        return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(entries));
      }
      if (resolve && repo) {
        const served = repo.files.get(resolve[2]!);
        if (!served) return void res.writeHead(404, { 'X-Error-Code': 'EntryNotFound' }).end('Entry not found');
        return serveFile(req, res, served, record);
      }
      res.writeHead(404).end('not found');
    };
    handle().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------- safetensors

export interface SafetensorsTensor {
  name: string;
  dtype: 'BF16' | 'F16' | 'F32';
  shape: number[];
}

/** A safetensors file: 8-byte header length, the JSON header, sparse data up to its size. */
export async function writeSparseSafetensors(path: string, tensors: readonly SafetensorsTensor[]): Promise<number> {
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } };
  let offset = 0;
  for (const t of tensors) {
    const bytes = t.shape.reduce((a, b) => a * b, 1) * (t.dtype === 'F32' ? 4 : 2);
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + bytes] };
    offset += bytes;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const prefix = new Uint8Array(8);
  new DataView(prefix.buffer).setBigUint64(0, BigInt(json.byteLength), true);
  await writeFile(path, Buffer.concat([prefix, json]));
  const size = 8 + json.byteLength + offset;
  await truncate(path, size);
  return size;
}

/** Hugging Face (transformers) tensor names and shapes of a llama/qwen2-style checkpoint. */
export function hfTensors(a: ModelArchitecture): SafetensorsTensor[] {
  const t: SafetensorsTensor[] = [{ name: 'model.embed_tokens.weight', dtype: 'BF16', shape: [a.nVocab, a.nEmbd] }];
  const q = a.nHead * a.headDimK;
  const kv = a.nHeadKv * a.headDimK;
  for (let i = 0; i < a.nLayer; i++) {
    const p = `model.layers.${i}`;
    t.push(
      { name: `${p}.input_layernorm.weight`, dtype: 'BF16', shape: [a.nEmbd] },
      { name: `${p}.post_attention_layernorm.weight`, dtype: 'BF16', shape: [a.nEmbd] },
      { name: `${p}.self_attn.q_proj.weight`, dtype: 'BF16', shape: [q, a.nEmbd] },
      { name: `${p}.self_attn.k_proj.weight`, dtype: 'BF16', shape: [kv, a.nEmbd] },
      { name: `${p}.self_attn.v_proj.weight`, dtype: 'BF16', shape: [kv, a.nEmbd] },
      { name: `${p}.self_attn.o_proj.weight`, dtype: 'BF16', shape: [a.nEmbd, q] },
      { name: `${p}.mlp.gate_proj.weight`, dtype: 'BF16', shape: [a.nFf, a.nEmbd] },
      { name: `${p}.mlp.up_proj.weight`, dtype: 'BF16', shape: [a.nFf, a.nEmbd] },
      { name: `${p}.mlp.down_proj.weight`, dtype: 'BF16', shape: [a.nEmbd, a.nFf] },
    );
    if (a.attnQkvBias) {
      t.push(
        { name: `${p}.self_attn.q_proj.bias`, dtype: 'BF16', shape: [q] },
        { name: `${p}.self_attn.k_proj.bias`, dtype: 'BF16', shape: [kv] },
        { name: `${p}.self_attn.v_proj.bias`, dtype: 'BF16', shape: [kv] },
      );
    }
  }
  t.push({ name: 'model.norm.weight', dtype: 'BF16', shape: [a.nEmbd] });
  if (!a.tiedEmbeddings) t.push({ name: 'lm_head.weight', dtype: 'BF16', shape: [a.nVocab, a.nEmbd] });
  return t;
}
