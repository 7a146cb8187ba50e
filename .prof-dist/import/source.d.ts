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
export declare class BlobSource implements ByteSource {
    private readonly blob;
    readonly label: string;
    constructor(blob: Blob, label: string);
    get size(): number;
    read(offset: number, length: number, signal?: AbortSignal): Promise<Uint8Array>;
}
export declare class BufferSource implements ByteSource {
    readonly label: string;
    private readonly bytes;
    constructor(bytes: ArrayBuffer | Uint8Array, label: string);
    get size(): number;
    read(offset: number, length: number, signal?: AbortSignal): Promise<Uint8Array>;
}
/** The host of a URL, for messages (never the query: it may hold a token). */
export declare function displayUrl(url: string): string;
/** A fetch that fails after `stallTimeoutMs` without a response and follows the caller's signal. */
export declare function fetchWithTimeout(fetchFn: typeof fetch, url: string, init: RequestInit, signal: AbortSignal | undefined): Promise<{
    response: Response;
    controller: AbortController;
    clear(): void;
}>;
/**
 * Reads at most `limit` bytes of a response body; the rest is cancelled, never buffered.
 * `truncated`: the body had more than `limit` bytes.
 */
export declare function readBody(response: Response, limit: number, signal: AbortSignal | undefined, url: string): Promise<{
    bytes: Uint8Array;
    truncated: boolean;
}>;
/** Explains a failed HTTP status for a model source. */
export declare function httpStatusError(status: number, url: string): Error;
/** A file on an HTTP server that honours Range requests (Hugging Face `resolve` links do). */
export declare class HttpSource implements ByteSource {
    #private;
    readonly url: string;
    private readonly fetchFn;
    private readonly headers;
    readonly label: string;
    constructor(url: string, fetchFn: typeof fetch, headers?: Record<string, string>, label?: string);
    get size(): number | undefined;
    read(offset: number, length: number, signal?: AbortSignal): Promise<Uint8Array>;
}
