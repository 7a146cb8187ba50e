#pragma once
// Model architecture: enough hyperparameters to derive every GGUF tensor's shape.
// Presets live in model_catalog.cpp, each with the published config it was read from.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fitplan/published.hpp"
#include "fitplan/result.hpp"

namespace fitplan {

// The tensor layout family, i.e. which llama.cpp graph (and GGUF tensor set) the model uses.
enum class ArchFamily {
  kLlama,     // llama / mistral / mixtral (MoE when n_expert > 0): q,k,v,o + gated FFN
  kQwen2,     // llama + q/k/v biases
  kQwen3,     // llama + per-head q/k RMS norms (qwen3, qwen3moe)
  kGemma2,    // tied embeddings, post-attention and post-FFN norms, GeGLU, SWA
  kGemma3,    // gemma2 + q/k norms
  kPhi3,      // fused attn_qkv and fused ffn_up (gate+up), no biases (phi3, phi4)
  kGptOss,    // openai-moe: biases everywhere, attention sinks, MXFP4 experts, SWA
  kDeepseek2, // MLA attention (q_a/q_b, kv_a_mqa, k_b/v_b), shared experts, leading dense layers
  kGlm4Moe,   // glm4moe (GLM-4.5): q/k/v biases, optional q/k norms, post_attention_norm as the FFN
              // input norm, sigmoid router with exp_probs_b, shared expert, leading dense layers and
              // trailing NextN (multi-token prediction) blocks that are in the file but not run
  kLlama4,    // llama4: llama attention, MoE blocks every moe_layer_step blocks (dense FFN between),
              // one shared expert as wide as a routed one, chunked attention on 3 of every 4 blocks
};

inline constexpr EnumTable<ArchFamily, 10> kArchFamilyNames{{{ArchFamily::kLlama, "llama"},
                                                             {ArchFamily::kQwen2, "qwen2"},
                                                             {ArchFamily::kQwen3, "qwen3"},
                                                             {ArchFamily::kGemma2, "gemma2"},
                                                             {ArchFamily::kGemma3, "gemma3"},
                                                             {ArchFamily::kPhi3, "phi3"},
                                                             {ArchFamily::kGptOss, "gpt-oss"},
                                                             {ArchFamily::kDeepseek2, "deepseek2"},
                                                             {ArchFamily::kGlm4Moe, "glm4moe"},
                                                             {ArchFamily::kLlama4, "llama4"}}};
inline const char* to_string(ArchFamily family) noexcept { return enum_name(kArchFamilyNames, family); }
// The inverse of to_string ("llama", "qwen2", ...); the error lists the allowed names.
inline Result<ArchFamily> parse_arch_family(const std::string& text) {
  return parse_enum(kArchFamilyNames, text, "model.family", "architecture family");
}

struct ModelArchitecture {
  ArchFamily family = ArchFamily::kLlama;
  std::string gguf_arch;       // GGUF general.architecture value, e.g. "llama", "qwen2", "gemma2"
  int n_layer = 0;             // transformer blocks
  int n_embd = 0;              // hidden size
  int n_head = 0;              // attention (query) heads
  int n_head_kv = 0;           // KV heads (GQA/MQA); equals n_head without GQA
  int head_dim_k = 0;          // key head dimension (not always n_embd / n_head, e.g. Gemma)
  int head_dim_v = 0;          // value head dimension
  int n_ff = 0;                // dense FFN intermediate width
  bool gated_ffn = true;       // SwiGLU/GeGLU (gate, up, down) instead of (up, down)
  int n_vocab = 0;             // vocabulary size (rows of token_embd)
  bool tied_embeddings = false;  // output projection shares token_embd (no output.weight)
  bool attn_qkv_bias = false;    // biases on q, k, v projections (Qwen2, gpt-oss)
  bool attn_output_bias = false; // bias on the attention output projection (gpt-oss)
  bool ffn_bias = false;         // biases on FFN / expert projections (gpt-oss)
  bool rope_freqs = false;       // a rope_freqs.weight tensor (Llama 3.1+ rope scaling)
  bool attn_qk_norm = false;     // per-head q/k RMS norms where the family makes them optional (glm4moe:
                                 // GLM-4.5 has them, GLM-4.5-Air not); qwen3 and gemma3 always have them

  // Mixture of experts (all zero for dense models).
  int n_expert = 0;              // routed experts per MoE layer
  int n_expert_used = 0;         // experts used per token
  int n_ff_exp = 0;              // expert FFN width
  int n_expert_shared = 0;       // shared experts (always active)
  int n_ff_shexp = 0;            // shared expert FFN width (per shared expert)
  int n_leading_dense = 0;       // leading dense (non-MoE) blocks, e.g. DeepSeek's first_k_dense_replace
  int moe_layer_step = 0;        // llama4 interleave_moe_layer_step: past the leading dense blocks, block il is
                                 // MoE when (il + 1) % moe_layer_step == 0; 0 or 1 = every block
  int n_layer_nextn = 0;         // trailing NextN / multi-token-prediction blocks, counted in n_layer (the GGUF
                                 // block_count): their tensors are in the file, llama.cpp does not run them

  // Sliding-window attention (0 = none).
  int sliding_window = 0;        // window in tokens
  int swa_pattern = 0;           // llama.cpp set_swa_pattern(n): layer il is SWA when il % n < n - 1

  // Multi-head latent attention (DeepSeek-style compressed KV; 0 = not MLA).
  int q_lora_rank = 0;           // 0 = plain q projection
  int kv_lora_rank = 0;          // compressed KV width
  int qk_rope_head_dim = 0;      // rotary part of each q/k head
  int qk_nope_head_dim = 0;      // non-rotary part of each q/k head

  int n_ctx_train = 0;           // maximum (trained) context length in tokens

  bool operator==(const ModelArchitecture&) const = default;
};

// A GGUF file of the model the user already has (imported from disk) or read from a URL: the
// commands start from it instead of the original weights.
struct UserFile {
  std::string name;           // the file name (the first shard's of a split file), e.g. "Llama-3.2-1B-F16.gguf"
  std::string url;            // where it was read ("" = a local file the user has)
  FileType file_type = FileType::kF16;  // general.file_type
  Bytes file_bytes = 0;       // all shards; 0 = unknown
  Bytes header_bytes = 0;     // its GGUF header (metadata + tensor infos, up to the data); 0 = unknown
};

struct ModelPreset {
  std::string id;       // catalog id, e.g. "llama3-8b" (public contract)
  std::string name;     // display name, e.g. "Llama-3-8B"
  std::string family;   // grouping for pickers, e.g. "Llama 3"
  std::string source;   // where the hyperparameters come from (config URL)
  double published_params_b = 0;  // the publisher's parameter count in billions (for tests)
  ModelArchitecture arch;
  std::vector<PublishedRepo> published;  // GGUF repositories people download it from (published_repos(id))
  std::optional<UserFile> user_file;     // an imported GGUF file (none for catalog presets)
};

// The architecture's numeric and boolean fields, once: their public (camelCase) names, members and,
// for the numbers, allowed ranges. Validation, the bindings' readers and writers all walk these
// tables, so a new field is added in one place.
struct ArchitectureIntField {
  const char* name;                 // e.g. "nHeadKv"
  int ModelArchitecture::* member;
  int min;
  int max;
  bool required;                    // a model description must give it (no default)
};
struct ArchitectureFlagField {
  const char* name;                 // e.g. "tiedEmbeddings"
  bool ModelArchitecture::* member;
};
const std::vector<ArchitectureIntField>& architecture_int_fields();
const std::vector<ArchitectureFlagField>& architecture_flag_fields();

bool is_moe(const ModelArchitecture& arch) noexcept;
bool is_mla(const ModelArchitecture& arch) noexcept;
bool is_moe_layer(const ModelArchitecture& arch, int layer) noexcept;
// True for the trailing NextN (multi-token-prediction) blocks: in the file, not run by llama.cpp.
bool is_nextn_layer(const ModelArchitecture& arch, int layer) noexcept;
// True when layer `layer` uses sliding-window attention.
bool is_swa_layer(const ModelArchitecture& arch, int layer) noexcept;

// Checks that every field is consistent; the error names the field.
Result<bool> validate_architecture(const ModelArchitecture& arch);

// Parameter counts derived from the tensor list (every weight, embeddings included).
std::uint64_t total_params(const ModelArchitecture& arch);
// Parameters touched per token: every non-routed weight + the n_expert_used / n_expert share of
// the routed experts. The input embedding is a row lookup and is left out unless it is tied to
// the output projection (OpenAI's convention for gpt-oss's "3.6B active"; Qwen's "3.3B" counts it).
// NextN blocks (n_layer_nextn) are left out: llama.cpp does not run them.
std::uint64_t active_params(const ModelArchitecture& arch);

// Both counts from one walk of the tensor list (the rankings count every model).
struct ParamCounts {
  std::uint64_t total = 0;
  std::uint64_t active = 0;
};
ParamCounts param_counts(const ModelArchitecture& arch);

const std::vector<ModelPreset>& model_catalog();
// Looks a preset up by id; the error lists the closest ids.
Result<ModelPreset> find_model(const std::string& id);

}  // namespace fitplan
