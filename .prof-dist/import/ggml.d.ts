import type { FileTypeName } from '../types.js';
export interface GgmlTypeInfo {
    /** ggml_type_name spelling, as the core parses it, e.g. "q4_K". */
    name: string;
    /** Elements per block. */
    blockElements: number;
    /** Bytes per block. */
    blockBytes: number;
}
/** ggml_type id -> layout. Ids absent here (removed types 4, 5, 31-33, 36-38) are rejected. */
export declare const GGML_TYPES: ReadonlyMap<number, GgmlTypeInfo>;
/** general.file_type (llama_ftype) -> llama.cpp name. */
export declare const FILE_TYPES: ReadonlyMap<number, FileTypeName>;
/**
 * When general.file_type is missing or unknown: the file type whose main tensor type is the one
 * most of the file's weights have (the quality prior only; sizes always come from the table).
 */
export declare const FILE_TYPE_OF_TENSOR_TYPE: Readonly<Record<string, FileTypeName>>;
/** Bytes of a tensor of `type` with `elements` elements whose rows are `ne0` long (ne0 a multiple of the block). */
export declare function tensorBytes(type: GgmlTypeInfo, elements: number): number;
