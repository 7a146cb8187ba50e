#pragma once
// The estimator: memory per tier (exact weights and KV bytes, calibrated compute/overhead
// figures) and decode / prefill speed with an uncertainty band, for one concrete configuration.
#include <cstdint>
#include <string>
#include <vector>

#include "fitplan/hardware.hpp"
#include "fitplan/model.hpp"
#include "fitplan/quant.hpp"
#include "fitplan/tensors.hpp"

namespace fitplan {

enum class Tier { kGpu, kCpu, kDisk };
inline constexpr EnumTable<Tier, 3> kTierNames{{{Tier::kGpu, "gpu"}, {Tier::kCpu, "cpu"}, {Tier::kDisk, "disk"}}};
inline const char* to_string(Tier tier) noexcept { return enum_name(kTierNames, tier); }

struct KvCacheConfig {
  KvType type_k = KvType::kF16;
  KvType type_v = KvType::kF16;
  bool flash_attention = true;  // llama.cpp -fa; a quantized V cache requires it
  int n_seq = 1;                // parallel sequences sharing one unified cache
  int n_ubatch = 512;           // physical batch (-ub)
  // Rows of logits the context reserves per ubatch. llama-server and llama-cli (current builds, the
  // commands Fitplan writes) reserve n_parallel = 1 (server_output_limits -> n_outputs_max);
  // llama-bench, llama-completion and older builds reserve a whole ubatch.
  int n_outputs = 1;
};

// KV cache bytes, exactly as llama.cpp allocates them (src/llama-kv-cache.cpp).
struct KvCacheBytes {
  Bytes k_bytes = 0;
  Bytes v_bytes = 0;
  std::vector<Bytes> layer_bytes;      // K + V of each layer at the full context
  std::vector<std::uint32_t> layer_cells;  // cells allocated per layer (SWA layers are capped)
  std::vector<double> layer_bytes_per_cell;  // K + V bytes per cell of each layer
  Bytes total() const { return k_bytes + v_bytes; }
};
// Context as llama.cpp rounds it: GGML_PAD(n_ctx, 256).
std::uint32_t padded_context(std::uint32_t context_tokens);
KvCacheBytes kv_cache_bytes(const ModelArchitecture& arch, std::uint32_t context_tokens, const KvCacheConfig& kv);

// Per-tensor-type weights of a model, aggregated per block part, for fast re-estimation.
struct PartWeights {
  Bytes bytes = 0;                 // memory held by the tensors
  double read_bytes = 0;           // bytes read per decoded token (routed experts: the active share)
  double gpu_read_seconds_gb = 0;  // sum of read_bytes / type efficiency on the GPU, in GB
  double cpu_read_seconds_gb = 0;  // same for the CPU tier
  double cpu_compute_gweights = 0; // sum of weights / type's CPU decode rate: core-seconds per token
  double cpu_prefill_core_seconds = 0;  // sum of 2 * weights / type's CPU prefill rate, per prompt token
  double active_params = 0;        // parameters touched per token
  double gpu_prefill_gflop = 0;    // 2 x active weights / the type's GPU prefill efficiency, GFLOP per token
};
struct BlockWeights {
  PartWeights attention;  // attention, norms, router, shared experts (stays with the KV cache)
  PartWeights ffn;        // dense FFN or routed experts
};
struct WeightsLayout {
  std::vector<BlockWeights> blocks;
  PartWeights token_embd;       // always on the CPU (llama.cpp's input layer)
  PartWeights output;           // output.weight (+ a duplicate of token_embd when tied) and output_norm
  // Of output.bytes, the tied token_embd: llama.cpp loads it once when the output layer shares the
  // input layer's buffer (CPU), and a second copy when the output layer is on a GPU
  // (llama_model_loader::create_tensor, TENSOR_DUPLICATED: "check if the original tensor was
  // allocated in the same buffer type context and avoid creating a new one").
  Bytes output_shared_bytes = 0;
  Bytes file_bytes = 0;         // GGUF file size
};
// `header_bytes`: the GGUF header (metadata + tensor infos) when it is known, e.g. an imported
// file's own; 0 = predicted from the vocabulary and the tensor table (gguf_header_bytes).
WeightsLayout weights_layout(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors, const std::vector<GgmlType>& types,
                             Bytes header_bytes = 0);

// Where each block lives. KV cache and attention always share a tier.
struct BlockPlacement {
  Tier attention = Tier::kGpu;
  Tier ffn = Tier::kGpu;
  int gpu_index = 0;  // which GPU when several (layer split)
};

struct EstimateRequest {
  std::uint32_t context_tokens = 4096;
  KvCacheConfig kv;
  std::vector<BlockPlacement> blocks;  // one per transformer block
  bool output_on_gpu = true;           // llama.cpp: only when n_gpu_layers >= n_layer + 1
  std::uint32_t decode_depth_tokens = 0;  // KV depth at which decode speed is estimated
  std::uint32_t prompt_tokens = 512;      // for prefill speed and time to first token
};

struct TierMemory {
  Bytes weights_bytes = 0;
  Bytes kv_cache_bytes = 0;
  Bytes compute_bytes = 0;
  Bytes output_bytes = 0;    // logits buffer (host memory)
  Bytes overhead_bytes = 0;  // runtime/driver context
  Bytes total() const { return weights_bytes + kv_cache_bytes + compute_bytes + output_bytes + overhead_bytes; }
};

struct SpeedEstimate {
  double tokens_per_second = 0;
  double low = 0;   // uncertainty band from the calibration residuals
  double high = 0;
};

struct Estimate {
  std::vector<TierMemory> gpus;  // one per GPU
  TierMemory cpu;                // system RAM
  Bytes disk_bytes = 0;          // weights left on disk (mmap), read back every token
  Bytes kv_k_bytes = 0;
  Bytes kv_v_bytes = 0;
  SpeedEstimate decode;
  SpeedEstimate prefill;
  double time_to_first_token_s = 0;
  Bytes gpu_total() const;
  Bytes total() const { return gpu_total() + cpu.total() + disk_bytes; }  // GPU + RAM + disk
};

Estimate estimate(const ModelArchitecture& arch, const WeightsLayout& weights, const Hardware& hw, const EstimateRequest& request);

// A GPU's memory besides the weights and KV cache it holds, as estimate() counts it: compute
// buffers for the blocks (`has_layers`) and the output layer (`has_output`) it runs, and the
// backend's runtime overhead when it runs either (0 when neither). request.blocks is not read.
Bytes gpu_fixed_bytes(const ModelArchitecture& arch, const Hardware& hw, const EstimateRequest& request, bool has_layers, bool has_output);

// Per-backend fixed memory not reported by llama.cpp (driver context, runtime pools).
Bytes backend_overhead_bytes(Backend backend);

}  // namespace fitplan
