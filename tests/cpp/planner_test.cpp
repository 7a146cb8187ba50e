#include <gtest/gtest.h>

#include "fitplan/estimator.hpp"
#include "fitplan/placement.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/quantizer.hpp"

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
