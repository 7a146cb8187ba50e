// A small GGUF writer for the import tests: header (magic, version, counts), metadata the way
// llama.cpp's converter writes it for a catalog model, and the tensor infos with the exact names,
// shapes and types of that model (from the core's tensorTable at a file type). The tensor data is
// not written: files are made sparse (truncated up to their declared size), so a 30B model costs
// a few MB of disk.
import { readFile, truncate, writeFile } from 'node:fs/promises';

import createFitplanCore, { type FitplanCoreModule } from '../../wasm/src/native/fitplan_core.mjs';
import { wasmUrl, type ImportedTensor, type ModelInfo } from '../../wasm/src/node.js';
import { GGML_TYPES, tensorBytes } from '../../wasm/src/import/ggml.js';

export const core: FitplanCoreModule = await createFitplanCore({ wasmBinary: await readFile(wasmUrl) });

export const enum T {
  U8 = 0, I8 = 1, U16 = 2, I16 = 3, U32 = 4, I32 = 5, F32 = 6, BOOL = 7, STRING = 8, ARRAY = 9, U64 = 10, I64 = 11, F64 = 12,
}

export type GgufValue =
  | { t: T.U8 | T.I8 | T.U16 | T.I16 | T.U32 | T.I32 | T.F32 | T.F64 | T.BOOL; v: number | boolean }
  | { t: T.U64 | T.I64; v: bigint | number }
  /** A string; as bytes, written as they are (large test strings without encoding them). */
  | { t: T.STRING; v: string | Uint8Array }
  /** An array; `v` may be a typed array (large numeric arrays are written in one piece). */
  | { t: T.ARRAY; of: T; v: readonly (number | string | boolean | bigint)[] | Uint8Array }
  /** An array of arrays (nested GGUF arrays). */
  | { t: T.ARRAY; of: T.ARRAY; v: readonly GgufValue[] };

export const u32 = (v: number): GgufValue => ({ t: T.U32, v });
export const f32 = (v: number): GgufValue => ({ t: T.F32, v });
export const str = (v: string): GgufValue => ({ t: T.STRING, v });
export const strings = (v: readonly string[]): GgufValue => ({ t: T.ARRAY, of: T.STRING, v });
export const i32s = (v: readonly number[]): GgufValue => ({ t: T.ARRAY, of: T.I32, v });

export interface GgufSpec {
  metadata: [string, GgufValue][];
  tensors: ImportedTensor[];
  alignment?: number;
}

const TYPE_IDS = new Map([...GGML_TYPES].map(([id, info]) => [info.name, id]));

const FIXED_SIZE: Partial<Record<T, number>> = {
  [T.U8]: 1, [T.I8]: 1, [T.BOOL]: 1, [T.U16]: 2, [T.I16]: 2, [T.U32]: 4, [T.I32]: 4, [T.F32]: 4, [T.U64]: 8, [T.I64]: 8, [T.F64]: 8,
};

function setFixed(view: DataView, t: T, at: number, v: number | boolean | bigint): void {
  switch (t) {
    case T.U8: return view.setUint8(at, Number(v));
    case T.I8: return view.setInt8(at, Number(v));
    case T.BOOL: return view.setUint8(at, v ? 1 : 0);
    case T.U16: return view.setUint16(at, Number(v), true);
    case T.I16: return view.setInt16(at, Number(v), true);
    case T.U32: return view.setUint32(at, Number(v), true);
    case T.I32: return view.setInt32(at, Number(v), true);
    case T.F32: return view.setFloat32(at, Number(v), true);
    case T.F64: return view.setFloat64(at, Number(v), true);
    case T.U64: return view.setBigUint64(at, BigInt(v), true);
    case T.I64: return view.setBigInt64(at, BigInt(v), true);
    default: throw new Error(`not a fixed-size type: ${t}`);
  }
}

class Writer {
  private chunks: Uint8Array[] = [];
  length = 0;
  private push(bytes: Uint8Array) {
    this.chunks.push(bytes);
    this.length += bytes.byteLength;
  }
  private fixed(size: number, set: (view: DataView) => void) {
    const bytes = new Uint8Array(size);
    set(new DataView(bytes.buffer));
    this.push(bytes);
  }
  u8 = (v: number) => this.fixed(1, (d) => d.setUint8(0, v));
  i8 = (v: number) => this.fixed(1, (d) => d.setInt8(0, v));
  u16 = (v: number) => this.fixed(2, (d) => d.setUint16(0, v, true));
  i16 = (v: number) => this.fixed(2, (d) => d.setInt16(0, v, true));
  u32 = (v: number) => this.fixed(4, (d) => d.setUint32(0, v, true));
  i32 = (v: number) => this.fixed(4, (d) => d.setInt32(0, v, true));
  f32 = (v: number) => this.fixed(4, (d) => d.setFloat32(0, v, true));
  f64 = (v: number) => this.fixed(8, (d) => d.setFloat64(0, v, true));
  u64 = (v: bigint | number) => this.fixed(8, (d) => d.setBigUint64(0, BigInt(v), true));
  i64 = (v: bigint | number) => this.fixed(8, (d) => d.setBigInt64(0, BigInt(v), true));
  bytes = (b: Uint8Array) => this.push(b);
  string = (s: string | Uint8Array) => {
    const b = typeof s === 'string' ? new TextEncoder().encode(s) : s;
    this.u64(b.byteLength);
    this.push(b);
  };
  scalar(t: T, v: number | string | boolean | bigint) {
    switch (t) {
      case T.U8: return this.u8(Number(v));
      case T.I8: return this.i8(Number(v));
      case T.U16: return this.u16(Number(v));
      case T.I16: return this.i16(Number(v));
      case T.U32: return this.u32(Number(v));
      case T.I32: return this.i32(Number(v));
      case T.F32: return this.f32(Number(v));
      case T.F64: return this.f64(Number(v));
      case T.BOOL: return this.u8(v ? 1 : 0);
      case T.U64: return this.u64(v as bigint | number);
      case T.I64: return this.i64(v as bigint | number);
      case T.STRING: return this.string(String(v));
      default: throw new Error(`scalar type ${t}`);
    }
  }
  value(value: GgufValue) {
    if (value.t === T.ARRAY) {
      this.u32(value.of);
      this.u64(value.v.length);
      if (value.of === T.ARRAY) {
        for (const v of value.v as readonly GgufValue[]) this.value(v);
        return;
      }
      const size = FIXED_SIZE[value.of];
      if (value.v instanceof Uint8Array && size === 1) {
        this.push(value.v);
      } else if (size !== undefined) {
        // Numeric arrays in one piece (fast for 10^6 elements).
        const bytes = new Uint8Array(value.v.length * size);
        const view = new DataView(bytes.buffer);
        const of = value.of;
        (value.v as readonly (number | boolean | bigint)[]).forEach((v, i) => setFixed(view, of, i * size, v));
        this.push(bytes);
      } else {
        for (const v of value.v as readonly (number | string | boolean | bigint)[]) this.scalar(value.of, v);
      }
    } else if (value.t === T.STRING) {
      this.string(value.v);
    } else {
      this.scalar(value.t, value.v);
    }
  }
  take(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  }
}

export interface WrittenGguf {
  /** Header + padding up to the data offset. */
  header: Uint8Array;
  /** The header without the padding (what the importer reports as headerBytes). */
  headerBytes: number;
  dataOffset: number;
  /** The size the file declares: data offset + every tensor's (aligned) data. */
  fileBytes: number;
}

/** The header of a GGUF file (v3, little-endian). */
export function writeGguf(spec: GgufSpec): WrittenGguf {
  const alignment = spec.alignment ?? 32;
  const w = new Writer();
  w.bytes(new TextEncoder().encode('GGUF'));
  w.u32(3);
  w.u64(spec.tensors.length);
  const metadata: [string, GgufValue][] = alignment === 32 ? spec.metadata : [...spec.metadata, ['general.alignment', u32(alignment)]];
  w.u64(metadata.length);
  for (const [key, value] of metadata) {
    w.string(key);
    w.u32(value.t);
    w.value(value);
  }
  let offset = 0;
  for (const tensor of spec.tensors) {
    const typeId = TYPE_IDS.get(tensor.type);
    if (typeId === undefined) throw new Error(`unknown type ${tensor.type}`);
    w.string(tensor.name);
    w.u32(tensor.dims.length);
    for (const d of tensor.dims) w.u64(d);
    w.u32(typeId);
    w.u64(offset);
    const bytes = tensorBytes(GGML_TYPES.get(typeId)!, tensor.dims.reduce((a, b) => a * b, 1));
    offset += Math.ceil(bytes / alignment) * alignment;
  }
  const headerBytes = w.length;
  const dataOffset = Math.ceil(w.length / alignment) * alignment;
  w.bytes(new Uint8Array(dataOffset - w.length));
  return { header: w.take(), headerBytes, dataOffset, fileBytes: dataOffset + offset };
}

/** Writes the header and extends the file (sparse) to its declared size. */
export async function writeSparseGguf(path: string, gguf: WrittenGguf): Promise<void> {
  await writeFile(path, gguf.header);
  await truncate(path, gguf.fileBytes);
}

export const FILE_TYPE_IDS: Record<string, number> = { F16: 1, Q8_0: 7, Q4_K_M: 15, Q6_K: 18, MXFP4_MOE: 38 };

/**
 * The metadata llama.cpp's converter writes for `model` (general.*, {arch}.* hyperparameters, a
 * tokenizer of nVocab tokens), as a GGUF of file type `fileType`.
 */
export function catalogMetadata(model: ModelInfo, fileType: string): [string, GgufValue][] {
  const a = model.architecture;
  const arch = a.ggufArch;
  const m: [string, GgufValue][] = [
    ['general.architecture', str(arch)],
    ['general.type', str('model')],
    ['general.name', str(model.name)],
    ['general.file_type', u32(FILE_TYPE_IDS[fileType] ?? 15)],
    ['general.quantization_version', u32(2)],
    [`${arch}.block_count`, u32(a.nLayer)],
    [`${arch}.context_length`, u32(a.nCtxTrain)],
    [`${arch}.embedding_length`, u32(a.nEmbd)],
    [`${arch}.attention.head_count`, u32(a.nHead)],
    [`${arch}.rope.freq_base`, f32(10000)],
    [`${arch}.attention.layer_norm_rms_epsilon`, f32(1e-6)],
  ];
  if (a.nFf > 0) m.push([`${arch}.feed_forward_length`, u32(a.nFf)]);
  const mla = a.kvLoraRank > 0;
  if (mla) {
    m.push([`${arch}.attention.head_count_kv`, u32(1)]);
    m.push([`${arch}.attention.key_length`, u32(a.kvLoraRank + a.qkRopeHeadDim)]);
    m.push([`${arch}.attention.value_length`, u32(a.kvLoraRank)]);
    m.push([`${arch}.attention.key_length_mla`, u32(a.headDimK)]);
    m.push([`${arch}.attention.value_length_mla`, u32(a.headDimV)]);
    m.push([`${arch}.attention.kv_lora_rank`, u32(a.kvLoraRank)]);
    if (a.qLoraRank > 0) m.push([`${arch}.attention.q_lora_rank`, u32(a.qLoraRank)]);
    m.push([`${arch}.rope.dimension_count`, u32(a.qkRopeHeadDim)]);
  } else {
    m.push([`${arch}.attention.head_count_kv`, u32(a.nHeadKv)]);
    m.push([`${arch}.rope.dimension_count`, u32(a.headDimK)]);
    if (a.headDimK * a.nHead !== a.nEmbd || a.headDimV !== a.headDimK) {
      m.push([`${arch}.attention.key_length`, u32(a.headDimK)]);
      m.push([`${arch}.attention.value_length`, u32(a.headDimV)]);
    }
  }
  if (a.nExpert > 0) {
    m.push([`${arch}.expert_count`, u32(a.nExpert)]);
    m.push([`${arch}.expert_used_count`, u32(a.nExpertUsed)]);
    // llama.cpp's llama arch (Mixtral) has no expert width key: its experts are feed_forward_length wide.
    if (arch !== 'llama') m.push([`${arch}.expert_feed_forward_length`, u32(a.nFfExp)]);
  }
  // llama.cpp's llama4 converter writes neither the shared-expert count (always one) nor the chunk size
  // (fixed at 8192), but the MoE interleave step; glm4moe's writes its NextN block count.
  if (a.nExpertShared > 0 && arch !== 'llama4') m.push([`${arch}.expert_shared_count`, u32(a.nExpertShared)]);
  if (a.nLeadingDense > 0) m.push([`${arch}.leading_dense_block_count`, u32(a.nLeadingDense)]);
  if (a.slidingWindow > 0 && arch !== 'llama4') m.push([`${arch}.attention.sliding_window`, u32(a.slidingWindow)]);
  if (arch === 'llama4') m.push([`${arch}.interleave_moe_layer_step`, u32(a.moeLayerStep)]);
  if (a.nLayerNextn > 0) m.push([`${arch}.nextn_predict_layers`, u32(a.nLayerNextn)]);
  // Phi-3's converter writes its (unused) window too.
  if (arch === 'phi3') m.push([`${arch}.attention.sliding_window`, u32(2047)]);
  m.push(['tokenizer.ggml.model', str('gpt2')]);
  m.push(['tokenizer.ggml.tokens', strings(Array.from({ length: a.nVocab }, (_, i) => `tok${i}`))]);
  m.push(['tokenizer.ggml.token_type', i32s(Array.from({ length: a.nVocab }, () => 1))]);
  m.push(['tokenizer.chat_template', str('{% for message in messages %}{{ message.content }}{% endfor %}')]);
  return m;
}

export function catalogModel(id: string): ModelInfo {
  const model = core.models().value!.find((m) => m.id === id);
  if (!model) throw new Error(`no catalog model ${id}`);
  return model;
}

/** The tensor table of a catalog model at a file type (the core's llama-quantize assignment). */
export function catalogTensors(id: string, fileType: string): ImportedTensor[] {
  const result = core.tensorTable({ model: id, fileType });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A GGUF header of catalog model `id` at `fileType`. */
export function catalogGguf(id: string, fileType = 'Q4_K_M'): WrittenGguf {
  return writeGguf({ metadata: catalogMetadata(catalogModel(id), fileType), tensors: catalogTensors(id, fileType) });
}

/** The shards of a split GGUF: the tensors dealt out in order, split.* keys as gguf-split writes them. */
export function splitGguf(id: string, fileType: string, count: number): WrittenGguf[] {
  const tensors = catalogTensors(id, fileType);
  const metadata = catalogMetadata(catalogModel(id), fileType);
  const per = Math.ceil(tensors.length / count);
  return Array.from({ length: count }, (_, i) => {
    const split: [string, GgufValue][] = [
      ['split.no', { t: T.U16, v: i }],
      ['split.count', { t: T.U16, v: count }],
      ['split.tensors.count', { t: T.I32, v: tensors.length }],
    ];
    return writeGguf({ metadata: i === 0 ? [...metadata, ...split] : split, tensors: tensors.slice(i * per, (i + 1) * per) });
  });
}

// ------------------------------------------------------------------------------ a tiny model

/** A 2-block llama-style model small enough to hold whole in memory (~80 KB), for bad-input tests. */
export function tinySpec(arch = 'llama'): GgufSpec {
  const E = 64, F = 128, V = 32, KV = 32;
  const tensors: ImportedTensor[] = [
    { name: 'token_embd.weight', dims: [E, V], type: 'f16' },
    { name: 'output_norm.weight', dims: [E], type: 'f32' },
    { name: 'output.weight', dims: [E, V], type: 'q8_0' },
  ];
  for (let i = 0; i < 2; i++) {
    tensors.push(
      { name: `blk.${i}.attn_norm.weight`, dims: [E], type: 'f32' },
      { name: `blk.${i}.attn_q.weight`, dims: [E, E], type: 'q8_0' },
      { name: `blk.${i}.attn_k.weight`, dims: [E, KV], type: 'q8_0' },
      { name: `blk.${i}.attn_v.weight`, dims: [E, KV], type: 'q8_0' },
      { name: `blk.${i}.attn_output.weight`, dims: [E, E], type: 'q8_0' },
      { name: `blk.${i}.ffn_norm.weight`, dims: [E], type: 'f32' },
      { name: `blk.${i}.ffn_gate.weight`, dims: [E, F], type: 'q8_0' },
      { name: `blk.${i}.ffn_up.weight`, dims: [E, F], type: 'q8_0' },
      { name: `blk.${i}.ffn_down.weight`, dims: [F, E], type: 'q8_0' },
    );
  }
  return {
    metadata: [
      ['general.architecture', str(arch)],
      ['general.name', str('Tiny')],
      ['general.file_type', u32(7)],
      [`${arch}.block_count`, u32(2)],
      [`${arch}.context_length`, u32(2048)],
      [`${arch}.embedding_length`, u32(E)],
      [`${arch}.feed_forward_length`, u32(F)],
      [`${arch}.attention.head_count`, u32(4)],
      [`${arch}.attention.head_count_kv`, u32(2)],
      [`${arch}.rope.freq_base`, f32(10000)],
      ['tokenizer.ggml.model', str('gpt2')],
      ['tokenizer.ggml.tokens', strings(Array.from({ length: V }, (_, i) => `t${i}`))],
    ],
    tensors,
  };
}

/** A whole GGUF file in memory (header + zero data). */
export function wholeFile(gguf: WrittenGguf): Uint8Array {
  const bytes = new Uint8Array(gguf.fileBytes);
  bytes.set(gguf.header);
  return bytes;
}

/**
 * A File of `size` bytes whose first bytes are `head` and the rest zeros, none of them allocated
 * until read: a GGUF whose header declares terabytes of tensor data, for the import's limits.
 */
export class SparseFile extends File {
  readonly #head: Uint8Array;
  readonly #size: number;

  constructor(head: Uint8Array, size: number, name: string) {
    super([], name);
    this.#head = head;
    this.#size = size;
  }

  override get size(): number {
    return this.#size;
  }

  override slice(start = 0, end = this.#size): Blob {
    const from = Math.min(start, this.#size);
    const to = Math.min(end, this.#size);
    if (to <= this.#head.byteLength) return new BytesBlob(this.#head.subarray(from, to));
    const part = new Uint8Array(Math.max(0, to - from));
    if (from < this.#head.byteLength) part.set(this.#head.subarray(from, this.#head.byteLength));
    return new BytesBlob(part);
  }
}

/** A Blob over bytes in memory whose arrayBuffer() hands them over at once (Node's Blob copies them slowly: ~1 s for 64 MiB). */
class BytesBlob extends Blob {
  readonly #bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    super([]);
    this.#bytes = bytes;
  }

  override get size(): number {
    return this.#bytes.byteLength;
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#bytes.buffer.slice(this.#bytes.byteOffset, this.#bytes.byteOffset + this.#bytes.byteLength) as ArrayBuffer;
  }
}
