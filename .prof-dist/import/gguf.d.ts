import { type MetadataValue } from '@huggingface/gguf';
import type { ImportedTensor } from '../types.js';
import { type GgufHeaderScan } from './gguf-header.js';
import type { ByteSource, ImportOptions } from './source.js';
export type GgufMetadata = Record<string, MetadataValue>;
export interface GgufHeader {
    label: string;
    metadata: GgufMetadata;
    tensors: ImportedTensor[];
    scan: GgufHeaderScan;
    /** The file's size in bytes. */
    fileBytes: number;
}
/** Reads and checks one file's header (never more than IMPORT_LIMITS.maxHeaderBytes). */
export declare function readGgufHeader(source: ByteSource, options: ImportOptions, shard?: {
    index: number;
    count: number;
}): Promise<GgufHeader>;
/** "name-00001-of-00003.gguf" -> its parts (llama.cpp gguf-split naming). */
export declare const SHARD_RE: RegExp;
export interface ShardName {
    prefix: string;
    index: number;
    count: number;
}
export declare function parseShardName(name: string): ShardName | undefined;
export declare function shardName(prefix: string, index: number, count: number): string;
/**
 * Merges the headers of a split file (in shard order): the metadata of the first shard, every
 * shard's tensors, the sizes added up. Checks split.no / split.count / split.tensors.count.
 */
export declare function mergeShards(headers: GgufHeader[]): GgufHeader;
