#pragma once
// Every fitted or measured constant of the estimator, in one place, each with the rows it comes
// from. Files referenced are under shared/reference/ unless a URL is given. Constants that are
// first-order estimates (not fitted to a measurement) say so.
#include <algorithm>

#include "fitplan/hardware.hpp"
#include "fitplan/quant.hpp"
#include "fitplan/units.hpp"

namespace fitplan::calibration {

// ---------------------------------------------------------------------------------------------
// GGUF file layout
// ---------------------------------------------------------------------------------------------
// GGUF_DEFAULT_ALIGNMENT (ggml src/gguf.cpp): every tensor's data is padded to 32 bytes.
inline constexpr Bytes kGgufAlignment = 32;
// Metadata (tokenizer tokens, types, BPE merges, hyperparameters), proportional to n_vocab.
// gguf_sizes.csv, Meta-Llama-3-8B-Instruct exact ls -l sizes (ddh0): every quant's file size minus
// our exact tensor data is the same 7 835 936 B header; minus the tensor-info table that is
// 7 818 624 B of metadata for 128 256 tokens = 60.96 B per token. First-order for other
// tokenizers (SentencePiece vocabularies have scores but no merges: this over-counts them by
// ~1 MB, under 0.1 % of any catalog file).
inline constexpr Bytes kGgufMetadataBaseBytes = 0;
inline constexpr double kGgufMetadataBytesPerVocabEntry = 60.96;

// ---------------------------------------------------------------------------------------------
// KV cache
// ---------------------------------------------------------------------------------------------
// llama.cpp allocates the KV cache in whole multiples of 256 cells: kv_size = GGML_PAD(n_ctx, 256),
// and a sliding-window layer GGML_PAD(min(kv_size, n_swa * n_seq + n_ubatch), 256)
// (src/llama-kv-cache.cpp, llama-kv-cache-iswa.cpp; runtime-facts.md §B.1). A context between two
// multiples takes the memory of the larger one, so the planner searches contexts in these steps.
inline constexpr std::uint32_t kKvCellPadding = 256;

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
// only exist with one ("WT 10m"); IQ1_S is its "WT 10m" row. Every row below is measured except:
// - F32 / BF16: 0 by definition (F16 is the reference; BF16 keeps bf16-trained weights exactly).
// - TQ1_0 / TQ2_0: no published figure for a non-ternary model. Both store the same ternary values
//   ({-1, 0, +1} x one scale per 256 weights, no imatrix; TQ2_0 only packs them faster), so they
//   share one prior. Derived, not interpolated: interpolating by bits per weight (1.69 / 2.06 bpw,
//   between IQ1_S and IQ2_XXS) would rank them above IQ1_S, whose imatrix-guided codebook
//   represents a non-ternary weight better than three levels can; they take IQ1_S's row, the
//   worst measured one, as a lower bound on the damage.
// - MXFP4_MOE: gpt-oss's native release format, 0 relative to the published weights. On other
//   models (a requantization) it is priced as kMxfp4MoeDenseLike / kMxfp4MoeExpertsLike below say
//   (file_type_rel_ppl_percent in quant.hpp).
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
    {FileType::kTQ2_0, 873.730, 2.254554},
    {FileType::kIQ1_M, 309.000, 1.393084},
    {FileType::kIQ1_S, 873.730, 2.254554},
    {FileType::kTQ1_0, 873.730, 2.254554},
    {FileType::kMXFP4_MOE, 0.0, 0.0},
};

// MXFP4_MOE on a model not released in MXFP4: every 3-D expert tensor becomes MXFP4 and every
// other matrix Q8_0 (runtime-facts.md §A.9). A dense model has no expert tensor, so its file is
// Q8_0 throughout and takes Q8_0's measured prior. A MoE model's experts (most of its weights) go
// to 4.25-bit MXFP4: 32-weight blocks like Q4_0 but a power-of-two (E8M0) scale and an FP4 grid,
// which round no better than Q4_0's f16 scale and uniform levels. No published llama.cpp row
// exists; derived: Q4_0's measured prior (7.492 %, KLD 0.071940), a lower bound.
inline constexpr FileType kMxfp4MoeDenseLike = FileType::kQ8_0;
inline constexpr FileType kMxfp4MoeExpertsLike = FileType::kQ4_0;

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
    {KvType::kF32, 0.0},   {KvType::kF16, 0.0},   {KvType::kBF16, 0.0},   {KvType::kQ8_0, 0.035},  {KvType::kQ5_1, 0.30},
    {KvType::kQ5_0, 0.42}, {KvType::kQ4_1, 0.83}, {KvType::kQ4_0, 1.216}, {KvType::kIQ4_NL, 0.83},
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
//                      one layer's activations) + a per-token residual stream term, where one
// layer's activations are n_ubatch x 4 x (5.5 n_embd [+ 3 n_ff on GPUs]) and, without flash
// attention, the f32 KQ matrix (n_kv x n_ubatch x n_head, 1 copy on CPU, 2 on GPUs) and its f32
// mask (n_kv x n_ubatch). Fitted on llamacpp_cpu/buffers.csv (llama-3.2-1b: FA on 258.50 MiB at
// ub 512 = logits 250.5 + 8; FA off 286.01 at n_ctx 4096 and 1078.01 at 16384; qwen2.5-0.5b FA
// off 489.26 at 16384) and kv_cache_logs.csv (Llama-3.1-8B CUDA 266.5 MiB at n_ctx 1024, FA
// off; Llama-2-13B CUDA 248.54 MiB, an ik_llama.cpp build).
inline constexpr double kComputeEmbdFactor = 5.5;   // f32 activations of width n_embd per token (GPU)
inline constexpr double kComputeFfFactorGpu = 3.0;  // f32 activations of width n_ff per token (GPU)
inline constexpr double kComputeResidualFactor = 2.0;  // residual stream copies (n_embd f32 per token, GPU)
// CPU, measured with the commands Fitplan writes (tests/data/measured/server_memory.csv: llama-server
// -ub 512 -fa on, llama.cpp master 2026-08-22): one layer's peak is exactly n_ubatch x 4 x
// (3 n_ff + 4 n_embd) + the f16 mask n_kv x n_ubatch x 2 (Llama-3.2-1B 64 + 2 MiB at n_ctx 2048,
// 64 + 4 at 4096; Llama-3.2-3B 72 + 2; Qwen2.5-0.5B 35.5 + 2); the logits of one row (n_parallel
// = 1) never set the peak. Without flash attention the attention step is larger: n_ubatch x 4 x
// 5.5 n_embd + the f32 KQ matrix + the f32 mask (Llama-3.2-1B n_ctx 4096: 22 + 256 + 8 = 286.01
// MiB; ub 256: 11 + 128 + 4 = 143; Qwen2.5-0.5B n_ctx 16384: 9.6 + 448 + 32 = 489.26, buffers.csv).
inline constexpr double kComputeFfFactorCpu = 3.0;
inline constexpr double kComputeEmbdFactorCpu = 4.0;
inline constexpr double kKqCopiesCpu = 1.0;         // KQ matrices live at once without FA, CPU
inline constexpr double kKqCopiesGpu = 2.0;         // same on GPU backends (KQ and softmax(KQ))
// Pinned host compute buffer when every layer is on the GPU ("CUDA_Host compute buffer", 10.01 MiB
// for Llama-3.1-8B in kv_cache_logs.csv): one n_embd x n_ubatch f32 tensor + 2 MiB.
inline constexpr Bytes kHostComputeFixedBytes = 2 * kMiB;

// Host memory of the llama.cpp process beyond its buffers (code, libraries, threads, HTTP server,
// tokenizer): peak RSS minus the model, repack, KV, compute and output buffers of every llama-server
// run in tests/data/measured/server_memory.csv is 43-50 MiB. Those files carry a minimal tokenizer
// (no BPE merges); a real vocabulary is held in memory too, priced first-order at its GGUF metadata
// size (kGgufMetadataBytesPerVocabEntry per token: 7.5 MiB for a 128 256-token vocabulary).
inline constexpr Bytes kHostProcessBytes = 40 * kMiB;

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
//   GPU:  sum(bytes / type_efficiency) / min(bandwidth * efficiency, ceiling) + token_seconds + layers * layer_seconds
//   CPU:  max(bytes / (bandwidth * efficiency), sum(weights / type_rate) / cores) + layers * layer_seconds
//   disk: bytes / disk bandwidth
// Fitted by hand on cuda_tg.csv, apple_silicon_tg.csv and llamacpp_cpu/bench.csv; the fit is
// re-checked by tests/cpp/speed_test.cpp, which prints the median absolute percentage error.
struct BackendSpeed {
  Backend backend;
  double bandwidth_efficiency;   // fraction of nominal bandwidth reached streaming F16 weights
  double bandwidth_ceiling_gb_per_s;  // llama.cpp's batch-1 kernels saturate here (HBM parts)
  double token_seconds;          // fixed time per token (sync, sampling, graph launch)
  double layer_seconds;          // fixed time per block per token (kernel launches)
  double prefill_efficiency;     // fraction of nominal FP16 TFLOPS reached in prefill
  double prefill_tflops_ceiling; // llama.cpp's prefill kernels saturate here (datacenter parts)
};
// CUDA: RTX 4090 rows: 8B Q4_K_M 130.58 tok/s and 2x4090 70B Q4_K_M 19.22 tok/s solve to
// efficiency 0.96 (F16 54.84 tok/s) and 1.85 ms per token; A100 80GB PCIe rows (F16 54.84,
// Q4_K_M 140.62 tok/s at 1935 GB/s nominal) put the ceiling near 1000 GB/s. Prefill: pp512 of
// Llama-3-8B F16 reaches 2 x 8.03e9 x tok/s = 71 TFLOPS on a 3090 (nominal 71, FP32 accumulate),
// 151 on a 4090 (165) and 124 on an A100 PCIe (312): consumer cards run at ~0.9 of nominal, the
// datacenter part at 0.4 — llama.cpp's batch-512 kernels saturate near 140 TFLOPS whatever the
// tensor cores could do. Hence efficiency 0.9 up to a 140 TFLOPS ceiling; where the ceiling
// binds (datacenter cards beyond the measured A100) the prefill band is widened.
// Metal: M2 (100 GB/s) and M2 Ultra (800 GB/s) Llama-2-7B Q4_0 rows solve to efficiency 0.93 and
// 0.175 ms per block. ROCm/Vulkan/SYCL: no rows; first-order values below CUDA, wider band.
// CPU: tests/data/measured/cpu_bench.csv (llama-bench with the generated commands' settings, 2
// threads, 44 GB/s STREAM): a two-term model fits 1B to 8B. Llama-3.1-8B Q8_0 - Q4_K_M: 3.62 GB more
// per token cost 82 ms, i.e. 44.1 GB/s = the measured STREAM figure (efficiency 0.75 against the
// nominal bandwidth presets state, kCpuStreamFraction); the rest is a fixed ~8.5 ms per token (graph,
// threads, output) that does not grow with the layers (1B, 3B and 8B alike once each type's compute
// rate below is taken into account: Q4_K 32 and Q8_0 19 G weights/s per core make both compute-bound). The token term applies to CPU-only machines; GPU
// machines have their own (token_seconds of their backend).

// Fraction of nominal DDR bandwidth a STREAM-like benchmark reaches (machine.csv: 44 GB/s
// measured; typical dual-channel desktops reach 70-80 % of nominal). First-order estimate.
inline constexpr double kCpuStreamFraction = 0.75;
inline constexpr BackendSpeed kBackendSpeed[] = {
    {Backend::kCuda, 0.96, 1000, 1.85e-3, 0, 0.90, 140},  {Backend::kRocm, 0.85, 900, 2.5e-3, 0, 0.40, 100},
    {Backend::kVulkan, 0.80, 800, 3.0e-3, 0, 0.35, 80},   {Backend::kSycl, 0.70, 700, 3.0e-3, 0, 0.30, 80},
    {Backend::kMetal, 0.93, 1e9, 0, 0.175e-3, 0.65, 1e9}, {Backend::kCpu, kCpuStreamFraction, 1e9, 8.5e-3, 0, 1.0, 1e9},
};

// Relative decode efficiency of each weight type's kernel (F16 = 1), and CPU rates.
struct TypeSpeed {
  GgmlType type;
  double gpu_read_efficiency;  // multiplies bandwidth efficiency on GPU backends
  double gpu_prefill_efficiency;  // multiplies prefill efficiency on GPU backends (F16 = 1)
  double cpu_gweights_per_core;  // CPU decode compute rate, G weights per second per core
  double cpu_prefill_gflops_per_core;  // CPU prefill rate, GFLOP/s per core
};
// GPU: Q8_0 0.88-0.99 (CodeLlama-7B 4090 98.13 tok/s; M2/M2 Ultra rows), Q4_K 0.87 (4090 and
// M2 Ultra Llama-3-8B Q4_K_M), Q4_0 1.0 (Metal rows), Q4_1 0.87 (M2 Ultra LLaMA 7B Q4_1). Other
// K-quants share Q4_K's value, i-quants 0.8 (first-order: no GPU rows).
// CPU decode rates: bench.csv llama-3.2-1b rows where decode is slower than memory allows
// (Q5_K_M 32.0, Q3_K_M 34.8, IQ4_XS 33.4, Q6_K 32.3, Q2_K 44.3 tok/s, 2 cores); Q4_K 32, Q8_0 19
// and the i-quants of IQ3_M files 8 G weights/s per core: measured/cpu_bench.csv (8B Q4_K_M 7.07,
// Q8_0 4.49, IQ3_M 2.51 tok/s; 3B IQ3_M 5.2; 1B IQ3_M 14.9), their CPU kernels being far slower per
// byte than k-quants. IQ2/IQ1 share the IQ3 rate (first-order: the same codebook kernels). CPU
// prefill of those i-quants: 20 GFLOP/s per core (measured/cpu_bench.csv: Llama-3.2-1B IQ3_M pp512
// 20.7 tok/s against 132.5 for Q4_K_M). CPU prefill: the same rows' pp512 x 2 x 1.236e9 FLOPs / 2 cores.
// GPU prefill relative to F16 (quantized matmuls dequantise or use int8 MMQ kernels): pp512 of
// the same model and GPU in cuda_tg.csv: 4090 Q4_K_M/F16 7139/9382 = 0.76, A100 5981/7741 = 0.77,
// 3090 4030/4445 = 0.91, 4090 CodeLlama Q8_0/F16 7664/11048 = 0.69; Metal rows (Llama-2-7B
// Q4_0 and Q8_0 vs F16) 0.88-0.90. K-quants 0.8, legacy 0.8, i-quants 0.7 (first-order).
inline constexpr TypeSpeed kTypeSpeed[] = {
    {GgmlType::kF32, 1.0, 0.5, 30, 100},    {GgmlType::kF16, 1.0, 1.0, 60, 203},    {GgmlType::kBF16, 1.0, 1.0, 60, 203},
    {GgmlType::kQ8_0, 0.93, 0.75, 19, 152}, {GgmlType::kQ6_K, 0.87, 0.8, 22, 99},   {GgmlType::kQ5_K, 0.87, 0.8, 22, 76},
    {GgmlType::kQ5_0, 0.90, 0.8, 25, 120},  {GgmlType::kQ5_1, 0.90, 0.8, 25, 120},  {GgmlType::kQ4_K, 0.87, 0.8, 32, 188},
    {GgmlType::kQ4_0, 1.0, 0.85, 40, 286},  {GgmlType::kQ4_1, 0.87, 0.8, 35, 250},  {GgmlType::kIQ4_NL, 0.85, 0.75, 25, 150},
    {GgmlType::kIQ4_XS, 0.82, 0.7, 23, 74}, {GgmlType::kQ3_K, 0.85, 0.8, 24, 96},   {GgmlType::kIQ3_S, 0.80, 0.7, 8, 20},
    {GgmlType::kIQ3_XXS, 0.80, 0.7, 8, 20}, {GgmlType::kQ2_K, 0.85, 0.8, 32, 128},  {GgmlType::kIQ2_S, 0.78, 0.7, 8, 20},
    {GgmlType::kIQ2_XS, 0.78, 0.7, 8, 20},  {GgmlType::kIQ2_XXS, 0.78, 0.7, 8, 20}, {GgmlType::kIQ1_S, 0.75, 0.7, 8, 20},
    {GgmlType::kIQ1_M, 0.75, 0.7, 8, 20},   {GgmlType::kTQ1_0, 0.75, 0.7, 20, 60},  {GgmlType::kTQ2_0, 0.75, 0.7, 20, 60},
    {GgmlType::kMXFP4, 0.90, 0.8, 30, 200},
};

// CPU decode attention over the cached tokens (flash attention on, the commands' -fa on): GFLOP/s
// per core for 2 x depth x n_head x (head_dim_k + head_dim_v) FLOPs per layer and token, by the
// cache type of K (the kernel converts a quantized cache first). Fitted on
// tests/data/measured/cpu_bench.csv: tg at depth 2048 minus depth 0, Llama-3.2-1B and -3B.
struct KvAttentionSpeed {
  KvType type;
  double gflops_per_core;
};
inline constexpr KvAttentionSpeed kCpuAttentionSpeed[] = {
    {KvType::kF16, 12.5},
    {KvType::kBF16, 12.5},
    {KvType::kF32, 10.0},
    {KvType::kQ8_0, 4.6},
};
// Other quantized caches (q5_x, q4_x, iq4_nl): no measurement; q8_0's rate (first-order).
inline constexpr double kCpuAttentionQuantizedGflopsPerCore = 4.6;
// The slower of the two caches sets the rate.
inline double cpu_attention_gflops_per_core(KvType k, KvType v) {
  auto rate = [](KvType type) {
    for (const auto& row : kCpuAttentionSpeed) {
      if (row.type == type) return row.gflops_per_core;
    }
    return kCpuAttentionQuantizedGflopsPerCore;
  };
  return std::min(rate(k), rate(v));
}

// Extra time per token for every change of tier along the layer stack (one graph split: a copy
// of n_embd activations over PCIe and a backend synchronisation). First-order estimate.
inline constexpr double kTierSwitchSeconds = 40e-6;
// PCIe efficiency when llama.cpp streams CPU-resident weights to the GPU for large prefill batches.
inline constexpr double kPcieEfficiency = 0.75;

// Uncertainty bands: the estimate is multiplied by (1 - low) and (1 + high); from the spread of
// the calibration residuals (tools/calibrate.py), widened for tiers with no calibration rows.
// Decode: the 90th percentile of |error| over the 88 rows of cuda_tg.csv + apple_silicon_tg.csv
// is 16.4 % (median 5.4 %). Prefill: with the 140 TFLOPS ceiling the 88 pp512 rows have a median error of 15 % and
// +-35 % covers 86 % of them (tests/cpp/speed_test.cpp prints both).
inline constexpr double kDecodeBandLow = 0.17;
inline constexpr double kDecodeBandHigh = 0.17;
inline constexpr double kPrefillBandLow = 0.35;
inline constexpr double kPrefillBandHigh = 0.35;
inline constexpr double kUncalibratedBandWidening = 0.15;  // added for ROCm/Vulkan/SYCL and disk spill
// Prefill where the TFLOPS ceiling binds beyond the measured A100 (H100, H200, B200, MI300):
// no measurement; the upper band is widened by this much (llama.cpp may use more of such a part).
inline constexpr double kPrefillCeilingBandWidening = 1.0;
inline constexpr double kPrefillMeasuredTflopsMax = 312;  // A100 (cuda_tg.csv), the fastest part measured
// The low end of a band never falls below this share of the estimate (a band widened beyond 100 %
// would reach zero). A floor, not a fit: no band is that wide today.
inline constexpr double kBandLowFloor = 0.05;

// CPU prefill on unified memory (Apple Silicon): the layers a Metal plan keeps on the CPU run at
// this rate, in GFLOP/s per core (2 FLOPs per active weight and prompt token). No measurement and
// no fit: a first-order figure.
inline constexpr double kUnifiedCpuPrefillGflopsPerCore = 100;

}  // namespace fitplan::calibration
