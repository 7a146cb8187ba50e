// Placement: where the blocks of one layout go (all on the GPU, a layer split, FFN / expert offload,
// CPU only, disk spill), each candidate estimated; and the largest context fully on the GPU.
#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

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

// What estimate() puts on the GPU for the two placement families, as sums over blocks, on a
// machine with one discrete GPU (several GPUs split the blocks between them; a unified one also
// checks the RAM): the weights and KV cache of the blocks it holds, plus gpu_fixed_bytes(), which
// stay the same while it holds any block (tests/cpp/planner_test.cpp checks estimate() against
// these sums for every split). place() takes its searches' answers from them: the most blocks
// that fit. The estimate at that answer, which place() needs anyway, must fit with exactly the
// summed bytes; then one block more adds exactly its own bytes, which the sums found too many.
// Where the answer has no sum to confirm (nothing on the GPU; the offload's attention alone too
// much), the next placement is estimated instead; an answer the estimates do not confirm falls
// back to the search (largest_true).
struct GpuSums {
  Bytes capacity = 0;
  std::vector<Bytes> blocks;  // [il]: block il's weights and KV cache
  std::vector<Bytes> ffn;     // [il]: block il's FFN (experts) weights
  Bytes output = 0;           // the output layer's weights
  Bytes split_fixed = 0;      // a layer split of 1..n blocks (the output layer on the CPU)
  Bytes offload_fixed = 0;    // the offload: every block's attention and KV cache, the output layer

  // Every block and the output layer exceed the GPU before any buffer: a bound, not a guess.
  bool all_exceeds() const {
    Bytes used = output;
    for (Bytes b : blocks) used += b;
    return used > capacity;
  }

  // A layer split of the last k blocks (1..n) on the GPU.
  Bytes split_bytes(int k) const {
    Bytes used = split_fixed;
    for (int i = 0; i < k; ++i) used += blocks[blocks.size() - 1 - static_cast<std::size_t>(i)];
    return used;
  }
  // The offload with the FFN of the last m blocks (0..n) on the GPU.
  Bytes offload_bytes(int m) const {
    Bytes used = offload_fixed;
    for (int i = 0; i < m; ++i) used += ffn[ffn.size() - 1 - static_cast<std::size_t>(i)];
    return used;
  }
  // The most blocks (from the end) a layer split fits (0..n; the GPU holds nothing at 0).
  int split_answer() const { return most_that_fit(split_fixed, blocks); }
  // The most blocks (from the end) whose FFN the offload fits (-1: not even the attention).
  int offload_answer() const { return offload_fixed > capacity ? -1 : most_that_fit(offload_fixed, ffn); }

 private:
  int most_that_fit(Bytes used, const std::vector<Bytes>& per_block) const {
    int k = 0;
    for (auto b = per_block.rbegin(); b != per_block.rend() && (used += *b) <= capacity; ++b) ++k;
    return k;
  }
};

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
      LayerSplit split = layer_split(arch_, hw_, ngl);
      return evaluate(layout, request, std::move(split.blocks), split.output_on_gpu,
                      ngl > n ? PlacementKind::kAllGpu : PlacementKind::kLayerSplit, ngl, 0);
    };
    std::optional<GpuSums> sums;
    if (hw_.gpu_count == 1 && !hw_.unified_memory) {
      sums.emplace();
      sums->capacity = capacity_.gpu_bytes_per_device;
      const std::vector<Bytes> kv_bytes = kv_cache_bytes(arch_, context, request.kv).layer_bytes;
      Bytes attention = 0;
      for (int b = 0; b < n; ++b) {
        const auto& block = layout.blocks[static_cast<std::size_t>(b)];
        const Bytes kv_of_block = kv_bytes[static_cast<std::size_t>(b)];
        sums->blocks.push_back(block.attention.bytes + block.ffn.bytes + kv_of_block);
        sums->ffn.push_back(block.ffn.bytes);
        attention += block.attention.bytes + kv_of_block;
      }
      sums->output = layout.output.bytes;
      sums->split_fixed = gpu_fixed_bytes(arch_, hw_, request, true, false);
      sums->offload_fixed = gpu_fixed_bytes(arch_, hw_, request, true, true) + layout.output.bytes + attention;
    }
    // Everything on the GPU: estimated unless the weights and KV cache alone exceed the GPU (it
    // cannot fit then, whatever its buffers), and then only if a search asks.
    std::optional<Candidate> all;
    if (!sums || !sums->all_exceeds() || all_gpu_only) {
      all = split_at(n + 1);
      if (all->fits || all_gpu_only) return *all;
    }
    // Layer split: the most blocks (from the end) whose GPU share fits. The search's last
    // candidate that fits is the answer (its lower end only moves up to one that fits).
    Candidate split;
    Bytes estimated_gpu = 0;  // the GPU bytes of the last placement estimated
    auto split_fits = [&](int k) {
      if (k == n + 1 && !all) all = split_at(n + 1);
      Candidate c = k == n + 1 ? *all : split_at(k);
      estimated_gpu = c.estimate.gpu_total();
      if (!gpu_fits(c.estimate)) return false;
      split = std::move(c);
      return true;
    };
    int ngl = -1;
    if (!sums) {
      ngl = largest_true(n + 1, split_hint_, split_fits);
    } else if (all && gpu_fits(all->estimate)) {
      ngl = n + 1;  // every block and the output layer: the most there is
      split = *all;
    } else {
      // The output layer does not fit with every block (above), so the answer is 0..n.
      const int answer = sums->split_answer();
      const bool confirmed = answer > 0 ? split_fits(answer) && estimated_gpu == sums->split_bytes(answer)
                                        : !split_fits(1) && split_fits(0);
      ngl = confirmed ? answer : largest_true(n + 1, split_hint_, split_fits);
    }
    split_hint_ = ngl;
    if (ngl >= 0) options.push_back(std::move(split));
    // Attention + KV of every block on the GPU, FFN / experts of the last m blocks too.
    auto hot_cold = [&](int m) {
      std::vector<BlockPlacement> blocks(static_cast<std::size_t>(n));
      for (int b = 0; b < n; ++b) blocks[static_cast<std::size_t>(b)] = {Tier::kGpu, b >= n - m ? Tier::kGpu : Tier::kCpu, 0};
      return evaluate(layout, request, std::move(blocks), true, is_moe(arch_) ? PlacementKind::kExpertOffload : PlacementKind::kFfnOffload,
                      n + 1, n - m);
    };
    Candidate offload;
    auto offload_fits = [&](int k) {
      Candidate c = hot_cold(k);
      estimated_gpu = c.estimate.gpu_total();
      if (!gpu_fits(c.estimate)) return false;
      offload = std::move(c);
      return true;
    };
    int m = -1;
    if (!sums) {
      m = largest_true(n, offload_hint_, offload_fits);
    } else {
      const int answer = sums->offload_answer();
      const bool confirmed = answer >= 0 ? offload_fits(answer) && estimated_gpu == sums->offload_bytes(answer) : !offload_fits(0);
      m = confirmed ? answer : largest_true(n, offload_hint_, offload_fits);
    }
    offload_hint_ = m;
    if (m >= 0) options.push_back(std::move(offload));
  }
  Candidate* best = nullptr;
  for (auto& c : options) {
    if (!c.fits) continue;
    if (!best || c.estimate.decode.tokens_per_second > best->estimate.decode.tokens_per_second) best = &c;
  }
  if (best) return std::move(*best);
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
