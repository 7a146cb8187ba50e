// importModel for Node: also reads local paths (a .gguf file, every shard of a split one found
// next to it, or a config.json). Only the header bytes of a GGUF are read (fs.openAsBlob slices).
import { access, open, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { describeError, importError, throwIfAborted } from './errors.js';
import { parseShardName, shardName } from './gguf.js';
import {
  importConfigText,
  importModel as importModelBrowser,
  readGgufShards,
  modelFromGguf,
  type ImportResult,
  type ImportSource,
} from './index.js';
import { IMPORT_LIMITS } from './limits.js';
import type { ByteSource, ImportOptions } from './source.js';

export * from './index.js';

/**
 * A local file read with positioned reads (fs.openAsBlob is not used: Node 20 reports the size of
 * files past 4 GiB modulo 2^32).
 */
export class LocalFileSource implements ByteSource {
  constructor(
    private readonly path: string,
    readonly size: number,
    readonly label: string = basename(path),
  ) {}

  async read(offset: number, length: number, signal?: AbortSignal): Promise<Uint8Array> {
    throwIfAborted(signal);
    const want = Math.max(0, Math.min(length, this.size - offset));
    if (want === 0) return new Uint8Array(0);
    const handle = await open(this.path, 'r');
    try {
      const buffer = new Uint8Array(want);
      let done = 0;
      while (done < want) {
        const { bytesRead } = await handle.read(buffer, done, want - done, offset + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return buffer.subarray(0, done);
    } catch (error) {
      throw importError(`could not read ${this.label}: ${describeError(error)}`);
    } finally {
      await handle.close();
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Imports a local .gguf (with its sibling shards) or config.json. */
export async function importLocalFile(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  throwIfAborted(options.signal);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw importError(`cannot read '${path}': ${describeError(error)}`, 'unknown_id');
  }
  if (!info.isFile()) throw importError(`'${path}' is not a file`);
  const name = basename(path);
  if (/\.json$/i.test(name)) {
    if (info.size > IMPORT_LIMITS.maxJsonBytes) throw importError(`${name} is larger than ${IMPORT_LIMITS.maxJsonBytes} bytes (the limit)`, 'out_of_range');
    return importConfigText(await readFile(path, 'utf8'), name);
  }
  const shard = parseShardName(name);
  const paths = [path];
  if (shard && shard.count > 1) {
    if (shard.count > IMPORT_LIMITS.maxShards) throw importError(`${name}: ${shard.count} shards; the limit is ${IMPORT_LIMITS.maxShards}`, 'out_of_range');
    paths.length = 0;
    for (let i = 1; i <= shard.count; i++) {
      const sibling = join(dirname(path), shardName(shard.prefix, i, shard.count));
      if (!(await exists(sibling))) throw importError(`${name} is shard ${shard.index} of ${shard.count}, but ${basename(sibling)} is not next to it`);
      paths.push(sibling);
    }
  }
  const sources = await Promise.all(paths.map(async (p) => new LocalFileSource(p, (await stat(p)).size)));
  const header = await readGgufShards(sources, options);
  const label = basename(paths[0]!);
  const { model, warnings } = modelFromGguf(header, label, label, label);
  return {
    model,
    warnings,
    source: { kind: 'gguf', label, ...(paths.length > 1 ? { shards: paths.length } : {}), headerBytes: header.scan.headerBytes },
  };
}

/**
 * importModel with local paths: a string that names an existing file is read from disk; other
 * strings are URLs, Hugging Face ids or config.json text (see the browser importModel).
 */
export async function importModel(source: ImportSource, options: ImportOptions = {}): Promise<ImportResult> {
  if (typeof source === 'string') {
    const text = source.trim();
    if (!/^(hf:|https?:\/\/|\{)/i.test(text) && ((await exists(text)) || /\.(gguf|json)$/i.test(text))) return importLocalFile(text, options);
  }
  return importModelBrowser(source, options);
}
