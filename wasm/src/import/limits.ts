// Bounds on everything an import reads, so that no input (a crafted GGUF header, a server that
// sends gigabytes, a huge config.json) can make the reader allocate or loop without limit. Real
// files are far inside them: the largest GGUF headers (256k-token vocabularies with their merges)
// are about 15 MiB, the largest tensor tables a few thousand entries. This object is the one
// place they are set; README.md ("Only headers are read ...") states the same numbers, and
// tests/wasm/import-limits.test.ts checks both, at and just past each limit.
const MiB = 2 ** 20;

export const IMPORT_LIMITS = {
  /**
   * Bytes of GGUF header (metadata + tensor infos) read for one model: a file, or every shard of
   * a split file together.
   */
  maxHeaderBytes: 64 * MiB,
  /** Metadata key/value pairs in one header (GGUF files have ~30-60). */
  maxMetadataKeys: 65_536,
  /** A metadata key (the GGUF spec caps keys at 65535 bytes). */
  maxKeyBytes: 65_535,
  /** A metadata string value; `tokenizer.*` strings (chat templates) may be up to maxTokenizerStringBytes. */
  maxStringBytes: 1 * MiB,
  maxTokenizerStringBytes: 16 * MiB,
  /**
   * Elements of one metadata array (vocabularies: <= 262,144 tokens, merges <= ~500k). Arrays are
   * never decoded as a whole: only their length is read (the vocabulary size), except per-layer
   * hyperparameters, which must have one entry per layer (block_count, at most 1024).
   */
  maxArrayLength: 1_000_000,
  /** Arrays of arrays: at most this deep (GGUF files use none). */
  maxArrayDepth: 2,
  /** Tensors in one model, all shards together (the largest models have a few thousand). */
  maxTensors: 1_000_000,
  /** A tensor name (llama.cpp: GGML_MAX_NAME = 64 bytes including the terminating NUL). */
  maxTensorNameBytes: 63,
  /** Dimensions of one tensor (ggml: GGML_MAX_DIMS = 4). */
  maxDims: 4,
  /** One dimension (the largest in real models is a vocabulary, ~2^18). */
  maxDim: 2 ** 40,
  /** Shards of a split GGUF (-00001-of-0000N). */
  maxShards: 1_000,
  /** A config.json, a safetensors header or index, a repository listing page or an HTTP error body (bytes). */
  maxJsonBytes: 16 * MiB,
  /** Files in a Hugging Face repository listing. */
  maxRepoFiles: 100_000,
  /** An HTTP request that sends nothing for this long fails (ms). */
  stallTimeoutMs: 30_000,
} as const;
