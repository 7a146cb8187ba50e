// Reading a GGUF header: one bounded pass over the bytes read so far that checks the structure
// against IMPORT_LIMITS, finds where the header ends, and builds the tensor table and an index of
// the metadata. Nothing else decodes the header (@huggingface/gguf did until issue #16: its own
// caps were below the documented ones - 10 MB strings, a 50 MB buffer - it read values past a
// 2 MB chunk out of bounds, and it materialised every array, a 10^6-token vocabulary as 10^6 JS
// strings). Metadata values are decoded only when asked for: scalars and strings on get(), arrays
// never as a whole (GgufArray gives their length, and the elements of a numeric array on request).
//
// Layout (GGUF v2/v3, shared/runtime-facts.md §B.5): magic "GGUF", u32 version, u64 tensor_count,
// u64 kv_count, kv_count x (string key, u32 type, value), tensor_count x (string name, u32 n_dims,
// u64 dims[n_dims], u32 ggml_type, u64 offset), padding to general.alignment (default 32).
import type { ImportedTensor } from '../types.js';
import { importError } from './errors.js';
import { GGML_TYPES, tensorBytes } from './ggml.js';
import { IMPORT_LIMITS } from './limits.js';

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

/**
 * The scan needs at least `bytes` bytes of the file (it ran out, and the items left take at least
 * that many), or it is done (a pass without `index` lists no tensors).
 */
export type ScanOutcome =
  | { kind: 'need'; bytes: number }
  | { kind: 'done'; scan: GgufHeaderScan; metadata: GgufMetadata; tensors: ImportedTensor[] };

/** GGUF metadata value types (gguf_type). */
export const enum GgufType {
  U8 = 0, I8 = 1, U16 = 2, I16 = 3, U32 = 4, I32 = 5, F32 = 6, BOOL = 7, STRING = 8, ARRAY = 9, U64 = 10, I64 = 11, F64 = 12,
}
const FIXED_SIZE: ReadonlyMap<number, number> = new Map([
  [GgufType.U8, 1], [GgufType.I8, 1], [GgufType.U16, 2], [GgufType.I16, 2], [GgufType.U32, 4], [GgufType.I32, 4], [GgufType.F32, 4],
  [GgufType.BOOL, 1], [GgufType.U64, 8], [GgufType.I64, 8], [GgufType.F64, 8],
]);

/** One fixed-size value at `offset`: numbers, booleans, 64-bit integers as bigint. */
function readFixed(view: DataView, type: number, offset: number, le: boolean): number | bigint | boolean {
  switch (type) {
    case GgufType.U8: return view.getUint8(offset);
    case GgufType.I8: return view.getInt8(offset);
    case GgufType.U16: return view.getUint16(offset, le);
    case GgufType.I16: return view.getInt16(offset, le);
    case GgufType.U32: return view.getUint32(offset, le);
    case GgufType.I32: return view.getInt32(offset, le);
    case GgufType.F32: return view.getFloat32(offset, le);
    case GgufType.BOOL: return view.getUint8(offset) !== 0;
    case GgufType.U64: return view.getBigUint64(offset, le);
    case GgufType.I64: return view.getBigInt64(offset, le);
    case GgufType.F64: return view.getFloat64(offset, le);
    default: throw new Error(`GGUF value type ${type} has no fixed size`);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * A metadata array. Its elements are not decoded when the header is read: `length` is known, and
 * elements() decodes an array of numbers or booleans on request (the per-layer hyperparameters).
 */
export class GgufArray {
  /** @internal */
  constructor(
    readonly elementType: number,
    readonly length: number,
    private readonly bytes: Uint8Array,
    private readonly offset: number,
    private readonly littleEndian: boolean,
  ) {}

  /** The elements of an array of numbers or booleans (64-bit integers as bigint); undefined for arrays of strings or arrays. */
  elements(): (number | bigint | boolean)[] | undefined {
    const size = FIXED_SIZE.get(this.elementType);
    if (size === undefined) return undefined;
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.offset, this.length * size);
    const out = new Array<number | bigint | boolean>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = readFixed(view, this.elementType, i * size, this.littleEndian);
    return out;
  }
}

export type GgufValue = number | bigint | boolean | string | GgufArray;

/** @internal Where a metadata value lies in the header. */
export interface GgufSlot {
  type: number;
  /** Where the value starts (strings: their bytes; arrays: their first element). */
  offset: number;
  /** Strings: bytes; arrays: elements. */
  length: number;
  elementType: number;
}

/** The metadata of a header: keys in file order, values decoded when asked for (see GgufArray). */
export class GgufMetadata {
  readonly #slots: Map<string, GgufSlot>;
  readonly #bytes: Uint8Array;
  readonly #view: DataView;
  readonly #le: boolean;

  /** @internal */
  constructor(slots: Map<string, GgufSlot>, bytes: Uint8Array, littleEndian: boolean) {
    this.#slots = slots;
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#le = littleEndian;
  }

  get size(): number {
    return this.#slots.size;
  }

  has(key: string): boolean {
    return this.#slots.has(key);
  }

  keys(): IterableIterator<string> {
    return this.#slots.keys();
  }

  get(key: string): GgufValue | undefined {
    const slot = this.#slots.get(key);
    if (!slot) return undefined;
    if (slot.type === GgufType.STRING) return decoder.decode(this.#bytes.subarray(slot.offset, slot.offset + slot.length));
    if (slot.type === GgufType.ARRAY) return new GgufArray(slot.elementType, slot.length, this.#bytes, slot.offset, this.#le);
    return readFixed(this.#view, slot.type, slot.offset, this.#le);
  }
}

/** UTF-8 text at [start, start + length). */
const decodeAt = (bytes: Uint8Array, start: number, length: number) => decoder.decode(bytes.subarray(start, start + length));

/** Control flow, not a failure: the header goes on past the bytes read so far (caught in scanGgufHeader). */
class NeedMore extends Error {
  constructor(readonly bytes: number) {
    super(`the header needs ${bytes} bytes`);
    this.name = 'NeedMore';
  }
}

/** What a file that is not GGUF looks like, from its first bytes. */
function describeNonGguf(bytes: Uint8Array): string {
  let ascii = '';
  for (const byte of bytes.subarray(0, 16)) ascii += byte >= 0x20 && byte <= 0x7e ? String.fromCharCode(byte) : '.';
  const start = ascii.trimStart();
  if (start.startsWith('<')) return 'it looks like an HTML or XML page';
  if (start.startsWith('{')) return 'it looks like JSON (a config.json? import it as a configuration instead)';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'it looks like a ZIP archive (a PyTorch .bin/.pt checkpoint?)';
  if (bytes.length >= 9 && bytes[8] === 0x7b) return 'it looks like a safetensors file (import its Hugging Face repository instead)';
  if (['lmgg', 'fmgg', 'tjgg'].includes(ascii.slice(0, 4))) return 'it is an old GGML/GGJT file (llama.cpp reads only GGUF; convert it again)';
  return `it starts with "${ascii.slice(0, 8)}"`;
}

export interface ScanLimits {
  /** Header bytes this file may have (IMPORT_LIMITS.maxHeaderBytes less what earlier shards used). */
  maxHeaderBytes: number;
  /** Tensors this file may have (IMPORT_LIMITS.maxTensors less earlier shards'). */
  maxTensors: number;
}

const WHOLE_MODEL: ScanLimits = { maxHeaderBytes: IMPORT_LIMITS.maxHeaderBytes, maxTensors: IMPORT_LIMITS.maxTensors };

/** The fewest bytes a metadata key/value pair (a 1-byte key, a 1-byte value) and a tensor info take. */
const MIN_KV_BYTES = 8 + 1 + 4 + 1;
const MIN_TENSOR_BYTES = 8 + 1 + 4 + 8 + 4 + 8;

/** Words for a message, or a function that makes them (only when a message is made: names are decoded lazily). */
type Words = string | (() => string);
const say = (words: Words) => (typeof words === 'string' ? words : words());
/** "the type of 'llama.block_count'": a part of an item (a key or a tensor name). */
const named = (part: Words, subject?: Words) => (subject === undefined ? say(part) : `${say(part)} of '${say(subject)}'`);

/**
 * Checks the header in `bytes` (the first bytes of the file) and, with `index`, builds its tensor
 * table and metadata index. `atEnd`: `bytes` is the whole file, so running out is a truncation
 * error rather than a request for more. `limits`: what is left of the model's budgets (a shard of a
 * split file shares them with the others). Without `index` the pass only checks and finds the end
 * (cheap enough to repeat while the header is read in growing pieces); the checks are the same.
 */
export function scanGgufHeader(bytes: Uint8Array, atEnd: boolean, label: string, limits: ScanLimits = WHOLE_MODEL, index = true): ScanOutcome {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  let le = true;
  /** The fewest bytes the items after the current one still take: a header ends no earlier. */
  let rest = 0;
  const shared = limits.maxHeaderBytes < IMPORT_LIMITS.maxHeaderBytes;
  const fail = (message: string, code: 'invalid_argument' | 'out_of_range' = 'invalid_argument') => importError(`${label}: ${message}`, code);
  const need = (n: number, part: Words, subject?: Words) => {
    if (pos + n > bytes.byteLength) {
      if (atEnd) throw fail(`the file is truncated: it ends at byte ${bytes.byteLength} inside ${named(part, subject)}`);
      throw new NeedMore(pos + n + rest);
    }
  };
  const u32 = (part: Words, subject?: Words) => {
    need(4, part, subject);
    const v = view.getUint32(pos, le);
    pos += 4;
    return v;
  };
  // u64 as a number (two u32 halves: no BigInt); anything past 2^53 is far beyond every limit and
  // is reported as such.
  const u64 = (part: Words, subject?: Words) => {
    need(8, part, subject);
    const low = view.getUint32(le ? pos : pos + 4, le);
    const high = view.getUint32(le ? pos + 4 : pos, le);
    pos += 8;
    return high >= 2 ** 21 ? Number.POSITIVE_INFINITY : high * 2 ** 32 + low;
  };
  const count = (n: number) => (n === Infinity ? 'more than 2^53' : String(n));
  /** Skips a string's bytes; returns its length. `what` names the string in messages. */
  const skipString = (max: number, what: () => string) => {
    const length = u64(() => `the length of ${what()}`);
    if (length > max) throw fail(`${what()} is ${count(length)} bytes long; the limit is ${max}`, 'out_of_range');
    need(length, what);
    pos += length;
    return length;
  };
  const skipValue = (type: number, key: string, depth: number): void => {
    const fixed = FIXED_SIZE.get(type);
    if (fixed !== undefined) {
      need(fixed, 'the value', key);
      pos += fixed;
      return;
    }
    if (type === GgufType.STRING) {
      const max = depth === 0 && key.startsWith('tokenizer.') ? IMPORT_LIMITS.maxTokenizerStringBytes : IMPORT_LIMITS.maxStringBytes;
      skipString(max, () => `a string of '${key}'`);
      return;
    }
    if (type === GgufType.ARRAY) {
      if (depth >= IMPORT_LIMITS.maxArrayDepth) throw fail(`'${key}' nests arrays deeper than ${IMPORT_LIMITS.maxArrayDepth}`, 'out_of_range');
      const elementType = u32('the element type', key);
      if (elementType > GgufType.F64) throw fail(`'${key}' is an array of unknown value type ${elementType}`);
      const length = u64('the length', key);
      if (length > IMPORT_LIMITS.maxArrayLength) {
        throw fail(`'${key}' has ${count(length)} elements; the limit is ${IMPORT_LIMITS.maxArrayLength}`, 'out_of_range');
      }
      const size = FIXED_SIZE.get(elementType);
      if (size !== undefined) {
        need(length * size, 'the elements', key);
        pos += length * size;
        return;
      }
      for (let i = 0; i < length; i++) skipValue(elementType, key, depth + 1);
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
    // As llama.cpp: a version whose low 16 bits are 0 is a big-endian file.
    if ((view.getUint32(4, true) & 0xffff) === 0) le = false;
    const version = u32('the version');
    if (version === 1) throw fail('GGUF version 1 (2023) is no longer read by llama.cpp; convert the model again');
    if (version !== 2 && version !== 3) throw fail(`unsupported GGUF version ${version} (known: 2, 3)`);
    const tensorCount = u64('the tensor count');
    if (tensorCount > limits.maxTensors) {
      throw fail(
        shared
          ? `the header declares ${count(tensorCount)} tensors; with the ${IMPORT_LIMITS.maxTensors - limits.maxTensors} of the earlier shards that passes the limit of ${IMPORT_LIMITS.maxTensors} for all shards together`
          : `the header declares ${count(tensorCount)} tensors; the limit is ${IMPORT_LIMITS.maxTensors}`,
        'out_of_range',
      );
    }
    const kvCount = u64('the metadata count');
    if (kvCount > IMPORT_LIMITS.maxMetadataKeys) throw fail(`the header declares ${count(kvCount)} metadata keys; the limit is ${IMPORT_LIMITS.maxMetadataKeys}`, 'out_of_range');

    let alignment = 32;
    const slots = new Map<string, GgufSlot>();
    for (let i = 0; i < kvCount; i++) {
      rest = (kvCount - i - 1) * MIN_KV_BYTES + tensorCount * MIN_TENSOR_BYTES;
      const keyStart = pos + 8;
      const keyLength = skipString(IMPORT_LIMITS.maxKeyBytes, () => `metadata key ${i}`);
      const key = decodeAt(bytes, keyStart, keyLength);
      if (key === '') throw fail(`metadata key ${i} is empty`);
      if (slots.has(key)) throw fail(`metadata key '${key}' appears twice`);
      const type = u32('the type', key);
      if (key === 'general.alignment') {
        if (type !== GgufType.U32) throw fail(`'general.alignment' must be a uint32 (it has value type ${type})`);
        slots.set(key, { type, offset: pos, length: 1, elementType: -1 });
        alignment = u32('the value', key);
        if (alignment === 0 || (alignment & (alignment - 1)) !== 0) throw fail(`'general.alignment' is ${alignment}; it must be a power of two`);
        continue;
      }
      const start = pos;
      skipValue(type, key, 0);
      if (type === GgufType.STRING) {
        slots.set(key, { type, offset: start + 8, length: pos - start - 8, elementType: -1 });
      } else if (type === GgufType.ARRAY) {
        // (the length was checked: below maxArrayLength)
        slots.set(key, { type, offset: start + 12, length: Number(view.getBigUint64(start + 4, le)), elementType: view.getUint32(start, le) });
      } else {
        slots.set(key, { type, offset: start, length: 1, elementType: -1 });
      }
    }

    // (Tensor names repeated within the file or across shards: mergeShards, with one Set for all.)
    const tensors: ImportedTensor[] = [];
    let dataBytes = 0;
    for (let i = 0; i < tensorCount; i++) {
      rest = (tensorCount - i - 1) * MIN_TENSOR_BYTES;
      const nameStart = pos + 8;
      const nameLength = skipString(IMPORT_LIMITS.maxTensorNameBytes, () => `the name of tensor ${i}`);
      if (nameLength === 0) throw fail(`tensor ${i} has an empty name`);
      // Without `index`, the name is decoded only for a message.
      const name: Words = index ? decodeAt(bytes, nameStart, nameLength) : () => decodeAt(bytes, nameStart, nameLength);
      const shown = () => say(name);
      const nDims = u32('the dimension count', name);
      if (nDims < 1 || nDims > IMPORT_LIMITS.maxDims) throw fail(`tensor '${shown()}' has ${nDims} dimensions; allowed 1 to ${IMPORT_LIMITS.maxDims}`, 'out_of_range');
      let elements = 1;
      let ne0 = 0;
      const dims: number[] | undefined = index ? new Array<number>(nDims) : undefined;
      for (let d = 0; d < nDims; d++) {
        const ne = u64('the dimensions', name);
        if (ne < 1 || ne > IMPORT_LIMITS.maxDim) throw fail(`tensor '${shown()}' has dimension ${d} = ${count(ne)}; allowed 1 to 2^${Math.log2(IMPORT_LIMITS.maxDim)}`, 'out_of_range');
        if (d === 0) ne0 = ne;
        if (dims) dims[d] = ne;
        elements *= ne;
      }
      if (elements > 2 ** 50) throw fail(`tensor '${shown()}' has ${elements} elements; the limit is 2^50`, 'out_of_range');
      const typeId = u32('the type', name);
      const type = GGML_TYPES.get(typeId);
      if (!type) throw fail(`tensor '${shown()}' has unknown ggml type ${typeId}`);
      if (ne0 % type.blockElements !== 0) throw fail(`tensor '${shown()}' has rows of ${ne0} elements, not a multiple of ${type.name}'s block of ${type.blockElements}`);
      const offset = u64('the data offset', name);
      if (offset % alignment !== 0) throw fail(`tensor '${shown()}' has data offset ${offset}, not a multiple of the alignment ${alignment}`);
      const end = offset + tensorBytes(type, elements);
      if (!(end <= 2 ** 52)) throw fail(`tensor '${shown()}' ends past 2^52 bytes of data`, 'out_of_range');
      if (end > dataBytes) dataBytes = end;
      if (typeof name === 'string' && dims) tensors.push({ name, dims, type: type.name });
    }
    const headerBytes = pos;
    if (headerBytes > limits.maxHeaderBytes) throw new NeedMore(headerBytes); // (past the limit: reported below)
    const dataOffset = Math.ceil(headerBytes / alignment) * alignment;
    // Keep only the header's bytes (the buffer may hold a larger first read).
    const held = index && bytes.byteLength - headerBytes > 1 << 16 ? bytes.slice(0, headerBytes) : bytes;
    return {
      kind: 'done',
      scan: { version, littleEndian: le, tensorCount, kvCount, alignment, headerBytes, dataOffset, dataBytes },
      metadata: new GgufMetadata(slots, held, le),
      tensors,
    };
  } catch (error) {
    if (error instanceof NeedMore) {
      if (error.bytes > limits.maxHeaderBytes) {
        throw fail(
          shared
            ? `the header is larger than ${limits.maxHeaderBytes} bytes, what the earlier shards left of the limit of ${IMPORT_LIMITS.maxHeaderBytes} bytes of header for all shards together`
            : `the header is larger than ${IMPORT_LIMITS.maxHeaderBytes} bytes (the limit; real GGUF headers are below 20 MiB)`,
          'out_of_range',
        );
      }
      return { kind: 'need', bytes: error.bytes };
    }
    throw error;
  }
}
