#include "fitplan/model.hpp"

#include <algorithm>

#include "fitplan/tensors.hpp"
#include "fitplan/text.hpp"

namespace fitplan {

const std::vector<ArchitectureIntField>& architecture_int_fields() {
  using A = ModelArchitecture;
  static const std::vector<ArchitectureIntField> kFields = {
      {"nLayer", &A::n_layer, 1, 1024, true},
      {"nEmbd", &A::n_embd, 1, 1 << 17, true},
      {"nHead", &A::n_head, 1, 4096, true},
      {"nHeadKv", &A::n_head_kv, 1, 4096, false},
      {"headDimK", &A::head_dim_k, 1, 4096, false},
      {"headDimV", &A::head_dim_v, 1, 4096, false},
      {"nFf", &A::n_ff, 0, 1 << 20, false},
      {"nVocab", &A::n_vocab, 1, 1 << 23, true},
      {"nExpert", &A::n_expert, 0, 4096, false},
      {"nExpertUsed", &A::n_expert_used, 0, 4096, false},
      {"nFfExp", &A::n_ff_exp, 0, 1 << 20, false},
      {"nExpertShared", &A::n_expert_shared, 0, 64, false},
      {"nFfShexp", &A::n_ff_shexp, 0, 1 << 20, false},
      {"nLeadingDense", &A::n_leading_dense, 0, 1024, false},
      {"moeLayerStep", &A::moe_layer_step, 0, 1024, false},
      {"nLayerNextn", &A::n_layer_nextn, 0, 64, false},
      {"slidingWindow", &A::sliding_window, 0, 1 << 24, false},
      {"swaPattern", &A::swa_pattern, 0, 1024, false},
      {"qLoraRank", &A::q_lora_rank, 0, 1 << 16, false},
      {"kvLoraRank", &A::kv_lora_rank, 0, 1 << 16, false},
      {"qkRopeHeadDim", &A::qk_rope_head_dim, 0, 4096, false},
      {"qkNopeHeadDim", &A::qk_nope_head_dim, 0, 4096, false},
      {"nCtxTrain", &A::n_ctx_train, 1, 1 << 24, true},
  };
  return kFields;
}

const std::vector<ArchitectureFlagField>& architecture_flag_fields() {
  using A = ModelArchitecture;
  static const std::vector<ArchitectureFlagField> kFields = {
      {"gatedFfn", &A::gated_ffn},        {"tiedEmbeddings", &A::tied_embeddings},
      {"attnQkvBias", &A::attn_qkv_bias}, {"attnOutputBias", &A::attn_output_bias},
      {"ffnBias", &A::ffn_bias},          {"ropeFreqs", &A::rope_freqs},
      {"attnQkNorm", &A::attn_qk_norm},
  };
  return kFields;
}

bool is_moe(const ModelArchitecture& arch) noexcept { return arch.n_expert > 1; }
bool is_mla(const ModelArchitecture& arch) noexcept { return arch.kv_lora_rank > 0; }

bool is_moe_layer(const ModelArchitecture& arch, int layer) noexcept {
  if (!is_moe(arch) || layer < arch.n_leading_dense) return false;
  // llama.cpp llama4: is_moe_layer = (il + 1) % n_moe_layer_step == 0.
  return arch.moe_layer_step <= 1 || (layer + 1) % arch.moe_layer_step == 0;
}

bool is_nextn_layer(const ModelArchitecture& arch, int layer) noexcept {
  return arch.n_layer_nextn > 0 && layer >= arch.n_layer - arch.n_layer_nextn && layer < arch.n_layer;
}

bool is_swa_layer(const ModelArchitecture& arch, int layer) noexcept {
  if (arch.sliding_window <= 0 || arch.swa_pattern <= 1) return false;
  return layer % arch.swa_pattern < arch.swa_pattern - 1;
}

namespace {

// Parameters (and KV cache elements at the longest context) a model may have: 4 bytes each stays
// within 2^52 bytes, below JavaScript's exact-integer limit.
constexpr std::uint64_t kMaxParams = 1ull << 50;

// Whether the model is certainly within kMaxParams, without walking its tensors: no matrix is
// larger than W x W (W: the widest dimension) and a block has at most 12 + 3 per expert (routed,
// shared, dense FFN) of them; the embeddings (and an MTP block's own) are W x n_vocab.
bool params_within_limit(const ModelArchitecture& a) {
  using U = std::uint64_t;
  const U heads = static_cast<U>(std::max(a.n_head, a.n_head_kv));
  const U head_dim = static_cast<U>(std::max({a.head_dim_k, a.head_dim_v, a.qk_nope_head_dim + a.qk_rope_head_dim}));
  const U width = std::max<U>({static_cast<U>(a.n_embd), static_cast<U>(a.n_ff), static_cast<U>(a.n_ff_exp), static_cast<U>(a.n_ff_shexp),
                               heads * head_dim, static_cast<U>(a.q_lora_rank), static_cast<U>(a.kv_lora_rank)});
  const U matrices = 12 + 3 * (static_cast<U>(a.n_expert) + static_cast<U>(a.n_expert_shared) + 1);
  const U blocks = static_cast<U>(a.n_layer);  // MTP blocks are among them
  // width <= 2^25 (heads x head dimension), so width^2 fits; the products are checked before they
  // could pass 2^64.
  const U square = width * width;
  if (square > kMaxParams || matrices > kMaxParams / square) return false;
  const U per_block = matrices * square;  // <= kMaxParams; x 1024 blocks < 2^61
  const U embeddings = (2 + static_cast<U>(a.n_layer_nextn)) * width * static_cast<U>(a.n_vocab);
  return per_block * blocks + embeddings <= kMaxParams;
}

Error field_error(const std::string& field, const std::string& message) {
  return make_error(ErrorCode::kOutOfRange, "model." + field, message);
}

}  // namespace

Result<bool> validate_architecture(const ModelArchitecture& a) {
  for (const auto& f : architecture_int_fields()) {
    const int value = a.*f.member;
    if (value < f.min || value > f.max) {
      return field_error(f.name, std::string("'") + f.name + "' is " + std::to_string(value) + "; allowed " + std::to_string(f.min) +
                                     " to " + std::to_string(f.max));
    }
  }
  if (a.n_head % a.n_head_kv != 0) {
    return field_error("nHeadKv", "'nHeadKv' (" + std::to_string(a.n_head_kv) + ") must divide 'nHead' (" + std::to_string(a.n_head) + ")");
  }
  if (is_moe(a)) {
    if (a.n_expert_used < 1 || a.n_expert_used > a.n_expert) {
      return field_error("nExpertUsed", "'nExpertUsed' must be between 1 and 'nExpert' (" + std::to_string(a.n_expert) + ")");
    }
    if (a.n_ff_exp < 1) return field_error("nFfExp", "'nFfExp' must be positive for a mixture-of-experts model");
    if (a.n_leading_dense >= a.n_layer) return field_error("nLeadingDense", "'nLeadingDense' must be below 'nLayer'");
    if (a.moe_layer_step > a.n_layer) {
      return field_error("moeLayerStep", "'moeLayerStep' must not exceed 'nLayer'");
    }
    if (a.n_expert_shared > 0 && a.n_ff_shexp < 1) {
      return field_error("nFfShexp", "'nFfShexp' must be positive when there are shared experts");
    }
  } else if (a.n_ff < 1) {
    return field_error("nFf", "'nFf' must be positive for a dense model");
  }
  if (is_moe(a) && (a.n_leading_dense > 0 || a.moe_layer_step > 1) && a.n_ff < 1) {
    return field_error("nFf", "'nFf' must be positive when there are dense blocks");
  }
  if (a.n_layer_nextn >= a.n_layer) return field_error("nLayerNextn", "'nLayerNextn' must be below 'nLayer'");
  if (a.sliding_window > 0 && a.swa_pattern < 2) {
    return field_error("swaPattern", "'swaPattern' must be at least 2 when 'slidingWindow' is set");
  }
  if (is_mla(a) && (a.qk_rope_head_dim < 1 || a.qk_nope_head_dim < 1)) {
    return field_error("qkRopeHeadDim", "MLA models need positive 'qkRopeHeadDim' and 'qkNopeHeadDim'");
  }
  // Within every field's range a model can still be too large to count in bytes exactly (plans
  // cross into JavaScript, where integers are exact up to 2^53): the weights at 32 bits and the
  // cache of the longest context at 32 bits must stay within 2^52 bytes (4 PiB). The largest real
  // models are ~2^40 parameters.
  const std::uint64_t params = params_within_limit(a) ? 0 : param_counts(a).total;
  if (params > kMaxParams) {
    return make_error(ErrorCode::kOutOfRange, "model",
                      "the model has " + std::to_string(params) + " parameters; the limit is 2^50 (" + std::to_string(kMaxParams) +
                          "): lower 'nLayer', 'nEmbd', 'nFf' / 'nFfExp', 'nExpert' or 'nVocab'");
  }
  const std::uint64_t kv_width = is_mla(a)
                                     ? static_cast<std::uint64_t>(a.kv_lora_rank + a.qk_rope_head_dim)
                                     : static_cast<std::uint64_t>(a.n_head_kv) * static_cast<std::uint64_t>(a.head_dim_k + a.head_dim_v);
  const std::uint64_t kv_elements = kv_width * static_cast<std::uint64_t>(a.n_layer) * static_cast<std::uint64_t>(a.n_ctx_train);
  if (kv_elements > kMaxParams) {
    return make_error(ErrorCode::kOutOfRange, "model",
                      "the KV cache of 'nCtxTrain' (" + std::to_string(a.n_ctx_train) + ") tokens has " + std::to_string(kv_elements) +
                          " elements; the limit is 2^50: lower 'nCtxTrain', 'nLayer', 'nHeadKv' or the head dimensions");
  }
  return true;
}

std::uint64_t total_params(const ModelArchitecture& arch) { return param_counts(arch).total; }

std::uint64_t active_params(const ModelArchitecture& arch) { return param_counts(arch).active; }

ParamCounts param_counts(const ModelArchitecture& arch) {
  ParamCounts counts;
  double active = 0;
  for (const auto& tensor : model_tensor_shapes(arch)) {
    const std::uint64_t elements = element_count(tensor);
    counts.total += elements;
    const double count = static_cast<double>(elements);
    if (tensor.name == "token_embd.weight" && !arch.tied_embeddings) continue;  // a row lookup
    if (tensor.block >= 0 && is_nextn_layer(arch, tensor.block)) continue;    // in the file, never run
    if (tensor.routed_expert) {
      active += count * arch.n_expert_used / arch.n_expert;
      continue;
    }
    active += count;
  }
  counts.active = static_cast<std::uint64_t>(active);
  return counts;
}

Result<ModelPreset> find_model(const std::string& id) {
  if (id.size() > kMaxIdLength) return make_error(ErrorCode::kUnknownId, "model", id_too_long("model", id.size()));
  std::vector<std::string> ids;
  for (const auto& preset : model_catalog()) {
    if (preset.id == id) return preset;
    ids.push_back(preset.id);
  }
  return make_error(ErrorCode::kUnknownId, "model",
                    "unknown model id '" + id + "'; closest: " + join(closest(id, ids), ", ") + " (list them all with 'fitplan models')");
}

}  // namespace fitplan
