// Hostile input (issue #16): each case ends in an error naming its field, or in a correct result.
#include <gtest/gtest.h>

#include <cmath>

#include "fitplan/commands.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/tensors.hpp"
#include "fitplan/text.hpp"

namespace fitplan {
namespace {

PlanRequest request_for(const char* model, Hardware hw) {
  PlanRequest request{find_model(model).value(), std::move(hw), {}};
  request.options.context_tokens = 4096;
  request.options.min_context_tokens = 2048;
  return request;
}

Hardware custom_gpu() {
  Hardware hw = find_hardware("rtx4060-8g").value();
  hw.id = "custom";
  return hw;
}

TEST(Hostile, TinyRatesAreRefusedNotInfinite) {
  for (double tflops : {1e-320, 0.05}) {
    Hardware hw = custom_gpu();
    hw.gpu_fp16_tflops = tflops;
    const auto result = make_plan(request_for("llama3-8b", hw));
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().field, "hardware.gpuTflops");
  }
  Hardware hw = custom_gpu();
  hw.pcie_bandwidth_gb_per_s = 1e-320;
  const auto pcie = make_plan(request_for("llama3-70b", hw));
  ASSERT_FALSE(pcie.has_value());
  EXPECT_EQ(pcie.error().field, "hardware.pcieBandwidthGBps");
  hw.pcie_bandwidth_gb_per_s = 0;  // not known: still a finite plan
  const auto unknown = make_plan(request_for("llama3-70b", hw));
  ASSERT_TRUE(unknown.has_value()) << unknown.error().message;
  EXPECT_TRUE(std::isfinite(unknown.value().plan.estimate.time_to_first_token_s));
}

TEST(Hostile, VramWithoutAGpuIsRefused) {
  Hardware hw = find_hardware("cpu-2c-24g").value();
  hw.vram_bytes = 8 * kGiB;  // --vram 8 --gpus 0
  const auto result = validate_hardware(hw);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().field, "hardware.gpuCount");
}

TEST(Hostile, VerdictThresholdsBlameTheOneThatMoved) {
  PlanRequest request = request_for("llama3-8b", find_hardware("rtx4090").value());
  request.options.slow_tokens_per_second = 16;  // --slow-tps 16 with the default usable 8
  auto result = make_plan(request);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().field, "slowTps");
  request.options.slow_tokens_per_second = PlanOptions{}.slow_tokens_per_second;
  request.options.usable_tokens_per_second = 1;  // --usable-tps 1 with the default slow 2
  result = make_plan(request);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().field, "usableTps");
}

TEST(Hostile, TensorTablesWithTwinNamesOrOverflowingShapesAreRefused) {
  const auto arch = find_model("qwen2.5-0.5b").value().arch;
  auto tensors = model_tensors(arch);
  std::vector<GgmlType> types(tensors.size(), GgmlType::kF16);
  for (std::size_t i = 0; i < tensors.size(); ++i) types[i] = tensors[i].source_type;
  ASSERT_TRUE(validate_tensor_table(arch, tensors, types).has_value());

  auto twins = tensors;
  twins.push_back(tensors.front());
  auto twin_types = types;
  twin_types.push_back(types.front());
  const auto twin = validate_tensor_table(arch, twins, twin_types);
  ASSERT_FALSE(twin.has_value());
  EXPECT_NE(twin.error().message.find("appears twice"), std::string::npos);

  auto huge = tensors;
  huge.push_back(tensor_spec_from_gguf("blk.0.extra.weight", {1ull << 40, 1ull << 30, 1ull << 20}, GgmlType::kF32));
  auto huge_types = types;
  huge_types.push_back(GgmlType::kF32);
  const auto overflow = validate_tensor_table(arch, huge, huge_types);
  ASSERT_FALSE(overflow.has_value());
  EXPECT_NE(overflow.error().message.find("2^48"), std::string::npos);
}

TEST(Hostile, NonAsciiReachesPythonAsItsCharacters) {
  PlanRequest request = request_for("llama3-8b", find_hardware("rtx4090").value());
  const auto plan = make_plan(request).value().plan;
  CommandOptions options;
  options.hf_repo = "org/модель-\xff";  // Cyrillic, then a byte that is not UTF-8
  const auto commands = make_commands(request.model, request.hardware, plan, options);
  ASSERT_TRUE(commands.has_value()) << commands.error().message;
  EXPECT_NE(commands.value().transformers.text.find("model_id = \"org/\\u043c\\u043e\\u0434\\u0435\\u043b\\u044c-\\ufffd\""),
            std::string::npos)
      << commands.value().transformers.text;
}

// Within every field's range a model can be too large to count in bytes exactly (issue #16 item 2:
// "internal error: a byte count above 2^53"): refused naming the model, before any plan.
TEST(Hostile, ModelsTooLargeToCountAreRefusedByName) {
  ModelArchitecture a = find_model("llama3-8b").value().arch;
  a.n_layer = 1024;
  a.n_embd = 1 << 17;
  a.n_ff = 1 << 20;
  a.n_head = 1024;
  a.n_head_kv = 1024;
  a.head_dim_k = a.head_dim_v = 128;
  a.n_expert = 4096;
  a.n_expert_used = 8;
  a.n_ff_exp = 1 << 20;
  const auto too_big = validate_architecture(a);
  ASSERT_FALSE(too_big.has_value());
  EXPECT_EQ(too_big.error().field, "model");
  EXPECT_NE(too_big.error().message.find("parameters; the limit is 2^50"), std::string::npos) << too_big.error().message;

  ModelArchitecture long_cache = find_model("llama3-8b").value().arch;
  long_cache.n_layer = 1024;
  long_cache.n_head = long_cache.n_head_kv = 4096;
  long_cache.head_dim_k = long_cache.head_dim_v = 4096;
  long_cache.n_embd = 4096;
  long_cache.n_ctx_train = 1 << 24;
  const auto cache = validate_architecture(long_cache);
  ASSERT_FALSE(cache.has_value());
  EXPECT_EQ(cache.error().field, "model");

  // Every catalog model stays inside both limits, and the exact count agrees with the quick bound.
  for (const auto& model : model_catalog()) EXPECT_TRUE(validate_architecture(model.arch).has_value()) << model.id;
}

// Issue #16 item 4: a 10-million-character id took 85 s to reject (edit distance against every
// preset). Refused by its length before any matching, without echoing it.
TEST(Hostile, HugeIdsAreRefusedByTheirLength) {
  const std::string huge(10'000'000, 'x');
  const auto hardware = find_hardware(huge);
  ASSERT_FALSE(hardware.has_value());
  EXPECT_EQ(hardware.error().field, "hardware");
  EXPECT_EQ(hardware.error().message, "the hardware id is 10000000 characters long; ids are at most 128");
  const auto model = find_model(huge);
  ASSERT_FALSE(model.has_value());
  EXPECT_EQ(model.error().field, "model");
  EXPECT_LT(model.error().message.size(), 200u);
  // At the limit the id is still looked up (and suggestions are made).
  const auto at_limit = find_hardware(std::string(kMaxIdLength, 'r'));
  ASSERT_FALSE(at_limit.has_value());
  EXPECT_NE(at_limit.error().message.find("closest:"), std::string::npos);
}

}  // namespace
}  // namespace fitplan
