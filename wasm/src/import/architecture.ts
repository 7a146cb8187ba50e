// The one place where what a model file says becomes the core's model description
// (ModelArchitecture): GGUF metadata + tensor names (what gguf-header.ts reads), and Hugging Face
// config.json fields (+ safetensors tensor names when known). GGUF keys follow llama.cpp's gguf-py
// constants (shared/runtime-facts.md §B.5); config.json fields follow transformers.
//
// Architectures the core does not know are still imported when their hyperparameters are there:
// they get the llama tensor layout (attention q/k/v/o + gated FFN, with the biases and experts the
// file shows), and a warning says so. A missing required hyperparameter is an error naming the key;
// so is a value outside the core's range (ARCHITECTURE_RANGES): the error names the file, the key
// the value came from and the architecture field it gives.
//
// Every name read from a file (general.architecture, model_type, metadata keys) is looked up with
// Map / Object.hasOwn only: "constructor" or "__proto__" is an unknown name like any other.
import { ARCHITECTURE_FIELDS } from '../fields.js';
import type { ModelArchitecture } from '../types.js';
import type { ArchFamily } from '../model-spec.js';
import { importError } from './errors.js';
import { GgufArray, GgufMetadata } from './gguf-header.js';

export interface ArchitectureResult {
  architecture: ModelArchitecture;
  /** What was assumed or approximated, in words (shown to the user). */
  warnings: string[];
}

/** GGUF general.architecture -> the core's layout family. */
const GGUF_FAMILY: ReadonlyMap<string, ArchFamily> = new Map<string, ArchFamily>([
  ['llama', 'llama'], ['mistral', 'llama'], ['mixtral', 'llama'],
  ['qwen2', 'qwen2'],
  ['qwen3', 'qwen3'], ['qwen3moe', 'qwen3'],
  ['gemma2', 'gemma2'], ['gemma3', 'gemma3'],
  ['phi3', 'phi3'],
  ['gpt-oss', 'gpt-oss'], ['openai-moe', 'gpt-oss'],
  ['deepseek2', 'deepseek2'],
  ['glm4moe', 'glm4moe'],
  ['llama4', 'llama4'],
]);

/** config.json model_type -> [family, GGUF architecture llama.cpp's converter writes]. */
const CONFIG_FAMILY: ReadonlyMap<string, readonly [ArchFamily, string]> = new Map<string, readonly [ArchFamily, string]>([
  ['llama', ['llama', 'llama']], ['mistral', ['llama', 'llama']], ['mixtral', ['llama', 'llama']],
  ['qwen2', ['qwen2', 'qwen2']],
  ['qwen3', ['qwen3', 'qwen3']], ['qwen3_moe', ['qwen3', 'qwen3moe']],
  ['gemma2', ['gemma2', 'gemma2']], ['gemma3', ['gemma3', 'gemma3']], ['gemma3_text', ['gemma3', 'gemma3']],
  ['phi3', ['phi3', 'phi3']],
  ['gpt_oss', ['gpt-oss', 'gpt-oss']],
  ['deepseek_v2', ['deepseek2', 'deepseek2']], ['deepseek_v3', ['deepseek2', 'deepseek2']], ['kimi_k2', ['deepseek2', 'deepseek2']],
  ['glm4_moe', ['glm4moe', 'glm4moe']],
  ['llama4', ['llama4', 'llama4']],
]);

/** llama.cpp's fixed sliding-window layer pattern (set_swa_pattern) where the file may not state it. */
const SWA_PATTERN: ReadonlyMap<ArchFamily, number> = new Map<ArchFamily, number>([['gemma2', 2], ['gemma3', 6], ['gpt-oss', 2], ['llama4', 4]]);
/** Families whose sliding window llama.cpp uses; for the others it runs full attention (Mistral, Phi-3). */
const SWA_FAMILIES: readonly ArchFamily[] = ['gemma2', 'gemma3', 'gpt-oss', 'llama4'];
/**
 * llama.cpp llama4: chunked attention with a fixed 8192-token chunk on 3 of every 4 blocks, unless the
 * file says sliding_window = 0 (the converter writes that only when every layer is full attention).
 */
const LLAMA4_CHUNK = 8192;
/** Families whose NextN (multi-token-prediction) blocks the core lays out (nLayerNextn). */
const NEXTN_FAMILIES: readonly ArchFamily[] = ['glm4moe'];

/** The whole-number fields of ModelArchitecture. */
export type ArchitectureNumberField = { [K in keyof ModelArchitecture]-?: ModelArchitecture[K] extends number ? K : never }[keyof ModelArchitecture];

/**
 * The range the core accepts for each whole-number field (core/src/model.cpp,
 * architecture_int_fields, through the generated contract; validate_architecture checks them
 * again). An import checks them itself so that its error can name where a value came from.
 */
export const ARCHITECTURE_RANGES = Object.fromEntries(
  ARCHITECTURE_FIELDS.map((f) => [f.name, [f.min, f.max] as const]),
) as Readonly<Record<ArchitectureNumberField, readonly [min: number, max: number]>>;

/** Where each field's value came from, in words ("the GGUF key 'llama.block_count'"). */
type Sources = Map<ArchitectureNumberField, string>;

/** Throws an out_of_range import error naming the file, the source of the value and the field. */
function checkRange(field: ArchitectureNumberField, value: number, sources: Sources, label: string): void {
  const [min, max] = ARCHITECTURE_RANGES[field];
  if (value >= min && value <= max) return;
  const source = sources.get(field);
  throw importError(`${label}: ${source ? `${source} gives ${field} = ${value}` : `${field} is ${value}`}; allowed ${min} to ${max}`, 'out_of_range');
}

function checkRanges(architecture: ModelArchitecture, sources: Sources, label: string): void {
  for (const field of Object.keys(ARCHITECTURE_RANGES) as ArchitectureNumberField[]) checkRange(field, architecture[field], sources, label);
}

const fallbackWarning = (arch: string) =>
  `unknown architecture '${arch}': treated as llama-style attention + gated FFN (the sizes follow its hyperparameters; tensors the llama layout lacks are not counted)`;

/**
 * llama.cpp's swa pattern n (layer il uses the window when il % n < n - 1) from a per-layer list
 * (true = sliding window). undefined when no such n reproduces the list.
 */
function patternOf(layers: readonly boolean[]): number | undefined {
  // Layer il is SWA when il % n < n - 1, so the first full-attention layer is n - 1: the only
  // candidate, checked in one pass (linear in the list, issue #16: a 10^6-entry list took minutes).
  const firstFull = layers.indexOf(false);
  if (firstFull < 1) return undefined;  // no full layer, or the first one: no period n >= 2
  const n = firstFull + 1;
  for (let il = 0; il < layers.length; il++) {
    if (layers[il] !== il % n < n - 1) return undefined;
  }
  return n;
}

// ------------------------------------------------------------------------------------ GGUF

/** Which kinds of tensor a GGUF file has (one pass over the names, however many: up to 10^6). */
function tensorFlags(names: ReadonlySet<string>) {
  const seen = { ffnGate: false, attnQBias: false, attnOutputBias: false, ffnBias: false, attnQNorm: false, attnQkv: false };
  for (const name of names) {
    if (name.endsWith('.bias')) {
      if (!seen.attnQBias && /^blk\.\d+\.attn_q\.bias$/.test(name)) seen.attnQBias = true;
      else if (!seen.attnOutputBias && /^blk\.\d+\.attn_output\.bias$/.test(name)) seen.attnOutputBias = true;
      else if (!seen.ffnBias && /^blk\.\d+\.ffn_(up|down|gate)(_exps)?\.bias$/.test(name)) seen.ffnBias = true;
    } else if (name.endsWith('.weight')) {
      if (!seen.ffnGate && /\.ffn_gate(_exps|_shexp)?\.weight$/.test(name)) seen.ffnGate = true;
      else if (!seen.attnQNorm && /^blk\.\d+\.attn_q_norm\.weight$/.test(name)) seen.attnQNorm = true;
      else if (!seen.attnQkv && /\.attn_qkv\.weight$/.test(name)) seen.attnQkv = true;
    }
  }
  return seen;
}

/**
 * GGUF metadata: what readGgufHeader gives (a GgufMetadata), or keys and values as a Map or a plain
 * object (numbers, bigints, booleans, strings, arrays of them).
 */
export type GgufMetadataInput = GgufMetadata | ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;

export interface GgufModelInput {
  metadata: GgufMetadataInput;
  /** Every tensor name in the file (all shards). */
  tensorNames: ReadonlySet<string>;
  /** dims of token_embd.weight, for the vocabulary when the tokenizer is absent. */
  tokenEmbdDims?: readonly number[];
  /** For messages: the file name. */
  label: string;
}

/** A metadata getter that never reads inherited properties. */
function metadataGetter(metadata: GgufMetadataInput): (key: string) => unknown {
  if (metadata instanceof GgufMetadata || metadata instanceof Map) return (key) => (metadata as ReadonlyMap<string, unknown>).get(key);
  const record = metadata as Readonly<Record<string, unknown>>;
  return (key) => (Object.hasOwn(record, key) ? record[key] : undefined);
}

/** An array value: its length, and its elements on request (undefined: not numbers). */
interface ArrayValue {
  length: number;
  elements(): readonly unknown[] | undefined;
}

function arrayValue(value: unknown): ArrayValue | undefined {
  if (value instanceof GgufArray) return value;
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    return { length: items.length, elements: () => items };
  }
  return undefined;
}

export function architectureFromGguf({ metadata, tensorNames, tokenEmbdDims, label }: GgufModelInput): ArchitectureResult {
  const warnings: string[] = [];
  const get = metadataGetter(metadata);
  const archValue = get('general.architecture');
  if (typeof archValue !== 'string' || archValue === '') {
    throw importError(`${label}: the GGUF key 'general.architecture' is missing; it names the model's architecture`);
  }
  const arch = archValue;
  const knownFamily = GGUF_FAMILY.get(arch);
  const family: ArchFamily = knownFamily ?? 'llama';
  if (!knownFamily) warnings.push(fallbackWarning(arch));

  const sources: Sources = new Map();
  const key = (name: string) => `${arch}.${name}`;
  const gguf = (name: string) => `the GGUF key '${key(name)}'`;
  const bad = (name: string, what: string) => importError(`${label}: ${gguf(name)} ${what}`);
  /** The layer count once block_count is read: per-layer arrays must have this many entries. */
  let layers = 0;
  const whole = (name: string, v: unknown): number => {
    const n = typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number.NaN;
    if (!Number.isSafeInteger(n) || n < 0) throw bad(name, `is ${typeof v === 'string' ? JSON.stringify(v.slice(0, 100)) : String(v)}; expected a whole number`);
    return n;
  };
  /** A per-layer array (one entry per layer, as llama.cpp requires); its elements, decoded. */
  const perLayer = (name: string, array: ArrayValue): readonly unknown[] => {
    if (layers === 0) throw bad(name, `is an array of ${array.length} entries; expected a whole number`);
    if (array.length !== layers) {
      throw bad(name, `is an array of ${array.length} entries; a per-layer value has one entry per layer (${layers}, ${gguf('block_count')})`);
    }
    const elements = array.elements();
    if (!elements) throw bad(name, 'is an array of strings or arrays; expected whole numbers');
    return elements;
  };
  /**
   * A whole number >= 0; a per-layer array gives its largest entry, with a warning. `field`: the
   * architecture field it gives (recorded for range errors).
   */
  const number = (name: string, field?: ArchitectureNumberField): number | undefined => {
    const value = get(key(name));
    if (value === undefined) return undefined;
    const array = arrayValue(value);
    let result: number;
    if (array) {
      const elements = perLayer(name, array);
      let min = Infinity;
      let max = -Infinity;
      for (const element of elements) {
        const n = whole(name, element);
        if (n < min) min = n;
        if (n > max) max = n;
      }
      if (min !== max) warnings.push(`'${key(name)}' differs between layers (${min} to ${max}): every layer is counted with ${max}`);
      result = max;
    } else {
      result = whole(name, value);
    }
    if (field) sources.set(field, gguf(name));
    return result;
  };
  const required = (name: string, field: ArchitectureNumberField): number => {
    const value = number(name, field);
    if (value === undefined) throw bad(name, `is missing; it gives ${field}`);
    return value;
  };
  /** `field` takes the value (and so the source) of `from`. */
  const same = (field: ArchitectureNumberField, from: ArchitectureNumberField) => {
    const source = sources.get(from);
    if (source !== undefined && !sources.has(field)) sources.set(field, source);
  };
  const has = (name: string) => tensorNames.has(name);
  const seen = tensorFlags(tensorNames);

  // The layer count first: it bounds every per-layer array read after it.
  const nLayer = required('block_count', 'nLayer');
  checkRange('nLayer', nLayer, sources, label);
  layers = nLayer;
  const nEmbd = required('embedding_length', 'nEmbd');
  const nHead = required('attention.head_count', 'nHead');
  const nExpert = number('expert_count', 'nExpert') ?? 0;
  const nLeadingDense = number('leading_dense_block_count', 'nLeadingDense') ?? 0;
  const nFf = number('feed_forward_length', 'nFf') ?? (nExpert > 1 && nLeadingDense === 0 ? 0 : required('feed_forward_length', 'nFf'));
  const nextn = number('nextn_predict_layers', 'nLayerNextn') ?? 0;
  const nLayerNextn = NEXTN_FAMILIES.includes(family) ? nextn : 0;
  if (nextn > 0 && nLayerNextn === 0) warnings.push(`${nextn} multi-token-prediction layer(s) are counted as ordinary blocks`);

  const kvLoraRank = number('attention.kv_lora_rank', 'kvLoraRank') ?? 0;
  const mla = kvLoraRank > 0;
  const qkRopeHeadDim = mla ? required('rope.dimension_count', 'qkRopeHeadDim') : 0;
  // MLA files converted since llama.cpp's MLA support write the absorbed sizes to key_length /
  // value_length (kv_lora_rank + rope, kv_lora_rank) and the per-head sizes to the _mla keys.
  let headDimK = number('attention.key_length_mla', 'headDimK') ?? number('attention.key_length', 'headDimK');
  if (headDimK === undefined) {
    headDimK = nHead > 0 ? Math.floor(nEmbd / nHead) : 0;
    sources.set('headDimK', `'${key('embedding_length')}' / '${key('attention.head_count')}'`);
  }
  const headDimV = number('attention.value_length_mla', 'headDimV') ?? number('attention.value_length', 'headDimV') ?? headDimK;
  same('headDimV', 'headDimK');
  if (mla && headDimK <= qkRopeHeadDim) throw bad('attention.key_length_mla', `is missing or not above the rope dimension (${qkRopeHeadDim}); it gives qkNopeHeadDim`);
  if (mla) sources.set('qkNopeHeadDim', `${sources.get('headDimK')} - ${sources.get('qkRopeHeadDim')}`);

  // Vocabulary: the tokenizer's token list (its length: the tokens are never decoded), else
  // {arch}.vocab_size, else token_embd's rows.
  const tokens = arrayValue(get('tokenizer.ggml.tokens'));
  let nVocab: number | undefined;
  if (tokens) {
    nVocab = tokens.length;
    sources.set('nVocab', `the length of the GGUF key 'tokenizer.ggml.tokens'`);
  } else {
    nVocab = number('vocab_size', 'nVocab');
  }
  if (nVocab === undefined && tokenEmbdDims && tokenEmbdDims.length >= 2) {
    nVocab = tokenEmbdDims[1];
    sources.set('nVocab', `the rows of tensor 'token_embd.weight'`);
  }
  if (nVocab === undefined || nVocab < 1) {
    throw importError(`${label}: the GGUF key 'tokenizer.ggml.tokens' is missing (and '${key('vocab_size')}' too); it gives nVocab`);
  }

  let slidingWindow = number('attention.sliding_window', 'slidingWindow') ?? (family === 'llama4' ? LLAMA4_CHUNK : 0);
  let swaPattern = 0;
  const patternName = 'attention.sliding_window_pattern';
  const patternValue = get(key(patternName));
  if (slidingWindow > 0) {
    const patternArray = arrayValue(patternValue);
    if (patternArray) {
      const layerFlags = perLayer(patternName, patternArray).map((v) => v === true || v === 1);
      swaPattern = patternOf(layerFlags) ?? 0;
      if (swaPattern === 0) {
        let swaLayers = 0;
        for (const flag of layerFlags) if (flag) swaLayers += 1;
        swaPattern = Math.max(2, Math.round(layerFlags.length / Math.max(1, layerFlags.length - swaLayers)));
        warnings.push(`the sliding-window layers of '${key(patternName)}' follow no fixed period: approximated as ${swaPattern - 1} of every ${swaPattern}`);
      }
      sources.set('swaPattern', `the layer pattern of ${gguf(patternName)}`);
    } else if (patternValue !== undefined) {
      swaPattern = number(patternName, 'swaPattern') ?? 0;
    } else {
      swaPattern = SWA_PATTERN.get(family) ?? 0;
    }
    if (!SWA_FAMILIES.includes(family) && knownFamily) {
      // llama.cpp runs these with full attention (Mistral as llama, Phi-3 with SWA disabled).
      slidingWindow = 0;
      swaPattern = 0;
    } else if (swaPattern < 2) {
      warnings.push(`'${key('attention.sliding_window')}' is ${slidingWindow} but no layer pattern is given: every layer is counted with full attention`);
      slidingWindow = 0;
      swaPattern = 0;
    }
  }

  const nExpertUsed = number('expert_used_count', 'nExpertUsed') ?? 0;
  let nFfExp = number('expert_feed_forward_length', 'nFfExp');
  if (nFfExp === undefined) {
    nFfExp = nExpert > 1 ? nFf : 0;
    same('nFfExp', 'nFf');
  }
  // llama.cpp llama4 always builds one shared expert per MoE block (no expert_shared_count key).
  const nExpertShared = number('expert_shared_count', 'nExpertShared') ?? (family === 'llama4' && nExpert > 1 ? 1 : 0);
  let nFfShexp = number('expert_shared_feed_forward_length', 'nFfShexp');
  if (nFfShexp === undefined) {
    nFfShexp = nExpertShared > 0 ? nFfExp : 0;
    same('nFfShexp', 'nFfExp');
  }
  // MLA caches one compressed KV per token: llama.cpp's files say 1 KV head; the core counts nHead.
  const nHeadKv = mla ? nHead : (number('attention.head_count_kv', 'nHeadKv') ?? nHead);
  same('nHeadKv', 'nHead');

  const architecture: ModelArchitecture = {
    family,
    ggufArch: arch,
    nLayer,
    nEmbd,
    nHead,
    nHeadKv,
    headDimK,
    headDimV,
    nFf,
    gatedFfn: family === 'phi3' || tensorNames.size === 0 || seen.ffnGate,
    nVocab,
    tiedEmbeddings: !has('output.weight'),
    attnQkvBias: has('blk.0.attn_qkv.bias') || seen.attnQBias,
    attnOutputBias: seen.attnOutputBias,
    ffnBias: seen.ffnBias,
    ropeFreqs: has('rope_freqs.weight'),
    attnQkNorm: family === 'glm4moe' && seen.attnQNorm,
    nExpert,
    nExpertUsed,
    nFfExp,
    nExpertShared,
    nFfShexp,
    nLeadingDense,
    moeLayerStep: family === 'llama4' ? (number('interleave_moe_layer_step', 'moeLayerStep') ?? 0) : 0,
    nLayerNextn,
    slidingWindow,
    swaPattern,
    qLoraRank: number('attention.q_lora_rank', 'qLoraRank') ?? 0,
    kvLoraRank,
    qkRopeHeadDim,
    qkNopeHeadDim: mla ? headDimK - qkRopeHeadDim : 0,
    nCtxTrain: required('context_length', 'nCtxTrain'),
  };
  checkRanges(architecture, sources, label);
  if (!knownFamily && seen.attnQkv) warnings.push(`'${arch}' stores q, k and v in one attn_qkv tensor: counted as separate q, k, v (same size)`);
  return { architecture, warnings };
}

// ------------------------------------------------------------------------------ config.json

/** transformers config-class defaults for fields configs often leave out. */
const CONFIG_DEFAULTS: ReadonlyMap<string, Readonly<Record<string, unknown>>> = new Map<string, Readonly<Record<string, unknown>>>([
  // Gemma3TextConfig (the text_config of Gemma3ForConditionalGeneration).
  ['gemma3_text', {
    vocab_size: 262_208, max_position_embeddings: 131_072, num_attention_heads: 8, num_key_value_heads: 4, head_dim: 256,
    sliding_window: 4096, sliding_window_pattern: 6, tie_word_embeddings: true,
  }],
  ['gemma2', { tie_word_embeddings: true, sliding_window: 4096 }],
]);
/** Families whose config class ties the embeddings unless told otherwise. */
const TIED_BY_DEFAULT: readonly ArchFamily[] = ['gemma2', 'gemma3'];

export interface ConfigModelInput {
  /** The parsed config.json. */
  config: unknown;
  /** safetensors tensor names (Hugging Face names, e.g. "lm_head.weight"), when known. */
  tensorNames?: ReadonlySet<string>;
  label: string;
}

/** An own property of a parsed JSON object (never an inherited one such as "constructor"). */
function own(object: Readonly<Record<string, unknown>>, name: string): unknown {
  return Object.hasOwn(object, name) ? object[name] : undefined;
}

export function architectureFromConfig({ config, tensorNames, label }: ConfigModelInput): ArchitectureResult {
  const warnings: string[] = [];
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw importError(`${label}: config.json must be a JSON object`);
  const outer = config as Record<string, unknown>;
  const architecturesValue = own(outer, 'architectures');
  const architectures = Array.isArray(architecturesValue) ? architecturesValue.filter((a): a is string => typeof a === 'string') : [];
  // Multimodal configs keep the language model in text_config.
  const textValue = own(outer, 'text_config');
  const textConfig = typeof textValue === 'object' && textValue !== null && !Array.isArray(textValue) ? (textValue as Record<string, unknown>) : undefined;
  const typeValue = (textConfig ? own(textConfig, 'model_type') : undefined) ?? own(outer, 'model_type');
  const modelType = typeof typeValue === 'string' ? typeValue : '';
  const prefix = textConfig ? 'text_config.' : '';
  // The fields read below, on an object without a prototype: only what the file says (or the defaults).
  const c: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, CONFIG_DEFAULTS.get(modelType), textConfig ?? outer);
  if (textConfig && c.tie_word_embeddings === undefined && own(outer, 'tie_word_embeddings') !== undefined) c.tie_word_embeddings = own(outer, 'tie_word_embeddings');

  const known = CONFIG_FAMILY.get(modelType) ?? CONFIG_FAMILY.get(modelType.replace(/_text$/, ''));
  const [family, ggufArch] = known ?? ['llama', modelType || architectures[0] || 'unknown'];
  if (!known) warnings.push(fallbackWarning(modelType || architectures[0] || '(no model_type)'));

  const sources: Sources = new Map();
  const field = (name: string) => `${prefix}${name}`;
  const quoted = (name: string) => `'${field(name)}'`;
  const number = (name: string, target?: ArchitectureNumberField): number | undefined => {
    const v = c[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
      const shown = JSON.stringify(v);
      throw importError(`${label}: ${quoted(name)} is ${shown === undefined ? typeof v : shown.length > 100 ? `${shown.slice(0, 100)}...` : shown}; expected a whole number`);
    }
    if (target) sources.set(target, quoted(name));
    return v;
  };
  const required = (name: string, target: ArchitectureNumberField): number => {
    const v = number(name, target);
    if (v === undefined) throw importError(`${label}: ${quoted(name)} is missing from config.json; it gives ${target}`);
    return v;
  };
  const first = (target: ArchitectureNumberField, ...names: string[]) => {
    for (const name of names) {
      const v = number(name, target);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const same = (target: ArchitectureNumberField, from: ArchitectureNumberField) => {
    const source = sources.get(from);
    if (source !== undefined && !sources.has(target)) sources.set(target, source);
  };
  const hasTensor = (re: RegExp) => {
    if (!tensorNames) return undefined;
    for (const name of tensorNames) if (re.test(name)) return true;
    return false;
  };

  // llama.cpp's glm4moe converter appends the MTP layers as blocks (block_count = num_hidden_layers +
  // num_nextn_predict_layers); other converters drop them.
  const nLayerNextn = NEXTN_FAMILIES.includes(family) ? (number('num_nextn_predict_layers', 'nLayerNextn') ?? 0) : 0;
  const hiddenLayers = required('num_hidden_layers', 'nLayer');
  const nLayer = hiddenLayers + nLayerNextn;
  if (nLayerNextn > 0) sources.set('nLayer', `${quoted('num_hidden_layers')} + ${quoted('num_nextn_predict_layers')}`);
  checkRange('nLayer', nLayer, sources, label);
  // transformers: layer_types has one entry per hidden layer.
  const layerTypesValue = c.layer_types;
  const layerTypes = Array.isArray(layerTypesValue) ? (layerTypesValue as unknown[]) : undefined;
  if (layerTypes && layerTypes.length !== hiddenLayers) {
    throw importError(`${label}: ${quoted('layer_types')} has ${layerTypes.length} entries; it has one per layer (${quoted('num_hidden_layers')} is ${hiddenLayers})`);
  }
  const nEmbd = required('hidden_size', 'nEmbd');
  const nHead = required('num_attention_heads', 'nHead');
  const nExpert = first('nExpert', 'num_local_experts', 'num_experts', 'n_routed_experts') ?? 0;
  const nLeadingDense = number('first_k_dense_replace', 'nLeadingDense') ?? 0;
  // Llama 4: intermediate_size is the expert width, intermediate_size_mlp the dense blocks' (the
  // converter swaps them back into feed_forward_length / expert_feed_forward_length).
  const llama4 = family === 'llama4';
  const nFf = llama4
    ? required('intermediate_size_mlp', 'nFf')
    : (number('intermediate_size', 'nFf') ?? (nExpert > 1 && nLeadingDense === 0 ? 0 : required('intermediate_size', 'nFf')));
  const kvLoraRank = number('kv_lora_rank', 'kvLoraRank') ?? 0;
  const mla = kvLoraRank > 0;
  const qkRopeHeadDim = mla ? required('qk_rope_head_dim', 'qkRopeHeadDim') : 0;
  const qkNopeHeadDim = mla ? required('qk_nope_head_dim', 'qkNopeHeadDim') : 0;
  let headDimK: number;
  if (mla) {
    headDimK = qkNopeHeadDim + qkRopeHeadDim;
    sources.set('headDimK', `${quoted('qk_nope_head_dim')} + ${quoted('qk_rope_head_dim')}`);
  } else {
    const explicit = number('head_dim', 'headDimK');
    headDimK = explicit ?? Math.floor(nEmbd / Math.max(1, nHead));
    if (explicit === undefined) sources.set('headDimK', `${quoted('hidden_size')} / ${quoted('num_attention_heads')}`);
  }
  const headDimV = mla ? required('v_head_dim', 'headDimV') : headDimK;
  same('headDimV', 'headDimK');

  let nVocab = required('vocab_size', 'nVocab');
  // llama.cpp's converter drops Gemma 3's out-of-vocabulary padding rows (262208 -> the tokenizer's 262144).
  if (family === 'gemma3' && nVocab === 262_208) nVocab = 262_144;

  let slidingWindow = 0;
  let swaPattern = 0;
  const allFull = layerTypes !== undefined && layerTypes.every((t) => t === 'full_attention');
  const window = llama4 ? (allFull ? 0 : LLAMA4_CHUNK) : (number('sliding_window', 'slidingWindow') ?? 0);
  if (SWA_FAMILIES.includes(family) && window > 0 && c.use_sliding_window !== false) {
    const layerFlags = layerTypes?.map((t) => t === 'sliding_attention' || t === 'chunked_attention');
    // An explicit sliding_window_pattern, else the explicit layer_types, else the config class's default.
    const explicitPattern = own(textConfig ?? outer, 'sliding_window_pattern') !== undefined ? number('sliding_window_pattern', 'swaPattern') : undefined;
    if (explicitPattern === undefined && layerFlags) sources.set('swaPattern', `the layer pattern of ${quoted('layer_types')}`);
    swaPattern = explicitPattern ?? (layerFlags ? (patternOf(layerFlags) ?? 0) : (number('sliding_window_pattern', 'swaPattern') ?? SWA_PATTERN.get(family) ?? 0));
    if (swaPattern < 2) {
      warnings.push(`'${field('layer_types')}' follows no fixed sliding-window period: every layer is counted with full attention`);
      swaPattern = 0;
    } else {
      slidingWindow = window;
    }
  }

  const ropeValue = c.rope_scaling ?? c.rope_parameters;
  const rope = typeof ropeValue === 'object' && ropeValue !== null ? (ropeValue as Record<string, unknown>) : undefined;
  const ropeType = rope ? (own(rope, 'rope_type') ?? own(rope, 'type')) : undefined;
  const attentionBias = c.attention_bias === true;
  const tied =
    typeof c.tie_word_embeddings === 'boolean'
      ? c.tie_word_embeddings
      : tensorNames
        ? !tensorNames.has('lm_head.weight')
        : TIED_BY_DEFAULT.includes(family);
  const qkvBias = family === 'qwen2' || family === 'gpt-oss' || attentionBias || hasTensor(/\.self_attn\.q_proj\.bias$/) === true;
  const nExpertShared = number('n_shared_experts', 'nExpertShared') ?? (llama4 && nExpert > 1 ? 1 : 0);
  let nFfExp = llama4 ? required('intermediate_size', 'nFfExp') : number('moe_intermediate_size', 'nFfExp');
  if (nFfExp === undefined) {
    nFfExp = nExpert > 1 ? nFf : 0;
    same('nFfExp', 'nFf');
  }
  let nFfShexp = number('shared_expert_intermediate_size', 'nFfShexp');
  if (nFfShexp === undefined) {
    nFfShexp = nExpertShared > 0 ? nFfExp : 0;
    same('nFfShexp', 'nFfExp');
  }
  const nHeadKv = mla ? nHead : (number('num_key_value_heads', 'nHeadKv') ?? nHead);
  same('nHeadKv', 'nHead');

  const architecture: ModelArchitecture = {
    family,
    ggufArch,
    nLayer,
    nEmbd,
    nHead,
    nHeadKv,
    headDimK,
    headDimV,
    nFf,
    gatedFfn: true,
    nVocab,
    tiedEmbeddings: tied,
    attnQkvBias: qkvBias,
    attnOutputBias: family === 'gpt-oss' || (family === 'llama' && attentionBias) || hasTensor(/\.self_attn\.o_proj\.bias$/) === true,
    ffnBias: family === 'gpt-oss' || c.mlp_bias === true,
    ropeFreqs: (family === 'llama' || llama4) && ropeType === 'llama3',
    attnQkNorm: family === 'glm4moe' && c.use_qk_norm === true,
    nExpert,
    nExpertUsed: nExpert > 1 ? (first('nExpertUsed', 'num_experts_per_tok', 'experts_per_token') ?? 0) : 0,
    nFfExp,
    nExpertShared,
    nFfShexp,
    nLeadingDense,
    moeLayerStep: llama4 ? (number('interleave_moe_layer_step', 'moeLayerStep') ?? 0) : 0,
    nLayerNextn,
    slidingWindow,
    swaPattern,
    qLoraRank: mla ? (number('q_lora_rank', 'qLoraRank') ?? 0) : 0,
    kvLoraRank,
    qkRopeHeadDim,
    qkNopeHeadDim,
    nCtxTrain: required('max_position_embeddings', 'nCtxTrain'),
  };
  if (nExpert > 1 && architecture.nExpertUsed < 1) throw importError(`${label}: ${quoted('num_experts_per_tok')} is missing; it gives nExpertUsed`);
  checkRanges(architecture, sources, label);
  const sparseStep = number('decoder_sparse_step');
  const mlpOnly = Array.isArray(c.mlp_only_layers) ? c.mlp_only_layers.length : 0;
  if ((sparseStep !== undefined && sparseStep > 1) || mlpOnly > 0) warnings.push(`some layers are dense (decoder_sparse_step / mlp_only_layers): every layer is counted as mixture-of-experts`);
  return { architecture, warnings };
}
