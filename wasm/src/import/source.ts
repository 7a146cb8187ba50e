// Byte sources an import reads from: a Blob/File (browser; Node's fs.openAsBlob), an in-memory
// buffer, or a URL read with HTTP Range requests. Every read is bounded by the caller's length;
// HTTP bodies are read as streams and cut at that length, stalls time out, and an AbortSignal
// stops everything. Nothing but the requested ranges is ever read, and nothing is uploaded.
import { describeError, importError, throwIfAborted } from './errors.js';
import { IMPORT_LIMITS } from './limits.js';

/** What importModel reports while it reads. */
export interface ImportProgress {
  /** 'header': GGUF header bytes; 'listing': a repository's files; 'config': config.json; 'safetensors': safetensors headers. */
  phase: 'header' | 'listing' | 'config' | 'safetensors';
  /** The file or URL being read. */
  label: string;
  /** Bytes read so far from this file (header phase). */
  loadedBytes: number;
  /** The file's size, when known. */
  totalBytes?: number;
  /** 1-based shard number and the shard count of a split GGUF. */
  shard?: number;
  shards?: number;
}

export interface ImportOptions {
  /** Called after every read (HTTP: after each range response). */
  onProgress?: (progress: ImportProgress) => void;
  /** Stops the import; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** fetch to use for URLs and Hugging Face (default globalThis.fetch). */
  fetch?: typeof fetch;
  /** Hugging Face endpoint (default https://huggingface.co). */
  hubUrl?: string;
  /** Hugging Face repositories: the GGUF file to import (a path inside the repository). */
  gguf?: string;
  /** Hugging Face access token for private or gated repositories (sent only to hubUrl). */
  accessToken?: string;
}

/** A random-access byte source. `read` returns at most `length` bytes; fewer only at the end. */
export interface ByteSource {
  /** File name or URL, for messages. */
  readonly label: string;
  /** Size in bytes when known (HTTP: after the first read). */
  readonly size: number | undefined;
  read(offset: number, length: number, signal?: AbortSignal): Promise<Uint8Array>;
}

export class BlobSource implements ByteSource {
  constructor(
    private readonly blob: Blob,
    readonly label: string,
  ) {}

  get size(): number {
    return this.blob.size;
  }

  async read(offset: number, length: number, signal?: AbortSignal): Promise<Uint8Array> {
    throwIfAborted(signal);
    const end = Math.min(this.blob.size, offset + length);
    if (offset >= end) return new Uint8Array(0);
    try {
      return new Uint8Array(await this.blob.slice(offset, end).arrayBuffer());
    } catch (error) {
      throw importError(`could not read ${this.label}: ${describeError(error)}`);
    } finally {
      throwIfAborted(signal);
    }
  }
}

export class BufferSource implements ByteSource {
  private readonly bytes: Uint8Array;

  constructor(
    bytes: ArrayBuffer | Uint8Array,
    readonly label: string,
  ) {
    this.bytes = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  }

  get size(): number {
    return this.bytes.byteLength;
  }

  async read(offset: number, length: number, signal?: AbortSignal): Promise<Uint8Array> {
    throwIfAborted(signal);
    return this.bytes.subarray(Math.min(offset, this.bytes.byteLength), Math.min(this.bytes.byteLength, offset + length));
  }
}

/** The host of a URL, for messages (never the query: it may hold a token). */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url.slice(0, 200);
  }
}

/** A fetch that fails after `stallTimeoutMs` without a response and follows the caller's signal. */
export async function fetchWithTimeout(
  fetchFn: typeof fetch,
  url: string,
  init: RequestInit,
  signal: AbortSignal | undefined,
): Promise<{ response: Response; controller: AbortController; clear: () => void }> {
  throwIfAborted(signal);
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(() => controller.abort(new Error('timeout')), IMPORT_LIMITS.stallTimeoutMs);
  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    signal?.removeEventListener('abort', onAbort);
  };
  try {
    const response = await fetchFn(url, { ...init, signal: controller.signal });
    return { response, controller, clear };
  } catch (error) {
    clear();
    throwIfAborted(signal);
    const reason = controller.signal.aborted ? `no answer within ${IMPORT_LIMITS.stallTimeoutMs / 1000} s` : describeError(error);
    throw importError(`could not reach ${displayUrl(url)}: ${reason}`);
  }
}

/**
 * Reads at most `limit` bytes of a response body; the rest is cancelled, never buffered.
 * `truncated`: the body had more than `limit` bytes.
 */
export async function readBody(
  response: Response,
  limit: number,
  signal: AbortSignal | undefined,
  url: string,
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(0), truncated: false };
  const parts: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  try {
    while (total < limit + 1) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(importError(`${displayUrl(url)} stopped sending data (nothing for ${IMPORT_LIMITS.stallTimeoutMs / 1000} s)`)),
          IMPORT_LIMITS.stallTimeoutMs,
        );
      });
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await Promise.race([reader.read(), stalled]);
      } finally {
        clearTimeout(timer);
      }
      throwIfAborted(signal);
      if (chunk.done) break;
      const room = limit - total;
      if (chunk.value.byteLength > room) {
        parts.push(chunk.value.subarray(0, room));
        total += room;
        truncated = true;
        break;
      }
      parts.push(chunk.value);
      total += chunk.value.byteLength;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return { bytes, truncated };
}

/** Explains a failed HTTP status for a model source. */
export function httpStatusError(status: number, url: string): Error {
  const where = displayUrl(url);
  if (status === 401 || status === 403) {
    return importError(
      `${where}: access denied (HTTP ${status}); the repository is private or gated. Accept its terms on Hugging Face and pass an access token, or download the file and open it locally`,
    );
  }
  if (status === 404) return importError(`${where}: not found (HTTP 404)`, 'unknown_id');
  return importError(`${where}: the server answered HTTP ${status}`);
}

/** A file on an HTTP server that honours Range requests (Hugging Face `resolve` links do). */
export class HttpSource implements ByteSource {
  #size: number | undefined;

  constructor(
    readonly url: string,
    private readonly fetchFn: typeof fetch,
    private readonly headers: Record<string, string> = {},
    readonly label: string = displayUrl(url),
  ) {}

  get size(): number | undefined {
    return this.#size;
  }

  async read(offset: number, length: number, signal?: AbortSignal): Promise<Uint8Array> {
    if (this.#size !== undefined && offset >= this.#size) return new Uint8Array(0);
    const { response, clear } = await fetchWithTimeout(
      this.fetchFn,
      this.url,
      { headers: { ...this.headers, Range: `bytes=${offset}-${offset + length - 1}` } },
      signal,
    );
    try {
      if (response.status === 416) {
        // Past the end: "bytes */SIZE" says where it is.
        const total = /\/\s*(\d+)\s*$/.exec(response.headers.get('content-range') ?? '')?.[1];
        if (total !== undefined) this.#size = Number(total);
        await response.body?.cancel().catch(() => undefined);
        return new Uint8Array(0);
      }
      if (response.status === 200) {
        await response.body?.cancel().catch(() => undefined);
        throw importError(
          `${displayUrl(this.url)}: the server does not support HTTP Range requests (it answered 200 with the whole file instead of 206 with a part); Fitplan reads only the header, so download the file and open it locally`,
        );
      }
      if (response.status !== 206) {
        await response.body?.cancel().catch(() => undefined);
        throw httpStatusError(response.status, this.url);
      }
      const range = /^\s*bytes\s+(\d+)-(\d+)\/(\d+|\*)\s*$/i.exec(response.headers.get('content-range') ?? '');
      if (!range || Number(range[1]) !== offset) {
        await response.body?.cancel().catch(() => undefined);
        throw importError(`${displayUrl(this.url)}: the server answered a Range request with a missing or wrong Content-Range`);
      }
      if (range[3] !== '*') this.#size = Number(range[3]);
      const { bytes } = await readBody(response, length, signal, this.url);
      return bytes;
    } finally {
      clear();
    }
  }
}
