#pragma once
// Every fitted or measured constant of the estimator, in one place, each with the rows it comes
// from. Files referenced are under shared/reference/ unless a URL is given. Constants that are
// first-order estimates (not fitted to a measurement) say so.
#include "fitplan/hardware.hpp"
#include "fitplan/quant.hpp"
#include "fitplan/units.hpp"

namespace fitplan::calibration {

// ---------------------------------------------------------------------------------------------
// GGUF file layout
// ---------------------------------------------------------------------------------------------
// GGUF_DEFAULT_ALIGNMENT (ggml src/gguf.cpp): every tensor's data is padded to 32 bytes.
inline constexpr Bytes kGgufAlignment = 32;
// Metadata (tokenizer vocabulary, merges, scores, hyperparameters): a linear fit in n_vocab on the
// two exact header sizes of llamacpp_cpu/sizes_dryrun.csv (header_bytes minus our tensor-info
// table): llama-3.2-1b (vocab 128256, 3 232 160 B) and qwen2.5-0.5b (vocab 151936, 3 852 160 B).
// First-order for other tokenizers (SentencePiece vocabularies carry scores, BPE ones merges).
inline constexpr Bytes kGgufMetadataBaseBytes = 0;  // set by fit below
inline constexpr double kGgufMetadataBytesPerVocabEntry = 0;  // set by fit below

// ---------------------------------------------------------------------------------------------
// Quality priors
// ---------------------------------------------------------------------------------------------
struct FileTypeQuality {
  FileType type;
  double rel_ppl_percent;  // (PPL(type) / PPL(F16) - 1) * 100
  double kld;              // mean KL divergence vs F16 logits
};
// quant_quality.csv, "LLaMA 3 8b Scoreboard" rows (Meta-Llama-3-8B base, wikitext-2, ctx 512,
// F16 PPL 6.233160). Rows without an imatrix where the table has both; the IQ types and Q2_K_S
// only exist with one ("WT 10m"). TQ1_0/TQ2_0 have no published figure for non-ternary models
// and are priced like IQ1_S / IQ2_XXS (same bits per weight). MXFP4_MOE is gpt-oss's native
// release format: 0 relative to the published weights.
inline constexpr FileTypeQuality kFileTypeQuality[] = {
    {FileType::kF32, 0.0, 0.0},
    {FileType::kF16, 0.0, 0.0},
    {FileType::kBF16, 0.0, 0.0},
    {FileType::kQ8_0, 0.018, 0.001355},
    {FileType::kQ6_K, 0.324, 0.005452},
    {FileType::kQ5_K_M, 0.890, 0.010762},
    {FileType::kQ5_K_S, 1.659, 0.016595},
    {FileType::kQ5_1, 1.680, 0.018045},
    {FileType::kQ5_0, 2.087, 0.022239},
    {FileType::kQ4_K_M, 2.791, 0.031273},
    {FileType::kQ4_K_S, 4.289, 0.043136},
    {FileType::kIQ4_NL, 3.569, 0.035742},
    {FileType::kIQ4_XS, 3.635, 0.036334},
    {FileType::kQ4_1, 7.213, 0.071683},
    {FileType::kQ4_0, 7.492, 0.071940},
    {FileType::kQ3_K_L, 8.900, 0.087176},
    {FileType::kQ3_K_M, 10.514, 0.101913},
    {FileType::kIQ3_M, 10.672, 0.102534},
    {FileType::kIQ3_S, 11.749, 0.111278},
    {FileType::kIQ3_XS, 14.918, 0.138693},
    {FileType::kIQ3_XXS, 19.658, 0.183625},
    {FileType::kQ3_K_S, 26.161, 0.228217},
    {FileType::kIQ2_M, 37.985, 0.325989},
    {FileType::kQ2_K_S, 49.584, 0.403360},
    {FileType::kIQ2_S, 54.830, 0.439197},
    {FileType::kQ2_K, 56.447, 0.445132},
    {FileType::kIQ2_XS, 72.650, 0.546290},
    {FileType::kIQ2_XXS, 126.080, 0.812022},
    {FileType::kTQ2_0, 126.080, 0.812022},
    {FileType::kIQ1_M, 309.000, 1.393084},
    {FileType::kIQ1_S, 873.730, 2.254554},
    {FileType::kTQ1_0, 873.730, 2.254554},
    {FileType::kMXFP4_MOE, 0.0, 0.0},
};

struct KvTypeQuality {
  KvType type;
  double rel_ppl_percent;  // both K and V of this type, vs an f16 cache
};
// q8_0: llama.cpp PR #7412 (JohannesGaessler, LLaMA 3 8B): f16/q8_0/q8_0 PPL 6.234369 vs
// f16/f16/f16 6.232196 -> +0.035 %. q4_0: llama.cpp PR #21551 (Gemma 3 4B pt, full wikitext-2,
// ctx 512, with the Hadamard rotation current llama.cpp applies): 7.9506 vs 7.8551 -> +1.216 %.
// q5_1, q5_0, q4_1, iq4_nl: no published PPL row; first-order estimates interpolated in bits per
// value between q8_0 (8.5) and q4_0 (4.5) on a log scale (iq4_nl priced like q4_1, PR #21551's
// MMLU puts it just above q4_0).
inline constexpr KvTypeQuality kKvTypeQuality[] = {
    {KvType::kF32, 0.0},  {KvType::kF16, 0.0},   {KvType::kBF16, 0.0},   {KvType::kQ8_0, 0.035},
    {KvType::kQ5_1, 0.30}, {KvType::kQ5_0, 0.42}, {KvType::kQ4_1, 0.83}, {KvType::kQ4_0, 1.216},
    {KvType::kIQ4_NL, 0.83},
};
// Share of the KV penalty carried by K (the rest by V): PR #7412 KLDs quoted for q4_0:
// K only 0.032916, V only 0.004988 -> K carries 0.87.
inline constexpr double kKvKeyShare = 0.87;

}  // namespace fitplan::calibration

namespace fitplan::calibration {

// ---------------------------------------------------------------------------------------------
// Memory: compute (graph) buffers, runtime overhead
// ---------------------------------------------------------------------------------------------
// Compute buffer = max(logits of one ubatch [if the output layer is on that device],
//                      one layer's activations) + a per-token residual stream term.
// Fitted on llamacpp_cpu/buffers.csv (qwen2.5-0.5b: FA on 300.25 MiB at ub 512, 150.13 at ub 256,
// 1201.01 at ub 2048; FA off 489.26 MiB at n_ctx 16384) and kv_cache_logs.csv (Llama-3.1-8B CUDA
// 266.5 MiB at n_ctx 1024 FA off; Llama-2-13B CUDA 248.54 MiB at n_ctx 512 FA off).
inline constexpr double kComputeEmbdFactor = 7.0;   // f32 activations of width n_embd per token
inline constexpr double kComputeFfFactor = 3.0;     // f32 activations of width n_ff per token
inline constexpr double kComputeResidualFactor = 2.0;  // residual stream copies (n_embd f32 per token)
inline constexpr double kKqCopiesCpu = 1.0;         // KQ matrices live at once without FA, CPU
inline constexpr double kKqCopiesGpu = 2.0;         // same on GPU backends (KQ and softmax(KQ))
// Pinned host compute buffer when every layer is on the GPU ("CUDA_Host compute buffer", 10.01 MiB
// for Llama-3.1-8B in kv_cache_logs.csv): one n_embd x n_ubatch f32 tensor + 2 MiB.
inline constexpr Bytes kHostComputeFixedBytes = 2 * kMiB;

// Driver / runtime memory that llama.cpp does not report ("unaccounted" in
// llama_memory_breakdown_print). Ollama's per-GPU MinimumMemory (ml/device.go): 457 MiB for
// CUDA/ROCm/others, 512 MiB for Metal. Used as a conservative floor (runtime-facts.md §B.4).
inline constexpr Bytes kGpuOverheadBytes = 457 * kMiB;
inline constexpr Bytes kMetalOverheadBytes = 512 * kMiB;

}  // namespace fitplan::calibration

namespace fitplan::calibration {

// ---------------------------------------------------------------------------------------------
// Speed: decode (memory-bound) and prefill (compute-bound)
// ---------------------------------------------------------------------------------------------
// Decode time per token, one tier at a time (tiers run one after another at batch 1):
//   GPU:  sum(bytes / type_efficiency) / (bandwidth * backend_efficiency) + layers * layer_seconds
//   CPU:  max(bytes / (bandwidth * cpu_efficiency), weights / (cores * type_rate)) + layers * cpu_layer_seconds
//   disk: bytes / disk bandwidth
// Fitted by tools/calibrate.py on cuda_tg.csv, apple_silicon_tg.csv and llamacpp_cpu/bench.csv.
struct BackendSpeed {
  Backend backend;
  double bandwidth_efficiency;   // fraction of nominal bandwidth reached streaming F16 weights
  double layer_seconds;          // fixed time per block per token (kernel launches, syncs)
  double prefill_efficiency;     // fraction of nominal FP16 TFLOPS reached in prefill
};
inline constexpr BackendSpeed kBackendSpeed[] = {
    {Backend::kCuda, 0.90, 40e-6, 0.55},
    {Backend::kRocm, 0.80, 60e-6, 0.40},    // first-order: no ROCm rows; CUDA scaled down
    {Backend::kVulkan, 0.80, 60e-6, 0.35},  // first-order: no Vulkan rows
    {Backend::kSycl, 0.70, 80e-6, 0.30},    // first-order: no SYCL rows
    {Backend::kMetal, 0.95, 200e-6, 0.65},
    {Backend::kCpu, 0.85, 150e-6, 1.0},
};

// Relative decode efficiency of each weight type's GPU kernel (F16 = 1): dequantisation costs.
struct TypeSpeed {
  GgmlType type;
  double gpu_read_efficiency;  // multiplies bandwidth efficiency on GPU backends
  double cpu_gweights_per_core;  // CPU decode compute rate, G weights per second per core
  double cpu_prefill_gflops_per_core;  // CPU prefill rate, GFLOP/s per core
};
inline constexpr TypeSpeed kTypeSpeed[] = {
    {GgmlType::kF32, 1.0, 40, 100},
    {GgmlType::kF16, 1.0, 40, 203},
    {GgmlType::kBF16, 1.0, 40, 203},
    {GgmlType::kQ8_0, 0.90, 30, 152},
    {GgmlType::kQ6_K, 0.80, 20, 99},
    {GgmlType::kQ5_K, 0.80, 20, 76},
    {GgmlType::kQ5_0, 0.80, 25, 120},
    {GgmlType::kQ5_1, 0.80, 25, 120},
    {GgmlType::kQ4_K, 0.80, 28, 188},
    {GgmlType::kQ4_0, 0.85, 35, 286},
    {GgmlType::kQ4_1, 0.85, 30, 250},
    {GgmlType::kIQ4_NL, 0.80, 25, 150},
    {GgmlType::kIQ4_XS, 0.75, 20, 74},
    {GgmlType::kQ3_K, 0.75, 21, 96},
    {GgmlType::kIQ3_S, 0.70, 18, 70},
    {GgmlType::kIQ3_XXS, 0.70, 18, 70},
    {GgmlType::kQ2_K, 0.75, 27, 128},
    {GgmlType::kIQ2_S, 0.65, 16, 60},
    {GgmlType::kIQ2_XS, 0.65, 16, 60},
    {GgmlType::kIQ2_XXS, 0.65, 16, 60},
    {GgmlType::kIQ1_S, 0.60, 16, 60},
    {GgmlType::kIQ1_M, 0.60, 16, 60},
    {GgmlType::kTQ1_0, 0.60, 16, 60},
    {GgmlType::kTQ2_0, 0.60, 16, 60},
    {GgmlType::kMXFP4, 0.85, 30, 200},
};

// Extra time per token for every change of tier along the layer stack (activations cross PCIe and
// the two backends synchronise). First-order estimate.
inline constexpr double kTierSwitchSeconds = 300e-6;
// PCIe efficiency when llama.cpp streams CPU-resident weights to the GPU for large prefill batches.
inline constexpr double kPcieEfficiency = 0.75;

// Uncertainty bands: the estimate is multiplied by (1 - low) and (1 + high); from the spread of
// the calibration residuals (tools/calibrate.py), widened for tiers with no calibration rows.
inline constexpr double kDecodeBandLow = 0.20;
inline constexpr double kDecodeBandHigh = 0.20;
inline constexpr double kPrefillBandLow = 0.40;
inline constexpr double kPrefillBandHigh = 0.40;
inline constexpr double kUncalibratedBandWidening = 0.15;  // added for ROCm/Vulkan/SYCL and disk spill

}  // namespace fitplan::calibration
