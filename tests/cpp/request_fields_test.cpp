// The request-field table (fitplan/request_fields.hpp) and the enum tables (fitplan/enum_table.hpp):
// the one definition the binding, the TypeScript layer, the CLI, the page and the README read.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <string>

#include "fitplan/commands.hpp"
#include "fitplan/hardware.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/rank.hpp"
#include "fitplan/request_fields.hpp"

namespace fitplan {
namespace {

bool numeric(const RequestField& f) { return f.kind == FieldKind::kInteger || f.kind == FieldKind::kNumber || f.kind == FieldKind::kBytes; }

TEST(RequestFields, EveryFieldIsWellFormed) {
  std::set<std::string> seen;
  for (const auto& f : request_fields()) {
    const std::string where = std::string(to_string(f.group)) + "." + f.name;
    EXPECT_TRUE(seen.insert(where).second) << where << " is defined twice";
    EXPECT_FALSE(f.help.empty()) << where;
    if (numeric(f)) {
      EXPECT_LT(f.min, f.max) << where;
      if (!f.default_text.empty()) {
        const double value = std::strtod(f.default_text.c_str(), nullptr);
        EXPECT_TRUE(check_field(f, value, where)) << where << " default " << f.default_text << " is outside its own range";
      }
    }
    if (f.kind == FieldKind::kChoice || f.kind == FieldKind::kChoiceList) {
      EXPECT_FALSE(f.choices.empty()) << where;
      if (!f.default_text.empty()) EXPECT_NE(std::find(f.choices.begin(), f.choices.end(), f.default_text), f.choices.end()) << where;
    }
    EXPECT_EQ(f.kind == FieldKind::kBytes, !f.gib_name.empty()) << where << ": a memory size has a bytes and a GiB key";
    EXPECT_FALSE(f.required && !f.default_text.empty()) << where << ": a required field has no default";
  }
}

TEST(RequestFields, DefaultsAreTheRequestStructsOwn) {
  EXPECT_EQ(request_field(FieldGroup::kPlan, "promptTokens").default_text, std::to_string(PlanOptions{}.prompt_tokens));
  EXPECT_EQ(request_field(FieldGroup::kPlan, "kv").default_text, to_string(PlanOptions{}.kv_policy));
  EXPECT_EQ(request_field(FieldGroup::kPlan, "minQuant").default_text, file_type_info(PlanOptions{}.min_quant).name);
  EXPECT_EQ(request_field(FieldGroup::kCommands, "port").default_text, std::to_string(CommandOptions{}.port));
  EXPECT_EQ(request_field(FieldGroup::kRank, "order").default_text, to_string(RankModelsRequest{}.order));
  // The derived default of minContextLength: min(2048, context).
  EXPECT_EQ(default_plan_options(1024).min_context_tokens, 1024u);
  EXPECT_EQ(default_plan_options(8192).min_context_tokens, PlanOptions{}.min_context_tokens);
}

TEST(RequestFields, LookupsFindBothKeysOfAMemorySize) {
  EXPECT_EQ(&request_field(FieldGroup::kHardware, "vramGiB"), &request_field(FieldGroup::kHardware, "vramBytes"));
  EXPECT_EQ(find_request_field(FieldGroup::kPlan, "vramGiB"), nullptr);
  EXPECT_EQ(find_request_field(FieldGroup::kPlan, "nope"), nullptr);
}

TEST(RequestFields, CheckFieldSaysTheRangeAndUnit) {
  const RequestField& ram_bw = request_field(FieldGroup::kHardware, "ramBandwidthGBps");
  EXPECT_TRUE(check_field(ram_bw, 0.5, "x"));
  EXPECT_TRUE(check_field(ram_bw, 100000, "x"));
  const auto low = check_field(ram_bw, 0.2, "hardware.ramBandwidthGBps");
  ASSERT_FALSE(low);
  EXPECT_EQ(low.error().field, "hardware.ramBandwidthGBps");
  EXPECT_EQ(low.error().message, "'hardware.ramBandwidthGBps' is 0.2; allowed 0.5 to 100000 GB/s");
  EXPECT_FALSE(check_field(ram_bw, std::nan(""), "x"));

  const RequestField& tflops = request_field(FieldGroup::kHardware, "gpuTflops");  // 0 = not known
  EXPECT_TRUE(check_field(tflops, 0, "x"));
  EXPECT_FALSE(check_field(tflops, 0.05, "x"));
  EXPECT_EQ(allowed_range(tflops), "0 or 0.1 to 100000 TFLOPS");

  const RequestField& ram = request_field(FieldGroup::kHardware, "ramGiB");  // more than 0
  EXPECT_FALSE(check_field(ram, 0, "x"));
  EXPECT_EQ(allowed_range(ram), "more than 0 up to 65536 GiB");

  const RequestField& cores = request_field(FieldGroup::kHardware, "cpuCores");
  const auto fraction = check_field(cores, 2.5, "hardware.cpuCores");
  ASSERT_FALSE(fraction);
  EXPECT_EQ(fraction.error().code, ErrorCode::kInvalidArgument);
}

TEST(RequestFields, ValidateHardwareEnforcesTheTablesRanges) {
  Hardware hw = find_hardware("rtx4090").value();
  for (const auto& f : request_fields()) {
    if (f.group != FieldGroup::kHardware || f.name != "cpuCores") continue;
    hw.cpu_cores = static_cast<int>(f.max);
    EXPECT_TRUE(validate_hardware(hw));
    hw.cpu_cores = static_cast<int>(f.max) + 1;
    const auto refused = validate_hardware(hw);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "hardware.cpuCores");
    EXPECT_NE(refused.error().message.find(allowed_range(f)), std::string::npos) << refused.error().message;
  }
}

template <typename E, std::size_t N>
void expect_round_trip(const EnumTable<E, N>& table, Result<E> (*parse)(const std::string&)) {
  std::set<std::string> names;
  for (const auto& row : table) {
    EXPECT_TRUE(names.insert(row.name).second) << row.name << " twice";
    EXPECT_STREQ(to_string(row.value), row.name);
    ASSERT_TRUE(parse(row.name)) << row.name;
    EXPECT_EQ(parse(row.name).value(), row.value);
  }
  const auto unknown = parse("no-such-name");
  ASSERT_FALSE(unknown);
  for (const auto& row : table) EXPECT_NE(unknown.error().message.find(row.name), std::string::npos) << unknown.error().message;
}

TEST(EnumTables, EveryNameRoundTripsAndAnUnknownNameListsThemAll) {
  expect_round_trip(kBackendNames, &parse_backend);
  expect_round_trip(kArchFamilyNames, &parse_arch_family);
  expect_round_trip(kKvTypeNames, &parse_kv_type);
  expect_round_trip(kKvPolicyNames, &parse_kv_policy);
  expect_round_trip(kObjectiveNames, &parse_objective);
  expect_round_trip(kRankOrderNames, &parse_rank_order);
  expect_round_trip(kLlamaCppBuildNames, &parse_llama_cpp_build);
  for (const auto& row : kTierNames) EXPECT_STREQ(to_string(row.value), row.name);
  for (const auto& row : kFitNames) EXPECT_STREQ(to_string(row.value), row.name);
  for (const auto& row : kUsabilityNames) EXPECT_STREQ(to_string(row.value), row.name);
  for (const auto& row : kPlacementKindNames) EXPECT_STREQ(to_string(row.value), row.name);
  for (const auto& row : kErrorCodeNames) EXPECT_STREQ(to_string(row.value), row.name);
}

}  // namespace
}  // namespace fitplan
