// importModel(): a model that is not in the catalog, from a GGUF file (File/Blob/buffer; split
// files as a list of shards), a GGUF URL (HTTP Range requests: only the header is read), a Hugging
// Face repository id (`org/name` or `hf:org/name[/file.gguf]`), or config.json text. Everything runs
// where it is called (the browser reads a slice of the File; nothing is uploaded). The result's
// `model` goes wherever a model id goes (analyze, plan, frontier).
import type { ModelSpec } from '../types.js';
import { architectureFromConfig, architectureFromGguf } from './architecture.js';
import { importError, throwIfAborted } from './errors.js';
import { FILE_TYPES, FILE_TYPE_OF_TENSOR_TYPE } from './ggml.js';
import { GgufArray, mergeShards, parseShardName, readGgufHeader, shardName, type GgufHeader } from './gguf.js';
import {
  DEFAULT_HUB_URL,
  HF_REPO_RE,
  architectureOfRepo,
  fetchRepoText,
  listRepoFiles,
  parseConfigText,
  readSafetensors,
  resolveUrl,
  type SafetensorsSummary,
} from './hf.js';
import { IMPORT_LIMITS } from './limits.js';
import { BlobSource, BufferSource, HttpSource, displayUrl, type ByteSource, type ImportOptions } from './source.js';

export type { ImportOptions, ImportProgress } from './source.js';
export { IMPORT_LIMITS } from './limits.js';
export { architectureFromConfig, architectureFromGguf, type ArchitectureResult, type GgufMetadataInput } from './architecture.js';

/** What importModel accepts. A string is a URL, an `hf:` / `org/name` id, or config.json text. */
export type ImportSource = Blob | readonly Blob[] | ArrayBuffer | Uint8Array | URL | string;

export interface ImportedSource {
  /** gguf: a local file (or its shards); url: a GGUF read over HTTP; hf: a Hugging Face repository; config: config.json text. */
  kind: 'gguf' | 'url' | 'hf' | 'config';
  /** File name, URL or repository id. */
  label: string;
  /**
   * A URL-safe text that imports the same model again (`hf:org/name`, `hf:org/name/file.gguf`, or
   * the https URL), for a page's URL state; absent for local files and pasted configs.
   */
  token?: string;
  /** Shards of a split GGUF. */
  shards?: number;
  /** Header bytes read (GGUF). */
  headerBytes?: number;
}

export interface ImportResult {
  model: ModelSpec;
  /** Assumptions and approximations, in words (an unknown architecture, per-layer values...). */
  warnings: string[];
  /** Hugging Face repositories: their GGUF files (first shards of split ones); import one with options.gguf. */
  ggufFiles?: string[];
  /** Hugging Face repositories with safetensors weights: parameters by dtype, read from the headers. */
  safetensors?: { parameters: Record<string, number>; totalParameters: number };
  source: ImportedSource;
}

/** The re-import token of an import (see ImportedSource.token). */
export function modelSourceToken(result: Pick<ImportResult, 'source'>): string | undefined {
  return result.source.token;
}

/** True for strings importModel reads as a source rather than a catalog id. */
export function isImportSource(text: string): boolean {
  const t = text.trim();
  return /^hf:/i.test(t) || /^https?:\/\//i.test(t) || t.startsWith('{') || HF_REPO_RE.test(t);
}

const stripGguf = (label: string) => label.replace(/\.gguf$/i, '').replace(/-\d{5}-of-\d{5}$/, '');

// ---------------------------------------------------------------------------------- GGUF

/** A ModelSpec from a (merged) GGUF header. Errors name the file by its URL when it has one, else by `label`. */
export function modelFromGguf(header: GgufHeader, id: string, source: string, label: string, url?: string): { model: ModelSpec; warnings: string[] } {
  const tensorNames = header.tensorNames ?? new Set(header.tensors.map((t) => t.name));
  const tokenEmbd = header.tensors.find((t) => t.name === 'token_embd.weight');
  const { architecture, warnings } = architectureFromGguf({
    metadata: header.metadata,
    tensorNames,
    label: url ?? label,
    ...(tokenEmbd ? { tokenEmbdDims: tokenEmbd.dims } : {}),
  });
  const rawFileType = header.metadata.get('general.file_type');
  let fileType = typeof rawFileType === 'number' || typeof rawFileType === 'bigint' ? FILE_TYPES.get(Number(rawFileType)) : undefined;
  if (!fileType) {
    // The most common type among the 2-D+ weights (by elements) names the quality prior.
    const elements = new Map<string, number>();
    for (const t of header.tensors) {
      if (t.dims.length < 2) continue;
      elements.set(t.type, (elements.get(t.type) ?? 0) + t.dims.reduce((a, b) => a * b, 1));
    }
    const main = [...elements].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'f16';
    fileType = (Object.hasOwn(FILE_TYPE_OF_TENSOR_TYPE, main) ? FILE_TYPE_OF_TENSOR_TYPE[main] : undefined) ?? 'F16';
    warnings.push(
      rawFileType === undefined
        ? `'general.file_type' is missing: the quality prior of ${fileType} is used (most weights are ${main})`
        : `'general.file_type' ${rawFileType instanceof GgufArray ? `(an array of ${rawFileType.length})` : String(rawFileType).slice(0, 100)} is unknown: the quality prior of ${fileType} is used (most weights are ${main})`,
    );
  }
  const generalName = header.metadata.get('general.name');
  const name = typeof generalName === 'string' && generalName !== '' ? generalName : stripGguf(label);
  const model: ModelSpec = {
    id,
    name: String(name),
    family: 'Imported',
    source,
    architecture,
    file: { label, fileType, fileBytes: header.fileBytes, headerBytes: header.scan.dataOffset, ...(url !== undefined ? { url } : {}), tensors: header.tensors },
  };
  return { model, warnings };
}

/**
 * Reads every shard's header (in order) and merges them. The shards share one budget of header
 * bytes and tensors (IMPORT_LIMITS.maxHeaderBytes, maxTensors): each gets what the earlier left.
 */
export async function readGgufShards(sources: readonly ByteSource[], options: ImportOptions): Promise<GgufHeader> {
  if (sources.length > IMPORT_LIMITS.maxShards) throw importError(`${sources.length} shards: the limit is ${IMPORT_LIMITS.maxShards}`, 'out_of_range');
  const headers: GgufHeader[] = [];
  let headerBytes = 0;
  let tensors = 0;
  for (const [i, source] of sources.entries()) {
    const header = await readGgufHeader(source, options, sources.length > 1 ? { index: i + 1, count: sources.length } : undefined, {
      maxHeaderBytes: IMPORT_LIMITS.maxHeaderBytes - headerBytes,
      maxTensors: IMPORT_LIMITS.maxTensors - tensors,
    });
    headerBytes += header.scan.headerBytes;
    tensors += header.tensors.length;
    headers.push(header);
  }
  const merged = mergeShards(headers);
  const declared = merged.metadata.get('split.count');
  if ((typeof declared === 'number' || typeof declared === 'bigint') && Number(declared) > sources.length) {
    throw importError(`${sources[0]!.label} is shard 1 of ${Number(declared)}: give all ${Number(declared)} shards together`);
  }
  return merged;
}

/** Orders shard files by their -0000K-of-0000N names; a single file passes through. */
export function orderShards<T>(files: readonly T[], nameOf: (file: T) => string): T[] {
  if (files.length === 0) throw importError('no file was given');
  if (files.length === 1) {
    const shard = parseShardName(nameOf(files[0]!));
    if (shard && shard.count > 1) {
      throw importError(`${nameOf(files[0]!)} is shard ${shard.index} of ${shard.count}: give all ${shard.count} shards together (${shardName(shard.prefix, 1, shard.count)} ...)`);
    }
    return [...files];
  }
  if (files.length > IMPORT_LIMITS.maxShards) throw importError(`${files.length} files: at most ${IMPORT_LIMITS.maxShards} shards`, 'out_of_range');
  const parsed = files.map((f) => ({ f, shard: parseShardName(nameOf(f)) }));
  const first = parsed[0]!.shard;
  if (!first) throw importError(`several files were given but ${nameOf(files[0]!)} is not a shard (name-00001-of-0000N.gguf)`);
  const ordered: T[] = [];
  for (let i = 1; i <= first.count; i++) {
    const match = parsed.find((p) => p.shard && p.shard.prefix === first.prefix && p.shard.count === first.count && p.shard.index === i);
    if (!match) throw importError(`shard ${shardName(first.prefix, i, first.count)} is missing`);
    ordered.push(match.f);
  }
  if (ordered.length !== files.length) throw importError(`the files are not the ${first.count} shards of one model`);
  return ordered;
}

async function importGgufSources(sources: ByteSource[], kind: 'gguf' | 'url', options: ImportOptions, token?: string): Promise<ImportResult> {
  const header = await readGgufShards(sources, options);
  const label = sources[0]!.label.split('/').pop() ?? sources[0]!.label;
  // Ids keep the file name (with .gguf), so they never collide with a catalog id.
  const id = kind === 'url' && token ? token : label;
  const { model, warnings } = modelFromGguf(header, id, kind === 'url' ? sources[0]!.label : label, label, kind === 'url' ? sources[0]!.label : undefined);
  return {
    model,
    warnings,
    source: {
      kind,
      label: kind === 'url' ? sources[0]!.label : label,
      ...(token ? { token } : {}),
      ...(sources.length > 1 ? { shards: sources.length } : {}),
      headerBytes: header.scan.headerBytes,
    },
  };
}

/** A GGUF at a URL; a split file's other shards are found by name next to it. */
export async function importGgufUrl(url: string, options: ImportOptions, token?: string): Promise<ImportResult> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw importError(`'${url.slice(0, 200)}' is not a valid URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw importError(`${displayUrl(url)}: only http and https URLs can be read`);
  const fetchFn = options.fetch ?? globalThis.fetch;
  const name = decodeURIComponent(parsed.pathname.split('/').pop() ?? '');
  const shard = parseShardName(name);
  const urls: string[] = [];
  if (shard && shard.count > 1) {
    if (shard.count > IMPORT_LIMITS.maxShards) throw importError(`${name}: ${shard.count} shards; the limit is ${IMPORT_LIMITS.maxShards}`, 'out_of_range');
    for (let i = 1; i <= shard.count; i++) {
      const u = new URL(parsed.href);
      u.pathname = `${parsed.pathname.slice(0, parsed.pathname.lastIndexOf('/') + 1)}${encodeURIComponent(shardName(shard.prefix, i, shard.count))}`;
      urls.push(u.href);
    }
  } else {
    urls.push(parsed.href);
  }
  const hubOrigin = new URL(options.hubUrl ?? DEFAULT_HUB_URL).origin;
  const headers: Record<string, string> = options.accessToken && parsed.origin === hubOrigin ? { Authorization: `Bearer ${options.accessToken}` } : {};
  const sources = urls.map((u) => new HttpSource(u, fetchFn, headers));
  return importGgufSources(sources, 'url', options, token ?? (parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined));
}

// ------------------------------------------------------------------------------ config.json

export function importConfigText(text: string, label = 'config.json'): ImportResult {
  const config = parseConfigText(text, label);
  const { architecture, warnings } = architectureFromConfig({ config, label });
  const c = config as Record<string, unknown>;
  const nameFromConfig = typeof c._name_or_path === 'string' && c._name_or_path !== '' ? c._name_or_path : undefined;
  const name = nameFromConfig ?? (label === 'config.json' ? `${architecture.ggufArch} (config.json)` : label.replace(/\.json$/i, ''));
  return {
    model: { id: nameFromConfig ?? label, name, family: 'Imported', source: label, architecture },
    warnings,
    source: { kind: 'config', label },
  };
}

// ----------------------------------------------------------------------------- Hugging Face

/** The GGUF a repository import picks when none is asked for: a Q4_K_M one, else the first. */
function defaultGguf(files: readonly string[]): string | undefined {
  return files.find((f) => /q4_k_m/i.test(f)) ?? files[0];
}

export async function importHfRepo(repo: string, options: ImportOptions): Promise<ImportResult> {
  if (!HF_REPO_RE.test(repo)) throw importError(`'${repo}' is not a Hugging Face repository id (org/name)`);
  const hubUrl = options.hubUrl ?? DEFAULT_HUB_URL;
  const { paths, ggufFiles, published } = await listRepoFiles(repo, options);
  const pickGguf = async (file: string, why?: string): Promise<ImportResult> => {
    const token = `hf:${repo}/${file}`;
    const result = await importGgufUrl(resolveUrl(hubUrl, repo, file), options, token);
    result.model.id = token;
    result.model.source = `${hubUrl}/${repo}`;
    if (published.length > 0) result.model.published = published;
    return { ...result, warnings: why ? [why, ...result.warnings] : result.warnings, ggufFiles, source: { ...result.source, kind: 'hf', label: `${repo}/${file}`, token } };
  };
  if (options.gguf !== undefined) {
    const wanted = options.gguf.replace(/^\/+/, '');
    if (!paths.includes(wanted)) {
      throw importError(
        `Hugging Face repository '${repo}' has no file '${wanted}'${ggufFiles.length ? `; its GGUF files: ${ggufFiles.join(', ')}` : ' (and no GGUF files)'}`,
        'unknown_id',
      );
    }
    return pickGguf(wanted);
  }
  if (paths.includes('config.json')) {
    const text = await fetchRepoText(repo, 'config.json', options);
    if (text !== undefined) {
      let safetensors: SafetensorsSummary | undefined;
      const warnings: string[] = [];
      try {
        safetensors = await readSafetensors(repo, paths, options);
      } catch (error) {
        throwIfAborted(options.signal);
        warnings.push(`the safetensors headers could not be read (${error instanceof Error ? error.message : String(error)}): biases and tied embeddings follow config.json alone`);
      }
      const result = architectureOfRepo(text, repo, safetensors);
      const token = `hf:${repo}`;
      return {
        model: {
          id: token, name: repo.split('/')[1]!, family: 'Imported', source: `${hubUrl}/${repo}`, architecture: result.architecture,
          ...(published.length > 0 ? { published } : {}),
        },
        warnings: [...warnings, ...result.warnings],
        ggufFiles,
        ...(safetensors ? { safetensors: { parameters: safetensors.parameters, totalParameters: safetensors.totalParameters } } : {}),
        source: { kind: 'hf', label: repo, token },
      };
    }
  }
  const chosen = defaultGguf(ggufFiles);
  if (chosen === undefined) throw importError(`Hugging Face repository '${repo}' has neither a config.json nor GGUF files`);
  return pickGguf(chosen, ggufFiles.length > 1 ? `'${repo}' has no config.json: imported ${chosen}, one of its ${ggufFiles.length} GGUF files (choose another with the gguf option)` : undefined);
}

// ---------------------------------------------------------------------------------- entry

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

function nameOf(blob: Blob, fallback: string): string {
  return typeof (blob as File).name === 'string' && (blob as File).name !== '' ? (blob as File).name : fallback;
}

async function importBlobs(blobs: readonly Blob[], options: ImportOptions): Promise<ImportResult> {
  const first = blobs[0];
  if (first && blobs.length === 1 && /\.json$/i.test(nameOf(first, ''))) {
    if (first.size > IMPORT_LIMITS.maxJsonBytes) throw importError(`${nameOf(first, 'the file')} is larger than ${IMPORT_LIMITS.maxJsonBytes} bytes (the limit)`, 'out_of_range');
    return importConfigText(await first.text(), nameOf(first, 'config.json'));
  }
  const ordered = orderShards(blobs, (b) => nameOf(b, 'model.gguf'));
  return importGgufSources(ordered.map((b, i) => new BlobSource(b, nameOf(b, `model-${i + 1}.gguf`))), 'gguf', options);
}

/** Splits `hf:org/name[/path/in/repo.gguf]`. */
export function parseHfToken(text: string): { repo: string; file?: string } | undefined {
  const m = /^hf:([^/]+\/[^/]+)(?:\/(.+))?$/i.exec(text.trim());
  if (!m) return undefined;
  return m[2] ? { repo: m[1]!, file: m[2] } : { repo: m[1]! };
}

/** Hugging Face web URLs: a repository page imports the repository; a blob/resolve link, that file. */
function hfUrl(url: URL, hubUrl: string): { repo: string; file?: string } | undefined {
  if (url.origin !== new URL(hubUrl).origin) return undefined;
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 2) return { repo: `${parts[0]}/${parts[1]}` };
  if (parts.length >= 5 && (parts[2] === 'blob' || parts[2] === 'resolve') && parts[3] === 'main') {
    return { repo: `${parts[0]}/${parts[1]}`, file: parts.slice(4).join('/') };
  }
  return undefined;
}

/**
 * Imports a model from a GGUF file (File/Blob/ArrayBuffer/Uint8Array, or every shard of a split
 * file), a GGUF URL, a Hugging Face repository (`hf:org/name`, `org/name`, `hf:org/name/file.gguf`,
 * a huggingface.co link) or config.json text. Rejects with a FitplanError (field "model") saying
 * what is wrong; with the signal's reason when aborted.
 */
export async function importModel(source: ImportSource, options: ImportOptions = {}): Promise<ImportResult> {
  throwIfAborted(options.signal);
  if (isBlob(source)) return importBlobs([source], options);
  if (Array.isArray(source)) {
    if (!source.every(isBlob)) throw importError('a list of sources must hold only Files/Blobs (the shards of one GGUF)');
    return importBlobs(source, options);
  }
  if (source instanceof ArrayBuffer || source instanceof Uint8Array) {
    return importGgufSources([new BufferSource(source, 'model.gguf')], 'gguf', options);
  }
  const text = source instanceof URL ? source.href : typeof source === 'string' ? source.trim() : undefined;
  if (text === undefined) throw importError('expected a GGUF File/Blob/buffer, a URL, a Hugging Face id (org/name) or config.json text');
  if (text.startsWith('{')) return importConfigText(text);
  const hubUrl = options.hubUrl ?? DEFAULT_HUB_URL;
  const token = parseHfToken(text);
  if (token) return importHfRepo(token.repo, token.file ? { ...options, gguf: token.file } : options);
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw importError(`'${text.slice(0, 200)}' is not a valid URL`);
    }
    const hf = hfUrl(url, hubUrl);
    if (hf) return importHfRepo(hf.repo, hf.file ? { ...options, gguf: hf.file } : options);
    return importGgufUrl(url.href, options);
  }
  if (HF_REPO_RE.test(text)) return importHfRepo(text, options);
  throw importError(`'${text.slice(0, 200)}' is not a model source: expected a .gguf file, a URL, a Hugging Face id (org/name or hf:org/name) or config.json text`);
}
