#include "fitplan/validation.hpp"

namespace fitplan {

Result<bool> validate_context(const ModelArchitecture& arch, std::uint32_t context_tokens, const std::string& field) {
  if (context_tokens < 1) {
    return make_error(ErrorCode::kOutOfRange, field, "'" + field + "' must be at least 1 token");
  }
  if (context_tokens > static_cast<std::uint32_t>(arch.n_ctx_train)) {
    return make_error(ErrorCode::kOutOfRange, field,
                      "'" + field + "' is " + std::to_string(context_tokens) + " tokens but this model's maximum is " +
                          std::to_string(arch.n_ctx_train) + "; allowed 1 to " + std::to_string(arch.n_ctx_train));
  }
  return true;
}

Result<bool> validate_kv_types(const ModelArchitecture& arch, KvType type_k, KvType type_v, bool flash_attention) {
  if (is_quantized(type_v) && !flash_attention && !is_mla(arch)) {
    return make_error(ErrorCode::kInvalidArgument, "kvCacheTypeV",
                      std::string("a quantized V cache (") + to_string(type_v) +
                          ") requires flash attention in llama.cpp; use f16/bf16/f32 for V or enable flash attention");
  }
  if (is_mla(arch) && type_k != type_v) {
    return make_error(ErrorCode::kInvalidArgument, "kvCacheTypeV", "MLA models (DeepSeek) need the same K and V cache type in llama.cpp");
  }
  if (flash_attention) {
    const int k_dim = is_mla(arch) ? arch.kv_lora_rank + arch.qk_rope_head_dim : arch.head_dim_k;
    const int block = type_info(kv_ggml_type(type_k)).block_elements;
    if (k_dim % block != 0) {
      return make_error(ErrorCode::kInvalidArgument, "kvCacheTypeK",
                        std::string("KV type ") + to_string(type_k) + " needs a head dimension divisible by " + std::to_string(block) +
                            "; this model's is " + std::to_string(k_dim));
    }
  }
  return true;
}

}  // namespace fitplan
