// Reading GGUF headers: only the header and tensor table of each file (or of every shard of a
// split file), in growing bounded reads, checked and indexed by scanGgufHeader (gguf-header.ts).
// The tensor data is never read, and metadata values are decoded only when the import asks.
import type { ImportedTensor } from '../types.js';
import { importError, throwIfAborted } from './errors.js';
import { GgufArray, GgufMetadata, scanGgufHeader, type GgufHeaderScan, type GgufValue, type ScanLimits } from './gguf-header.js';
import { IMPORT_LIMITS } from './limits.js';
import type { ByteSource, ImportOptions } from './source.js';

export { GgufArray, GgufMetadata, type GgufValue };

export interface GgufHeader {
  label: string;
  metadata: GgufMetadata;
  tensors: ImportedTensor[];
  /** The tensors' names (mergeShards sets it, having checked that none repeats). */
  tensorNames?: ReadonlySet<string>;
  scan: GgufHeaderScan;
  /** The file's size in bytes. */
  fileBytes: number;
}

/** First read of a header: enough for most files without tokenizer merges. */
const FIRST_READ = 1 << 20;

/**
 * Reads and checks one file's header: never more than `limits.maxHeaderBytes` (+1 to see that it
 * is larger); by default the whole IMPORT_LIMITS budget, a shard gets what the earlier ones left.
 */
export async function readGgufHeader(
  source: ByteSource,
  options: ImportOptions,
  shard?: { index: number; count: number },
  limits: ScanLimits = { maxHeaderBytes: IMPORT_LIMITS.maxHeaderBytes, maxTensors: IMPORT_LIMITS.maxTensors },
): Promise<GgufHeader> {
  let buffer = new Uint8Array(0);
  let atEnd = false;
  let want = Math.min(FIRST_READ, limits.maxHeaderBytes + 1);
  for (;;) {
    throwIfAborted(options.signal);
    if (!atEnd && buffer.byteLength < want) {
      const chunk = await source.read(buffer.byteLength, want - buffer.byteLength, options.signal);
      if (chunk.byteLength < want - buffer.byteLength) atEnd = true;
      const grown = new Uint8Array(buffer.byteLength + chunk.byteLength);
      grown.set(buffer);
      grown.set(chunk, buffer.byteLength);
      buffer = grown;
      if (source.size !== undefined && buffer.byteLength >= source.size) atEnd = true;
      options.onProgress?.({
        phase: 'header',
        label: source.label,
        loadedBytes: buffer.byteLength,
        ...(source.size !== undefined ? { totalBytes: source.size } : {}),
        ...(shard ? { shard: shard.index, shards: shard.count } : {}),
      });
    }
    if (buffer.byteLength === 0) throw importError(`${source.label}: the file is empty`);
    // Checking passes while the header is incomplete; one indexing pass once it is whole.
    const outcome = scanGgufHeader(buffer, atEnd, source.label, limits, false);
    if (outcome.kind === 'done') {
      const indexed = scanGgufHeader(buffer, atEnd, source.label, limits, true);
      if (indexed.kind !== 'done') throw new Error('internal: the indexing pass over a whole header ran out of bytes');
      const scan = indexed.scan;
      const fileBytes = source.size ?? buffer.byteLength;
      if (scan.dataOffset + scan.dataBytes > fileBytes) {
        throw importError(
          `${source.label}: the file is incomplete: its header describes ${scan.dataOffset + scan.dataBytes} bytes but the file has ${fileBytes} (an interrupted download?)`,
        );
      }
      return { label: source.label, metadata: indexed.metadata, tensors: indexed.tensors, scan, fileBytes };
    }
    // Grow geometrically (the scan restarts from the top, so the total work stays linear).
    want = Math.min(limits.maxHeaderBytes + 1, Math.max(outcome.bytes, want * 2));
  }
}

// ---------------------------------------------------------------------------- split files

/** "name-00001-of-00003.gguf" -> its parts (llama.cpp gguf-split naming). */
export const SHARD_RE = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/i;

export interface ShardName {
  prefix: string;
  index: number;
  count: number;
}

export function parseShardName(name: string): ShardName | undefined {
  const m = SHARD_RE.exec(name);
  if (!m) return undefined;
  const index = Number(m[2]);
  const count = Number(m[3]);
  if (index < 1 || count < 1 || index > count) return undefined;
  return { prefix: m[1]!, index, count };
}

export function shardName(prefix: string, index: number, count: number): string {
  return `${prefix}-${String(index).padStart(5, '0')}-of-${String(count).padStart(5, '0')}.gguf`;
}

const int = (value: GgufValue | undefined): number | undefined =>
  typeof value === 'number' || typeof value === 'bigint' ? Number(value) : undefined;

/** The names of the headers' tensors; a name that repeats (in a file or across shards) is an error. */
function tensorNamesOf(headers: readonly GgufHeader[]): Set<string> {
  const names = new Set<string>();
  for (const h of headers) {
    for (const t of h.tensors) {
      if (names.has(t.name)) {
        const twiceHere = h.tensors.filter((u) => u.name === t.name).length > 1;
        throw importError(twiceHere ? `${h.label}: tensor '${t.name}' appears twice` : `tensor '${t.name}' appears in more than one shard`);
      }
      names.add(t.name);
    }
  }
  return names;
}

/**
 * Merges the headers of a split file (in shard order): the metadata of the first shard, every
 * shard's tensors, the sizes added up. Checks split.no / split.count / split.tensors.count, and
 * that no tensor name repeats (in one file or across shards).
 */
export function mergeShards(headers: GgufHeader[]): GgufHeader {
  const first = headers[0]!;
  if (headers.length === 1) return { ...first, tensorNames: tensorNamesOf(headers) };
  const count = int(first.metadata.get('split.count'));
  if (count !== undefined && count !== headers.length) {
    throw importError(`${first.label}: 'split.count' is ${count} but ${headers.length} shards were given`);
  }
  headers.forEach((h, i) => {
    const no = int(h.metadata.get('split.no'));
    if (no !== undefined && no !== i) throw importError(`${h.label}: 'split.no' is ${no}; expected ${i} (shard ${i + 1} of ${headers.length})`);
  });
  const tensors = headers.flatMap((h) => h.tensors);
  const declared = int(first.metadata.get('split.tensors.count'));
  if (declared !== undefined && declared !== tensors.length) {
    throw importError(`${first.label}: 'split.tensors.count' is ${declared} but the shards hold ${tensors.length} tensors`);
  }
  return { ...first, tensors, tensorNames: tensorNamesOf(headers), fileBytes: headers.reduce((sum, h) => sum + h.fileBytes, 0) };
}
