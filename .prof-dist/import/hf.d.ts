import { type FileTypeName, type PublishedRepoSpec } from '../types.js';
import { type ImportOptions } from './source.js';
export declare const DEFAULT_HUB_URL = "https://huggingface.co";
/** "org/name": letters, digits, '-', '_', '.' (Hugging Face's repo id rules). */
export declare const HF_REPO_RE: RegExp;
export interface HfRepoFiles {
    paths: string[];
    /** GGUF files a user can choose: single files and the first shard of split ones. */
    ggufFiles: string[];
    /** The repository's GGUF files as ModelSpec.published (file type from the name, exact size of all shards). */
    published: PublishedRepoSpec[];
}
/** A resolve URL of a repository file (path segments encoded). */
export declare function resolveUrl(hubUrl: string, repo: string, path: string): string;
/**
 * The fetch the hub library uses: the caller's fetch with the import's signal and stall timeout,
 * bodies capped at IMPORT_LIMITS.maxJsonBytes, and without the Xet content negotiation (plain
 * HTTP range reads are all an import needs).
 */
export declare function hubFetch(options: ImportOptions): typeof fetch;
/** A hub library error as an import error (401/403: private or gated, 404: no such repository). */
declare function hubError(error: unknown, repo: string, what: string): Error;
export declare function listRepoFiles(repo: string, options: ImportOptions): Promise<HfRepoFiles>;
/** The llama.cpp file type a GGUF file name states (e.g. "Model-Q4_K_M.gguf", "model.q8_0-00001-of-00002.gguf"), if any. */
export declare function fileTypeOfName(path: string): FileTypeName | undefined;
/** The GGUF files of a repository listing as one published repository (split files: the first shard, all shards' bytes). */
export declare function publishedFromListing(repo: string, paths: readonly string[], sizes: ReadonlyMap<string, number>): PublishedRepoSpec[];
/** Fetches a small repository file (config.json); undefined when it does not exist. */
export declare function fetchRepoText(repo: string, path: string, options: ImportOptions): Promise<string | undefined>;
export declare function parseConfigText(text: string, label: string): unknown;
export interface SafetensorsSummary {
    /** Parameters in the safetensors files, by dtype (e.g. { BF16: 494032768 }). */
    parameters: Record<string, number>;
    /** Their sum. */
    totalParameters: number;
    tensorNames: Set<string>;
}
/** The safetensors headers of a repository (only their JSON headers are read). */
export declare function readSafetensors(repo: string, paths: readonly string[], options: ImportOptions): Promise<SafetensorsSummary | undefined>;
/** config.json (+ safetensors names) -> architecture, for a repository. */
export declare function architectureOfRepo(configText: string, repo: string, safetensors: SafetensorsSummary | undefined): import("./architecture.js").ArchitectureResult;
export { hubError };
