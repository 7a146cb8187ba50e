// Reading GGUF headers: only the header and tensor table of each file (or of every shard of a
// split file), in growing bounded reads, checked by scanGgufHeader and then decoded by
// @huggingface/gguf from memory. The tensor data is never read.
import { gguf } from '@huggingface/gguf';
import { describeError, importError, throwIfAborted } from './errors.js';
import { scanGgufHeader } from './gguf-header.js';
import { GGML_TYPES } from './ggml.js';
import { IMPORT_LIMITS } from './limits.js';
/** First read of a header: enough for most files without tokenizer merges. */
const FIRST_READ = 1 << 20;
/** Reads and checks one file's header (never more than IMPORT_LIMITS.maxHeaderBytes). */
export async function readGgufHeader(source, options, shard) {
    let buffer = new Uint8Array(0);
    let atEnd = false;
    let want = FIRST_READ;
    for (;;) {
        throwIfAborted(options.signal);
        if (!atEnd && buffer.byteLength < want) {
            const chunk = await source.read(buffer.byteLength, want - buffer.byteLength, options.signal);
            if (chunk.byteLength < want - buffer.byteLength)
                atEnd = true;
            const grown = new Uint8Array(buffer.byteLength + chunk.byteLength);
            grown.set(buffer);
            grown.set(chunk, buffer.byteLength);
            buffer = grown;
            if (source.size !== undefined && buffer.byteLength >= source.size)
                atEnd = true;
            options.onProgress?.({
                phase: 'header',
                label: source.label,
                loadedBytes: buffer.byteLength,
                ...(source.size !== undefined ? { totalBytes: source.size } : {}),
                ...(shard ? { shard: shard.index, shards: shard.count } : {}),
            });
        }
        if (buffer.byteLength === 0)
            throw importError(`${source.label}: the file is empty`);
        const outcome = scanGgufHeader(buffer, atEnd, source.label);
        if (outcome.kind === 'done') {
            const scan = outcome.scan;
            const fileBytes = source.size ?? buffer.byteLength;
            if (scan.dataOffset + scan.dataBytes > fileBytes) {
                throw importError(`${source.label}: the file is incomplete: its header describes ${scan.dataOffset + scan.dataBytes} bytes but the file has ${fileBytes} (an interrupted download?)`);
            }
            const parsed = await decodeHeader(buffer.subarray(0, scan.headerBytes), source.label);
            return { label: source.label, metadata: parsed.metadata, tensors: tensorTable(parsed, source.label), scan, fileBytes };
        }
        // Grow geometrically (the scan restarts from the top, so the total work stays linear).
        want = Math.min(IMPORT_LIMITS.maxHeaderBytes, Math.max(outcome.bytes, want * 2));
    }
}
/** @huggingface/gguf over a header held in memory (a fetch that serves its ranges). */
async function decodeHeader(header, label) {
    const serve = async (_input, init) => {
        const range = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get('range') ?? '');
        const start = Math.min(Number(range?.[1] ?? 0), header.byteLength);
        const end = Math.min(Number(range?.[2] ?? header.byteLength - 1) + 1, header.byteLength);
        const body = header.slice(start, end);
        return new Response(body, {
            status: 206,
            headers: { 'content-range': `bytes ${start}-${Math.max(start, end - 1)}/${header.byteLength}` },
        });
    };
    try {
        return (await gguf('https://fitplan.invalid/header.gguf', { fetch: serve }));
    }
    catch (error) {
        throw importError(`${label}: not a readable GGUF header: ${describeError(error)}`);
    }
}
function tensorTable(parsed, label) {
    return parsed.tensorInfos.map((info) => {
        const type = GGML_TYPES.get(Number(info.dtype));
        if (!type)
            throw importError(`${label}: tensor '${info.name}' has unknown ggml type ${info.dtype}`);
        return { name: info.name, dims: info.shape.map((d) => Number(d)), type: type.name };
    });
}
// ---------------------------------------------------------------------------- split files
/** "name-00001-of-00003.gguf" -> its parts (llama.cpp gguf-split naming). */
export const SHARD_RE = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/i;
export function parseShardName(name) {
    const m = SHARD_RE.exec(name);
    if (!m)
        return undefined;
    const index = Number(m[2]);
    const count = Number(m[3]);
    if (index < 1 || count < 1 || index > count)
        return undefined;
    return { prefix: m[1], index, count };
}
export function shardName(prefix, index, count) {
    return `${prefix}-${String(index).padStart(5, '0')}-of-${String(count).padStart(5, '0')}.gguf`;
}
const int = (value) => typeof value === 'number' || typeof value === 'bigint' ? Number(value) : undefined;
/**
 * Merges the headers of a split file (in shard order): the metadata of the first shard, every
 * shard's tensors, the sizes added up. Checks split.no / split.count / split.tensors.count.
 */
export function mergeShards(headers) {
    const first = headers[0];
    if (headers.length === 1)
        return first;
    const count = int(first.metadata['split.count']);
    if (count !== undefined && count !== headers.length) {
        throw importError(`${first.label}: 'split.count' is ${count} but ${headers.length} shards were given`);
    }
    headers.forEach((h, i) => {
        const no = int(h.metadata['split.no']);
        if (no !== undefined && no !== i)
            throw importError(`${h.label}: 'split.no' is ${no}; expected ${i} (shard ${i + 1} of ${headers.length})`);
    });
    const tensors = headers.flatMap((h) => h.tensors);
    const declared = int(first.metadata['split.tensors.count']);
    if (declared !== undefined && declared !== tensors.length) {
        throw importError(`${first.label}: 'split.tensors.count' is ${declared} but the shards hold ${tensors.length} tensors`);
    }
    const names = new Set();
    for (const t of tensors) {
        if (names.has(t.name))
            throw importError(`tensor '${t.name}' appears in more than one shard`);
        names.add(t.name);
    }
    return { ...first, tensors, fileBytes: headers.reduce((sum, h) => sum + h.fileBytes, 0) };
}
//# sourceMappingURL=gguf.js.map