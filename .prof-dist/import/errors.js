// Every import failure is a FitplanError on the field "model": code invalid_argument for input
// that is not a usable model (not GGUF, truncated, a missing hyperparameter), out_of_range for a
// value past a limit (limits.ts), unknown_id for a file or repository that does not exist.
import { FitplanError } from '../errors.js';
export function importError(message, code = 'invalid_argument') {
    return new FitplanError(code, 'model', message);
}
/** Throws the signal's reason (an AbortError DOMException unless the caller gave another) when aborted. */
export function throwIfAborted(signal) {
    if (signal?.aborted)
        throw signal.reason ?? new DOMException('The import was aborted', 'AbortError');
}
export function describeError(error) {
    if (error instanceof Error) {
        const cause = error.cause;
        const detail = cause instanceof Error ? `: ${cause.message}` : '';
        return `${error.message}${detail}`;
    }
    return String(error);
}
//# sourceMappingURL=errors.js.map