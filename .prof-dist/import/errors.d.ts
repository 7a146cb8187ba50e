import { FitplanError } from '../errors.js';
import type { ErrorCode } from '../types.js';
export declare function importError(message: string, code?: ErrorCode): FitplanError;
/** Throws the signal's reason (an AbortError DOMException unless the caller gave another) when aborted. */
export declare function throwIfAborted(signal: AbortSignal | undefined): void;
export declare function describeError(error: unknown): string;
