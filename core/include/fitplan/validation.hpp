#pragma once
// Request validation shared by analyze, plan and frontier. Errors name the field.
#include <cstdint>
#include <string>

#include "fitplan/model.hpp"
#include "fitplan/quant.hpp"

namespace fitplan {

// 1 <= context <= the model's maximum (n_ctx_train).
Result<bool> validate_context(const ModelArchitecture& arch, std::uint32_t context_tokens, const std::string& field);
// llama.cpp rules: a quantized V cache needs flash attention; with flash attention the head
// dimension must be a multiple of the KV type's block size; MLA needs K type == V type.
Result<bool> validate_kv_types(const ModelArchitecture& arch, KvType type_k, KvType type_v, bool flash_attention);

}  // namespace fitplan
