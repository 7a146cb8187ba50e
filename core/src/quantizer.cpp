#include "fitplan/quantizer.hpp"

#include "fitplan/calibration.hpp"

namespace fitplan {

// A port of llama_tensor_get_type / llama_tensor_get_type_impl / tensor_type_fallback from
// llama.cpp src/llama-quant.cpp (re-read at ngxson/llama.cpp@3f545becc, upstream master of
// 2026-08-22; rules tabulated in shared/runtime-facts.md §A.9). Checked tensor by tensor against
// `llama-quantize --dry-run` for 12 catalog models x 30 file types
// (tests/data/measured/quantize_dryrun.csv). Fused attn_qkv (and attn_kv_b) follow the attn_v rules:
// category_is_attn_v() sends them into the attn_v branch, so the separate ATTENTION_QKV branch
// (Q5_K at Q4_K_M ...) is never reached in current builds. Counters (i_attention_wv, i_ffn_down, ...)
// equal the block index because the loader sorts tensors by block (weight_name_comparer) and every
// block has one tensor of each kind, except i_ffn_down with shared experts (ffn_down_counter).

namespace {

enum class Category { kTokenEmbd, kAttnQ, kAttnV, kAttnK, kAttnQkv, kAttnKvB, kAttnOutput, kFfnUp, kFfnGate, kFfnDown, kOutput, kOther };

bool contains(const std::string& text, const char* needle) { return text.find(needle) != std::string::npos; }

Category category_of(const std::string& name) {
  if (name == "output.weight") return Category::kOutput;
  if (name == "token_embd.weight" || name == "per_layer_token_embd.weight") return Category::kTokenEmbd;
  if (contains(name, "attn_qkv.weight")) return Category::kAttnQkv;
  if (contains(name, "attn_kv_b.weight")) return Category::kAttnKvB;
  if (contains(name, "attn_v.weight")) return Category::kAttnV;
  if (contains(name, "attn_k.weight")) return Category::kAttnK;
  if (contains(name, "attn_q.weight")) return Category::kAttnQ;
  if (contains(name, "attn_output.weight")) return Category::kAttnOutput;
  if (contains(name, "ffn_up")) return Category::kFfnUp;
  if (contains(name, "ffn_gate")) return Category::kFfnGate;
  if (contains(name, "ffn_down")) return Category::kFfnDown;
  return Category::kOther;
}

bool is_attn_v_like(Category c) { return c == Category::kAttnV || c == Category::kAttnQkv || c == Category::kAttnKvB; }

bool use_more_bits(int i_layer, int n_layers) {
  return i_layer < n_layers / 8 || i_layer >= 7 * n_layers / 8 || (i_layer - n_layers / 8) % 3 == 2;
}

// llama.cpp's LLM_TYPE_70B (src/models/llama.cpp, qwen2.cpp load_arch_hparams): llama with 80
// layers and GQA (n_expert == 8 takes the 8x7B / 8x22B switch instead), qwen2 with 80 layers.
bool is_type_70b(const ModelArchitecture& a) {
  if (a.n_layer != 80) return false;
  if (a.family == ArchFamily::kLlama) return a.n_head != a.n_head_kv && a.n_expert != 8;
  return a.family == ArchFamily::kQwen2;
}

// qs.i_ffn_down: ffn_down tensors (dense ffn_down, ffn_down_exps, ffn_down_shexp: every name with
// "ffn_down") seen before this one in file order. A MoE block with shared experts has two, and
// ffn_down_exps sorts before ffn_down_shexp.
int ffn_down_counter(const ModelArchitecture& a, const TensorSpec& t) {
  int count = 0;
  for (int il = 0; il < t.block; ++il) count += is_moe_layer(a, il) && a.n_expert_shared > 0 ? 2 : 1;
  return count + (contains(t.name, "ffn_down_shexp") ? 1 : 0);
}

int count_attn_v_like(const ModelArchitecture& a) {
  if (is_mla(a)) return 0;  // split k_b / v_b do not match "attn_v.weight"
  return a.n_layer;         // one attn_v (or fused attn_qkv) per block
}

using F = FileType;
using G = GgmlType;

bool any_of(F f, std::initializer_list<F> set) {
  for (F x : set) {
    if (x == f) return true;
  }
  return false;
}

G mixture_type(const ModelArchitecture& a, const TensorSpec& t, F ftype, Category cat, G new_type, bool has_imatrix) {
  const int n_expert = a.n_expert;
  const int n_gqa = a.n_head_kv > 0 ? a.n_head / a.n_head_kv : 1;
  const int i_layer = t.block < 0 ? 0 : t.block;
  const int n_layer = a.n_layer;
  const bool tied = a.tied_embeddings;

  if (cat == Category::kOutput || (tied && cat == Category::kTokenEmbd)) {
    const auto nx = t.ne[0];
    if (ftype == F::kMXFP4_MOE) return G::kQ8_0;
    if (nx % static_cast<std::uint64_t>(type_info(new_type).block_elements) != 0) return G::kQ8_0;
    if (any_of(ftype, {F::kIQ2_XXS, F::kIQ2_XS, F::kIQ3_XXS, F::kIQ1_S, F::kIQ2_S, F::kIQ2_M, F::kIQ1_M})) return G::kQ5_K;
    if (new_type != G::kQ8_0) return G::kQ6_K;
    return new_type;
  }
  if (ftype == F::kMXFP4_MOE) return t.ne[2] > 1 ? G::kMXFP4 : G::kQ8_0;
  if (cat == Category::kTokenEmbd) {
    if (any_of(ftype, {F::kIQ2_XXS, F::kIQ2_XS, F::kIQ1_S, F::kIQ1_M})) return G::kQ2_K;
    if (any_of(ftype, {F::kIQ2_S, F::kIQ2_M, F::kIQ3_XXS})) return G::kIQ3_S;
    if (any_of(ftype, {F::kTQ1_0, F::kTQ2_0})) return G::kQ4_K;
    return new_type;
  }
  if (any_of(ftype, {F::kIQ2_XXS, F::kIQ2_XS, F::kIQ1_S, F::kIQ2_S, F::kIQ2_M, F::kIQ1_M})) {
    const bool iq2sm = ftype == F::kIQ2_S || ftype == F::kIQ2_M;
    if (is_attn_v_like(cat)) {
      if (n_gqa >= 4 || n_expert >= 4) return G::kQ4_K;
      return iq2sm ? G::kIQ3_S : G::kQ2_K;
    }
    if (n_expert == 8 && cat == Category::kAttnK) return G::kQ4_K;
    if (cat == Category::kFfnDown) {
      // This branch compares the running counter, not the block: qs.i_ffn_down < qs.n_ffn_down/8.
      if (ffn_down_counter(a, t) < n_layer / 8) return iq2sm ? G::kIQ3_S : G::kQ2_K;
      return new_type;
    }
    if (cat == Category::kAttnOutput) {
      if (n_expert == 8) return G::kQ5_K;
      if (ftype == F::kIQ1_S || ftype == F::kIQ1_M) return G::kIQ2_XXS;
      if (iq2sm) return G::kIQ3_S;
    }
    return new_type;
  }
  if (is_attn_v_like(cat)) {
    const int i_wv = i_layer;
    const int n_wv = count_attn_v_like(a);
    if (ftype == F::kQ2_K) new_type = n_gqa >= 4 ? G::kQ4_K : G::kQ3_K;
    else if (ftype == F::kQ2_K_S && n_gqa >= 4) new_type = G::kQ4_K;
    else if (ftype == F::kIQ3_XXS) new_type = n_gqa >= 4 ? G::kQ4_K : (!has_imatrix ? G::kIQ3_S : G::kIQ3_XXS);
    else if ((ftype == F::kIQ3_XS || ftype == F::kIQ3_S) && n_gqa >= 4) new_type = G::kQ4_K;
    else if (ftype == F::kIQ3_M) new_type = G::kQ4_K;
    else if (ftype == F::kQ3_K_M) new_type = i_wv < 2 ? G::kQ5_K : G::kQ4_K;
    else if (ftype == F::kQ3_K_L) new_type = G::kQ5_K;
    else if ((ftype == F::kIQ4_NL || ftype == F::kIQ4_XS) && n_gqa >= 4) new_type = G::kQ5_K;
    else if ((ftype == F::kQ4_K_M || ftype == F::kQ5_K_M) && use_more_bits(i_wv, n_wv)) new_type = G::kQ6_K;
    else if (ftype == F::kQ4_K_S && i_wv < 4) new_type = G::kQ5_K;
    if (is_type_70b(a) && (new_type == G::kQ3_K || new_type == G::kQ4_K)) new_type = G::kQ5_K;
    if (n_expert == 8) new_type = G::kQ8_0;
    return new_type;
  }
  if (cat == Category::kAttnK) {
    if (n_expert == 8) return G::kQ8_0;
    if (ftype == F::kIQ3_XS) return G::kIQ3_XXS;
    if (ftype == F::kIQ3_XXS) return G::kIQ2_S;
    return new_type;
  }
  if (cat == Category::kAttnQ) {
    if (ftype == F::kIQ3_XS) return G::kIQ3_XXS;
    if (ftype == F::kIQ3_XXS) return G::kIQ2_S;
    return new_type;
  }
  if (cat == Category::kFfnDown) {
    if (ftype == F::kQ2_K) return G::kQ3_K;
    if (ftype == F::kQ2_K_S) return i_layer < n_layer / 8 ? G::kQ4_K : new_type;
    if (ftype == F::kIQ3_XXS && !has_imatrix) return i_layer < n_layer / 8 ? G::kQ4_K : G::kQ3_K;
    if (ftype == F::kQ3_K_M) return i_layer < n_layer / 16 ? G::kQ5_K : G::kQ4_K;  // (non-Falcon)
    if (ftype == F::kIQ3_M && (i_layer < n_layer / 8 || (n_expert == 8 && use_more_bits(i_layer, n_layer)))) return G::kQ4_K;
    if (ftype == F::kQ3_K_L) return G::kQ5_K;
    if (ftype == F::kQ4_K_M) return use_more_bits(i_layer, n_layer) ? G::kQ6_K : new_type;
    if (i_layer < n_layer / 8 && (ftype == F::kIQ4_NL || ftype == F::kIQ4_XS) && !has_imatrix) return G::kQ5_K;
    if (ftype == F::kQ5_K_M && use_more_bits(i_layer, n_layer)) return G::kQ6_K;
    if (ftype == F::kQ4_K_S && i_layer < n_layer / 8) return G::kQ5_K;
    if ((ftype == F::kQ4_0 || ftype == F::kQ5_0) && has_imatrix && i_layer < n_layer / 8) {
      return ftype == F::kQ4_0 ? G::kQ4_1 : G::kQ5_1;
    }
    return new_type;
  }
  if (cat == Category::kAttnOutput) {
    if (n_expert == 8) {
      if (any_of(ftype, {F::kQ2_K, F::kIQ3_XS, F::kIQ3_XXS, F::kQ3_K_S, F::kQ3_K_M, F::kIQ4_NL, F::kQ4_K_S, F::kQ4_K_M, F::kIQ3_S,
                         F::kIQ3_M, F::kIQ4_XS})) {
        return G::kQ5_K;
      }
      return new_type;
    }
    if (ftype == F::kQ2_K) return G::kQ3_K;
    if (ftype == F::kIQ3_XXS) return G::kIQ3_S;
    if (ftype == F::kQ3_K_M) return G::kQ4_K;
    if (ftype == F::kQ3_K_L) return G::kQ5_K;
    if (ftype == F::kIQ3_M) return G::kQ4_K;
    return new_type;
  }
  if (cat == Category::kFfnGate || cat == Category::kFfnUp) {
    if (ftype == F::kIQ3_XS && i_layer >= n_layer / 8 && i_layer < 7 * n_layer / 8) return G::kIQ3_XXS;
    return new_type;
  }
  return new_type;
}

G shape_fallback(const TensorSpec& t, G target) {
  const auto ncols = t.ne[0];
  if (divisible(target, ncols)) return target;
  G fallback = G::kF16;
  switch (target) {
    case G::kIQ1_S:
    case G::kIQ1_M:
    case G::kIQ2_XXS:
    case G::kIQ2_XS:
    case G::kIQ2_S:
    case G::kIQ3_XXS:
    case G::kIQ3_S:
    case G::kIQ4_XS: fallback = G::kIQ4_NL; break;
    case G::kQ2_0:
    case G::kQ2_K:
    case G::kQ3_K:
    case G::kTQ1_0:
    case G::kTQ2_0: fallback = G::kQ4_0; break;
    case G::kQ4_K: fallback = G::kQ5_0; break;
    case G::kQ5_K: fallback = G::kQ5_1; break;
    case G::kQ6_K: fallback = G::kQ8_0; break;
    default: return G::kF16;
  }
  return divisible(fallback, ncols) ? fallback : G::kF16;
}

}  // namespace

bool tensor_requires_imatrix(GgmlType type, FileType file_type) {
  switch (type) {
    case GgmlType::kIQ1_S:
    case GgmlType::kIQ1_M:
    case GgmlType::kIQ2_XXS:
    case GgmlType::kIQ2_XS:
    case GgmlType::kIQ2_S:
    case GgmlType::kIQ3_XXS: return true;
    case GgmlType::kQ2_K: return file_type == FileType::kQ2_K_S;
    default: return false;
  }
}

bool uses_imatrix(FileType type, const QuantizeOptions& options) {
  // The file type's base type decides it (Q2_K_S: its base Q2_K inside Q2_K_S).
  return options.imatrix_for_iq_types && tensor_requires_imatrix(file_type_info(type).base, type);
}

namespace {

// What quantized_type() reads of the file type, read once per file type.
struct FileTypeRules {
  FileType type;
  GgmlType base;
  bool quantized;    // F32 / F16 / BF16 files keep every matrix at the base type
  bool has_imatrix;
};

FileTypeRules rules_of(FileType type, const QuantizeOptions& options) {
  const GgmlType base = file_type_info(type).base;
  return {type, base, type_info(base).quantized, uses_imatrix(type, options)};
}

GgmlType quantized_type_in(const ModelArchitecture& arch, const TensorSpec& tensor, Category category, const FileTypeRules& rules) {
  if (!tensor.quantizable) return tensor.source_type;
  if (!rules.quantized) return rules.base;
  const GgmlType mixed = mixture_type(arch, tensor, rules.type, category, rules.base, rules.has_imatrix);
  return shape_fallback(tensor, mixed);
}

}  // namespace

GgmlType quantized_type(const ModelArchitecture& arch, const TensorSpec& tensor, FileType recipe, const QuantizeOptions& options) {
  return quantized_type_in(arch, tensor, tensor.quantizable ? category_of(tensor.name) : Category::kOther, rules_of(recipe, options));
}

std::vector<GgmlType> file_type_assignment(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors, FileType file_type,
                                           const QuantizeOptions& options) {
  return file_type_assignments(arch, tensors, {file_type}, options).front();
}

std::vector<std::vector<GgmlType>> file_type_assignments(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors,
                                                         const std::vector<FileType>& file_types, const QuantizeOptions& options) {
  std::vector<Category> categories;
  categories.reserve(tensors.size());
  for (const auto& tensor : tensors) categories.push_back(tensor.quantizable ? category_of(tensor.name) : Category::kOther);
  std::vector<std::vector<GgmlType>> assignments;
  assignments.reserve(file_types.size());
  for (const FileType file_type : file_types) {
    const FileTypeRules rules = rules_of(file_type, options);
    auto& types = assignments.emplace_back();
    types.reserve(tensors.size());
    for (std::size_t i = 0; i < tensors.size(); ++i) types.push_back(quantized_type_in(arch, tensors[i], categories[i], rules));
  }
  return assignments;
}

Bytes gguf_tensor_data_bytes(const TensorSpec& tensor, GgmlType type) {
  return pad_to(tensor_bytes(tensor, type), calibration::kGgufAlignment);
}

Bytes gguf_header_bytes(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors) {
  Bytes info_bytes = 0;
  for (const auto& tensor : tensors) {
    // name (u64 length + bytes), n_dims (u32), dims (u64 each), type (u32), offset (u64)
    info_bytes += 8 + tensor.name.size() + 4 + 8 * static_cast<Bytes>(tensor.n_dims) + 4 + 8;
  }
  const Bytes metadata = calibration::kGgufMetadataBaseBytes +
                         static_cast<Bytes>(calibration::kGgufMetadataBytesPerVocabEntry * arch.n_vocab);
  return pad_to(24 + metadata + info_bytes, calibration::kGgufAlignment);
}

Bytes gguf_file_bytes(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors, const std::vector<GgmlType>& types) {
  Bytes total = gguf_header_bytes(arch, tensors);
  for (std::size_t i = 0; i < tensors.size(); ++i) total += gguf_tensor_data_bytes(tensors[i], types[i]);
  return total;
}

}  // namespace fitplan
