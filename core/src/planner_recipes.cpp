// Block recipes: the file-type ladder the knapsack chooses from, each recipe's bytes per block and
// its layout, and the blocks' penalty weights (default_block_sensitivity).
#include <algorithm>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

#include "fitplan/calibration.hpp"
#include "fitplan/quantizer.hpp"
#include "planner_internal.hpp"

namespace fitplan {

std::vector<double> default_block_sensitivity(int n_layer) {
  // U-shaped: 1 + (2x - 1)^2 over the depth x in [0, 1], normalised to mean 1. The first and last
  // blocks weigh twice the middle ones (the same intuition as llama.cpp's use_more_bits, which
  // gives the first and last eighth more bits).
  std::vector<double> s(static_cast<std::size_t>(n_layer), 1.0);
  if (n_layer <= 1) return s;
  double sum = 0;
  for (int i = 0; i < n_layer; ++i) {
    const double x = static_cast<double>(i) / (n_layer - 1);
    s[static_cast<std::size_t>(i)] = 1.0 + (2 * x - 1) * (2 * x - 1);
    sum += s[static_cast<std::size_t>(i)];
  }
  for (auto& v : s) v *= n_layer / sum;
  return s;
}

}  // namespace fitplan

namespace fitplan {

std::vector<FileType> plan_ladder() { return {std::begin(planner_internal::kLadder), std::end(planner_internal::kLadder)}; }

}  // namespace fitplan

namespace fitplan::planner_internal {

KvType kv_type_of(KvPolicy policy) {
  switch (policy) {
    case KvPolicy::kQ8_0: return KvType::kQ8_0;
    case KvPolicy::kQ4_0: return KvType::kQ4_0;
    default: return KvType::kF16;
  }
}

double kv_penalty(KvType k, KvType v) {
  return calibration::kKvKeyShare * kv_rel_ppl_percent(k) + (1 - calibration::kKvKeyShare) * kv_rel_ppl_percent(v);
}

PlanEvaluator::PlanEvaluator(const PlanRequest& request)
    : requested_target_(request.options.target_tokens_per_second), model_(request.model), arch_(request.model.arch), hw_(request.hardware),
      options_(request.options), capacity_(usable_capacity(hw_)), header_bytes_(0) {
  // An imported file's own header: the mix llama-quantize writes from it keeps its metadata.
  const Bytes user_header = model_.user_file ? model_.user_file->header_bytes : 0;
  tensors_ = std::make_shared<const std::vector<TensorSpec>>(model_tensors(arch_));
  header_bytes_ = user_header > 0 ? user_header : gguf_header_bytes(arch_, *tensors_);
  const double floor_penalty = file_type_info(options_.min_quant).rel_ppl_percent;
  std::vector<FileType> ladder(std::begin(kLadder), std::end(kLadder));
  // gpt-oss's own release format (MXFP4 experts), between Q5_K_M and Q6_K.
  if (arch_.family == ArchFamily::kGptOss) ladder.insert(ladder.end() - 3, FileType::kMXFP4_MOE);
  std::vector<FileType> allowed;
  for (FileType type : ladder) {
    if (file_type_info(type).rel_ppl_percent <= floor_penalty + 1e-9) allowed.push_back(type);
  }
  // The published files' other types are planned too (published_choice): their recipes are
  // assigned in the same pass, after the ladder's, and are not knapsack options.
  const std::size_t ladder_count = allowed.size();
  for (const auto& repo : model_.published) {
    for (const auto& file : repo.files) {
      if (std::find(allowed.begin(), allowed.end(), file.file_type) != allowed.end()) continue;
      if (file_type_info(file.file_type).rel_ppl_percent > floor_penalty + 1e-9) continue;
      allowed.push_back(file.file_type);
    }
  }
  recipes_ = recipes_of(allowed);
  const std::vector<double> sensitivity = options_.block_sensitivity.empty() ? default_block_sensitivity(arch_.n_layer)
                                                                             : options_.block_sensitivity;
  // Share of each block in the model's parameters, times its sensitivity.
  double total = 0;
  std::vector<double> params(static_cast<std::size_t>(arch_.n_layer));
  for (int b = 0; b < arch_.n_layer; ++b) {
    params[static_cast<std::size_t>(b)] = static_cast<double>(block_bytes(static_cast<int>(ladder_count - 1), b));
    total += params[static_cast<std::size_t>(b)];
  }
  weight_.resize(params.size());
  for (std::size_t b = 0; b < params.size(); ++b) weight_[b] = params[b] / total * sensitivity[b];
  set_block_options(ladder_count);
}

int PlanEvaluator::recipe_index(FileType type) {
  for (std::size_t i = 0; i < recipes_.size(); ++i) {
    if (recipes_[i].type == type) return static_cast<int>(i);
  }
  recipes_.push_back(std::move(recipes_of({type}).front()));
  return static_cast<int>(recipes_.size() - 1);
}

std::vector<Recipe> PlanEvaluator::recipes_of(const std::vector<FileType>& types) const {
  auto assignments = file_type_assignments(arch_, *tensors_, types);
  std::vector<Recipe> recipes;
  recipes.reserve(types.size());
  for (std::size_t i = 0; i < types.size(); ++i) recipes.push_back(build_recipe(types[i], std::move(assignments[i])));
  return recipes;
}

Recipe PlanEvaluator::build_recipe(FileType type, std::vector<GgmlType> types) const {
  Recipe r;
  r.type = type;
  r.types = std::move(types);
  r.block_bytes.assign(static_cast<std::size_t>(arch_.n_layer), 0);
  r.block_file_bytes.assign(static_cast<std::size_t>(arch_.n_layer), 0);
  const std::vector<TensorSpec>& tensors = *tensors_;
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    const Bytes bytes = tensor_bytes(tensors[i], r.types[i]);
    const Bytes file_bytes = pad_to(bytes, calibration::kGgufAlignment);  // gguf_tensor_data_bytes()
    if (tensors[i].block >= 0) {
      r.block_bytes[static_cast<std::size_t>(tensors[i].block)] += bytes;
      r.block_file_bytes[static_cast<std::size_t>(tensors[i].block)] += file_bytes;
    } else {
      r.head_file_bytes += file_bytes;
    }
  }
  r.penalty = file_type_info(type).rel_ppl_percent;
  return r;
}

const WeightsLayout& PlanEvaluator::layout_of(int recipe) const {
  const Recipe& r = recipes_[static_cast<std::size_t>(recipe)];
  if (!r.layout) {
    r.layout = weights_layout(arch_, *tensors_, r.types, header_bytes_);
  }
  return *r.layout;
}

int PlanEvaluator::head_recipe_for(const std::vector<int>& choice) const {
  std::vector<int> counts(recipes_.size(), 0);
  for (int c : choice) ++counts[static_cast<std::size_t>(c)];
  int best = choice.empty() ? 0 : choice.front();
  for (std::size_t c = 0; c < counts.size(); ++c) {
    const int n = counts[c], at_best = counts[static_cast<std::size_t>(best)];
    if (n > 0 && (n > at_best || (n == at_best && static_cast<int>(c) > best))) best = static_cast<int>(c);
  }
  return best;
}

WeightsLayout PlanEvaluator::layout_for(const std::vector<int>& choice, int head) const {
  WeightsLayout layout = layout_of(head);
  layout.file_bytes = recipes_[static_cast<std::size_t>(head)].head_file_bytes + header_bytes_;
  for (std::size_t b = 0; b < choice.size(); ++b) {
    const auto& recipe = recipes_[static_cast<std::size_t>(choice[b])];
    if (choice[b] != head) layout.blocks[b] = layout_of(choice[b]).blocks[b];
    layout.file_bytes += recipe.block_file_bytes[b];
  }
  return layout;
}

double PlanEvaluator::choice_penalty(const std::vector<int>& choice) const {
  double penalty = 0;
  for (std::size_t b = 0; b < choice.size(); ++b) penalty += weight_[b] * recipes_[static_cast<std::size_t>(choice[b])].penalty;
  return penalty;
}

}  // namespace fitplan::planner_internal
