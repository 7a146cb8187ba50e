export interface GgufHeaderScan {
    version: number;
    littleEndian: boolean;
    tensorCount: number;
    kvCount: number;
    alignment: number;
    /** Bytes from the start of the file to the end of the tensor infos. */
    headerBytes: number;
    /** Start of the tensor data (headerBytes padded to the alignment). */
    dataOffset: number;
    /** End of the last tensor's data, relative to dataOffset. */
    dataBytes: number;
}
/** The scan needs at least `bytes` bytes of the file (it ran out at that point), or it is done. */
export type ScanOutcome = {
    kind: 'need';
    bytes: number;
} | {
    kind: 'done';
    scan: GgufHeaderScan;
};
/**
 * Checks the header in `bytes` (the first bytes of the file). `atEnd`: `bytes` is the whole file,
 * so running out is a truncation error rather than a request for more.
 */
export declare function scanGgufHeader(bytes: Uint8Array, atEnd: boolean, label: string): ScanOutcome;
