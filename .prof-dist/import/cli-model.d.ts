import type { ModelSpec } from '../types.js';
/** True when --model names something to import rather than a catalog id (ids have no '/' or extension). */
export declare function isModelSource(value: string): boolean;
/**
 * The request's model for --model VALUE [--gguf FILE]: the id itself, or the imported ModelSpec.
 * `err` receives progress lines and warnings ("fitplan: ..."). Environment: HF_ENDPOINT (the Hugging
 * Face endpoint, default https://huggingface.co), HF_TOKEN (an access token for gated repositories).
 */
export declare function resolveModelFlag(value: string, gguf: string | undefined, err: (text: string) => void, env?: NodeJS.ProcessEnv): Promise<string | ModelSpec>;
