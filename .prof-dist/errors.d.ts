import type { ErrorCode } from './types.js';
/** Every failure of the fitplan API: a code, the request field at fault and what is allowed. */
export declare class FitplanError extends Error {
    /** What kind of failure (see ErrorCode). */
    readonly code: ErrorCode;
    /** Path of the offending request field, e.g. "hardware.vramGiB"; "" when no single field. */
    readonly field: string;
    constructor(code: ErrorCode, field: string, message: string);
}
