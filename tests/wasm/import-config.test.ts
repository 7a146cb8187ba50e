// config.json -> the core's architecture: Hugging Face configs of catalog models map exactly onto
// the catalog's hyperparameters (so every estimate is the catalog's), unknown model types fall
// back visibly, and a missing field is named.
import { readFile, readdir } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { FitplanError, importModel } from '../../wasm/src/node.js';
import { planner } from './setup.js';

const dir = new URL('./fixtures/configs/', import.meta.url);
const ids = (await readdir(dir)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
// it.each over no files would run no test and pass: ten configs are checked in.
if (ids.length < 10) throw new Error(`tests/wasm/fixtures/configs/ holds ${ids.length} config.json files, expected at least 10`);
/** A fixture config's text; a missing file rejects (ENOENT, with its path), an empty one throws. */
async function configText(id: string): Promise<string> {
  const text = await readFile(new URL(`${id}.json`, dir), 'utf8');
  if (text.trim() === '') throw new Error(`tests/wasm/fixtures/configs/${id}.json is empty`);
  return text;
}
const catalog = (id: string) => planner.models().find((m) => m.id === id)!;

describe('config.json of catalog models', () => {
  it.each(ids)('%s maps onto the catalog architecture, and the estimates are the catalog\'s', async (id) => {
    const result = await importModel(await configText(id));
    expect(result.warnings).toEqual([]);
    expect(result.source).toEqual({ kind: 'config', label: 'config.json' });
    expect(result.model.architecture).toEqual(catalog(id).architecture);
    const request = { hardware: 'rtx4090', contextLength: 4096 } as const;
    const imported = planner.analyze({ ...request, model: result.model });
    const expected = planner.analyze({ ...request, model: id });
    expect(imported.fileTypes).toEqual(expected.fileTypes);
    expect(imported.model.totalParams).toBe(expected.model.totalParams);
  });

  it('reads a config.json path in Node, named by the file', async () => {
    const result = await importModel(new URL('qwen2.5-0.5b.json', dir).pathname);
    expect(result.source).toEqual({ kind: 'config', label: 'qwen2.5-0.5b.json' });
    expect(result.model.id).toBe('Qwen/Qwen2.5-0.5B-Instruct');
    expect(result.model.architecture).toEqual(catalog('qwen2.5-0.5b').architecture);
  });
});

describe('configs the core has no family for', () => {
  it('imports an unknown model_type as llama-style, with a warning', async () => {
    const config = JSON.parse(await configText('llama3.2-1b')) as Record<string, unknown>;
    const result = await importModel(JSON.stringify({ ...config, model_type: 'granite', architectures: ['GraniteForCausalLM'] }));
    expect(result.warnings).toEqual([expect.stringContaining("unknown architecture 'granite': treated as llama-style attention + gated FFN")]);
    expect(result.model.architecture).toMatchObject({ family: 'llama', ggufArch: 'granite', nLayer: 16, nEmbd: 2048 });
    expect(planner.analyze({ model: result.model, hardware: 'rtx4090' }).fileTypes.length).toBeGreaterThan(10);
  });

  it.each([
    ['num_hidden_layers', /'num_hidden_layers' is missing from config.json; it gives nLayer/],
    ['hidden_size', /'hidden_size' is missing/],
    ['max_position_embeddings', /'max_position_embeddings' is missing/],
  ])('names a missing %s', async (field, message) => {
    const config = JSON.parse(await configText('qwen2.5-0.5b')) as Record<string, unknown>;
    delete config[field];
    const error = await importModel(JSON.stringify(config)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FitplanError);
    expect(error).toMatchObject({ code: 'invalid_argument', field: 'model', message: expect.stringMatching(message) });
  });

  it('names the text_config field of a multimodal config', async () => {
    const config = JSON.parse(await configText('gemma3-4b')) as { text_config: Record<string, unknown> };
    delete config.text_config.num_hidden_layers;
    await expect(importModel(JSON.stringify(config))).rejects.toThrow(/'text_config.num_hidden_layers' is missing/);
  });

  it('rejects what is not a config', async () => {
    await expect(importModel('{ "hidden_size": ')).rejects.toMatchObject({ field: 'model', message: expect.stringMatching(/not valid JSON/) });
    await expect(importModel('{"num_hidden_layers": "big"}')).rejects.toThrow(/'num_hidden_layers' is "big"; expected a whole number/);
    await expect(importModel('not a model')).rejects.toThrow(/not a model source/);
  });
});

describe('a long layer_types list (issue #16, item 1)', () => {
  it('is read in one pass: 200 000 entries whose only full-attention layer is the last', async () => {
    const config = JSON.parse(await configText('gemma3-4b')) as Record<string, Record<string, unknown>>;
    const text = config.text_config ?? (config);  // the language model's part
    delete text.sliding_window_pattern;
    text.layer_types = Array.from({ length: 200_000 }, (_, i) => (i === 199_999 ? 'full_attention' : 'sliding_attention'));
    // Quadratic before: ~68 s; the vitest timeout (10 s) is the guard against a regression. Now a
    // list longer than the model fails at once, naming the field (a per-layer list has one entry per layer).
    const start = performance.now();
    await expect(importModel(JSON.stringify(config))).rejects.toMatchObject({
      field: 'model',
      message: "config.json: 'text_config.layer_types' has 200000 entries; it has one per layer ('text_config.num_hidden_layers' is 34)",
    });
    expect(performance.now() - start).toBeLessThan(2000);
  }, 10_000);
});

// The glm4moe and llama4 layouts (added 2026-11). These configs hold the fields the importer reads,
// with the values the catalog entries cite (model_catalog.cpp names where each was read); they are
// not byte-for-byte copies of the Hugging Face files.
const GLM45_AIR = {
  architectures: ['Glm4MoeForCausalLM'], model_type: 'glm4_moe', attention_bias: true, first_k_dense_replace: 1, head_dim: 128,
  hidden_size: 4096, intermediate_size: 10944, max_position_embeddings: 131072, moe_intermediate_size: 1408, n_routed_experts: 128,
  n_shared_experts: 1, num_attention_heads: 96, num_experts_per_tok: 8, num_hidden_layers: 46, num_key_value_heads: 8,
  num_nextn_predict_layers: 1, partial_rotary_factor: 0.5, tie_word_embeddings: false, use_qk_norm: false, vocab_size: 151552,
};
const GLM45 = {
  ...GLM45_AIR, first_k_dense_replace: 3, hidden_size: 5120, intermediate_size: 12288, moe_intermediate_size: 1536,
  n_routed_experts: 160, num_hidden_layers: 92, use_qk_norm: true,
};
const LLAMA4_SCOUT = {
  architectures: ['Llama4ForConditionalGeneration'], model_type: 'llama4',
  text_config: {
    model_type: 'llama4_text', attention_chunk_size: 8192, head_dim: 128, hidden_size: 5120, interleave_moe_layer_step: 1,
    intermediate_size: 8192, intermediate_size_mlp: 16384, max_position_embeddings: 10485760, num_attention_heads: 40,
    num_experts_per_tok: 1, num_hidden_layers: 48, num_key_value_heads: 8, num_local_experts: 16,
    rope_scaling: { factor: 16.0, high_freq_factor: 1.0, low_freq_factor: 1.0, original_max_position_embeddings: 8192, rope_type: 'llama3' },
    rope_theta: 500000.0, tie_word_embeddings: false, vocab_size: 202048,
  },
  vision_config: { hidden_size: 1408, num_hidden_layers: 34 },
};
const LLAMA4_MAVERICK = {
  ...LLAMA4_SCOUT,
  text_config: {
    ...LLAMA4_SCOUT.text_config, interleave_moe_layer_step: 2, max_position_embeddings: 1048576, num_local_experts: 128,
    rope_scaling: null,
  },
};

describe('config.json of the glm4moe and llama4 catalog models', () => {
  it.each([
    ['glm4.5-air', GLM45_AIR, 47],  // 46 layers + the NextN block, as llama.cpp's converter writes them
    ['glm4.5', GLM45, 93],
    ['llama4-scout', LLAMA4_SCOUT, 48],
    ['llama4-maverick', LLAMA4_MAVERICK, 48],
  ] as const)('%s maps onto the catalog architecture', async (id, config, nLayer) => {
    const result = await importModel(JSON.stringify(config));
    expect(result.warnings).toEqual([]);
    expect(result.model.architecture).toEqual(catalog(id).architecture);
    expect(result.model.architecture.nLayer).toBe(nLayer);
  });

  it('counts the GLM NextN block in the file, not in the active parameters', () => {
    const air = catalog('glm4.5-air');
    expect(air.architecture).toMatchObject({ nLayer: 47, nLayerNextn: 1, nLeadingDense: 1, attnQkNorm: false });
    // Hub safetensors total (MTP layer included): 110,468,824,832; Z.ai: 12 B active.
    expect(air.totalParams).toBe(110_468_824_832);
    expect(air.activeParams / 1e9).toBeGreaterThan(12);
    expect(air.activeParams / 1e9).toBeLessThan(13);
  });

  it('reads a llama4 layer_types list with chunked layers as the 3-of-4 chunked pattern', async () => {
    const types = Array.from({ length: 48 }, (_, i) => ((i + 1) % 4 === 0 ? 'full_attention' : 'chunked_attention'));
    const result = await importModel(JSON.stringify({ ...LLAMA4_SCOUT, text_config: { ...LLAMA4_SCOUT.text_config, layer_types: types } }));
    expect(result.model.architecture).toMatchObject({ slidingWindow: 8192, swaPattern: 4 });
  });
});

// ------------------------------------------------------------------ hostile configs (issue #16)

const TINY = { num_hidden_layers: 2, hidden_size: 64, num_attention_heads: 4, intermediate_size: 128, vocab_size: 32, max_position_embeddings: 2048 };
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

describe('names from config.json are never looked up as object properties', () => {
  const expectUnknown = (result: Awaited<ReturnType<typeof importModel>>, name: string) => {
    expect(result.warnings).toEqual([expect.stringContaining(`unknown architecture '${name}': treated as llama-style`)]);
    expect(result.model.architecture).toMatchObject({ family: 'llama', ggufArch: name, nLayer: 2, nEmbd: 64 });
  };

  it.each(PROTOTYPE_NAMES)("model_type '%s' is an unknown model type like any other", async (name) => {
    // CONFIG_FAMILY[name] found Object.prototype's members: "function is not iterable".
    expectUnknown(await importModel(JSON.stringify({ ...TINY, model_type: name })), name);
    // In text_config too.
    const multimodal = await importModel(JSON.stringify({ model_type: 'x', text_config: { ...TINY, model_type: name } }));
    expectUnknown(multimodal, name);
  });

  it.each(PROTOTYPE_NAMES)("architectures ['%s'] without a model_type", async (name) => {
    expectUnknown(await importModel(JSON.stringify({ ...TINY, architectures: [name] })), name);
  });
});

describe('config.json values outside the planner\'s ranges name the file, the key and the field', () => {
  it.each([
    [{ num_hidden_layers: 1025 }, "config.json: 'num_hidden_layers' gives nLayer = 1025; allowed 1 to 1024"],
    [{ hidden_size: 2 ** 17 + 1 }, "config.json: 'hidden_size' gives nEmbd = 131073; allowed 1 to 131072"],
    [{ num_key_value_heads: 0 }, "config.json: 'num_key_value_heads' gives nHeadKv = 0; allowed 1 to 4096"],
    [{ hidden_size: 40960, num_attention_heads: 4 }, "config.json: 'hidden_size' / 'num_attention_heads' gives headDimK = 10240; allowed 1 to 4096"],
    [{ vocab_size: 2 ** 23 + 1 }, "config.json: 'vocab_size' gives nVocab = 8388609; allowed 1 to 8388608"],
    [{ max_position_embeddings: 2 ** 24 + 1 }, "config.json: 'max_position_embeddings' gives nCtxTrain = 16777217; allowed 1 to 16777216"],
  ])('%j', async (change, message) => {
    const error = await importModel(JSON.stringify({ ...TINY, model_type: 'llama', ...change })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FitplanError);
    expect(error).toMatchObject({ code: 'out_of_range', field: 'model', message });
  });

  it('names the text_config key, and both keys of a sum', async () => {
    await expect(importModel(JSON.stringify({ model_type: 'x', text_config: { ...TINY, num_hidden_layers: 5000 } }))).rejects.toThrow(
      "config.json: 'text_config.num_hidden_layers' gives nLayer = 5000; allowed 1 to 1024",
    );
    await expect(importModel(JSON.stringify({ ...GLM45_AIR, num_hidden_layers: 1024 }))).rejects.toThrow(
      "config.json: 'num_hidden_layers' + 'num_nextn_predict_layers' gives nLayer = 1025; allowed 1 to 1024",
    );
    expect((await importModel(JSON.stringify({ ...GLM45_AIR, num_hidden_layers: 1023 }))).model.architecture.nLayer).toBe(1024);
  });

  it('a layer_types list needs one entry per layer', async () => {
    await expect(importModel(JSON.stringify({ ...TINY, model_type: 'gemma2', layer_types: ['sliding_attention', 'full_attention', 'full_attention'] }))).rejects.toThrow(
      "config.json: 'layer_types' has 3 entries; it has one per layer ('num_hidden_layers' is 2)",
    );
  });
});
