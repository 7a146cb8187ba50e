const T = (name, blockElements, blockBytes) => ({ name, blockElements, blockBytes });
/** ggml_type id -> layout. Ids absent here (removed types 4, 5, 31-33, 36-38) are rejected. */
export const GGML_TYPES = new Map([
    [0, T('f32', 1, 4)], [1, T('f16', 1, 2)], [2, T('q4_0', 32, 18)], [3, T('q4_1', 32, 20)], [6, T('q5_0', 32, 22)],
    [7, T('q5_1', 32, 24)], [8, T('q8_0', 32, 34)], [9, T('q8_1', 32, 36)], [10, T('q2_K', 256, 84)], [11, T('q3_K', 256, 110)],
    [12, T('q4_K', 256, 144)], [13, T('q5_K', 256, 176)], [14, T('q6_K', 256, 210)], [15, T('q8_K', 256, 292)],
    [16, T('iq2_xxs', 256, 66)], [17, T('iq2_xs', 256, 74)], [18, T('iq3_xxs', 256, 98)], [19, T('iq1_s', 256, 50)],
    [20, T('iq4_nl', 32, 18)], [21, T('iq3_s', 256, 110)], [22, T('iq2_s', 256, 82)], [23, T('iq4_xs', 256, 136)],
    [24, T('i8', 1, 1)], [25, T('i16', 1, 2)], [26, T('i32', 1, 4)], [27, T('i64', 1, 8)], [28, T('f64', 1, 8)],
    [29, T('iq1_m', 256, 56)], [30, T('bf16', 1, 2)], [34, T('tq1_0', 256, 54)], [35, T('tq2_0', 256, 66)],
    [39, T('mxfp4', 32, 17)], [40, T('nvfp4', 64, 36)], [41, T('q1_0', 128, 18)], [42, T('q2_0', 64, 18)],
]);
/** general.file_type (llama_ftype) -> llama.cpp name. */
export const FILE_TYPES = new Map([
    [0, 'F32'], [1, 'F16'], [2, 'Q4_0'], [3, 'Q4_1'], [7, 'Q8_0'], [8, 'Q5_0'], [9, 'Q5_1'], [10, 'Q2_K'], [11, 'Q3_K_S'],
    [12, 'Q3_K_M'], [13, 'Q3_K_L'], [14, 'Q4_K_S'], [15, 'Q4_K_M'], [16, 'Q5_K_S'], [17, 'Q5_K_M'], [18, 'Q6_K'],
    [19, 'IQ2_XXS'], [20, 'IQ2_XS'], [21, 'Q2_K_S'], [22, 'IQ3_XS'], [23, 'IQ3_XXS'], [24, 'IQ1_S'], [25, 'IQ4_NL'],
    [26, 'IQ3_S'], [27, 'IQ3_M'], [28, 'IQ2_S'], [29, 'IQ2_M'], [30, 'IQ4_XS'], [31, 'IQ1_M'], [32, 'BF16'], [36, 'TQ1_0'],
    [37, 'TQ2_0'], [38, 'MXFP4_MOE'],
]);
/**
 * When general.file_type is missing or unknown: the file type whose main tensor type is the one
 * most of the file's weights have (the quality prior only; sizes always come from the table).
 */
export const FILE_TYPE_OF_TENSOR_TYPE = {
    f32: 'F32', f16: 'F16', bf16: 'BF16', q8_0: 'Q8_0', q6_K: 'Q6_K', q5_K: 'Q5_K_M', q5_1: 'Q5_1', q5_0: 'Q5_0',
    q4_K: 'Q4_K_M', q4_1: 'Q4_1', q4_0: 'Q4_0', iq4_nl: 'IQ4_NL', iq4_xs: 'IQ4_XS', q3_K: 'Q3_K_M', iq3_s: 'IQ3_S',
    iq3_xxs: 'IQ3_XXS', q2_K: 'Q2_K', iq2_s: 'IQ2_S', iq2_xs: 'IQ2_XS', iq2_xxs: 'IQ2_XXS', iq1_m: 'IQ1_M', iq1_s: 'IQ1_S',
    tq2_0: 'TQ2_0', tq1_0: 'TQ1_0', mxfp4: 'MXFP4_MOE',
};
/** Bytes of a tensor of `type` with `elements` elements whose rows are `ne0` long (ne0 a multiple of the block). */
export function tensorBytes(type, elements) {
    return (elements / type.blockElements) * type.blockBytes;
}
//# sourceMappingURL=ggml.js.map