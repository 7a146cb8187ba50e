#include "fitplan/tensors.hpp"

#include <algorithm>
#include <string_view>

namespace fitplan {

// Tensor sets follow llama.cpp's per-architecture loaders (src/llama-model.cpp, LLM_TENSOR_NAMES in
// src/llama-arch.cpp) and the converter (convert_hf_to_gguf.py): 1-D tensors and the MoE router
// (ffn_gate_inp) are written as F32, every other matrix as F16 in an unquantized conversion.

std::uint64_t element_count(const TensorSpec& tensor) { return tensor.ne[0] * tensor.ne[1] * tensor.ne[2]; }

Bytes tensor_bytes(const TensorSpec& tensor, GgmlType type) { return row_bytes(type, tensor.ne[0]) * tensor.ne[1] * tensor.ne[2]; }

namespace {

using U = std::uint64_t;

class TensorListBuilder {
 public:
  // `block_names`: false leaves the block tensors unnamed and the list in build order.
  explicit TensorListBuilder(bool block_names) : block_names_(block_names) {}

  void weight(int block, TensorPart part, const std::string& name, U ne0, U ne1, U ne2 = 1, bool routed_expert = false) {
    TensorSpec spec;
    if (block_names_ || block < 0) {
      spec.name = prefix(block);
      spec.name.reserve(spec.name.size() + name.size() + 7);
      spec.name += name;
      spec.name += ".weight";
    }
    spec.block = block;
    spec.part = part;
    spec.ne = {ne0, ne1, ne2};
    spec.n_dims = ne2 > 1 ? 3 : 2;
    spec.routed_expert = routed_expert;
    // tensor_allows_quantization: 2-D+, name ends in "weight", not a norm, not the MoE router.
    spec.quantizable = name.find("_norm") == std::string::npos && name != "ffn_gate_inp";
    spec.source_type = name == "ffn_gate_inp" ? GgmlType::kF32 : GgmlType::kF16;
    tensors_.push_back(spec);
  }
  // 1-D (or 2-D bias) tensors kept in F32: norms, biases, sinks, rope factors.
  void vector(int block, TensorPart part, const std::string& full_suffix, U ne0, U ne1 = 1, bool routed_expert = false) {
    TensorSpec spec;
    spec.routed_expert = routed_expert;
    if (block_names_ || block < 0) spec.name = prefix(block) + full_suffix;
    spec.block = block;
    spec.part = part;
    spec.ne = {ne0, ne1, 1};
    spec.n_dims = ne1 > 1 ? 2 : 1;
    spec.quantizable = false;
    spec.source_type = GgmlType::kF32;
    tensors_.push_back(spec);
  }
  std::vector<TensorSpec> take() {
    if (!block_names_) return std::move(tensors_);
    // llama.cpp's weight_name_comparer: by block number (non-block first), then by name. The
    // builders add blocks in order, so sorting each block's run by name is the whole sort.
    auto by_block = [](const TensorSpec& a, const TensorSpec& b) { return a.block < b.block; };
    if (!std::is_sorted(tensors_.begin(), tensors_.end(), by_block)) std::stable_sort(tensors_.begin(), tensors_.end(), by_block);
    for (auto run = tensors_.begin(); run != tensors_.end();) {
      const auto end = std::find_if(run, tensors_.end(), [&](const TensorSpec& t) { return t.block != run->block; });
      std::stable_sort(run, end, [](const TensorSpec& a, const TensorSpec& b) { return a.name < b.name; });
      run = end;
    }
    return std::move(tensors_);
  }

 private:
  static std::string prefix(int block) {
    if (block < 0) return "";
    std::string text = "blk.";
    text += std::to_string(block);
    text += '.';
    return text;
  }
  bool block_names_;
  std::vector<TensorSpec> tensors_;
};

void add_attention(TensorListBuilder& b, const ModelArchitecture& a, int il) {
  const auto A = TensorPart::kAttention;
  const U embd = static_cast<U>(a.n_embd);
  const U q_width = static_cast<U>(a.n_head) * static_cast<U>(a.head_dim_k);
  const U k_width = static_cast<U>(a.n_head_kv) * static_cast<U>(a.head_dim_k);
  const U v_width = static_cast<U>(a.n_head_kv) * static_cast<U>(a.head_dim_v);
  const U o_width = static_cast<U>(a.n_head) * static_cast<U>(a.head_dim_v);
  b.vector(il, A, "attn_norm.weight", embd);
  if (is_mla(a)) {
    const U rope = static_cast<U>(a.qk_rope_head_dim);
    const U nope = static_cast<U>(a.qk_nope_head_dim);
    const U kv_lora = static_cast<U>(a.kv_lora_rank);
    const U heads = static_cast<U>(a.n_head);
    if (a.q_lora_rank > 0) {
      const U q_lora = static_cast<U>(a.q_lora_rank);
      b.weight(il, A, "attn_q_a", embd, q_lora);
      b.vector(il, A, "attn_q_a_norm.weight", q_lora);
      b.weight(il, A, "attn_q_b", q_lora, heads * (nope + rope));
    } else {
      b.weight(il, A, "attn_q", embd, heads * (nope + rope));
    }
    b.weight(il, A, "attn_kv_a_mqa", embd, kv_lora + rope);
    b.vector(il, A, "attn_kv_a_norm.weight", kv_lora);
    // Current converters split attn_kv_b into per-head k_b / v_b (3-D, one slice per head).
    b.weight(il, A, "attn_k_b", nope, kv_lora, heads);
    b.weight(il, A, "attn_v_b", kv_lora, static_cast<U>(a.head_dim_v), heads);
    b.weight(il, A, "attn_output", heads * static_cast<U>(a.head_dim_v), embd);
    return;
  }
  if (a.family == ArchFamily::kPhi3) {
    b.weight(il, A, "attn_qkv", embd, q_width + k_width + v_width);
  } else {
    b.weight(il, A, "attn_q", embd, q_width);
    b.weight(il, A, "attn_k", embd, k_width);
    b.weight(il, A, "attn_v", embd, v_width);
  }
  b.weight(il, A, "attn_output", o_width, embd);
  if (a.attn_qkv_bias) {
    b.vector(il, A, "attn_q.bias", q_width);
    b.vector(il, A, "attn_k.bias", k_width);
    b.vector(il, A, "attn_v.bias", v_width);
  }
  if (a.attn_output_bias) b.vector(il, A, "attn_output.bias", embd);
  if (a.family == ArchFamily::kQwen3 || a.family == ArchFamily::kGemma3 || (a.family == ArchFamily::kGlm4Moe && a.attn_qk_norm)) {
    b.vector(il, A, "attn_q_norm.weight", static_cast<U>(a.head_dim_k));
    b.vector(il, A, "attn_k_norm.weight", static_cast<U>(a.head_dim_k));
  }
  if (a.family == ArchFamily::kGptOss) b.vector(il, A, "attn_sinks.weight", static_cast<U>(a.n_head));
  if (a.family == ArchFamily::kGemma2 || a.family == ArchFamily::kGemma3 || a.family == ArchFamily::kGptOss ||
      a.family == ArchFamily::kGlm4Moe) {
    b.vector(il, A, "post_attention_norm.weight", embd);
  }
}

// The NextN (multi-token-prediction) block's own tensors (llama.cpp glm4-moe.cpp, the `i >= n_layer` branch:
// eh_proj, enorm, hnorm, and the optional embed_tokens / shared_head_head / shared_head_norm, which GLM-4.5's
// checkpoints carry). llama.cpp loads none of them (TENSOR_SKIP); they are counted for the file.
void add_nextn(TensorListBuilder& b, const ModelArchitecture& a, int il) {
  const auto A = TensorPart::kAttention;
  const U embd = static_cast<U>(a.n_embd);
  const U vocab = static_cast<U>(a.n_vocab);
  b.weight(il, A, "nextn.eh_proj", 2 * embd, embd);
  b.vector(il, A, "nextn.enorm.weight", embd);
  b.vector(il, A, "nextn.hnorm.weight", embd);
  b.weight(il, A, "nextn.embed_tokens", embd, vocab);
  b.weight(il, A, "nextn.shared_head_head", embd, vocab);
  b.vector(il, A, "nextn.shared_head_norm.weight", embd);
}

void add_ffn(TensorListBuilder& b, const ModelArchitecture& a, int il) {
  const auto F = TensorPart::kFfn;
  const auto A = TensorPart::kAttention;
  const U embd = static_cast<U>(a.n_embd);
  // gpt-oss and glm4moe use post_attention_norm as their FFN input norm and have no ffn_norm.
  if (a.family != ArchFamily::kGptOss && a.family != ArchFamily::kGlm4Moe) b.vector(il, A, "ffn_norm.weight", embd);
  if (a.family == ArchFamily::kGemma2 || a.family == ArchFamily::kGemma3) {
    b.vector(il, A, "post_ffw_norm.weight", embd);
  }
  if (!is_moe_layer(a, il)) {
    const U ff = static_cast<U>(a.n_ff);
    if (a.family == ArchFamily::kPhi3) {
      b.weight(il, F, "ffn_up", embd, 2 * ff);  // gate and up fused
    } else {
      if (a.gated_ffn) b.weight(il, F, "ffn_gate", embd, ff);
      b.weight(il, F, "ffn_up", embd, ff);
    }
    b.weight(il, F, "ffn_down", ff, embd);
    return;
  }
  const U experts = static_cast<U>(a.n_expert);
  const U ff_exp = static_cast<U>(a.n_ff_exp);
  // The router and its bias stay with attention on the GPU (llama.cpp --n-cpu-moe moves only *_exps).
  b.weight(il, A, "ffn_gate_inp", embd, experts);
  if (a.family == ArchFamily::kGptOss) b.vector(il, A, "ffn_gate_inp.bias", experts);
  if (a.family == ArchFamily::kDeepseek2 || a.family == ArchFamily::kGlm4Moe) {
    b.vector(il, A, "exp_probs_b.bias", experts);  // the sigmoid router's selection bias
  }
  if (a.gated_ffn) b.weight(il, F, "ffn_gate_exps", embd, ff_exp, experts, true);
  b.weight(il, F, "ffn_up_exps", embd, ff_exp, experts, true);
  b.weight(il, F, "ffn_down_exps", ff_exp, embd, experts, true);
  if (a.ffn_bias) {
    if (a.gated_ffn) b.vector(il, F, "ffn_gate_exps.bias", ff_exp, experts, true);
    b.vector(il, F, "ffn_up_exps.bias", ff_exp, experts, true);
    b.vector(il, F, "ffn_down_exps.bias", embd, experts, true);
  }
  if (a.n_expert_shared > 0) {
    const U ff_sh = static_cast<U>(a.n_ff_shexp) * static_cast<U>(a.n_expert_shared);
    b.weight(il, A, "ffn_gate_shexp", embd, ff_sh);
    b.weight(il, A, "ffn_up_shexp", embd, ff_sh);
    b.weight(il, A, "ffn_down_shexp", ff_sh, embd);
  }
}

std::vector<TensorSpec> build_tensors(const ModelArchitecture& a, bool block_names) {
  TensorListBuilder b(block_names);
  const U embd = static_cast<U>(a.n_embd);
  const U vocab = static_cast<U>(a.n_vocab);
  b.weight(-1, TensorPart::kGlobal, "token_embd", embd, vocab);
  b.vector(-1, TensorPart::kGlobal, "output_norm.weight", embd);
  if (!a.tied_embeddings) b.weight(-1, TensorPart::kGlobal, "output", embd, vocab);
  if (a.rope_freqs) b.vector(-1, TensorPart::kGlobal, "rope_freqs.weight", static_cast<U>(a.head_dim_k / 2));
  for (int il = 0; il < a.n_layer; ++il) {
    add_attention(b, a, il);
    add_ffn(b, a, il);
    if (is_nextn_layer(a, il)) add_nextn(b, a, il);
  }
  return b.take();
}

}  // namespace

std::vector<TensorSpec> model_tensors(const ModelArchitecture& a) { return build_tensors(a, true); }

std::vector<TensorSpec> model_tensor_shapes(const ModelArchitecture& a) { return build_tensors(a, false); }

TensorSpec tensor_spec_from_gguf(const std::string& name, const std::vector<std::uint64_t>& dims, GgmlType stored_type) {
  TensorSpec spec;
  spec.name = name;
  spec.n_dims = static_cast<int>(dims.size());
  for (std::size_t i = 0; i < dims.size() && i < 3; ++i) spec.ne[i] = dims[i];
  spec.source_type = stored_type;
  int block = -1;
  if (name.starts_with("blk.")) {
    const auto dot = name.find('.', 4);
    if (dot != std::string::npos) {
      block = 0;
      for (std::size_t i = 4; i < dot; ++i) {
        if (name[i] < '0' || name[i] > '9' || block > 1000000) {
          block = -1;
          break;
        }
        block = block * 10 + (name[i] - '0');
      }
    }
  }
  spec.block = block;
  const bool ffn = name.find(".ffn_") != std::string::npos;
  const bool router_or_shared = name.find("ffn_gate_inp") != std::string::npos || name.find("shexp") != std::string::npos ||
                                name.find("ffn_norm") != std::string::npos || name.find("exp_probs_b") != std::string::npos;
  spec.part = block < 0 ? TensorPart::kGlobal : (ffn && !router_or_shared ? TensorPart::kFfn : TensorPart::kAttention);
  spec.routed_expert = name.find("_exps") != std::string::npos;
  const bool weight = name.size() >= 6 && name.compare(name.size() - 6, 6, "weight") == 0;
  spec.quantizable = spec.n_dims >= 2 && weight && name.find("_norm.weight") == std::string::npos &&
                     name.find("ffn_gate_inp.weight") == std::string::npos;
  return spec;
}

Result<bool> validate_tensor_table(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors,
                                   const std::vector<GgmlType>& types) {
  if (tensors.size() != types.size()) {
    return make_error(ErrorCode::kInvalidArgument, "file.tensors", "every tensor needs a type");
  }
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    const auto& t = tensors[i];
    if (t.block >= arch.n_layer) {
      return make_error(ErrorCode::kOutOfRange, "file.tensors",
                        "tensor '" + t.name + "' names block " + std::to_string(t.block) + " but the model has " +
                            std::to_string(arch.n_layer) + " blocks");
    }
    if (t.n_dims < 1 || t.n_dims > 3) {
      return make_error(ErrorCode::kOutOfRange, "file.tensors",
                        "tensor '" + t.name + "' has " + std::to_string(t.n_dims) + " dimensions; 1 to 3 are supported");
    }
    if (!divisible(types[i], t.ne[0])) {
      return make_error(ErrorCode::kInvalidArgument, "file.tensors",
                        "tensor '" + t.name + "' has rows of " + std::to_string(t.ne[0]) + " elements, not a multiple of " +
                            type_info(types[i]).name + "'s block of " + std::to_string(type_info(types[i]).block_elements));
    }
    for (auto ne : t.ne) {
      if (ne == 0 || ne > (1ull << 40)) {
        return make_error(ErrorCode::kOutOfRange, "file.tensors", "tensor '" + t.name + "' has an absurd dimension");
      }
    }
    // The element count must fit well inside 64 bits (a GGUF writer's limit is far below): no product wraps to a small size.
    constexpr std::uint64_t kMaxElements = 1ull << 48;
    std::uint64_t elements = 1;
    for (int d = 0; d < t.n_dims; ++d) {
      if (t.ne[static_cast<std::size_t>(d)] > kMaxElements / elements) {
        return make_error(ErrorCode::kOutOfRange, "file.tensors",
                          "tensor '" + t.name + "' has more than 2^48 elements (its dimensions multiply beyond any real model)");
      }
      elements *= t.ne[static_cast<std::size_t>(d)];
    }
  }
  // Every name once: llama.cpp refuses a file with a duplicated tensor name (ggml gguf.cpp: "duplicate tensor name").
  std::vector<std::string_view> names;
  names.reserve(tensors.size());
  for (const auto& t : tensors) names.emplace_back(t.name);
  std::sort(names.begin(), names.end());
  if (const auto twin = std::adjacent_find(names.begin(), names.end()); twin != names.end()) {
    return make_error(ErrorCode::kInvalidArgument, "file.tensors",
                      "tensor '" + std::string(*twin) + "' appears twice; every name must be unique");
  }
  return true;
}

}  // namespace fitplan
