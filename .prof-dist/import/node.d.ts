import { type ImportResult, type ImportSource } from './index.js';
import type { ByteSource, ImportOptions } from './source.js';
export * from './index.js';
/**
 * A local file read with positioned reads (fs.openAsBlob is not used: Node 20 reports the size of
 * files past 4 GiB modulo 2^32).
 */
export declare class LocalFileSource implements ByteSource {
    private readonly path;
    readonly size: number;
    readonly label: string;
    constructor(path: string, size: number, label?: string);
    read(offset: number, length: number, signal?: AbortSignal): Promise<Uint8Array>;
}
/** Imports a local .gguf (with its sibling shards) or config.json. */
export declare function importLocalFile(path: string, options?: ImportOptions): Promise<ImportResult>;
/**
 * importModel with local paths: a string that names an existing file is read from disk; other
 * strings are URLs, Hugging Face ids or config.json text (see the browser importModel).
 */
export declare function importModel(source: ImportSource, options?: ImportOptions): Promise<ImportResult>;
