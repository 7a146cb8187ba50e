export declare const IMPORT_LIMITS: {
    /** Bytes of GGUF header (metadata + tensor infos) read from one file or shard. */
    readonly maxHeaderBytes: number;
    /** Metadata key/value pairs in one header (GGUF files have ~30-60). */
    readonly maxMetadataKeys: 65536;
    /** A metadata key (the GGUF spec caps keys at 65535 bytes). */
    readonly maxKeyBytes: 65535;
    /** A metadata string value; `tokenizer.*` strings (chat templates) may be up to maxTokenizerStringBytes. */
    readonly maxStringBytes: number;
    readonly maxTokenizerStringBytes: number;
    /** Elements of one metadata array (vocabularies: <= 262,144 tokens, merges <= ~500k); @huggingface/gguf's own cap. */
    readonly maxArrayLength: 1000000;
    /** Arrays of arrays: at most this deep (GGUF files use none). */
    readonly maxArrayDepth: 2;
    /** Tensors in one header (the largest models have a few thousand). */
    readonly maxTensors: 1000000;
    /** A tensor name (llama.cpp: GGML_MAX_NAME = 64 bytes including the terminating NUL). */
    readonly maxTensorNameBytes: 63;
    /** Dimensions of one tensor (ggml: GGML_MAX_DIMS = 4). */
    readonly maxDims: 4;
    /** One dimension (the largest in real models is a vocabulary, ~2^18). */
    readonly maxDim: number;
    /** Shards of a split GGUF (-00001-of-0000N). */
    readonly maxShards: 1000;
    /** A config.json, a safetensors header or an HTTP error body. */
    readonly maxJsonBytes: number;
    /** An HTTP request that sends nothing for this long fails (ms). */
    readonly stallTimeoutMs: 30000;
};
