// Public types of the fitplan API. Field names are a public contract (issue #2): they are the JSON
// the CLI prints with --json and the golden files compare against. Keep them in step with
// wasm/bindings.cpp (tests/wasm/conformance.test.ts checks every record's keys).
export const BACKENDS = ['cuda', 'rocm', 'vulkan', 'metal', 'sycl', 'cpu'];
export const KV_CACHE_TYPES = ['f16', 'bf16', 'f32', 'q8_0', 'q5_1', 'q5_0', 'q4_1', 'q4_0', 'iq4_nl'];
/** Every FileTypeName, from the most to the least precise (the core's order). */
export const FILE_TYPE_NAMES = [
    'F32', 'F16', 'BF16', 'Q8_0', 'Q6_K', 'Q5_K_M', 'Q5_K_S', 'Q5_1', 'Q5_0', 'Q4_K_M', 'Q4_K_S', 'Q4_1', 'Q4_0', 'IQ4_NL',
    'IQ4_XS', 'Q3_K_L', 'Q3_K_M', 'Q3_K_S', 'IQ3_M', 'IQ3_S', 'IQ3_XS', 'IQ3_XXS', 'Q2_K', 'Q2_K_S', 'IQ2_M', 'IQ2_S',
    'IQ2_XS', 'IQ2_XXS', 'IQ1_M', 'IQ1_S', 'TQ2_0', 'TQ1_0', 'MXFP4_MOE',
];
export const KV_POLICIES = ['auto', 'f16', 'q8_0', 'q4_0'];
export const PLAN_OBJECTIVES = ['balanced', 'quality', 'speed', 'workload'];
export const LLAMA_CPP_BUILDS = ['current', 'legacy'];
export const RANK_ORDERS = ['recommended', 'speed', 'quality', 'size', 'context', 'memory'];
//# sourceMappingURL=types.js.map