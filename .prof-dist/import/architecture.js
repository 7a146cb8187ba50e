import { importError } from './errors.js';
/** GGUF general.architecture -> the core's layout family. */
const GGUF_FAMILY = {
    llama: 'llama', mistral: 'llama', mixtral: 'llama',
    qwen2: 'qwen2',
    qwen3: 'qwen3', qwen3moe: 'qwen3',
    gemma2: 'gemma2', gemma3: 'gemma3',
    phi3: 'phi3',
    'gpt-oss': 'gpt-oss', 'openai-moe': 'gpt-oss',
    deepseek2: 'deepseek2',
    glm4moe: 'glm4moe',
    llama4: 'llama4',
};
/** config.json model_type -> [family, GGUF architecture llama.cpp's converter writes]. */
const CONFIG_FAMILY = {
    llama: ['llama', 'llama'], mistral: ['llama', 'llama'], mixtral: ['llama', 'llama'],
    qwen2: ['qwen2', 'qwen2'],
    qwen3: ['qwen3', 'qwen3'], qwen3_moe: ['qwen3', 'qwen3moe'],
    gemma2: ['gemma2', 'gemma2'], gemma3: ['gemma3', 'gemma3'], gemma3_text: ['gemma3', 'gemma3'],
    phi3: ['phi3', 'phi3'],
    gpt_oss: ['gpt-oss', 'gpt-oss'],
    deepseek_v2: ['deepseek2', 'deepseek2'], deepseek_v3: ['deepseek2', 'deepseek2'], kimi_k2: ['deepseek2', 'deepseek2'],
    glm4_moe: ['glm4moe', 'glm4moe'],
    llama4: ['llama4', 'llama4'],
};
/** llama.cpp's fixed sliding-window layer pattern (set_swa_pattern) where the file may not state it. */
const SWA_PATTERN = { gemma2: 2, gemma3: 6, 'gpt-oss': 2, llama4: 4 };
/** Families whose sliding window llama.cpp uses; for the others it runs full attention (Mistral, Phi-3). */
const SWA_FAMILIES = ['gemma2', 'gemma3', 'gpt-oss', 'llama4'];
/**
 * llama.cpp llama4: chunked attention with a fixed 8192-token chunk on 3 of every 4 blocks, unless the
 * file says sliding_window = 0 (the converter writes that only when every layer is full attention).
 */
const LLAMA4_CHUNK = 8192;
/** Families whose NextN (multi-token-prediction) blocks the core lays out (nLayerNextn). */
const NEXTN_FAMILIES = ['glm4moe'];
const fallbackWarning = (arch) => `unknown architecture '${arch}': treated as llama-style attention + gated FFN (the sizes follow its hyperparameters; tensors the llama layout lacks are not counted)`;
/**
 * llama.cpp's swa pattern n (layer il uses the window when il % n < n - 1) from a per-layer list
 * (true = sliding window). undefined when no such n reproduces the list.
 */
function patternOf(layers) {
    // Layer il is SWA when il % n < n - 1, so the first full-attention layer is n - 1: the only
    // candidate, checked in one pass (linear in the list, issue #16: a 10^6-entry list took minutes).
    const firstFull = layers.indexOf(false);
    if (firstFull < 1)
        return undefined; // no full layer, or the first one: no period n >= 2
    const n = firstFull + 1;
    for (let il = 0; il < layers.length; il++) {
        if (layers[il] !== il % n < n - 1)
            return undefined;
    }
    return n;
}
export function architectureFromGguf({ metadata, tensorNames, tokenEmbdDims, label }) {
    const warnings = [];
    const archValue = metadata['general.architecture'];
    if (typeof archValue !== 'string' || archValue === '') {
        throw importError(`${label}: the GGUF key 'general.architecture' is missing; it names the model's architecture`);
    }
    const arch = archValue;
    const knownFamily = GGUF_FAMILY[arch];
    const family = knownFamily ?? 'llama';
    if (!knownFamily)
        warnings.push(fallbackWarning(arch));
    const key = (name) => `${arch}.${name}`;
    const bad = (name, what) => importError(`${label}: the GGUF key '${key(name)}' ${what}`);
    /** A whole number >= 0; arrays (per-layer values) give their largest entry, with a warning. */
    const number = (name) => {
        const value = metadata[key(name)];
        if (value === undefined)
            return undefined;
        const whole = (v) => {
            const n = typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number.NaN;
            if (!Number.isSafeInteger(n) || n < 0)
                throw bad(name, `is ${String(v)}; expected a whole number`);
            return n;
        };
        if (Array.isArray(value)) {
            if (value.length === 0)
                throw bad(name, 'is an empty array');
            const values = value.map(whole);
            const max = Math.max(...values);
            if (values.some((v) => v !== max))
                warnings.push(`'${key(name)}' differs between layers (${Math.min(...values)} to ${max}): every layer is counted with ${max}`);
            return max;
        }
        return whole(value);
    };
    const required = (name, field) => {
        const value = number(name);
        if (value === undefined)
            throw bad(name, `is missing; it gives ${field}`);
        return value;
    };
    const has = (name) => tensorNames.has(name);
    const hasAny = (re) => [...tensorNames].some((n) => re.test(n));
    const nLayer = required('block_count', 'nLayer');
    const nEmbd = required('embedding_length', 'nEmbd');
    const nHead = required('attention.head_count', 'nHead');
    const nExpert = number('expert_count') ?? 0;
    const nLeadingDense = number('leading_dense_block_count') ?? 0;
    const nFf = number('feed_forward_length') ?? (nExpert > 1 && nLeadingDense === 0 ? 0 : required('feed_forward_length', 'nFf'));
    const nextn = number('nextn_predict_layers') ?? 0;
    const nLayerNextn = NEXTN_FAMILIES.includes(family) ? nextn : 0;
    if (nextn > 0 && nLayerNextn === 0)
        warnings.push(`${nextn} multi-token-prediction layer(s) are counted as ordinary blocks`);
    const kvLoraRank = number('attention.kv_lora_rank') ?? 0;
    const mla = kvLoraRank > 0;
    const qkRopeHeadDim = mla ? required('rope.dimension_count', 'qkRopeHeadDim') : 0;
    // MLA files converted since llama.cpp's MLA support write the absorbed sizes to key_length /
    // value_length (kv_lora_rank + rope, kv_lora_rank) and the per-head sizes to the _mla keys.
    const headDimK = number('attention.key_length_mla') ?? number('attention.key_length') ?? (nHead > 0 ? Math.floor(nEmbd / nHead) : 0);
    const headDimV = number('attention.value_length_mla') ?? number('attention.value_length') ?? headDimK;
    if (mla && headDimK <= qkRopeHeadDim)
        throw bad('attention.key_length_mla', `is missing or not above the rope dimension (${qkRopeHeadDim}); it gives qkNopeHeadDim`);
    // Vocabulary: the tokenizer's token list, else {arch}.vocab_size, else token_embd's rows.
    const tokens = metadata['tokenizer.ggml.tokens'];
    let nVocab = Array.isArray(tokens) ? tokens.length : number('vocab_size');
    if (nVocab === undefined && tokenEmbdDims && tokenEmbdDims.length >= 2)
        nVocab = tokenEmbdDims[1];
    if (nVocab === undefined || nVocab < 1) {
        throw importError(`${label}: the GGUF key 'tokenizer.ggml.tokens' is missing (and '${key('vocab_size')}' too); it gives nVocab`);
    }
    let slidingWindow = number('attention.sliding_window') ?? (family === 'llama4' ? LLAMA4_CHUNK : 0);
    let swaPattern = 0;
    const patternValue = metadata[key('attention.sliding_window_pattern')];
    if (slidingWindow > 0) {
        if (Array.isArray(patternValue)) {
            const layers = patternValue.map((v) => v === true || v === 1);
            swaPattern = patternOf(layers) ?? 0;
            if (swaPattern === 0) {
                const swaLayers = layers.filter(Boolean).length;
                swaPattern = Math.max(2, Math.round(layers.length / Math.max(1, layers.length - swaLayers)));
                warnings.push(`the sliding-window layers of '${key('attention.sliding_window_pattern')}' follow no fixed period: approximated as ${swaPattern - 1} of every ${swaPattern}`);
            }
        }
        else if (patternValue !== undefined) {
            swaPattern = number('attention.sliding_window_pattern') ?? 0;
        }
        else {
            swaPattern = SWA_PATTERN[family] ?? 0;
        }
        if (!SWA_FAMILIES.includes(family) && knownFamily) {
            // llama.cpp runs these with full attention (Mistral as llama, Phi-3 with SWA disabled).
            slidingWindow = 0;
            swaPattern = 0;
        }
        else if (swaPattern < 2) {
            warnings.push(`'${key('attention.sliding_window')}' is ${slidingWindow} but no layer pattern is given: every layer is counted with full attention`);
            slidingWindow = 0;
            swaPattern = 0;
        }
    }
    const nExpertUsed = number('expert_used_count') ?? 0;
    const nFfExp = number('expert_feed_forward_length') ?? (nExpert > 1 ? nFf : 0);
    // llama.cpp llama4 always builds one shared expert per MoE block (no expert_shared_count key).
    const nExpertShared = number('expert_shared_count') ?? (family === 'llama4' && nExpert > 1 ? 1 : 0);
    const nFfShexp = number('expert_shared_feed_forward_length') ?? (nExpertShared > 0 ? nFfExp : 0);
    const architecture = {
        family,
        ggufArch: arch,
        nLayer,
        nEmbd,
        nHead,
        // MLA caches one compressed KV per token: llama.cpp's files say 1 KV head; the core counts nHead.
        nHeadKv: mla ? nHead : (number('attention.head_count_kv') ?? nHead),
        headDimK,
        headDimV,
        nFf,
        gatedFfn: family === 'phi3' || tensorNames.size === 0 || hasAny(/\.ffn_gate(_exps|_shexp)?\.weight$/),
        nVocab,
        tiedEmbeddings: !has('output.weight'),
        attnQkvBias: has('blk.0.attn_q.bias') || has('blk.0.attn_qkv.bias') || hasAny(/^blk\.\d+\.attn_q\.bias$/),
        attnOutputBias: hasAny(/^blk\.\d+\.attn_output\.bias$/),
        ffnBias: hasAny(/^blk\.\d+\.ffn_(up|down|gate)(_exps)?\.bias$/),
        ropeFreqs: has('rope_freqs.weight'),
        attnQkNorm: family === 'glm4moe' && hasAny(/^blk\.\d+\.attn_q_norm\.weight$/),
        nExpert,
        nExpertUsed,
        nFfExp,
        nExpertShared,
        nFfShexp,
        nLeadingDense,
        moeLayerStep: family === 'llama4' ? (number('interleave_moe_layer_step') ?? 0) : 0,
        nLayerNextn,
        slidingWindow,
        swaPattern,
        qLoraRank: number('attention.q_lora_rank') ?? 0,
        kvLoraRank,
        qkRopeHeadDim,
        qkNopeHeadDim: mla ? headDimK - qkRopeHeadDim : 0,
        nCtxTrain: required('context_length', 'nCtxTrain'),
    };
    if (!knownFamily && hasAny(/\.attn_qkv\.weight$/))
        warnings.push(`'${arch}' stores q, k and v in one attn_qkv tensor: counted as separate q, k, v (same size)`);
    return { architecture, warnings };
}
// ------------------------------------------------------------------------------ config.json
/** transformers config-class defaults for fields configs often leave out. */
const CONFIG_DEFAULTS = {
    // Gemma3TextConfig (the text_config of Gemma3ForConditionalGeneration).
    gemma3_text: {
        vocab_size: 262_208, max_position_embeddings: 131_072, num_attention_heads: 8, num_key_value_heads: 4, head_dim: 256,
        sliding_window: 4096, sliding_window_pattern: 6, tie_word_embeddings: true,
    },
    gemma2: { tie_word_embeddings: true, sliding_window: 4096 },
};
/** Families whose config class ties the embeddings unless told otherwise. */
const TIED_BY_DEFAULT = ['gemma2', 'gemma3'];
export function architectureFromConfig({ config, tensorNames, label }) {
    const warnings = [];
    if (typeof config !== 'object' || config === null || Array.isArray(config))
        throw importError(`${label}: config.json must be a JSON object`);
    const outer = config;
    const architectures = Array.isArray(outer.architectures) ? outer.architectures.filter((a) => typeof a === 'string') : [];
    // Multimodal configs keep the language model in text_config.
    const textConfig = typeof outer.text_config === 'object' && outer.text_config !== null ? outer.text_config : undefined;
    const modelType = String(textConfig?.model_type ?? outer.model_type ?? '');
    const prefix = textConfig ? 'text_config.' : '';
    const c = { ...(CONFIG_DEFAULTS[modelType] ?? {}), ...(textConfig ?? outer) };
    if (textConfig && c.tie_word_embeddings === undefined && outer.tie_word_embeddings !== undefined)
        c.tie_word_embeddings = outer.tie_word_embeddings;
    const known = CONFIG_FAMILY[modelType] ?? CONFIG_FAMILY[modelType.replace(/_text$/, '')];
    const [family, ggufArch] = known ?? ['llama', modelType || architectures[0] || 'unknown'];
    if (!known)
        warnings.push(fallbackWarning(modelType || architectures[0] || '(no model_type)'));
    const field = (name) => `${prefix}${name}`;
    const number = (name) => {
        const v = c[name];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
            throw importError(`${label}: '${field(name)}' is ${JSON.stringify(v)}; expected a whole number`);
        return v;
    };
    const required = (name, target) => {
        const v = number(name);
        if (v === undefined)
            throw importError(`${label}: '${field(name)}' is missing from config.json; it gives ${target}`);
        return v;
    };
    const first = (...names) => {
        for (const name of names) {
            const v = number(name);
            if (v !== undefined)
                return v;
        }
        return undefined;
    };
    const hasTensor = (re) => (tensorNames ? [...tensorNames].some((n) => re.test(n)) : undefined);
    // llama.cpp's glm4moe converter appends the MTP layers as blocks (block_count = num_hidden_layers +
    // num_nextn_predict_layers); other converters drop them.
    const nLayerNextn = NEXTN_FAMILIES.includes(family) ? (number('num_nextn_predict_layers') ?? 0) : 0;
    const nLayer = required('num_hidden_layers', 'nLayer') + nLayerNextn;
    const nEmbd = required('hidden_size', 'nEmbd');
    const nHead = required('num_attention_heads', 'nHead');
    const nExpert = first('num_local_experts', 'num_experts', 'n_routed_experts') ?? 0;
    const nLeadingDense = number('first_k_dense_replace') ?? 0;
    // Llama 4: intermediate_size is the expert width, intermediate_size_mlp the dense blocks' (the
    // converter swaps them back into feed_forward_length / expert_feed_forward_length).
    const llama4 = family === 'llama4';
    const nFf = llama4
        ? required('intermediate_size_mlp', 'nFf')
        : (number('intermediate_size') ?? (nExpert > 1 && nLeadingDense === 0 ? 0 : required('intermediate_size', 'nFf')));
    const kvLoraRank = number('kv_lora_rank') ?? 0;
    const mla = kvLoraRank > 0;
    const qkRopeHeadDim = mla ? required('qk_rope_head_dim', 'qkRopeHeadDim') : 0;
    const qkNopeHeadDim = mla ? required('qk_nope_head_dim', 'qkNopeHeadDim') : 0;
    const headDimK = mla ? qkNopeHeadDim + qkRopeHeadDim : (number('head_dim') ?? Math.floor(nEmbd / Math.max(1, nHead)));
    const headDimV = mla ? required('v_head_dim', 'headDimV') : headDimK;
    let nVocab = required('vocab_size', 'nVocab');
    // llama.cpp's converter drops Gemma 3's out-of-vocabulary padding rows (262208 -> the tokenizer's 262144).
    if (family === 'gemma3' && nVocab === 262_208)
        nVocab = 262_144;
    let slidingWindow = 0;
    let swaPattern = 0;
    const allFull = Array.isArray(c.layer_types) && c.layer_types.every((t) => t === 'full_attention');
    const window = llama4 ? (allFull ? 0 : LLAMA4_CHUNK) : (number('sliding_window') ?? 0);
    if (SWA_FAMILIES.includes(family) && window > 0 && c.use_sliding_window !== false) {
        const layerTypes = Array.isArray(c.layer_types)
            ? c.layer_types.map((t) => t === 'sliding_attention' || t === 'chunked_attention')
            : undefined;
        // An explicit sliding_window_pattern, else the explicit layer_types, else the config class's default.
        const explicitPattern = (textConfig ?? outer).sliding_window_pattern !== undefined ? number('sliding_window_pattern') : undefined;
        swaPattern = explicitPattern ?? (layerTypes ? (patternOf(layerTypes) ?? 0) : (number('sliding_window_pattern') ?? SWA_PATTERN[family] ?? 0));
        if (swaPattern < 2) {
            warnings.push(`'${field('layer_types')}' follows no fixed sliding-window period: every layer is counted with full attention`);
            swaPattern = 0;
        }
        else {
            slidingWindow = window;
        }
    }
    const rope = (c.rope_scaling ?? c.rope_parameters);
    const ropeType = rope && typeof rope === 'object' ? (rope.rope_type ?? rope.type) : undefined;
    const attentionBias = c.attention_bias === true;
    const tied = typeof c.tie_word_embeddings === 'boolean'
        ? c.tie_word_embeddings
        : tensorNames
            ? !tensorNames.has('lm_head.weight')
            : TIED_BY_DEFAULT.includes(family);
    const qkvBias = family === 'qwen2' || family === 'gpt-oss' || attentionBias || hasTensor(/\.self_attn\.q_proj\.bias$/) === true;
    const nExpertShared = number('n_shared_experts') ?? (llama4 && nExpert > 1 ? 1 : 0);
    const nFfExp = llama4 ? required('intermediate_size', 'nFfExp') : (number('moe_intermediate_size') ?? (nExpert > 1 ? nFf : 0));
    const architecture = {
        family,
        ggufArch,
        nLayer,
        nEmbd,
        nHead,
        nHeadKv: mla ? nHead : (number('num_key_value_heads') ?? nHead),
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
        nExpertUsed: nExpert > 1 ? (first('num_experts_per_tok', 'experts_per_token') ?? 0) : 0,
        nFfExp,
        nExpertShared,
        nFfShexp: number('shared_expert_intermediate_size') ?? (nExpertShared > 0 ? nFfExp : 0),
        nLeadingDense,
        moeLayerStep: llama4 ? (number('interleave_moe_layer_step') ?? 0) : 0,
        nLayerNextn,
        slidingWindow,
        swaPattern,
        qLoraRank: mla ? (number('q_lora_rank') ?? 0) : 0,
        kvLoraRank,
        qkRopeHeadDim,
        qkNopeHeadDim,
        nCtxTrain: required('max_position_embeddings', 'nCtxTrain'),
    };
    if (nExpert > 1 && architecture.nExpertUsed < 1)
        throw importError(`${label}: '${field('num_experts_per_tok')}' is missing; it gives nExpertUsed`);
    const sparseStep = number('decoder_sparse_step');
    const mlpOnly = Array.isArray(c.mlp_only_layers) ? c.mlp_only_layers.length : 0;
    if ((sparseStep !== undefined && sparseStep > 1) || mlpOnly > 0)
        warnings.push(`some layers are dense (decoder_sparse_step / mlp_only_layers): every layer is counted as mixture-of-experts`);
    return { architecture, warnings };
}
//# sourceMappingURL=architecture.js.map