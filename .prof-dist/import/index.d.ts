import type { ModelSpec } from '../types.js';
import { type GgufHeader } from './gguf.js';
import { type ByteSource, type ImportOptions } from './source.js';
export type { ImportOptions, ImportProgress } from './source.js';
export { IMPORT_LIMITS } from './limits.js';
export { architectureFromConfig, architectureFromGguf, type ArchitectureResult } from './architecture.js';
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
    safetensors?: {
        parameters: Record<string, number>;
        totalParameters: number;
    };
    source: ImportedSource;
}
/** The re-import token of an import (see ImportedSource.token). */
export declare function modelSourceToken(result: Pick<ImportResult, 'source'>): string | undefined;
/** True for strings importModel reads as a source rather than a catalog id. */
export declare function isImportSource(text: string): boolean;
/** A ModelSpec from a (merged) GGUF header. */
export declare function modelFromGguf(header: GgufHeader, id: string, source: string, label: string, url?: string): {
    model: ModelSpec;
    warnings: string[];
};
/** Reads every shard's header (in order) and merges them. */
export declare function readGgufShards(sources: readonly ByteSource[], options: ImportOptions): Promise<GgufHeader>;
/** Orders shard files by their -0000K-of-0000N names; a single file passes through. */
export declare function orderShards<T>(files: readonly T[], nameOf: (file: T) => string): T[];
/** A GGUF at a URL; a split file's other shards are found by name next to it. */
export declare function importGgufUrl(url: string, options: ImportOptions, token?: string): Promise<ImportResult>;
export declare function importConfigText(text: string, label?: string): ImportResult;
export declare function importHfRepo(repo: string, options: ImportOptions): Promise<ImportResult>;
/** Splits `hf:org/name[/path/in/repo.gguf]`. */
export declare function parseHfToken(text: string): {
    repo: string;
    file?: string;
} | undefined;
/**
 * Imports a model from a GGUF file (File/Blob/ArrayBuffer/Uint8Array, or every shard of a split
 * file), a GGUF URL, a Hugging Face repository (`hf:org/name`, `org/name`, `hf:org/name/file.gguf`,
 * a huggingface.co link) or config.json text. Rejects with a FitplanError (field "model") saying
 * what is wrong; with the signal's reason when aborted.
 */
export declare function importModel(source: ImportSource, options?: ImportOptions): Promise<ImportResult>;
