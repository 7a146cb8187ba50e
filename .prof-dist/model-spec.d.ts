import type { ModelSpec } from './types.js';
/** The layout families the core knows (ModelArchitecture.family). */
export declare const ARCH_FAMILIES: readonly ["llama", "qwen2", "qwen3", "gemma2", "gemma3", "phi3", "gpt-oss", "deepseek2", "glm4moe", "llama4"];
export type ArchFamily = (typeof ARCH_FAMILIES)[number];
/** Checks a request's `model`: a non-empty id, or a ModelSpec whose fields have the right types. */
export declare function checkModel(value: unknown, field?: string): string | ModelSpec;
