// The search stages at one context (1: everything on the GPU; 2: GPU + RAM), over contexts (3: the
// largest that fits) and as a last resort (4: the smallest weights, spilled to disk); uniform files.
#include <algorithm>

#include "fitplan/placement.hpp"
#include "fitplan/validation.hpp"
#include "planner_internal.hpp"

namespace fitplan::planner_internal {

Scored Planner::solve_at(Bytes budget, std::uint32_t context, KvType kv, bool all_gpu_only) const {
  std::vector<int> choice = choose(budget);
  if (choice.empty()) return {};
  const int head = head_recipe_for(choice);
  const WeightsLayout layout = layout_for(choice, head);
  return score(std::move(choice), head, layout, context, kv, all_gpu_only);
}

Scored Planner::score(std::vector<int> choice, int head, const WeightsLayout& layout, std::uint32_t context, KvType kv,
                      bool all_gpu_only) const {
  Scored s;
  s.choice = std::move(choice);
  s.head = head;
  s.candidate = place(layout, context, kv, false, all_gpu_only);
  s.found = s.candidate.fits;
  s.kv = kv;
  s.context = context;
  s.penalty = choice_penalty(s.choice) + kv_penalty(kv, kv);
  return s;
}

Bytes Planner::fixed_bytes(std::uint32_t context, KvType kv, bool all_gpu, int head) const {
  const auto key = std::make_tuple(context, kv, all_gpu, head);
  if (auto hit = fixed_.find(key); hit != fixed_.end()) return hit->second;
  const Bytes bytes = fixed_bytes_uncached(context, kv, all_gpu, head);
  fixed_.emplace(key, bytes);
  return bytes;
}

Bytes Planner::fixed_bytes_uncached(std::uint32_t context, KvType kv, bool all_gpu, int head) const {
  const std::vector<int> smallest = smallest_choice();
  const WeightsLayout layout = layout_for(smallest, head >= 0 ? head : smallest.front());
  EstimateRequest request = base_request(context, kv);
  const LayerSplit split = layer_split(arch_, hw_, all_gpu ? arch_.n_layer + 1 : 0);
  request.blocks = split.blocks;
  request.output_on_gpu = split.output_on_gpu;
  const Estimate e = estimate(arch_, layout, hw_, request);
  Bytes blocks = 0;
  for (const auto& b : layout.blocks) blocks += b.attention.bytes + b.ffn.bytes;
  // All on the GPU: only the GPU's own fixed bytes compete with the blocks for VRAM (token_embd
  // and the host buffers live in RAM). Otherwise everything competes for GPU + RAM.
  const Bytes total = all_gpu ? e.gpu_total() : e.total();
  return total > blocks ? total - blocks : 0;
}

Scored Planner::best_at(std::uint32_t context, std::vector<std::string>& notes, bool record) const {
  std::vector<KvType> kvs;
  if (options_.kv_policy == KvPolicy::kAuto) kvs = {KvType::kF16, KvType::kQ8_0, KvType::kQ4_0};
  else kvs = {kv_type_of(options_.kv_policy)};
  const double target = options_.target_tokens_per_second;
  Scored best;
  auto better = [&](const Scored& a, const Scored& b) {
    if (!b.found) return a.found;
    if (!a.found) return false;
    if (target > 0) {
      const bool ma = a.candidate.estimate.decode.tokens_per_second >= target;
      const bool mb = b.candidate.estimate.decode.tokens_per_second >= target;
      if (ma != mb) return ma;
      if (!ma) return a.candidate.estimate.decode.tokens_per_second > b.candidate.estimate.decode.tokens_per_second;
    }
    return a.penalty < b.penalty - 1e-12;
  };
  // Stage 1: everything on the GPU.
  if (has_gpu(hw_)) {
    for (KvType kv : kvs) {
      if (!validate_kv_types(arch_, kv, kv, true)) continue;
      const Bytes gpu_cap = hw_.unified_memory ? capacity_.gpu_bytes_per_device
                                               : capacity_.gpu_bytes_per_device * static_cast<Bytes>(hw_.gpu_count);
      const Bytes fixed = fixed_bytes(context, kv, true);
      if (gpu_cap <= fixed) continue;
      // The largest budget whose plan stays entirely on the GPU (binary search: the fixed part
      // estimate is approximate, the placement check is exact).
      auto all_gpu = [&](const Scored& s) { return s.found && s.candidate.kind == PlacementKind::kAllGpu; };
      Bytes hi = gpu_cap - fixed;
      Scored s = solve_at(hi, context, kv, true);
      // The head (output, token_embd) follows the blocks' recipe: re-budget with the head the
      // solution actually has, a few times (it settles in one or two).
      for (int iteration = 0; iteration < kHeadRebudgetRounds && !s.choice.empty(); ++iteration) {
        const Bytes head_fixed = fixed_bytes(context, kv, true, s.head);
        if (head_fixed >= gpu_cap) break;
        const Bytes rebudget = gpu_cap - head_fixed;
        if (rebudget == hi) break;
        Scored again = solve_at(rebudget, context, kv, true);
        if (again.choice.empty()) break;
        hi = rebudget;
        s = again;
      }
      if (!all_gpu(s)) {
        Bytes lo = table_->min_feasible_budget();
        Scored at_lo = lo <= hi ? solve_at(lo, context, kv, true) : Scored{};
        if (!all_gpu(at_lo)) continue;
        s = at_lo;
        while (hi - lo > table_->bucket_bytes()) {
          const Bytes mid = lo + (hi - lo) / 2;
          Scored m = solve_at(mid, context, kv, true);
          if (all_gpu(m)) {
            s = m;
            lo = mid;
          } else {
            hi = mid;
          }
        }
      }
      if (target <= 0 || s.candidate.estimate.decode.tokens_per_second >= target) {
        if (better(s, best)) best = s;
      }
    }
    if (best.found && !all_stages_) {
      if (record) notes.push_back("Everything fits on the GPU at " + std::to_string(context) + " tokens of context.");
      return best;
    }
  }
  // Stage 2: VRAM + RAM (expert / FFN offload or layer split), or RAM alone.
  for (KvType kv : kvs) {
    if (!validate_kv_types(arch_, kv, kv, true)) continue;
    const Bytes fixed = fixed_bytes(context, kv, false);
    const Bytes cap = combined_capacity();
    if (cap <= fixed) continue;
    Bytes top = cap - fixed;
    // Shrink until the placement fits (the fixed part grows a little when blocks move).
    Scored s;
    for (int attempt = 0; attempt < kShrinkAttempts; ++attempt) {
      s = solve_at(top, context, kv);
      if (s.choice.empty() || s.found) break;
      top = top * kShrinkKeepPercent / 100;
    }
    if (!s.found) {
      // Disk spill may still place it.
      continue;
    }
    if (target > 0 && s.candidate.estimate.decode.tokens_per_second < target) {
      // Dual search: a smaller budget moves bytes onto the GPU (faster, lower precision).
      Bytes lo = table_->min_feasible_budget(), hi = top;
      Scored fastest = solve_at(lo, context, kv);
      Scored met;
      for (int iter = 0; iter < kTargetSearchSteps && lo + table_->bucket_bytes() < hi; ++iter) {
        const Bytes mid = lo + (hi - lo) / 2;
        Scored m = solve_at(mid, context, kv);
        if (m.found && m.candidate.estimate.decode.tokens_per_second >= target) {
          met = m;
          lo = mid;
        } else {
          hi = mid;
        }
      }
      if (met.found) s = met;
      else if (fastest.found && fastest.candidate.estimate.decode.tokens_per_second > s.candidate.estimate.decode.tokens_per_second)
        s = fastest;
    }
    if (better(s, best)) best = s;
  }
  return best;
}

Plan Planner::plan(std::vector<std::string>& notes) {
  const std::uint32_t requested = options_.context_tokens;
  Scored s = best_at(requested, notes, true);
  if (!s.found && options_.min_context_tokens < requested) {
    // Stage 3: the largest context (binary search, multiples of kContextStep) that fits.
    std::uint32_t lo = options_.min_context_tokens, hi = requested;
    Scored at_lo = best_at(lo, notes, false);
    if (at_lo.found) {
      s = at_lo;
      while (hi - lo > kContextStep) {
        const std::uint32_t mid = static_cast<std::uint32_t>(pad_to((lo + hi) / 2, kContextStep));
        if (mid >= hi || mid <= lo) break;
        Scored m = best_at(mid, notes, false);
        if (m.found) {
          s = m;
          lo = mid;
        } else {
          hi = mid;
        }
      }
      notes.push_back("The requested context of " + std::to_string(requested) + " tokens does not fit; shrunk to " +
                      std::to_string(s.context) + " tokens (floor " + std::to_string(options_.min_context_tokens) + ").");
    }
  }
  if (!s.found && options_.allow_disk) {
    // Stage 4: the smallest weights the floor allows, with whatever does not fit in RAM left on
    // disk (mmap) at the floor context.
    const std::uint32_t context = options_.min_context_tokens;
    std::vector<KvType> kvs = options_.kv_policy == KvPolicy::kAuto ? std::vector<KvType>{KvType::kQ4_0, KvType::kQ8_0, KvType::kF16}
                                                                    : std::vector<KvType>{kv_type_of(options_.kv_policy)};
    for (KvType kv : kvs) {
      if (!validate_kv_types(arch_, kv, kv, true)) continue;
      Scored d;
      d.choice = smallest_choice();
      d.head = head_recipe_for(d.choice);
      d.candidate = place(layout_for(d.choice, d.head), context, kv, true);
      if (!d.candidate.fits) continue;
      d.found = true;
      d.kv = kv;
      d.context = context;
      d.penalty = choice_penalty(d.choice) + kv_penalty(kv, kv);
      s = d;
      notes.push_back(d.candidate.estimate.disk_bytes > 0
                          ? "Does not fit in GPU + RAM even at the floor precision and context: spilled to disk."
                          : "Fits only with the smallest weights the precision floor allows and the floor context.");
      break;
    }
  }
  return to_plan(s, notes);
}

Scored Planner::uniform_at(FileType type, std::uint32_t context) {
  Scored s;
  const int r = recipe_index(type);
  s.choice.assign(static_cast<std::size_t>(arch_.n_layer), r);
  s.head = r;
  const WeightsLayout layout = layout_for(s.choice, s.head);
  std::vector<KvType> kvs = options_.kv_policy == KvPolicy::kAuto ? std::vector<KvType>{KvType::kF16, KvType::kQ8_0, KvType::kQ4_0}
                                                                  : std::vector<KvType>{kv_type_of(options_.kv_policy)};
  for (int disk = 0; disk < 2 && !s.found; ++disk) {
    if (disk == 1 && !options_.allow_disk) break;
    for (std::size_t i = 0; i < kvs.size() && !s.found; ++i) {
      // With disk allowed, the smallest KV first: the least that streams from disk.
      const KvType kv = disk == 1 ? kvs[kvs.size() - 1 - i] : kvs[i];
      if (!validate_kv_types(arch_, kv, kv, true)) continue;
      Candidate c = place(layout, context, kv, disk == 1);
      if (!c.fits) continue;
      s.found = true;
      s.candidate = c;
      s.kv = kv;
      s.context = context;
      s.penalty = choice_penalty(s.choice) + kv_penalty(kv, kv);
    }
  }
  return s;
}

const Plan& Planner::uniform_plan(FileType type) {
  auto [at, inserted] = uniform_plans_.try_emplace(type);
  if (inserted) {
    at->second = to_plan(uniform_at(type, options_.context_tokens), {});
    at->second.notes.insert(at->second.notes.begin(),
                            std::string("Every block at ") + file_type_info(type).name + ", one file type throughout.");
  }
  return at->second;
}

Plan Planner::baseline() {
  // The uniform file type as it runs best here (the same computation as a published file of that
  // type, so every view shows the same figures).
  const FileType type = options_.baseline_file_type;
  Plan plan = uniform_plan(type);
  plan.notes.front() = std::string("Uniform ") + file_type_info(type).name +
                       " (every block at one type), the first KV type that fits and its fastest placement.";
  return plan;
}

Plan Planner::plan_with_target(double target, std::vector<std::string>& notes) {
  const double saved = options_.target_tokens_per_second;
  options_.target_tokens_per_second = target;
  all_stages_ = true;
  Plan p = plan(notes);
  all_stages_ = false;
  options_.target_tokens_per_second = saved;
  return p;
}

Bytes Planner::total_bytes_of(const std::vector<int>& choice, int head, KvType kv) const {
  const Candidate c = place(layout_for(choice, head), options_.context_tokens, kv);
  return c.estimate.total();
}

Requirements Planner::requirements() {
  Requirements r;
  const std::vector<int> smallest = smallest_choice();
  const KvType smallest_kv = options_.kv_policy == KvPolicy::kAuto ? KvType::kQ4_0 : kv_type_of(options_.kv_policy);
  r.min_total_bytes = total_bytes_of(smallest, head_recipe_for(smallest),
                                     validate_kv_types(arch_, smallest_kv, smallest_kv, true) ? smallest_kv : KvType::kF16);
  const int q4 = recipe_index(FileType::kQ4_K_M);
  r.q4_k_m_total_bytes = total_bytes_of(std::vector<int>(static_cast<std::size_t>(arch_.n_layer), q4), q4, KvType::kF16);
  return r;
}

}  // namespace fitplan::planner_internal
