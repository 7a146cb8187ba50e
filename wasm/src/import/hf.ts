// Hugging Face repositories (`org/name`): the file list (@huggingface/hub listFiles), config.json
// for the architecture, the safetensors headers for the exact tensor shapes and dtypes
// (@huggingface/hub parseSafetensorsMetadata: parameter counts, biases, tied embeddings), and the
// repository's GGUF files so the user can pick one (importing one reads only its header).
// @huggingface/hub is loaded on the first repository import only, so that createPlanner() (and
// a page without a bundler, which cannot resolve the bare specifier) never needs it.

import { FILE_TYPE_NAMES, type FileTypeName, type PublishedRepoSpec } from '../types.js';

import { architectureFromConfig } from './architecture.js';
import { describeError, importError, throwIfAborted } from './errors.js';
import { IMPORT_LIMITS } from './limits.js';
import { displayUrl, fetchWithTimeout, httpStatusError, readBody, type ImportOptions } from './source.js';

export const DEFAULT_HUB_URL = 'https://huggingface.co';

/** "org/name": letters, digits, '-', '_', '.' (Hugging Face's repo id rules). */
export const HF_REPO_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;

export interface HfRepoFiles {
  paths: string[];
  /** GGUF files a user can choose: single files and the first shard of split ones. */
  ggufFiles: string[];
  /** The repository's GGUF files as ModelSpec.published (file type from the name, exact size of all shards). */
  published: PublishedRepoSpec[];
}

/** A resolve URL of a repository file (path segments encoded). */
export function resolveUrl(hubUrl: string, repo: string, path: string): string {
  return `${hubUrl.replace(/\/+$/, '')}/${repo}/resolve/main/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The fetch the hub library uses: the caller's fetch with the import's signal and stall timeout,
 * bodies capped at IMPORT_LIMITS.maxJsonBytes, and without the Xet content negotiation (plain
 * HTTP range reads are all an import needs). `failures` collects the errors it throws: the library
 * may replace them with its own words ("not valid JSON"), the caller reports the real reason.
 */
export function hubFetch(options: ImportOptions, failures?: Error[]): typeof fetch {
  const base = options.fetch ?? globalThis.fetch;
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers);
    const accept = headers.get('accept');
    if (accept?.includes('xet')) headers.set('accept', '*/*');
    const { response, clear } = await fetchWithTimeout(base, url, { ...init, headers }, options.signal);
    try {
      if (init?.method === 'HEAD' || !response.body) return response;
      const { bytes, truncated } = await readBody(response, IMPORT_LIMITS.maxJsonBytes, options.signal, url);
      if (truncated) throw importError(`${displayUrl(url)}: the answer is larger than ${IMPORT_LIMITS.maxJsonBytes} bytes (the limit)`, 'out_of_range');
      return new Response(bytes.slice(), { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (error) {
      if (error instanceof Error) failures?.push(error);
      throw error;
    } finally {
      clear();
    }
  });
}

/** A hub library error as an import error (401/403: private or gated, 404: no such repository). */
function hubError(error: unknown, repo: string, what: string): Error {
  const status = (error as { statusCode?: number }).statusCode;
  if (status === 401 || status === 403) {
    return importError(
      `Hugging Face repository '${repo}': access denied (HTTP ${status}); it is private or gated. Accept its terms and pass an access token, or download a GGUF file and open it locally`,
    );
  }
  if (status === 404) return importError(`Hugging Face repository '${repo}' does not exist (HTTP 404)`, 'unknown_id');
  if ((error as { name?: string }).name === 'FitplanError') return error as Error;
  return importError(`Hugging Face repository '${repo}': could not ${what}: ${describeError(error)}`);
}

export async function listRepoFiles(repo: string, options: ImportOptions): Promise<HfRepoFiles> {
  const hubUrl = options.hubUrl ?? DEFAULT_HUB_URL;
  options.onProgress?.({ phase: 'listing', label: `${hubUrl}/${repo}`, loadedBytes: 0 });
  const paths: string[] = [];
  const sizes = new Map<string, number>();
  try {
    const { listFiles } = await import('@huggingface/hub');
    for await (const entry of listFiles({
      repo: { type: 'model', name: repo },
      recursive: true,
      hubUrl,
      fetch: hubFetch(options),
      ...(options.accessToken ? { accessToken: options.accessToken } : {}),
    })) {
      throwIfAborted(options.signal);
      if (entry.type === 'file') {
        paths.push(entry.path);
        if (typeof entry.size === 'number') sizes.set(entry.path, entry.size);
      }
      if (paths.length > IMPORT_LIMITS.maxRepoFiles) {
        throw importError(`Hugging Face repository '${repo}' lists more than ${IMPORT_LIMITS.maxRepoFiles} files (the limit)`, 'out_of_range');
      }
    }
  } catch (error) {
    throwIfAborted(options.signal);
    throw hubError(error, repo, 'list its files');
  }
  const ggufFiles = paths
    .filter((p) => /\.gguf$/i.test(p))
    .filter((p) => {
      const shard = /-(\d{5})-of-\d{5}\.gguf$/i.exec(p);
      return !shard || Number(shard[1]) === 1;
    })
    .sort();
  return { paths, ggufFiles, published: publishedFromListing(repo, paths, sizes) };
}

/** The llama.cpp file type a GGUF file name states (e.g. "Model-Q4_K_M.gguf", "model.q8_0-00001-of-00002.gguf"), if any. */
export function fileTypeOfName(path: string): FileTypeName | undefined {
  const name = (path.split('/').pop() ?? path).replace(/-\d{5}-of-\d{5}\.gguf$/i, '').replace(/\.gguf$/i, '').toUpperCase();
  // Longest names first, so Q4_K_M is not read as Q4_K; whole tokens only (Q4_K_M_L is bartowski's mix, not Q4_K_M).
  const names = [...FILE_TYPE_NAMES].sort((a, b) => b.length - a.length);
  for (const type of names) {
    const at = name.lastIndexOf(type);
    if (at < 0) continue;
    const before = at === 0 ? '' : name[at - 1]!;
    const after = name.slice(at + type.length);
    if ((before === '' || /[-_.]/.test(before)) && after === '') return type;
  }
  return undefined;
}

/** The GGUF files of a repository listing as one published repository (split files: the first shard, all shards' bytes). */
export function publishedFromListing(repo: string, paths: readonly string[], sizes: ReadonlyMap<string, number>): PublishedRepoSpec[] {
  const files = new Map<FileTypeName, { fileType: FileTypeName; fileBytes?: number; fileName: string }>();
  for (const path of [...paths].sort()) {
    if (!/\.gguf$/i.test(path) || /mmproj/i.test(path)) continue;
    const shard = /-(\d{5})-of-(\d{5})\.gguf$/i.exec(path);
    if (shard && Number(shard[1]) !== 1) continue;
    const fileType = fileTypeOfName(path);
    if (!fileType || files.has(fileType)) continue;
    const parts = shard ? paths.filter((p) => p.replace(/-\d{5}-of-\d{5}\.gguf$/i, '') === path.replace(/-\d{5}-of-\d{5}\.gguf$/i, '')) : [path];
    const known = parts.every((p) => sizes.has(p));
    const bytes = parts.reduce((sum, p) => sum + (sizes.get(p) ?? 0), 0);
    files.set(fileType, { fileType, fileName: path, ...(known && bytes > 0 ? { fileBytes: bytes } : {}) });
  }
  if (files.size === 0) return [];
  return [{ repo, publisher: repo.split('/')[0]!, source: `https://huggingface.co/${repo}`, files: [...files.values()] }];
}

/** Fetches a small repository file (config.json); undefined when it does not exist. */
export async function fetchRepoText(repo: string, path: string, options: ImportOptions): Promise<string | undefined> {
  const url = resolveUrl(options.hubUrl ?? DEFAULT_HUB_URL, repo, path);
  options.onProgress?.({ phase: 'config', label: displayUrl(url), loadedBytes: 0 });
  const headers: Record<string, string> = options.accessToken ? { Authorization: `Bearer ${options.accessToken}` } : {};
  const { response, clear } = await fetchWithTimeout(options.fetch ?? globalThis.fetch, url, { headers }, options.signal);
  try {
    if (response.status === 404) return undefined;
    if (!response.ok) throw httpStatusError(response.status, url);
    const { bytes, truncated } = await readBody(response, IMPORT_LIMITS.maxJsonBytes, options.signal, url);
    if (truncated) throw importError(`${displayUrl(url)} is larger than ${IMPORT_LIMITS.maxJsonBytes} bytes (the limit)`, 'out_of_range');
    options.onProgress?.({ phase: 'config', label: displayUrl(url), loadedBytes: bytes.byteLength });
    return new TextDecoder().decode(bytes);
  } finally {
    clear();
  }
}

/** UTF-8 bytes of `text`, counted up to just past `limit` (a UTF-16 code unit is 1 to 3 bytes; a surrogate pair, 4). */
export function utf8Bytes(text: string, limit = Infinity): number {
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;  // (a lone surrogate is written as U+FFFD, 3 bytes)
  }
  return bytes;
}

export function parseConfigText(text: string, label: string): unknown {
  // Counted in UTF-8 bytes, as a file or an HTTP answer is (a pasted text's code units undercount).
  if (text.length * 3 > IMPORT_LIMITS.maxJsonBytes && utf8Bytes(text, IMPORT_LIMITS.maxJsonBytes) > IMPORT_LIMITS.maxJsonBytes) {
    throw importError(`${label} is larger than ${IMPORT_LIMITS.maxJsonBytes} bytes (the limit)`, 'out_of_range');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw importError(`${label} is not valid JSON: ${describeError(error)}`);
  }
}

export interface SafetensorsSummary {
  /** Parameters in the safetensors files, by dtype (e.g. { BF16: 494032768 }). */
  parameters: Record<string, number>;
  /** Their sum. */
  totalParameters: number;
  tensorNames: Set<string>;
}

/** The safetensors headers of a repository (only their JSON headers are read). */
export async function readSafetensors(repo: string, paths: readonly string[], options: ImportOptions): Promise<SafetensorsSummary | undefined> {
  const path = paths.includes('model.safetensors.index.json')
    ? 'model.safetensors.index.json'
    : paths.includes('model.safetensors')
      ? 'model.safetensors'
      : undefined;
  if (!path) return undefined;
  options.onProgress?.({ phase: 'safetensors', label: `${repo}/${path}`, loadedBytes: 0 });
  const failures: Error[] = [];
  let parsed;
  try {
    const { parseSafetensorsMetadata } = await import('@huggingface/hub');
    parsed = await parseSafetensorsMetadata({
      repo: { type: 'model', name: repo },
      path,
      computeParametersCount: true,
      hubUrl: options.hubUrl ?? DEFAULT_HUB_URL,
      fetch: hubFetch(options, failures),
      ...(options.accessToken ? { accessToken: options.accessToken } : {}),
    });
  } catch (error) {
    // The library reports a failed read in its own words; ours says why (a limit, a timeout).
    throw failures[0] ?? error;
  }
  const headers = parsed.sharded ? Object.values(parsed.headers) : [parsed.header];
  const tensorNames = new Set<string>();
  for (const header of headers) {
    for (const [name, info] of Object.entries(header)) {
      if (name === '__metadata__') continue;
      // The hub library counts parameters in a plain object keyed by dtype: a dtype such as
      // "constructor" or "__proto__" would be counted wrongly, so only safetensors' own spellings pass.
      const dtype: unknown = typeof info === 'object' && info !== null ? (info as { dtype?: unknown }).dtype : undefined;
      if (typeof dtype !== 'string' || !/^[A-Z][A-Z0-9_]{0,15}$/.test(dtype)) {
        throw importError(`${repo}/${path}: tensor '${name.slice(0, 200)}' has dtype ${JSON.stringify(dtype)?.slice(0, 100)}, not a safetensors dtype`);
      }
      tensorNames.add(name);
    }
  }
  const counts = new Map<string, number>();
  for (const [dtype, count] of Object.entries(parsed.parameterCount ?? {})) {
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
      throw importError(`${repo}/${path}: the parameters of dtype ${dtype} add up to ${String(count)}, not a whole number`);
    }
    counts.set(dtype, count);
  }
  let totalParameters = 0;
  for (const count of counts.values()) totalParameters += count;
  return { parameters: Object.fromEntries(counts), totalParameters, tensorNames };
}

/** config.json (+ safetensors names) -> architecture, for a repository. */
export function architectureOfRepo(configText: string, repo: string, safetensors: SafetensorsSummary | undefined) {
  const label = `${repo}/config.json`;
  return architectureFromConfig({ config: parseConfigText(configText, label), label, ...(safetensors ? { tensorNames: safetensors.tensorNames } : {}) });
}

export { hubError };
