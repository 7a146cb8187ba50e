// The request's validation: the model, the hardware and every PlanOptions field within range.
#include <string>
#include <utility>

#include "fitplan/planner.hpp"
#include "fitplan/request_fields.hpp"
#include "fitplan/text.hpp"
#include "fitplan/validation.hpp"
#include "planner_internal.hpp"

namespace fitplan::planner_internal {

Result<bool> validate_request(const PlanRequest& request) {
  if (auto ok = validate_architecture(request.model.arch); !ok) return ok.error();
  if (auto ok = validate_hardware(request.hardware); !ok) return ok.error();
  const auto& o = request.options;
  if (auto ok = validate_context(request.model.arch, o.context_tokens, "contextLength"); !ok) return ok.error();
  if (o.min_context_tokens < 1 || o.min_context_tokens > o.context_tokens) {
    return make_error(ErrorCode::kOutOfRange, "minContextLength",
                      "'minContextLength' must be between 1 and the context length (" + std::to_string(o.context_tokens) + ")");
  }
  // Every number's range is the request-field table's (fitplan/request_fields.hpp).
  const std::pair<const char*, double> numbers[] = {
      {"targetTps", o.target_tokens_per_second}, {"outputTokens", o.output_tokens},         {"promptTokens", o.prompt_tokens},
      {"slowTps", o.slow_tokens_per_second},     {"usableTps", o.usable_tokens_per_second}, {"maxQualityLoss", o.max_quality_loss_percent},
  };
  for (const auto& [name, value] : numbers) {
    if (auto ok = check_field(request_field(FieldGroup::kPlan, name), value, name); !ok) return ok.error();
  }
  if (!(o.usable_tokens_per_second > o.slow_tokens_per_second)) {
    // Blame the threshold the caller moved: a raised slowTps, else usableTps.
    const bool slow_moved = o.slow_tokens_per_second != PlanOptions{}.slow_tokens_per_second;
    const std::string values = "'slowTps' is " + format_fixed(o.slow_tokens_per_second, 2) + " and 'usableTps' " +
                               format_fixed(o.usable_tokens_per_second, 2) + " tok/s";
    return make_error(ErrorCode::kOutOfRange, slow_moved ? "slowTps" : "usableTps",
                      slow_moved ? "'slowTps' must be below 'usableTps' (the verdict grades need 0 < slowTps < usableTps); " + values
                                 : "'usableTps' must be above 'slowTps' (the verdict grades need 0 < slowTps < usableTps); " + values);
  }
  if (!o.block_sensitivity.empty()) {
    if (o.block_sensitivity.size() != static_cast<std::size_t>(request.model.arch.n_layer)) {
      return make_error(ErrorCode::kInvalidArgument, "blockSensitivity",
                        "'blockSensitivity' needs one value per block (" + std::to_string(request.model.arch.n_layer) + ")");
    }
    const RequestField& sensitivity = request_field(FieldGroup::kPlan, "blockSensitivity");
    for (double v : o.block_sensitivity) {
      if (auto ok = check_field(sensitivity, v, "blockSensitivity"); !ok) return ok.error();
    }
  }
  if (o.knapsack_buckets < kMinKnapsackBuckets || o.knapsack_buckets > kMaxKnapsackBuckets) {
    return make_error(ErrorCode::kOutOfRange, "knapsackBuckets",
                      "'knapsackBuckets' must be between " + std::to_string(kMinKnapsackBuckets) + " and " +
                          std::to_string(kMaxKnapsackBuckets));
  }
  return true;
}

}  // namespace fitplan::planner_internal
