#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "fitplan/estimator.hpp"
#include "fitplan/placement.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/quantizer.hpp"
#include "fitplan/serialize.hpp"
#include "fitplan/tensors.hpp"

namespace fitplan {
namespace {

PlanResult plan_for(const char* model, const char* hardware, std::uint32_t context, double target = 0, bool baseline = true) {
  PlanRequest request{find_model(model).value(), find_hardware(hardware).value(), {}};
  request.options.context_tokens = context;
  request.options.min_context_tokens = std::min<std::uint32_t>(2048, context);
  request.options.target_tokens_per_second = target;
  request.options.compare_baseline = baseline;
  auto result = make_plan(request);
  EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
  return result.value();
}

TEST(Planner, Llama3_70bOnRtx4090MeetsThreeTokensPerSecondAndBeatsTheBaseline) {
  const auto result = plan_for("llama3-70b", "rtx4090", 8192, 3.0);
  const auto& plan = result.plan;
  ASSERT_TRUE(plan.feasible);
  EXPECT_EQ(plan.context_tokens, 8192u);
  EXPECT_GE(plan.estimate.decode.tokens_per_second, 3.0);
  ASSERT_TRUE(result.baseline.has_value());
  EXPECT_GT(plan.estimate.decode.tokens_per_second, result.baseline->estimate.decode.tokens_per_second);
  EXPECT_EQ(plan.usability, Usability::kSlow);
}

TEST(Planner, Llama3_70bOnRtx3050IsImpracticalNotAGreenLight) {
  const auto plan = plan_for("llama3-70b", "rtx3050-4g", 8192).plan;
  EXPECT_TRUE(plan.usability == Usability::kImpractical || plan.usability == Usability::kInfeasible);
  EXPECT_NE(plan.usability, Usability::kUsable);
  // The baseline spills to disk there too, and counts its blocks by the same rule as the plan.
  const auto baseline = plan_for("llama3-70b", "rtx3050-4g", 8192).baseline.value();
  EXPECT_EQ(baseline.gpu_blocks + baseline.cpu_blocks + baseline.disk_blocks, 80);
  EXPECT_EQ(baseline.disk_blocks > 0, baseline.estimate.disk_bytes > 0);
  int disk = 0;
  for (const auto& layer : baseline.layers) disk += block_tier(layer) == Tier::kDisk ? 1 : 0;
  EXPECT_EQ(disk, baseline.disk_blocks);
}

TEST(Planner, Llama3_8bOnRtx4090RunsFullyOnTheGpu) {
  const auto plan = plan_for("llama3-8b", "rtx4090", 8192).plan;
  ASSERT_TRUE(plan.feasible);
  EXPECT_EQ(plan.placement_kind, PlacementKind::kAllGpu);
  EXPECT_EQ(plan.cpu_blocks, 0);
  EXPECT_EQ(plan.usability, Usability::kUsable);
}

// A tied output layer shares token_embd's buffer on the CPU (measured_test pins the estimator to
// llama.cpp's model buffers): a plan on a CPU holds every tensor once, never more than its file,
// and exactly what the estimator gives that file's uniform layout.
TEST(Planner, TiedEmbeddingsAreHeldOnceOnTheCpu) {
  int tied = 0;
  for (const auto& model : model_catalog()) {
    if (!model.arch.tied_embeddings || model.arch.n_layer > 40) continue;
    ++tied;
    SCOPED_TRACE(model.id);
    PlanRequest request{model, find_hardware("cpu-64g").value(), {}};
    request.options.context_tokens = std::min<std::uint32_t>(4096, static_cast<std::uint32_t>(model.arch.n_ctx_train));
    request.options.min_context_tokens = request.options.context_tokens;
    const auto result = make_plan(request);
    ASSERT_TRUE(result.has_value());
    const Plan& plan = result->plan;
    ASSERT_TRUE(plan.feasible);
    EXPECT_LE(plan.estimate.cpu.weights_bytes, plan.file_bytes);
    if (result->published && result->published->plan.feasible) {
      const Plan& file = result->published->plan;
      const auto tensors = model_tensors(model.arch);
      const auto layout = weights_layout(model.arch, tensors, file_type_assignment(model.arch, tensors, file.head_recipe));
      EstimateRequest estimate_request;
      estimate_request.context_tokens = file.context_tokens;
      estimate_request.blocks = layer_split(model.arch, request.hardware, 0).blocks;
      estimate_request.output_on_gpu = false;
      EXPECT_EQ(file.estimate.cpu.weights_bytes, estimate(model.arch, layout, request.hardware, estimate_request).cpu.weights_bytes);
    }
  }
  EXPECT_GE(tied, 3);
}

// Every resolution validation accepts is the one the knapsack uses (it silently capped 16384 at
// 8192 before): a finer axis gives smaller buckets, and one past the range is refused.
TEST(Planner, KnapsackResolutionIsTheOneAsked) {
  auto request_with = [](int buckets) {
    PlanRequest request{find_model("llama3-8b").value(), find_hardware("rtx4090").value(), {}};
    request.options.context_tokens = 4096;
    request.options.target_tokens_per_second = 20;
    request.options.knapsack_buckets = buckets;
    return request;
  };
  const auto coarse = make_plan(request_with(kMaxKnapsackBuckets / 2));
  const auto fine = make_plan(request_with(kMaxKnapsackBuckets));
  ASSERT_TRUE(coarse.has_value() && fine.has_value());
  EXPECT_LT(fine->plan.knapsack_bucket_bytes * 3, coarse->plan.knapsack_bucket_bytes * 2);
  const auto past = make_plan(request_with(kMaxKnapsackBuckets + 1));
  ASSERT_FALSE(past.has_value());
  EXPECT_EQ(past.error().field, "knapsackBuckets");
}

TEST(Planner, Qwen3MoeOnRtx4060KeepsDenseWeightsOnTheGpuAndExpertsOnTheCpu) {
  const auto plan = plan_for("qwen3-30b-a3b", "rtx4060-8g", 8192).plan;
  ASSERT_TRUE(plan.feasible);
  EXPECT_EQ(plan.placement_kind, PlacementKind::kExpertOffload);
  EXPECT_GT(plan.n_cpu_moe, 0);
  for (const auto& layer : plan.layers) EXPECT_EQ(layer.attention_tier, Tier::kGpu) << layer.index;
  // Whole-layer offload of the same per-block precision: the most -ngl layers that fit.
  const auto model = find_model("qwen3-30b-a3b").value();
  const auto hw = find_hardware("rtx4060-8g").value();
  const auto tensors = model_tensors(model.arch);
  std::vector<GgmlType> types;
  for (const auto& t : tensors) {
    const FileType recipe = t.block >= 0 ? plan.layers[static_cast<std::size_t>(t.block)].recipe : plan.head_recipe;
    types.push_back(quantized_type(model.arch, t, recipe));
  }
  const auto layout = weights_layout(model.arch, tensors, types);
  const auto capacity = usable_capacity(hw);
  double best_split = 0;
  for (int ngl = 0; ngl <= model.arch.n_layer + 1; ++ngl) {
    EstimateRequest request;
    request.context_tokens = plan.context_tokens;
    request.kv.type_k = plan.kv_type_k;
    request.kv.type_v = plan.kv_type_v;
    request.decode_depth_tokens = plan.context_tokens / 2;
    const auto split = layer_split(model.arch, hw, ngl);
    request.blocks = split.blocks;
    request.output_on_gpu = split.output_on_gpu;
    const auto e = estimate(model.arch, layout, hw, request);
    if (e.gpus[0].total() <= capacity.gpu_bytes_per_device) best_split = std::max(best_split, e.decode.tokens_per_second);
  }
  EXPECT_GT(plan.estimate.decode.tokens_per_second, best_split);
}

// Invariants over every preset x a spread of hardware x contexts 2k / 8k / 32k.
TEST(Planner, InvariantsAcrossPresetsHardwareAndContexts) {
  const char* hardware_ids[] = {"rtx4090", "rtx3060-12g", "m2-max", "cpu-32g", "2x-rtx3090", "a100-80g"};
  int plans = 0;
  for (const auto& model : model_catalog()) {
    for (const char* hw_id : hardware_ids) {
      const auto hw = find_hardware(hw_id).value();
      for (std::uint32_t context : {2048u, 8192u, 32768u}) {
        if (context > static_cast<std::uint32_t>(model.arch.n_ctx_train)) continue;
        for (double target : {0.0, 5.0}) {
          PlanRequest request{model, hw, {}};
          request.options.context_tokens = context;
          request.options.min_context_tokens = 2048;
          request.options.target_tokens_per_second = target;
          const auto result = make_plan(request);
          ASSERT_TRUE(result.has_value()) << model.id << " " << hw_id << ": " << result.error().message;
          const auto& plan = result->plan;
          ++plans;
          if (!plan.feasible) continue;
          const std::string label = model.id + " on " + hw_id + " @" + std::to_string(context);
          Bytes gpu_used = 0;
          for (const auto& gpu : plan.estimate.gpus) {
            EXPECT_LE(gpu.total(), plan.capacity.gpu_bytes_per_device) << label;
            gpu_used += gpu.total();
          }
          if (hw.unified_memory) EXPECT_LE(gpu_used + plan.estimate.cpu.total(), plan.capacity.ram_bytes) << label;
          else EXPECT_LE(plan.estimate.cpu.total(), plan.capacity.ram_bytes) << label;
          EXPECT_EQ(static_cast<int>(plan.layers.size()), model.arch.n_layer) << label;
          if (plan.disk_blocks > 0) {
            // Disk only when RAM is exhausted: the RAM tier is close to full.
            EXPECT_GT(plan.estimate.cpu.total() + plan.knapsack_bucket_bytes * 8 + plan.estimate.disk_bytes / 2,
                      plan.capacity.ram_bytes / 2)
                << label;
          }
          if (plan.context_tokens < context) {
            // Context shrunk only when nothing else fits: the requested context has no plan without disk.
            PlanRequest strict = request;
            strict.options.min_context_tokens = context;
            strict.options.allow_disk = false;
            EXPECT_FALSE(make_plan(strict)->plan.feasible) << label;
          }
          if (target > 0 && plan.disk_blocks == 0) {
            // Target met whenever the reported best reachable speed is above it.
            const bool met = plan.estimate.decode.tokens_per_second >= target;
            bool says_unreachable = false;
            for (const auto& note : plan.notes) says_unreachable |= note.find("cannot be met") != std::string::npos;
            EXPECT_TRUE(met || says_unreachable) << label;
          }
        }
      }
    }
  }
  EXPECT_GT(plans, 500);
}

TEST(Planner, BadInputNamesTheField) {
  PlanRequest request{find_model("llama3-8b").value(), find_hardware("rtx4090").value(), {}};
  request.options.context_tokens = 1000000;
  auto result = make_plan(request);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().field, "contextLength");
  request.options.context_tokens = 4096;
  request.options.target_tokens_per_second = -1;
  EXPECT_EQ(make_plan(request).error().field, "targetTps");
}

TEST(Frontier, PointsAreNonDominatedAndCarryPlans) {
  PlanRequest request{find_model("llama3.1-70b").value(), find_hardware("rtx4090").value(), {}};
  request.options.context_tokens = 8192;
  const auto points = make_frontier(request).value();
  ASSERT_GE(points.size(), 5u);
  for (std::size_t i = 0; i < points.size(); ++i) {
    EXPECT_TRUE(points[i].plan.feasible);
    for (std::size_t j = 0; j < points.size(); ++j) {
      if (i == j) continue;
      const bool dominates = points[j].quality_proxy <= points[i].quality_proxy &&
                             points[j].decode_tokens_per_second >= points[i].decode_tokens_per_second &&
                             points[j].total_bytes <= points[i].total_bytes &&
                             (points[j].quality_proxy < points[i].quality_proxy ||
                              points[j].decode_tokens_per_second > points[i].decode_tokens_per_second ||
                              points[j].total_bytes < points[i].total_bytes);
      EXPECT_FALSE(dominates) << i << " dominated by " << j;
    }
  }
}

// The lean frontier's requests: a dense model split between GPU and RAM (the issue's case), a MoE
// offloading experts, a CPU-only machine, two GPUs, one KV type asked, a small model all on the GPU.
std::vector<std::pair<std::string, PlanRequest>> lean_frontier_cases() {
  std::vector<std::pair<std::string, PlanRequest>> cases;
  auto add = [&](const char* model, Hardware hw, std::uint32_t context, KvPolicy kv = KvPolicy::kAuto) {
    PlanRequest request{find_model(model).value(), std::move(hw), default_plan_options(context)};
    request.options.kv_policy = kv;
    cases.emplace_back(std::string(model) + " on " + request.hardware.id + (request.hardware.gpu_count > 1 ? " x2" : "") + " at " +
                           std::to_string(context) + " (kv " + to_string(kv) + ")",
                       std::move(request));
  };
  add("llama3.1-70b", find_hardware("rtx4090").value(), 8192);
  add("qwen3-30b-a3b", find_hardware("rtx4060-8g").value(), 8192);
  add("llama3-8b", find_hardware("cpu-32g").value(), 4096);
  Hardware two = find_hardware("rtx3090").value();
  two.gpu_count = 2;
  add("llama3-70b", two, 8192);
  add("gemma2-9b", find_hardware("rtx4060-8g").value(), 4096, KvPolicy::kQ8_0);
  add("llama3-8b", find_hardware("rtx4090").value(), 8192);
  return cases;
}

TEST(Frontier, LeanPointsAreTheFullFrontiersPointsInTheSameOrder) {
  for (const auto& [label, request] : lean_frontier_cases()) {
    const auto full = make_frontier(request).value();
    const auto lean = make_lean_frontier(request).value();
    ASSERT_EQ(lean.size(), full.size()) << label;
    ASSERT_FALSE(lean.empty()) << label;
    for (std::size_t i = 0; i < lean.size(); ++i) {
      const Plan& plan = full[i].plan;
      const LeanFrontierPoint& point = lean[i];
      const std::string at = label + " point " + std::to_string(i);
      // Exact: the same search results, not the same figures recomputed.
      EXPECT_EQ(point.quality_proxy, full[i].quality_proxy) << at;
      EXPECT_EQ(point.quality_proxy, plan.quality_proxy) << at;
      EXPECT_EQ(point.decode.tokens_per_second, full[i].decode_tokens_per_second) << at;
      EXPECT_EQ(point.decode.low, plan.estimate.decode.low) << at;
      EXPECT_EQ(point.decode.high, plan.estimate.decode.high) << at;
      EXPECT_EQ(point.prefill_tokens_per_second, plan.estimate.prefill.tokens_per_second) << at;
      EXPECT_EQ(point.total_bytes, full[i].total_bytes) << at;
      EXPECT_EQ(point.gpu_bytes, plan.estimate.gpu_total()) << at;
      EXPECT_EQ(point.ram_bytes, plan.estimate.cpu.total()) << at;
      EXPECT_EQ(point.disk_bytes, plan.estimate.disk_bytes) << at;
      EXPECT_EQ(point.total_bytes, point.gpu_bytes + point.ram_bytes + point.disk_bytes) << at;
      EXPECT_EQ(point.fit, plan.fit) << at;
      EXPECT_EQ(point.spec.context_tokens, plan.context_tokens) << at;
      EXPECT_EQ(point.spec.kv_type_k, plan.kv_type_k) << at;
      EXPECT_EQ(point.spec.kv_type_v, plan.kv_type_v) << at;
      EXPECT_EQ(point.spec.head_recipe, plan.head_recipe) << at;
      EXPECT_EQ(point.spec.placement_kind, plan.placement_kind) << at;
      EXPECT_EQ(point.spec.n_gpu_layers, plan.n_gpu_layers) << at;
      EXPECT_EQ(point.spec.n_cpu_moe, plan.n_cpu_moe) << at;
      ASSERT_EQ(point.spec.layers.size(), plan.layers.size()) << at;
      for (std::size_t b = 0; b < plan.layers.size(); ++b) {
        EXPECT_EQ(point.spec.layers[b].recipe, plan.layers[b].recipe) << at << " block " << b;
        EXPECT_EQ(point.spec.layers[b].attention_tier, plan.layers[b].attention_tier) << at << " block " << b;
        EXPECT_EQ(point.spec.layers[b].ffn_tier, plan.layers[b].ffn_tier) << at << " block " << b;
        EXPECT_EQ(point.spec.layers[b].gpu_index, plan.layers[b].gpu_index) << at << " block " << b;
      }
      // The histogram: every block counted once, file types from the most precise (file_types() order).
      int blocks = 0;
      std::size_t previous_rank = 0;
      for (const FileTypeBlocks& entry : point.histogram) {
        // Plain names, not structured bindings: clang 14 (Emscripten's) cannot capture those in a lambda.
        const FileType type = entry.file_type;
        const int count = entry.blocks;
        const auto rank = static_cast<std::size_t>(std::find_if(file_types().begin(), file_types().end(),
                                                                [&](const FileTypeInfo& t) { return t.type == type; }) -
                                                   file_types().begin());
        EXPECT_TRUE(blocks == 0 || rank > previous_rank) << at << ": the histogram's types are not in file_types() order";
        previous_rank = rank;
        EXPECT_EQ(count, std::count_if(plan.layers.begin(), plan.layers.end(), [&](const PlanLayer& l) { return l.recipe == type; })) << at;
        blocks += count;
      }
      EXPECT_EQ(blocks, request.model.arch.n_layer) << at;
    }
  }
}

TEST(Frontier, ALeanPointsSpecRebuildsTheFullFrontiersPlan) {
  for (const auto& [label, request] : lean_frontier_cases()) {
    const auto full = make_frontier(request).value();
    const auto lean = make_lean_frontier(request).value();
    ASSERT_EQ(lean.size(), full.size()) << label;
    for (std::size_t i = 0; i < lean.size(); ++i) {
      const std::string at = label + " point " + std::to_string(i);
      const auto rebuilt = evaluate_plan(request, lean[i].spec);
      ASSERT_TRUE(rebuilt.has_value()) << at << ": " << rebuilt.error().message;
      const Plan& plan = full[i].plan;
      const Plan& again = rebuilt.value();
      EXPECT_TRUE(again.feasible) << at;
      EXPECT_EQ(again.quality_proxy, plan.quality_proxy) << at;
      EXPECT_EQ(again.estimate.decode.tokens_per_second, plan.estimate.decode.tokens_per_second) << at;
      EXPECT_EQ(again.estimate.decode.low, plan.estimate.decode.low) << at;
      EXPECT_EQ(again.estimate.prefill.tokens_per_second, plan.estimate.prefill.tokens_per_second) << at;
      EXPECT_EQ(again.estimate.total(), plan.estimate.total()) << at;
      EXPECT_EQ(again.estimate.gpu_total(), plan.estimate.gpu_total()) << at;
      EXPECT_EQ(again.estimate.cpu.total(), plan.estimate.cpu.total()) << at;
      EXPECT_EQ(again.estimate.kv_k_bytes + again.estimate.kv_v_bytes, plan.estimate.kv_k_bytes + plan.estimate.kv_v_bytes) << at;
      EXPECT_EQ(again.file_bytes, plan.file_bytes) << at;
      EXPECT_EQ(again.workload_seconds, plan.workload_seconds) << at;
      EXPECT_EQ(again.fit, plan.fit) << at;
      EXPECT_EQ(again.usability, plan.usability) << at;
      EXPECT_EQ(again.headline, plan.headline) << at;
      EXPECT_EQ(again.tensor_overrides, plan.tensor_overrides) << at;
      EXPECT_EQ(again.notes, plan.notes) << at;
      EXPECT_EQ(again.gpu_blocks, plan.gpu_blocks) << at;
      EXPECT_EQ(again.cpu_blocks, plan.cpu_blocks) << at;
    }
  }
}

// The evaluator keeps the last architecture's recipes for the next request (planner_recipes.cpp):
// a model planned again after another, or with its own file's header, plans as if planned first.
TEST(Frontier, RecipesKeptBetweenRequestsChangeNothing) {
  auto request_for = [](const char* id) {
    PlanRequest request{find_model(id).value(), find_hardware("rtx4090").value(), default_plan_options(8192)};
    request.options.compare_baseline = true;
    return request;
  };
  const PlanRequest first = request_for("llama3.1-70b");
  const std::string plan = plan_result_json(first, make_plan(first).value()).value();
  const std::string lean = lean_frontier_json(make_lean_frontier(first).value()).value();
  for (const char* other : {"qwen3-30b-a3b", "llama3.1-70b", "gemma2-9b"}) {
    const PlanRequest between = request_for(other);
    ASSERT_TRUE(make_plan(between).has_value());
    EXPECT_EQ(plan_result_json(first, make_plan(first).value()).value(), plan) << "after " << other;
    EXPECT_EQ(lean_frontier_json(make_lean_frontier(first).value()).value(), lean) << "after " << other;
  }
  // The same architecture from an imported file: its own header is in every file size, not the predicted one.
  PlanRequest imported = first;
  imported.model.user_file = UserFile{"mine.gguf", "", FileType::kF16, 0, 12'345'678};
  const Plan own = make_plan(imported).value().plan;
  const Plan predicted = make_plan(first).value().plan;
  EXPECT_NE(own.file_bytes, predicted.file_bytes);
  EXPECT_EQ(plan_result_json(first, make_plan(first).value()).value(), plan);
}

TEST(Frontier, LeanFrontierNamesTheFieldOfBadInput) {
  PlanRequest request{find_model("llama3-8b").value(), find_hardware("rtx4090").value(), default_plan_options(4096)};
  request.options.context_tokens = 1000000;
  auto result = make_lean_frontier(request);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().field, "contextLength");
}

// place() takes its searches' answers from sums over blocks (GpuSums in planner_placement.cpp):
// the GPU of a layer split or an FFN / expert offload holds gpu_fixed_bytes() plus the weights and
// KV cache of exactly the blocks (and parts) it runs, whatever their number.
TEST(Placement, AGpusMemoryIsItsFixedBytesPlusItsBlocksOwn) {
  for (const char* id : {"llama3.1-70b", "qwen3-30b-a3b", "gemma3-12b", "gpt-oss-20b", "deepseek-v3", "llama4-scout"}) {
    const auto model = find_model(id).value();
    const auto& arch = model.arch;
    const auto tensors = model_tensors(arch);
    const auto layout = weights_layout(arch, tensors, file_type_assignment(arch, tensors, FileType::kQ4_K_M));
    for (const char* machine : {"rtx4090", "rtx3060-12g"}) {
      const auto hw = find_hardware(machine).value();
      for (const auto& [context, kv] : {std::pair{4096u, KvType::kF16}, std::pair{8192u, KvType::kQ8_0}}) {
        EstimateRequest request;
        request.context_tokens = context;
        request.kv.type_k = request.kv.type_v = kv;
        request.decode_depth_tokens = context / 2;
        const auto kv_bytes = kv_cache_bytes(arch, context, request.kv).layer_bytes;
        const int n = arch.n_layer;
        const std::string label = std::string(id) + " on " + machine + " at " + std::to_string(context);
        // Layer split: the last k blocks (1..n) on the GPU, the output layer on the CPU.
        Bytes blocks = gpu_fixed_bytes(arch, hw, request, true, false);
        for (int k = 1; k <= n; ++k) {
          const auto b = static_cast<std::size_t>(n - k);
          blocks += layout.blocks[b].attention.bytes + layout.blocks[b].ffn.bytes + kv_bytes[b];
          const LayerSplit split = layer_split(arch, hw, k);
          request.blocks = split.blocks;
          request.output_on_gpu = split.output_on_gpu;
          ASSERT_EQ(estimate(arch, layout, hw, request).gpus.at(0).total(), blocks) << label << ", -ngl " << k;
        }
        // Offload: every block's attention and KV cache and the output layer, the FFN of the last m blocks.
        Bytes offload = gpu_fixed_bytes(arch, hw, request, true, true) + layout.output.bytes;
        for (int b = 0; b < n; ++b)
          offload += layout.blocks[static_cast<std::size_t>(b)].attention.bytes + kv_bytes[static_cast<std::size_t>(b)];
        for (int m = 0; m <= n; ++m) {
          if (m > 0) offload += layout.blocks[static_cast<std::size_t>(n - m)].ffn.bytes;
          request.blocks.assign(static_cast<std::size_t>(n), {Tier::kGpu, Tier::kCpu, 0});
          for (int b = n - m; b < n; ++b) request.blocks[static_cast<std::size_t>(b)].ffn = Tier::kGpu;
          request.output_on_gpu = true;
          ASSERT_EQ(estimate(arch, layout, hw, request).gpus.at(0).total(), offload) << label << ", FFN of " << m << " blocks";
        }
      }
    }
  }
}

TEST(Planner, LargestContextThatStaysOnTheGpu) {
  const auto model = find_model("llama3.1-8b").value();
  const auto ctx = max_gpu_context(model, find_hardware("rtx4090").value(), FileType::kQ4_K_M, KvType::kF16);
  EXPECT_GT(ctx, 65536u);
  EXPECT_LE(ctx, 131072u);
  EXPECT_LT(max_gpu_context(model, find_hardware("rtx3050-4g").value(), FileType::kQ4_K_M, KvType::kF16), 8192u);
}

}  // namespace
}  // namespace fitplan

namespace fitplan {
namespace {

TEST(Planner, FastestPlanForAWorkloadCountsPrefillToo) {
  for (const char* hw : {"rtx4090", "rtx3060-12g", "cpu-32g"}) {
    PlanRequest request{find_model("llama3.1-8b").value(), find_hardware(hw).value(), {}};
    request.options.context_tokens = 8192;
    request.options.prompt_tokens = 4000;
    request.options.output_tokens = 200;
    const auto quality = make_plan(request).value().plan;
    request.options.objective = Objective::kWorkload;
    const auto fastest = make_plan(request).value().plan;
    ASSERT_TRUE(fastest.feasible) << hw;
    EXPECT_LE(fastest.workload_seconds, quality.workload_seconds + 1e-9) << hw;
    const double expected = 4000 / fastest.estimate.prefill.tokens_per_second + 200 / fastest.estimate.decode.tokens_per_second;
    EXPECT_NEAR(fastest.workload_seconds, expected, 1e-9);
    EXPECT_NE(fastest.notes.front().find("Fastest plan for the workload"), std::string::npos);
  }
}

TEST(Planner, ReportsTheLargestContextThatStaysOnTheGpu) {
  PlanRequest request{find_model("llama3.1-8b").value(), find_hardware("rtx4090").value(), {}};
  request.options.context_tokens = 8192;
  const auto plan = make_plan(request).value().plan;
  EXPECT_GE(plan.max_gpu_context_tokens, 8192u);
  EXPECT_EQ(plan.max_gpu_context_tokens, max_gpu_context(request.model, request.hardware, plan.head_recipe, plan.kv_type_k));
}

}  // namespace
}  // namespace fitplan

namespace fitplan {
namespace {

PlanSpec spec_of(const Plan& plan) {
  PlanSpec spec;
  spec.context_tokens = plan.context_tokens;
  spec.kv_type_k = plan.kv_type_k;
  spec.kv_type_v = plan.kv_type_v;
  spec.head_recipe = plan.head_recipe;
  spec.layers = plan.layers;
  spec.n_gpu_layers = plan.n_gpu_layers;
  spec.n_cpu_moe = plan.n_cpu_moe;
  spec.placement_kind = plan.placement_kind;
  return spec;
}

TEST(Planner, APlanRebuiltFromItsDecisionsHasTheSameFigures) {
  for (const char* model : {"llama3-70b", "qwen3-30b-a3b", "gemma2-9b"}) {
    for (const char* hw : {"rtx4090", "rtx4060-8g", "cpu-32g"}) {
      PlanRequest request{find_model(model).value(), find_hardware(hw).value(), {}};
      request.options.context_tokens = 8192;
      request.options.target_tokens_per_second = 3;
      const auto plan = make_plan(request).value().plan;
      if (!plan.feasible) continue;
      const auto rebuilt = evaluate_plan(request, spec_of(plan)).value();
      const std::string label = std::string(model) + " on " + hw;
      EXPECT_TRUE(rebuilt.feasible) << label;
      EXPECT_EQ(rebuilt.file_bytes, plan.file_bytes) << label;
      EXPECT_EQ(rebuilt.estimate.gpu_total(), plan.estimate.gpu_total()) << label;
      EXPECT_EQ(rebuilt.estimate.cpu.total(), plan.estimate.cpu.total()) << label;
      EXPECT_EQ(rebuilt.estimate.decode.tokens_per_second, plan.estimate.decode.tokens_per_second) << label;
      EXPECT_EQ(rebuilt.quality_proxy, plan.quality_proxy) << label;
    }
  }
}

TEST(Planner, RebuildingRejectsSpecsThatContradictTheModelOrHardware) {
  PlanRequest request{find_model("llama3-8b").value(), find_hardware("cpu-32g").value(), {}};
  request.options.context_tokens = 4096;
  auto plan = make_plan(request).value().plan;
  auto spec = spec_of(plan);
  spec.layers.pop_back();
  EXPECT_EQ(evaluate_plan(request, spec).error().field, "plan.layers");
  spec = spec_of(plan);
  spec.layers[3].attention_tier = Tier::kGpu;
  EXPECT_EQ(evaluate_plan(request, spec).error().field, "plan.layers");
}

}  // namespace
}  // namespace fitplan

namespace fitplan {
namespace {

// Regressions: bucket rounding once made Q2_K cost as much as Q3_K_S for 70B blocks, and the
// all-GPU search stepped its budget down in 3 % steps, leaving VRAM unused.
TEST(Planner, SmallestTypesStayReachableWhenMemoryIsTight) {
  PlanRequest request{find_model("llama3-70b").value(), find_hardware("cpu-32g").value(), {}};
  request.options.context_tokens = 2048;
  request.options.allow_disk = false;
  const auto plan = make_plan(request).value().plan;
  ASSERT_TRUE(plan.feasible) << "a ~2.7-bit 70B (about 24 GiB) fits in the 28.8 GiB usable";
  EXPECT_EQ(plan.disk_blocks, 0);
}

TEST(Planner, AllGpuPlansUseTheVramTheyHave) {
  PlanRequest request{find_model("llama3-8b").value(), find_hardware("rtx4060-8g").value(), {}};
  request.options.context_tokens = 8192;
  request.options.kv_policy = KvPolicy::kQ8_0;
  request.options.min_quant = FileType::kQ4_K_M;
  request.options.objective = Objective::kQuality;  // the most precise plan that fits: it fills the VRAM
  const auto plan = make_plan(request).value().plan;
  ASSERT_TRUE(plan.feasible);
  ASSERT_EQ(plan.placement_kind, PlacementKind::kAllGpu);
  // Within two knapsack buckets of full, or at the best precision there is.
  const Bytes used = plan.estimate.gpus[0].total();
  bool all_best = true;
  for (const auto& l : plan.layers) all_best = all_best && l.recipe == FileType::kF16;
  EXPECT_TRUE(all_best || used + 2 * plan.knapsack_bucket_bytes + 128 * kMiB >= plan.capacity.gpu_bytes_per_device)
      << "used " << to_gib(used) << " of " << to_gib(plan.capacity.gpu_bytes_per_device) << " GiB";
}

}  // namespace
}  // namespace fitplan
