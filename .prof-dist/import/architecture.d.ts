import type { MetadataValue } from '@huggingface/gguf';
import type { ModelArchitecture } from '../types.js';
export interface ArchitectureResult {
    architecture: ModelArchitecture;
    /** What was assumed or approximated, in words (shown to the user). */
    warnings: string[];
}
export interface GgufModelInput {
    metadata: Record<string, MetadataValue>;
    /** Every tensor name in the file (all shards). */
    tensorNames: ReadonlySet<string>;
    /** dims of token_embd.weight, for the vocabulary when the tokenizer is absent. */
    tokenEmbdDims?: readonly number[];
    /** For messages: the file name. */
    label: string;
}
export declare function architectureFromGguf({ metadata, tensorNames, tokenEmbdDims, label }: GgufModelInput): ArchitectureResult;
export interface ConfigModelInput {
    /** The parsed config.json. */
    config: unknown;
    /** safetensors tensor names (Hugging Face names, e.g. "lm_head.weight"), when known. */
    tensorNames?: ReadonlySet<string>;
    label: string;
}
export declare function architectureFromConfig({ config, tensorNames, label }: ConfigModelInput): ArchitectureResult;
