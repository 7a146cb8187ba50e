// Placement: where the blocks of one layout go (all on the GPU, a layer split, FFN / expert offload,
// CPU only, disk spill), each candidate estimated; and the largest context fully on the GPU.
#include <algorithm>

#include "fitplan/placement.hpp"
#include "planner_internal.hpp"

namespace fitplan::planner_internal {

namespace {

// Largest k in [0, n] with pred(k) true (-1 when none), assuming pred is monotone (true then
// false as k grows). `hint` (-1: none) is where to start looking: the answer of the previous
// search, which successive placements of similar layouts rarely move by much, so galloping out
// from it takes a few evaluations where bisecting [0, n] takes log2(n). The last k for which
// pred returned true is the answer.
template <typename Pred>
int largest_true(int n, int hint, Pred pred) {
  int lo = 0, hi = n;  // pred(lo) true once known; every k > hi false
  if (hint < 0 || hint > n) {
    if (!pred(0)) return -1;
  } else if (pred(hint)) {
    lo = hint;
    for (int step = 1; lo < hi; step *= 2) {
      const int next = std::min(hi, lo + step);
      if (!pred(next)) {
        hi = next - 1;
        break;
      }
      lo = next;
    }
  } else {
    hi = hint - 1;
    for (int step = 1;; step *= 2) {
      const int next = std::max(0, hint - step);
      if (pred(next)) {
        lo = next;
        break;
      }
      if (next == 0) return -1;
      hi = next - 1;
    }
  }
  while (lo < hi) {
    const int mid = (lo + hi + 1) / 2;
    if (pred(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

}  // namespace

Bytes PlanEvaluator::combined_capacity() const {
  if (!has_gpu(hw_)) return capacity_.ram_bytes;
  if (hw_.unified_memory) return capacity_.ram_bytes;
  return capacity_.gpu_bytes_per_device * static_cast<Bytes>(hw_.gpu_count) + capacity_.ram_bytes;
}

EstimateRequest PlanEvaluator::base_request(std::uint32_t context, KvType kv) const {
  EstimateRequest r;
  r.context_tokens = context;
  r.kv.type_k = kv;
  r.kv.type_v = kv;
  r.kv.flash_attention = true;
  r.decode_depth_tokens = context / kDecodeDepthDivisor;
  r.prompt_tokens = std::min(options_.prompt_tokens, context);
  return r;
}

Candidate PlanEvaluator::evaluate(const WeightsLayout& layout, EstimateRequest request, std::vector<BlockPlacement> blocks, bool output_gpu,
                                  PlacementKind kind, int ngl, int n_cpu_moe) const {
  Candidate c;
  c.valid = true;
  c.kind = kind;
  assign_gpu_devices(blocks, has_gpu(hw_) ? hw_.gpu_count : 0);
  request.blocks = std::move(blocks);
  request.output_on_gpu = output_gpu;
  c.output_on_gpu = output_gpu;
  c.n_gpu_layers = ngl;
  c.n_cpu_moe = n_cpu_moe;
  c.estimate = estimate(arch_, layout, hw_, request);
  c.blocks = std::move(request.blocks);
  c.fits = fits(c.estimate);
  return c;
}

Candidate PlanEvaluator::place(const WeightsLayout& layout, std::uint32_t context, KvType kv, bool disk_spill, bool all_gpu_only) const {
  const EstimateRequest request = base_request(context, kv);
  const int n = arch_.n_layer;
  std::vector<Candidate> options;
  if (!has_gpu(hw_)) {
    options.push_back(evaluate(layout, request, std::vector<BlockPlacement>(static_cast<std::size_t>(n), {Tier::kCpu, Tier::kCpu, 0}),
                               false, PlacementKind::kCpuOnly, 0, 0));
  } else {
    auto split_at = [&](int ngl) {
      const LayerSplit split = layer_split(arch_, hw_, ngl);
      return evaluate(layout, request, split.blocks, split.output_on_gpu, ngl > n ? PlacementKind::kAllGpu : PlacementKind::kLayerSplit,
                      ngl, 0);
    };
    Candidate all = split_at(n + 1);
    if (all.fits || all_gpu_only) return all;
    // Layer split: the most blocks (from the end) whose GPU share fits. The search's last
    // candidate that fits is the answer (its lower end only moves up to one that fits).
    Candidate split;
    const int ngl = largest_true(n + 1, split_hint_, [&](int k) {
      Candidate c = split_at(k);
      if (!gpu_fits(c.estimate)) return false;
      split = std::move(c);
      return true;
    });
    split_hint_ = ngl;
    if (ngl >= 0) options.push_back(std::move(split));
    // Attention + KV of every block on the GPU, FFN / experts of the last m blocks too.
    auto hot_cold = [&](int m) {
      std::vector<BlockPlacement> blocks(static_cast<std::size_t>(n));
      for (int b = 0; b < n; ++b) blocks[static_cast<std::size_t>(b)] = {Tier::kGpu, b >= n - m ? Tier::kGpu : Tier::kCpu, 0};
      return evaluate(layout, request, blocks, true, is_moe(arch_) ? PlacementKind::kExpertOffload : PlacementKind::kFfnOffload, n + 1,
                      n - m);
    };
    Candidate offload;
    const int m = largest_true(n, offload_hint_, [&](int k) {
      Candidate c = hot_cold(k);
      if (!gpu_fits(c.estimate)) return false;
      offload = std::move(c);
      return true;
    });
    offload_hint_ = m;
    if (m >= 0) options.push_back(std::move(offload));
  }
  Candidate best;
  for (auto& c : options) {
    if (!c.fits) continue;
    if (!best.valid || c.estimate.decode.tokens_per_second > best.estimate.decode.tokens_per_second) best = c;
  }
  if (best.valid) return best;
  // Nothing fits in RAM: spill to disk (mmap) the CPU-side tensors of the first blocks.
  if (disk_spill && options_.allow_disk && !options.empty()) {
    Candidate base = options.front();
    for (auto& c : options) {
      if (c.estimate.cpu.total() < base.estimate.cpu.total()) base = c;
    }
    Candidate spilled = spill_to_disk(layout, request, base);
    if (spilled.fits) return spilled;
  }
  Candidate none;
  if (!options.empty()) none = options.front();
  none.fits = false;
  return none;
}

Candidate PlanEvaluator::spill_to_disk(const WeightsLayout& layout, const EstimateRequest& request, const Candidate& base) const {
  std::vector<BlockPlacement> blocks = base.blocks;
  const int n = arch_.n_layer;
  for (int pass = 0; pass < 2; ++pass) {
    for (int b = 0; b < n; ++b) {
      auto& p = blocks[static_cast<std::size_t>(b)];
      Tier& tier = pass == 0 ? p.ffn : p.attention;
      if (tier != Tier::kCpu) continue;
      tier = Tier::kDisk;
      Candidate c = evaluate(layout, request, blocks, base.output_on_gpu, base.kind, base.n_gpu_layers, base.n_cpu_moe);
      if (c.fits) return c;
    }
  }
  Candidate none = base;
  none.fits = false;
  return none;
}

std::uint32_t PlanEvaluator::max_gpu_context(FileType file_type, KvType kv_type) {
  if (!has_gpu(hw_)) return 0;
  const WeightsLayout& layout = layout_of(recipe_index(file_type));
  const LayerSplit split = layer_split(arch_, hw_, arch_.n_layer + 1);
  auto fits_at = [&](std::uint32_t context) {
    EstimateRequest e = base_request(context, kv_type);
    e.blocks = split.blocks;
    e.output_on_gpu = true;
    return fits(estimate(arch_, layout, hw_, e));
  };
  std::uint32_t lo = 0, hi = static_cast<std::uint32_t>(arch_.n_ctx_train);
  if (fits_at(hi)) return hi;
  while (hi - lo > kContextStep) {
    const std::uint32_t mid = static_cast<std::uint32_t>((lo + hi) / 2 / kContextStep * kContextStep);
    if (mid <= lo) break;
    if (fits_at(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

}  // namespace fitplan::planner_internal
