/** Every failure of the fitplan API: a code, the request field at fault and what is allowed. */
export class FitplanError extends Error {
    /** What kind of failure (see ErrorCode). */
    code;
    /** Path of the offending request field, e.g. "hardware.vramGiB"; "" when no single field. */
    field;
    constructor(code, field, message) {
        super(message);
        this.name = 'FitplanError';
        this.code = code;
        this.field = field;
    }
}
//# sourceMappingURL=errors.js.map