// A bounded check of a GGUF header before @huggingface/gguf decodes it. The library trusts a
// header more than an import may: its range reader pads a short file with zeros (a truncated
// header parses as garbage instead of failing), appends whatever body a server sends, and allows
// 10 MB strings, 10^7 tensors and dimensions up to 2^32 (shapes whose product overflows). This pass
// walks the structure over the bytes read so far, never decodes more than a key or a tensor name,
// enforces IMPORT_LIMITS, and finds where the header ends, so the library then only ever sees a
// complete, bounded header held in memory.
//
// Layout (GGUF v2/v3, shared/runtime-facts.md §B.5): magic "GGUF", u32 version, u64 tensor_count,
// u64 kv_count, kv_count x (string key, u32 type, value), tensor_count x (string name, u32 n_dims,
// u64 dims[n_dims], u32 ggml_type, u64 offset), padding to general.alignment (default 32).
import { importError } from './errors.js';
import { GGML_TYPES, tensorBytes } from './ggml.js';
import { IMPORT_LIMITS } from './limits.js';
var ValueType;
(function (ValueType) {
    ValueType[ValueType["U8"] = 0] = "U8";
    ValueType[ValueType["I8"] = 1] = "I8";
    ValueType[ValueType["U16"] = 2] = "U16";
    ValueType[ValueType["I16"] = 3] = "I16";
    ValueType[ValueType["U32"] = 4] = "U32";
    ValueType[ValueType["I32"] = 5] = "I32";
    ValueType[ValueType["F32"] = 6] = "F32";
    ValueType[ValueType["BOOL"] = 7] = "BOOL";
    ValueType[ValueType["STRING"] = 8] = "STRING";
    ValueType[ValueType["ARRAY"] = 9] = "ARRAY";
    ValueType[ValueType["U64"] = 10] = "U64";
    ValueType[ValueType["I64"] = 11] = "I64";
    ValueType[ValueType["F64"] = 12] = "F64";
})(ValueType || (ValueType = {}));
const FIXED_SIZE = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
class NeedMore {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
}
const decoder = new TextDecoder('utf-8', { fatal: false });
/** What a file that is not GGUF looks like, from its first bytes. */
function describeNonGguf(bytes) {
    const ascii = String.fromCharCode(...bytes.subarray(0, 16)).replace(/[^\x20-\x7e]/g, '.');
    const start = ascii.trimStart();
    if (start.startsWith('<'))
        return 'it looks like an HTML or XML page';
    if (start.startsWith('{'))
        return 'it looks like JSON (a config.json? import it as a configuration instead)';
    if (bytes[0] === 0x50 && bytes[1] === 0x4b)
        return 'it looks like a ZIP archive (a PyTorch .bin/.pt checkpoint?)';
    if (bytes.length >= 9 && bytes[8] === 0x7b)
        return 'it looks like a safetensors file (import its Hugging Face repository instead)';
    if (['lmgg', 'fmgg', 'tjgg'].includes(ascii.slice(0, 4)))
        return 'it is an old GGML/GGJT file (llama.cpp reads only GGUF; convert it again)';
    return `it starts with "${ascii.slice(0, 8)}"`;
}
/**
 * Checks the header in `bytes` (the first bytes of the file). `atEnd`: `bytes` is the whole file,
 * so running out is a truncation error rather than a request for more.
 */
export function scanGgufHeader(bytes, atEnd, label) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let pos = 0;
    let le = true;
    const fail = (message, code = 'invalid_argument') => importError(`${label}: ${message}`, code);
    const need = (n, what) => {
        if (pos + n > bytes.byteLength) {
            if (atEnd)
                throw fail(`the file is truncated: it ends at byte ${bytes.byteLength} inside ${what}`);
            throw new NeedMore(pos + n);
        }
    };
    const u32 = (what) => {
        need(4, what);
        const v = view.getUint32(pos, le);
        pos += 4;
        return v;
    };
    // u64 as a number; anything past 2^53 is far beyond every limit and is reported as such.
    const u64 = (what) => {
        need(8, what);
        const v = view.getBigUint64(pos, le);
        pos += 8;
        return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(v);
    };
    const skipString = (max, what) => {
        const length = u64(`the length of ${what}`);
        if (length > max)
            throw fail(`${what} is ${length === Infinity ? 'more than 2^53' : length} bytes long; the limit is ${max}`, 'out_of_range');
        need(length, what);
        pos += length;
        return length;
    };
    const readString = (max, what) => {
        const start = pos + 8;
        const length = skipString(max, what);
        return decoder.decode(bytes.subarray(start, start + length));
    };
    const skipValue = (type, key, depth) => {
        const fixed = FIXED_SIZE[type];
        if (fixed !== undefined) {
            need(fixed, `the value of '${key}'`);
            pos += fixed;
            return;
        }
        if (type === ValueType.STRING) {
            const max = key.startsWith('tokenizer.') ? IMPORT_LIMITS.maxTokenizerStringBytes : IMPORT_LIMITS.maxStringBytes;
            skipString(depth > 0 ? IMPORT_LIMITS.maxStringBytes : max, `a string of '${key}'`);
            return;
        }
        if (type === ValueType.ARRAY) {
            if (depth >= IMPORT_LIMITS.maxArrayDepth)
                throw fail(`'${key}' nests arrays deeper than ${IMPORT_LIMITS.maxArrayDepth}`, 'out_of_range');
            const elementType = u32(`the element type of '${key}'`);
            if (elementType > ValueType.F64)
                throw fail(`'${key}' is an array of unknown value type ${elementType}`);
            const count = u64(`the length of '${key}'`);
            if (count > IMPORT_LIMITS.maxArrayLength) {
                throw fail(`'${key}' has ${count === Infinity ? 'more than 2^53' : count} elements; the limit is ${IMPORT_LIMITS.maxArrayLength}`, 'out_of_range');
            }
            const size = FIXED_SIZE[elementType];
            if (size !== undefined) {
                need(count * size, `the elements of '${key}'`);
                pos += count * size;
                return;
            }
            for (let i = 0; i < count; i++)
                skipValue(elementType, key, depth + 1);
            return;
        }
        throw fail(`'${key}' has unknown value type ${type}`);
    };
    try {
        need(4, 'the magic number');
        if (bytes[0] !== 0x47 || bytes[1] !== 0x47 || bytes[2] !== 0x55 || bytes[3] !== 0x46) {
            throw fail(`not a GGUF file (${describeNonGguf(bytes)})`);
        }
        pos = 4;
        need(4, 'the version');
        // As llama.cpp and @huggingface/gguf: a version whose low 16 bits are 0 is a big-endian file.
        if ((view.getUint32(4, true) & 0xffff) === 0)
            le = false;
        const version = u32('the version');
        if (version === 1)
            throw fail('GGUF version 1 (2023) is no longer read by llama.cpp; convert the model again');
        if (version !== 2 && version !== 3)
            throw fail(`unsupported GGUF version ${version} (known: 2, 3)`);
        const tensorCount = u64('the tensor count');
        if (tensorCount > IMPORT_LIMITS.maxTensors)
            throw fail(`the header declares ${tensorCount === Infinity ? 'more than 2^53' : tensorCount} tensors; the limit is ${IMPORT_LIMITS.maxTensors}`, 'out_of_range');
        const kvCount = u64('the metadata count');
        if (kvCount > IMPORT_LIMITS.maxMetadataKeys)
            throw fail(`the header declares ${kvCount === Infinity ? 'more than 2^53' : kvCount} metadata keys; the limit is ${IMPORT_LIMITS.maxMetadataKeys}`, 'out_of_range');
        let alignment = 32;
        const keys = new Set();
        for (let i = 0; i < kvCount; i++) {
            const key = readString(IMPORT_LIMITS.maxKeyBytes, `metadata key ${i}`);
            if (key === '')
                throw fail(`metadata key ${i} is empty`);
            if (keys.has(key))
                throw fail(`metadata key '${key}' appears twice`);
            keys.add(key);
            const type = u32(`the type of '${key}'`);
            if (key === 'general.alignment') {
                if (type !== ValueType.U32)
                    throw fail(`'general.alignment' must be a uint32 (it has value type ${type})`);
                alignment = u32(`'general.alignment'`);
                if (alignment === 0 || (alignment & (alignment - 1)) !== 0)
                    throw fail(`'general.alignment' is ${alignment}; it must be a power of two`);
                continue;
            }
            skipValue(type, key, 0);
        }
        const names = new Set();
        let dataBytes = 0;
        for (let i = 0; i < tensorCount; i++) {
            const name = readString(IMPORT_LIMITS.maxTensorNameBytes, `the name of tensor ${i}`);
            if (name === '')
                throw fail(`tensor ${i} has an empty name`);
            if (names.has(name))
                throw fail(`tensor '${name}' appears twice`);
            names.add(name);
            const nDims = u32(`the dimension count of '${name}'`);
            if (nDims < 1 || nDims > IMPORT_LIMITS.maxDims)
                throw fail(`tensor '${name}' has ${nDims} dimensions; allowed 1 to ${IMPORT_LIMITS.maxDims}`, 'out_of_range');
            let elements = 1;
            let ne0 = 0;
            for (let d = 0; d < nDims; d++) {
                const ne = u64(`the dimensions of '${name}'`);
                if (ne < 1 || ne > IMPORT_LIMITS.maxDim)
                    throw fail(`tensor '${name}' has dimension ${d} = ${ne === Infinity ? 'more than 2^53' : ne}; allowed 1 to 2^40`, 'out_of_range');
                if (d === 0)
                    ne0 = ne;
                elements *= ne;
            }
            if (elements > 2 ** 50)
                throw fail(`tensor '${name}' has ${elements} elements; the limit is 2^50`, 'out_of_range');
            const typeId = u32(`the type of '${name}'`);
            const type = GGML_TYPES.get(typeId);
            if (!type)
                throw fail(`tensor '${name}' has unknown ggml type ${typeId}`);
            if (ne0 % type.blockElements !== 0)
                throw fail(`tensor '${name}' has rows of ${ne0} elements, not a multiple of ${type.name}'s block of ${type.blockElements}`);
            const offset = u64(`the data offset of '${name}'`);
            if (offset % alignment !== 0)
                throw fail(`tensor '${name}' has data offset ${offset}, not a multiple of the alignment ${alignment}`);
            const end = offset + tensorBytes(type, elements);
            if (!(end <= 2 ** 52))
                throw fail(`tensor '${name}' ends past 2^52 bytes of data`, 'out_of_range');
            dataBytes = Math.max(dataBytes, end);
        }
        const headerBytes = pos;
        if (headerBytes > IMPORT_LIMITS.maxHeaderBytes)
            throw fail(`the header is ${headerBytes} bytes; the limit is ${IMPORT_LIMITS.maxHeaderBytes}`, 'out_of_range');
        const dataOffset = Math.ceil(headerBytes / alignment) * alignment;
        return { kind: 'done', scan: { version, littleEndian: le, tensorCount, kvCount, alignment, headerBytes, dataOffset, dataBytes } };
    }
    catch (error) {
        if (error instanceof NeedMore) {
            if (error.bytes > IMPORT_LIMITS.maxHeaderBytes) {
                throw fail(`the header is larger than ${IMPORT_LIMITS.maxHeaderBytes} bytes (the limit; real GGUF headers are below 20 MiB)`, 'out_of_range');
            }
            return { kind: 'need', bytes: error.bytes };
        }
        throw error;
    }
}
//# sourceMappingURL=gguf-header.js.map