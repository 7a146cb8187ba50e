#include "fitplan/estimator.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "fitplan/calibration.hpp"
#include "fitplan/quantizer.hpp"
#include "fitplan/row_index.hpp"

namespace fitplan {

Bytes Estimate::gpu_total() const {
  Bytes total = 0;
  for (const auto& gpu : gpus) total += gpu.total();
  return total;
}

std::uint32_t padded_context(std::uint32_t context_tokens) {
  return static_cast<std::uint32_t>(pad_to(context_tokens, calibration::kKvCellPadding));
}

// llama.cpp src/llama-kv-cache.cpp / llama-kv-cache-iswa.cpp (runtime-facts.md §B.1):
//   bytes = ggml_row_size(type, n_embd_{k,v}_gqa) * kv_size per layer; kv_size = GGML_PAD(n_ctx, 256);
//   SWA layers: GGML_PAD(min(kv_size, n_swa * n_seq + n_ubatch), 256); MLA: K only, width
//   kv_lora_rank + rope dims with one KV head.
namespace {

// Per-layer KV geometry without allocating: the row bytes of K and V and each layer's cells.
struct KvGeometry {
  Bytes k_row = 0;
  Bytes v_row = 0;
  std::uint32_t kv_size = 0;
  std::uint64_t swa_cells = 0;  // cells of a sliding-window layer (before the min with kv_size)

  KvGeometry(const ModelArchitecture& arch, std::uint32_t context_tokens, const KvCacheConfig& kv) {
    kv_size = padded_context(context_tokens);
    const std::uint64_t k_width = is_mla(arch) ? static_cast<std::uint64_t>(arch.kv_lora_rank + arch.qk_rope_head_dim)
                                               : static_cast<std::uint64_t>(arch.n_head_kv) * static_cast<std::uint64_t>(arch.head_dim_k);
    const std::uint64_t v_width = is_mla(arch) ? 0
                                               : static_cast<std::uint64_t>(arch.n_head_kv) * static_cast<std::uint64_t>(arch.head_dim_v);
    k_row = row_bytes(kv_ggml_type(kv.type_k), k_width);
    v_row = v_width == 0 ? 0 : row_bytes(kv_ggml_type(kv.type_v), v_width);
    swa_cells = static_cast<std::uint64_t>(arch.sliding_window) * static_cast<std::uint64_t>(std::max(1, kv.n_seq)) +
                static_cast<std::uint64_t>(kv.n_ubatch);
  }
  std::uint32_t cells(const ModelArchitecture& arch, int layer) const {
    if (!is_swa_layer(arch, layer)) return kv_size;
    return static_cast<std::uint32_t>(pad_to(std::min<std::uint64_t>(kv_size, swa_cells), calibration::kKvCellPadding));
  }
};

}  // namespace

KvCacheBytes kv_cache_bytes(const ModelArchitecture& arch, std::uint32_t context_tokens, const KvCacheConfig& kv) {
  KvCacheBytes out;
  const KvGeometry geometry(arch, context_tokens, kv);
  const auto layers = static_cast<std::size_t>(std::max(0, arch.n_layer));
  out.layer_bytes.reserve(layers);
  out.layer_cells.reserve(layers);
  out.layer_bytes_per_cell.reserve(layers);
  for (int il = 0; il < arch.n_layer; ++il) {
    const std::uint32_t cells = geometry.cells(arch, il);
    out.k_bytes += geometry.k_row * cells;
    out.v_bytes += geometry.v_row * cells;
    out.layer_bytes.push_back((geometry.k_row + geometry.v_row) * cells);
    out.layer_cells.push_back(cells);
    out.layer_bytes_per_cell.push_back(static_cast<double>(geometry.k_row + geometry.v_row));
  }
  return out;
}

namespace {

const calibration::BackendSpeed& backend_speed(Backend backend) {
  for (const auto& row : calibration::kBackendSpeed) {
    if (row.backend == backend) return row;
  }
  return calibration::kBackendSpeed[0];
}

const calibration::TypeSpeed& type_speed(GgmlType type) {
  static const RowIndex kIndex(calibration::kTypeSpeed, &calibration::TypeSpeed::type, calibration::kTypeSpeed[1]);
  return kIndex[type];  // F16 for anything unlisted
}

bool is_calibrated(Backend backend) { return backend == Backend::kCuda || backend == Backend::kMetal || backend == Backend::kCpu; }

// Adds one tensor, stored as `type` in `bytes`, to the weights of a block part.
void add_tensor(PartWeights& part, const ModelArchitecture& arch, const TensorSpec& tensor, GgmlType type, Bytes bytes) {
  const double share = tensor.routed_expert && arch.n_expert > 0
                           ? static_cast<double>(arch.n_expert_used) / static_cast<double>(arch.n_expert)
                           : 1.0;
  const double read = static_cast<double>(bytes) * share;
  const auto& speed = type_speed(type);
  part.bytes += bytes;
  part.read_bytes += read;
  part.gpu_read_seconds_gb += read / speed.gpu_read_efficiency / kBytesPerGB;
  part.cpu_read_seconds_gb += read / kBytesPerGB;
  const double weights = static_cast<double>(element_count(tensor)) * share;
  part.cpu_compute_gweights += weights / speed.cpu_gweights_per_core / 1e9;
  part.cpu_prefill_core_seconds += 2.0 * static_cast<double>(element_count(tensor)) / (speed.cpu_prefill_gflops_per_core * 1e9) *
                                   (tensor.routed_expert ? share : 1.0);
  part.active_params += weights;
  part.gpu_prefill_gflop += 2.0 * weights / speed.gpu_prefill_efficiency / 1e9;
}

// Whether tensors [a, a + count) and [b, b + count) have the same shapes, parts and types (two
// blocks that hold the same weights).
bool same_run(const std::vector<TensorSpec>& tensors, const std::vector<GgmlType>& types, std::size_t a, std::size_t b, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    const TensorSpec& x = tensors[a + i];
    const TensorSpec& y = tensors[b + i];
    if (types[a + i] != types[b + i] || x.ne != y.ne || x.part != y.part || x.routed_expert != y.routed_expert) return false;
  }
  return true;
}

}  // namespace

WeightsLayout weights_layout(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors, const std::vector<GgmlType>& types,
                             Bytes header_bytes) {
  WeightsLayout layout;
  layout.blocks.resize(static_cast<std::size_t>(arch.n_layer));
  Bytes data_bytes = 0;  // the file's tensor data (gguf_file_bytes without the header)
  // Blocks repeat (the same tensors at the same types): in a list in loader order (by block), a
  // block like one of the last few distinct ones gets that block's weights, the same sums in the
  // same order, without adding its tensors up again.
  struct Run {
    std::size_t first = 0, count = 0;
    int block = -1;
    Bytes data_bytes = 0;
  };
  constexpr std::size_t kRecentRuns = 4;
  std::array<Run, kRecentRuns> recent{};
  std::size_t recent_count = 0, recent_next = 0;
  const bool by_block = std::is_sorted(tensors.begin(), tensors.end(),
                                       [](const TensorSpec& a, const TensorSpec& b) { return a.block < b.block; });
  for (std::size_t i = 0; i < tensors.size();) {
    const auto& tensor = tensors[i];
    if (by_block && tensor.block >= 0) {
      std::size_t end = i;
      while (end < tensors.size() && tensors[end].block == tensor.block) ++end;
      const std::size_t count = end - i;
      auto& block = layout.blocks[static_cast<std::size_t>(tensor.block)];
      const Run* twin = nullptr;
      for (std::size_t r = 0; r < recent_count && !twin; ++r) {
        if (recent[r].count == count && same_run(tensors, types, recent[r].first, i, count)) twin = &recent[r];
      }
      if (twin) {
        block = layout.blocks[static_cast<std::size_t>(twin->block)];
        data_bytes += twin->data_bytes;
      } else {
        Run run{i, count, tensor.block, 0};
        for (std::size_t t = i; t < end; ++t) {
          const Bytes bytes = tensor_bytes(tensors[t], types[t]);
          run.data_bytes += pad_to(bytes, calibration::kGgufAlignment);  // gguf_tensor_data_bytes()
          add_tensor(tensors[t].part == TensorPart::kFfn ? block.ffn : block.attention, arch, tensors[t], types[t], bytes);
        }
        data_bytes += run.data_bytes;
        recent[recent_next] = run;
        recent_next = (recent_next + 1) % kRecentRuns;
        recent_count = std::min(recent_count + 1, kRecentRuns);
      }
      i = end;
      continue;
    }
    const GgmlType type = types[i];
    const Bytes bytes = tensor_bytes(tensor, type);
    data_bytes += pad_to(bytes, calibration::kGgufAlignment);  // gguf_tensor_data_bytes()
    if (tensor.block >= 0) {
      auto& block = layout.blocks[static_cast<std::size_t>(tensor.block)];
      add_tensor(tensor.part == TensorPart::kFfn ? block.ffn : block.attention, arch, tensor, type, bytes);
    } else if (tensor.name == "token_embd.weight") {
      // The input layer only looks up one row per token: held in memory, barely read.
      layout.token_embd.bytes += bytes;
      if (arch.tied_embeddings) {
        // The output projection reads the same matrix: a copy only where the output layer is not on the CPU.
        add_tensor(layout.output, arch, tensor, type, bytes);
        layout.output_shared_bytes += bytes;
      }
    } else {
      add_tensor(layout.output, arch, tensor, type, bytes);
    }
    ++i;
  }
  layout.file_bytes = (header_bytes > 0 ? header_bytes : gguf_header_bytes(arch, tensors)) + data_bytes;
  return layout;
}

Bytes backend_overhead_bytes(Backend backend) {
  switch (backend) {
    case Backend::kCpu: return 0;
    case Backend::kMetal: return calibration::kMetalOverheadBytes;
    default: return calibration::kGpuOverheadBytes;
  }
}

namespace {

struct ComputeShape {
  double ubatch;
  double n_kv;
  double n_outputs;  // logits rows reserved per ubatch (KvCacheConfig::n_outputs, at most the ubatch)
};

// One layer's peak activations for a ubatch, with the attention mask (a graph input, live
// throughout). GPU: the activations of width n_embd and n_ff together, plus the KQ matrix without
// flash attention. CPU (measured: calibration.hpp): the larger of the FFN step (3 n_ff + 4 n_embd
// f32 per token) and the attention step (5.5 n_embd, plus the f32 KQ matrix without flash attention).
double layer_activation_bytes(const ModelArchitecture& arch, const KvCacheConfig& kv, ComputeShape shape, bool gpu) {
  double ff = arch.n_ff;
  if (is_moe(arch)) {
    ff = static_cast<double>(arch.n_ff_exp) * arch.n_expert_used + static_cast<double>(arch.n_ff_shexp) * arch.n_expert_shared;
    ff = std::max(ff, static_cast<double>(arch.n_leading_dense > 0 ? arch.n_ff : 0));
  }
  const double per_token = shape.ubatch * 4.0;
  const double kq = kv.flash_attention
                        ? 0.0
                        : (gpu ? calibration::kKqCopiesGpu : calibration::kKqCopiesCpu) * shape.n_kv * shape.ubatch * arch.n_head * 4.0;
  // f16 with flash attention, else f32; sliding-window models build a second mask for their SWA layers.
  const double mask = (arch.sliding_window > 0 ? 2.0 : 1.0) * shape.n_kv * shape.ubatch * (kv.flash_attention ? 2.0 : 4.0);
  if (gpu) {
    return per_token * (arch.n_embd * (calibration::kComputeEmbdFactor + calibration::kComputeResidualFactor) +
                        ff * calibration::kComputeFfFactorGpu) +
           kq + mask;
  }
  const double ffn_step = per_token * (ff * calibration::kComputeFfFactorCpu + arch.n_embd * calibration::kComputeEmbdFactorCpu);
  const double attention_step = per_token * arch.n_embd * calibration::kComputeEmbdFactor + kq;
  return std::max(ffn_step, attention_step) + mask;
}

Bytes compute_buffer_bytes(const ModelArchitecture& arch, const KvCacheConfig& kv, ComputeShape shape, bool has_layers, bool has_output,
                           bool gpu) {
  double peak = 0;
  // The output layer: the logits of the reserved rows, beside the ubatch's residual stream.
  if (has_output) peak = std::max(peak, static_cast<double>(arch.n_vocab) * shape.n_outputs * 4.0 + arch.n_embd * 4.0 * shape.ubatch);
  if (has_layers) peak = std::max(peak, layer_activation_bytes(arch, kv, shape, gpu));
  return static_cast<Bytes>(std::ceil(peak));
}

// The ubatch, cache size and logits rows the compute buffers are sized for.
ComputeShape compute_shape(const EstimateRequest& request) {
  const double ubatch = std::min<double>(request.kv.n_ubatch, padded_context(request.context_tokens));
  return {ubatch, static_cast<double>(padded_context(request.context_tokens)), std::clamp<double>(request.kv.n_outputs, 1, ubatch)};
}

double tier_seconds_gpu(double read_gb, int layers, double bandwidth_gb_per_s, const calibration::BackendSpeed& speed) {
  if (layers == 0 && read_gb == 0) return 0;
  const double effective = std::min(bandwidth_gb_per_s * speed.bandwidth_efficiency, speed.bandwidth_ceiling_gb_per_s);
  return read_gb / effective + layers * speed.layer_seconds;
}

}  // namespace

Bytes gpu_fixed_bytes(const ModelArchitecture& arch, const Hardware& hw, const EstimateRequest& request, bool has_layers, bool has_output) {
  const Bytes compute = compute_buffer_bytes(arch, request.kv, compute_shape(request), has_layers, has_output, true);
  return compute + (has_layers || has_output ? backend_overhead_bytes(hw.backend) : 0);
}

Estimate estimate(const ModelArchitecture& arch, const WeightsLayout& weights, const Hardware& hw, const EstimateRequest& request) {
  Estimate out;
  const int n_gpus = has_gpu(hw) ? hw.gpu_count : 0;
  out.gpus.resize(static_cast<std::size_t>(n_gpus));
  const KvGeometry kv(arch, request.context_tokens, request.kv);

  const Backend gpu_backend = n_gpus > 0 ? hw.backend : Backend::kCpu;
  const auto& gpu_speed = backend_speed(gpu_backend);
  const auto& cpu_speed = backend_speed(Backend::kCpu);

  // Decode traffic per tier.
  // Per GPU (on the stack for the usual few GPUs: the planner estimates thousands of placements).
  constexpr int kInlineGpus = 16;
  std::array<double, kInlineGpus> read_inline{};
  std::array<int, kInlineGpus> layers_inline{};
  std::vector<double> read_heap;
  std::vector<int> layers_heap;
  if (n_gpus > kInlineGpus) {
    read_heap.assign(static_cast<std::size_t>(n_gpus), 0.0);
    layers_heap.assign(static_cast<std::size_t>(n_gpus), 0);
  }
  double* const gpu_read_gb = n_gpus > kInlineGpus ? read_heap.data() : read_inline.data();
  int* const gpu_layers = n_gpus > kInlineGpus ? layers_heap.data() : layers_inline.data();
  double cpu_read_gb = 0, cpu_compute_gw = 0, disk_read_bytes = 0, cpu_prefill_core_seconds = 0;
  double cpu_attention_gflop = 0;  // core-seconds of attention over the cache, in units of 1 GFLOP at the kernel's rate
  int cpu_layers = 0, tier_switches = 0;
  double gpu_params = 0, cpu_params = 0, gpu_prefill_gflop = 0, cpu_prefill_gflop_on_gpu = 0;
  double cpu_bytes_streamed = 0; // CPU-resident weights streamed to the GPU in prefill (discrete)
  const double depth = std::min<double>(request.decode_depth_tokens, request.context_tokens);
  Tier previous = Tier::kCpu;  // the input layer (token embeddings) runs on the CPU

  auto account = [&](const PartWeights& part, Tier tier, int gpu_index, double kv_read_bytes, Bytes kv_bytes) {
    switch (tier) {
      case Tier::kGpu: {
        auto& mem = out.gpus[static_cast<std::size_t>(gpu_index)];
        mem.weights_bytes += part.bytes;
        mem.kv_cache_bytes += kv_bytes;
        gpu_read_gb[static_cast<std::size_t>(gpu_index)] += part.gpu_read_seconds_gb + kv_read_bytes / kBytesPerGB;
        gpu_params += part.active_params;
        gpu_prefill_gflop += part.gpu_prefill_gflop;
        break;
      }
      case Tier::kCpu:
        out.cpu.weights_bytes += part.bytes;
        out.cpu.kv_cache_bytes += kv_bytes;
        cpu_read_gb += part.cpu_read_seconds_gb + kv_read_bytes / kBytesPerGB;
        cpu_compute_gw += part.cpu_compute_gweights;
        cpu_prefill_core_seconds += part.cpu_prefill_core_seconds;
        cpu_params += part.active_params;
        cpu_prefill_gflop_on_gpu += part.gpu_prefill_gflop;
        if (n_gpus > 0 && !hw.unified_memory) cpu_bytes_streamed += static_cast<double>(part.bytes);
        break;
      case Tier::kDisk:
        out.disk_bytes += part.bytes;
        out.cpu.kv_cache_bytes += kv_bytes;
        disk_read_bytes += part.read_bytes;
        cpu_read_gb += kv_read_bytes / kBytesPerGB;
        cpu_compute_gw += part.cpu_compute_gweights;
        cpu_prefill_core_seconds += part.cpu_prefill_core_seconds;
        cpu_params += part.active_params;
        cpu_prefill_gflop_on_gpu += part.gpu_prefill_gflop;
        break;
    }
  };

  const double cpu_attention_rate = calibration::cpu_attention_gflops_per_core(request.kv.type_k, request.kv.type_v);
  for (int il = 0; il < arch.n_layer; ++il) {
    const auto& block = weights.blocks[static_cast<std::size_t>(il)];
    const BlockPlacement placement = il < static_cast<int>(request.blocks.size()) ? request.blocks[static_cast<std::size_t>(il)]
                                                                                  : BlockPlacement{Tier::kCpu, Tier::kCpu, 0};
    const int gpu_index = std::clamp(placement.gpu_index, 0, std::max(0, n_gpus - 1));
    const Tier attention_tier = n_gpus == 0 && placement.attention == Tier::kGpu ? Tier::kCpu : placement.attention;
    const Tier ffn_tier = n_gpus == 0 && placement.ffn == Tier::kGpu ? Tier::kCpu : placement.ffn;
    const std::uint32_t cells = kv.cells(arch, il);
    out.kv_k_bytes += kv.k_row * cells;
    out.kv_v_bytes += kv.v_row * cells;
    const double kv_read = std::min<double>(depth, cells) * static_cast<double>(kv.k_row + kv.v_row);
    // CPU attention over the cached tokens is compute-bound (QK and AV over every head), the slower
    // for a quantized cache that the kernel converts first.
    if (attention_tier != Tier::kGpu) {
      cpu_attention_gflop += 2.0 * std::min<double>(depth, cells) * arch.n_head * (arch.head_dim_k + arch.head_dim_v) / 1e9 /
                             cpu_attention_rate;
    }
    // The KV cache lives with the attention tensors (on the CPU when attention is on disk).
    account(block.attention, attention_tier, gpu_index, kv_read, (kv.k_row + kv.v_row) * cells);
    account(block.ffn, ffn_tier, gpu_index, 0, 0);
    for (Tier tier : {attention_tier, ffn_tier}) {
      const Tier compute_tier = tier == Tier::kDisk ? Tier::kCpu : tier;
      if (compute_tier != previous) ++tier_switches;
      previous = compute_tier;
    }
    if (attention_tier == Tier::kGpu || ffn_tier == Tier::kGpu) ++gpu_layers[static_cast<std::size_t>(gpu_index)];
    if (attention_tier != Tier::kGpu || ffn_tier != Tier::kGpu) ++cpu_layers;
  }
  const bool output_gpu = request.output_on_gpu && n_gpus > 0;
  account(weights.output, output_gpu ? Tier::kGpu : Tier::kCpu, std::max(0, n_gpus - 1), 0, 0);
  if (!output_gpu) out.cpu.weights_bytes -= weights.output_shared_bytes;  // one copy, shared with the input layer
  if ((output_gpu ? Tier::kGpu : Tier::kCpu) != previous) ++tier_switches;
  out.cpu.weights_bytes += weights.token_embd.bytes;

  // Compute buffers, output buffer, overhead.
  const ComputeShape shape = compute_shape(request);
  const double ubatch = shape.ubatch;
  for (int g = 0; g < n_gpus; ++g) {
    auto& mem = out.gpus[static_cast<std::size_t>(g)];
    const bool has_layers = gpu_layers[static_cast<std::size_t>(g)] > 0;
    const bool has_output = output_gpu && g == n_gpus - 1;
    mem.compute_bytes = compute_buffer_bytes(arch, request.kv, shape, has_layers, has_output, true);
    if (has_layers || has_output) mem.overhead_bytes = backend_overhead_bytes(hw.backend);
  }
  const bool cpu_has_layers = cpu_layers > 0;
  out.cpu.compute_bytes = compute_buffer_bytes(arch, request.kv, shape, cpu_has_layers, !output_gpu, false);
  if (out.cpu.compute_bytes == 0) {
    out.cpu.compute_bytes = static_cast<Bytes>(arch.n_embd * 4.0 * ubatch) + calibration::kHostComputeFixedBytes;
  }
  out.cpu.output_bytes = static_cast<Bytes>(arch.n_vocab) * 4 * static_cast<Bytes>(std::max(1, request.kv.n_seq));
  out.cpu.overhead_bytes = calibration::kHostProcessBytes + static_cast<Bytes>(calibration::kGgufMetadataBytesPerVocabEntry * arch.n_vocab);

  // Decode: tiers run one after another for each token.
  double seconds = 0;
  for (int g = 0; g < n_gpus; ++g) {
    const int layers = gpu_layers[static_cast<std::size_t>(g)] + ((output_gpu && g == n_gpus - 1) ? 1 : 0);
    seconds += tier_seconds_gpu(gpu_read_gb[static_cast<std::size_t>(g)], layers, hw.gpu_bandwidth_gb_per_s, gpu_speed);
  }
  if (!output_gpu) cpu_layers += 1;
  if (cpu_layers > 0 || cpu_read_gb > 0) {
    const double bandwidth_s = cpu_read_gb / (hw.ram_bandwidth_gb_per_s * cpu_speed.bandwidth_efficiency);
    const double compute_s = cpu_compute_gw / std::max(1, hw.cpu_cores);
    seconds += std::max(bandwidth_s, compute_s) + cpu_layers * cpu_speed.layer_seconds + cpu_attention_gflop / std::max(1, hw.cpu_cores);
  }
  if (disk_read_bytes > 0) seconds += disk_read_bytes / (hw.disk_bandwidth_gb_per_s * kBytesPerGB);
  // The fixed cost of a token (graph, synchronisation, sampling) of the backend that drives it.
  seconds += (n_gpus > 0 ? gpu_speed : cpu_speed).token_seconds;
  if (n_gpus > 0) seconds += std::max(0, tier_switches - 1) * calibration::kTierSwitchSeconds;
  seconds = std::max(seconds, 1e-6);
  const bool widened = !is_calibrated(gpu_backend) || out.disk_bytes > 0 || tier_switches > 1;
  const double widen = widened ? calibration::kUncalibratedBandWidening : 0.0;
  out.decode.tokens_per_second = 1.0 / seconds;
  out.decode.low = out.decode.tokens_per_second * std::max(calibration::kBandLowFloor, 1.0 - calibration::kDecodeBandLow - widen);
  out.decode.high = out.decode.tokens_per_second * (1.0 + calibration::kDecodeBandHigh + widen);

  // Prefill: compute-bound. 2 FLOPs per active weight per token, plus attention (QK^T and AV) at
  // the prompt's average depth. On a discrete GPU llama.cpp also runs CPU-resident layers on the GPU
  // for large batches, streaming their weights over PCIe once per ubatch.
  const double prompt = std::max<double>(1, request.prompt_tokens);
  const double attention_flops_per_token = 4.0 * arch.n_layer * (prompt / 2.0) * static_cast<double>(arch.n_head) * arch.head_dim_k;
  const double ubatches = std::ceil(prompt / std::max(1.0, ubatch));
  double prefill_seconds = 0;
  bool prefill_beyond_measured = false;  // the kernel ceiling binds on a part faster than any measured one
  if (n_gpus > 0 && hw.gpu_fp16_tflops > 0 && (gpu_params > 0 || cpu_bytes_streamed > 0)) {
    const double nominal = hw.gpu_fp16_tflops * gpu_speed.prefill_efficiency;
    const double gpu_flops = std::min(nominal, gpu_speed.prefill_tflops_ceiling) * 1e12;
    prefill_beyond_measured = hw.gpu_fp16_tflops > calibration::kPrefillMeasuredTflopsMax && nominal > gpu_speed.prefill_tflops_ceiling;
    if (hw.unified_memory) {
      prefill_seconds += prompt * (gpu_prefill_gflop * 1e9 + attention_flops_per_token) / gpu_flops;
      if (cpu_params > 0) {
        prefill_seconds += prompt * 2.0 * cpu_params / (std::max(1, hw.cpu_cores) * calibration::kUnifiedCpuPrefillGflopsPerCore * 1e9);
      }
    } else {
      prefill_seconds += prompt * ((gpu_prefill_gflop + cpu_prefill_gflop_on_gpu) * 1e9 + attention_flops_per_token) / gpu_flops;
      if (cpu_bytes_streamed > 0 && hw.pcie_bandwidth_gb_per_s > 0) {
        prefill_seconds += ubatches * cpu_bytes_streamed / (hw.pcie_bandwidth_gb_per_s * kBytesPerGB * calibration::kPcieEfficiency);
      }
    }
  } else {
    // CPU only: every type has its own kernel speed (bench.csv pp512 rows).
    double core_seconds = cpu_prefill_core_seconds;
    core_seconds += attention_flops_per_token / (type_speed(GgmlType::kF16).cpu_prefill_gflops_per_core * 1e9);
    const double cpu_seconds_per_token = core_seconds / std::max(1, hw.cpu_cores);
    prefill_seconds += prompt * cpu_seconds_per_token;
  }
  if (out.disk_bytes > 0) prefill_seconds += ubatches * static_cast<double>(out.disk_bytes) / (hw.disk_bandwidth_gb_per_s * kBytesPerGB);
  prefill_seconds = std::max(prefill_seconds, 1e-6);
  out.prefill.tokens_per_second = prompt / prefill_seconds;
  out.prefill.low = out.prefill.tokens_per_second * std::max(calibration::kBandLowFloor, 1.0 - calibration::kPrefillBandLow - widen);
  out.prefill.high = out.prefill.tokens_per_second * (1.0 + calibration::kPrefillBandHigh + widen +
                                                      (prefill_beyond_measured ? calibration::kPrefillCeilingBandWidening : 0.0));
  out.time_to_first_token_s = prefill_seconds + 1.0 / out.decode.tokens_per_second;
  return out;
}

}  // namespace fitplan
