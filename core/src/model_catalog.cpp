// Built-in model presets.
//
// Every hyperparameter below was read from the model's published Hugging Face
// config.json (the comment above each preset names exactly what was read: the
// publisher's own repo where the index holds it, otherwise a byte-for-byte
// duplicate/fine-tune of that config or a config quoted in a test file, which
// the comment then names). Field mapping (see model.hpp):
//   n_layer = num_hidden_layers, n_embd = hidden_size, n_head = num_attention_heads,
//   n_head_kv = num_key_value_heads, head_dim_{k,v} = head_dim (else hidden_size / heads),
//   n_ff = intermediate_size, n_vocab = vocab_size, tied_embeddings = tie_word_embeddings,
//   n_ctx_train = max_position_embeddings.
// published_params_b is the publisher's stated total parameter count (model card,
// technical report, or the safetensors total shown on the Hugging Face page).
#include "fitplan/model.hpp"

namespace fitplan {

const std::vector<ModelPreset>& model_catalog() {
  static const std::vector<ModelPreset> catalog = [] {
  std::vector<ModelPreset> presets = {
      // ---------------------------------------------------------------- Llama 3
      // meta-llama/Meta-Llama-3-8B config.json (gated; read from the verbatim copy
      // pandyamarut/Meta-Llama-3-8B/config.json, "_name_or_path": "meta-llama/Meta-Llama-3-8B",
      // cross-checked against meta-llama/llama-models models/sku_list.py: dim 4096,
      // 32 layers, 32 heads, 8 kv heads, vocab 128256). rope_scaling null -> no rope_freqs.
      // Params: 8.03B (HF safetensors total).
      ModelPreset{.id = "llama3-8b", .name = "Llama-3-8B", .family = "Llama 3",
                  .source = "https://huggingface.co/meta-llama/Meta-Llama-3-8B/blob/main/config.json",
                  .published_params_b = 8.03,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 32, .n_embd = 4096, .n_head = 32, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 14336,
                                            .gated_ffn = true, .n_vocab = 128256, .tied_embeddings = false,
                                            .n_ctx_train = 8192}},
      // meta-llama/Meta-Llama-3-70B config.json (gated; read from the verbatim copy
      // kittn/Meta-Llama-3-70B-quant/config.json, "_name_or_path": "meta-llama/Meta-Llama-3-70B";
      // sku_list.py: dim 8192, 80 layers, 64 heads, 8 kv heads). Params: 70.55B (HF safetensors).
      ModelPreset{.id = "llama3-70b", .name = "Llama-3-70B", .family = "Llama 3",
                  .source = "https://huggingface.co/meta-llama/Meta-Llama-3-70B/blob/main/config.json",
                  .published_params_b = 70.55,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 80, .n_embd = 8192, .n_head = 64, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 28672,
                                            .gated_ffn = true, .n_vocab = 128256, .tied_embeddings = false,
                                            .n_ctx_train = 8192}},

      // ---------------------------------------------------------------- Llama 2
      // meta-llama/Llama-2-7b-hf config.json (gated; read from configs of fine-tunes whose
      // "_name_or_path" is "meta-llama/Llama-2-7b-hf", e.g. kashif/stack-llama-2/config.json:
      // 4096 hidden, 32 layers, 32 heads, 32 kv heads, 11008 ffn, vocab 32000, 4096 positions).
      // Params: 6.74B (HF safetensors total; the paper rounds to 7B).
      ModelPreset{.id = "llama2-7b", .name = "Llama-2-7B", .family = "Llama 2",
                  .source = "https://huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/config.json",
                  .published_params_b = 6.74,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 32, .n_embd = 4096, .n_head = 32, .n_head_kv = 32,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 11008,
                                            .gated_ffn = true, .n_vocab = 32000, .tied_embeddings = false,
                                            .n_ctx_train = 4096}},
      // meta-llama/Llama-2-13b-hf config.json (gated; read from the mirror
      // NousResearch/Llama-2-13b-chat-hf/config.json: 5120 hidden, 40 layers, 40 heads,
      // 40 kv heads, 13824 ffn, vocab 32000, 4096 positions). Params: 13.02B (HF safetensors).
      ModelPreset{.id = "llama2-13b", .name = "Llama-2-13B", .family = "Llama 2",
                  .source = "https://huggingface.co/meta-llama/Llama-2-13b-hf/blob/main/config.json",
                  .published_params_b = 13.02,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 40, .n_embd = 5120, .n_head = 40, .n_head_kv = 40,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 13824,
                                            .gated_ffn = true, .n_vocab = 32000, .tied_embeddings = false,
                                            .n_ctx_train = 4096}},

      // ---------------------------------------------------------------- Mistral
      // mistralai/Mistral-7B-v0.1 config.json (read from configs of fine-tunes whose
      // "_name_or_path" is "mistralai/Mistral-7B-v0.1", e.g. dmayboroda/42_mistral_0.1/config.json,
      // and the original params.json mirrored at mlx-community/mistral-7B-v0.1).
      // The config has "sliding_window": 4096, but llama.cpp converts Mistral to the "llama"
      // architecture and ignores it (every layer attends the full context), so it is 0 here.
      // Params: 7.24B (HF safetensors total; the paper says 7.3B).
      ModelPreset{.id = "mistral-7b", .name = "Mistral-7B-v0.1", .family = "Mistral",
                  .source = "https://huggingface.co/mistralai/Mistral-7B-v0.1/blob/main/config.json",
                  .published_params_b = 7.24,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 32, .n_embd = 4096, .n_head = 32, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 14336,
                                            .gated_ffn = true, .n_vocab = 32000, .tied_embeddings = false,
                                            .sliding_window = 0, .swa_pattern = 0,
                                            .n_ctx_train = 32768}},

      // ---------------------------------------------------------------- Qwen 2
      // Qwen/Qwen2-7B config.json (read from the publisher's page itself): 3584 hidden,
      // 28 layers, 28 heads, 4 kv heads, 18944 ffn, vocab 152064, untied,
      // max_position_embeddings 131072, use_sliding_window false.
      // Params: 7.62B (HF safetensors total; the Qwen2 blog table lists 7.07B).
      ModelPreset{.id = "qwen2-7b", .name = "Qwen2-7B", .family = "Qwen 2",
                  .source = "https://huggingface.co/Qwen/Qwen2-7B/blob/main/config.json",
                  .published_params_b = 7.62,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen2, .gguf_arch = "qwen2",
                                            .n_layer = 28, .n_embd = 3584, .n_head = 28, .n_head_kv = 4,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 18944,
                                            .gated_ffn = true, .n_vocab = 152064, .tied_embeddings = false,
                                            .attn_qkv_bias = true, .n_ctx_train = 131072}},

      // ---------------------------------------------------------------- Phi
      // microsoft/Phi-3-mini-4k-instruct config.json (read from the duplicate
      // Alignment-Lab-AI/idfkphi4kiguess/config.json, "Duplicate from microsoft/Phi-3-mini-4k-instruct",
      // and several fine-tunes naming it): 3072 hidden, 32 layers, 32 heads, 32 kv heads
      // (head_dim 96), 8192 ffn, vocab 32064, 4096 positions, untied.
      // The config has "sliding_window": 2047, but llama.cpp disables SWA for phi3
      // ("Phi SWA is currently disabled", llama.cpp PR #13676), so it is 0 here.
      // Params: 3.82B (HF safetensors total; the model card says 3.8B).
      ModelPreset{.id = "phi3-mini", .name = "Phi-3-mini-4k", .family = "Phi",
                  .source = "https://huggingface.co/microsoft/Phi-3-mini-4k-instruct/blob/main/config.json",
                  .published_params_b = 3.82,
                  .arch = ModelArchitecture{.family = ArchFamily::kPhi3, .gguf_arch = "phi3",
                                            .n_layer = 32, .n_embd = 3072, .n_head = 32, .n_head_kv = 32,
                                            .head_dim_k = 96, .head_dim_v = 96, .n_ff = 8192,
                                            .gated_ffn = true, .n_vocab = 32064, .tied_embeddings = false,
                                            .sliding_window = 0, .swa_pattern = 0,
                                            .n_ctx_train = 4096}},

      // ---------------------------------------------------------------- Gemma 2
      // google/gemma-2-9b config.json (gated; read from configs with
      // "_name_or_path": "google/gemma-2-9b", e.g. ashercn97/blanked-v011/config.json and
      // unsloth/gemma-2-9b-bnb-4bit/config.json): 3584 hidden, 42 layers, 16 heads, 8 kv heads,
      // head_dim 256, 14336 ffn, vocab 256000, 8192 positions, sliding_window 4096.
      // Gemma always ties embeddings. llama.cpp gemma2: set_swa_pattern(2) (even layers local).
      // Params: 9.24B (Gemma 2 report: 917M embedding + 8,324M non-embedding; HF safetensors 9.24B).
      ModelPreset{.id = "gemma2-9b", .name = "Gemma-2-9B", .family = "Gemma 2",
                  .source = "https://huggingface.co/google/gemma-2-9b/blob/main/config.json",
                  .published_params_b = 9.24,
                  .arch = ModelArchitecture{.family = ArchFamily::kGemma2, .gguf_arch = "gemma2",
                                            .n_layer = 42, .n_embd = 3584, .n_head = 16, .n_head_kv = 8,
                                            .head_dim_k = 256, .head_dim_v = 256, .n_ff = 14336,
                                            .gated_ffn = true, .n_vocab = 256000, .tied_embeddings = true,
                                            .sliding_window = 4096, .swa_pattern = 2,
                                            .n_ctx_train = 8192}},

      // ---------------------------------------------------------------- Llama 3.1
      // meta-llama/Llama-3.1-8B config.json (gated; read from the copy NbAiLab/nb-llama-3.1-8B/config.json,
      // "_name_or_path": "meta-llama/Llama-3.1-8B", and mlx-community/Meta-Llama-3.1-8B-bf16):
      // rope_scaling {rope_type "llama3", factor 8} -> rope_freqs tensor; 131072 positions.
      // Params: 8.03B (HF safetensors total).
      ModelPreset{.id = "llama3.1-8b", .name = "Llama-3.1-8B", .family = "Llama 3.1",
                  .source = "https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json",
                  .published_params_b = 8.03,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 32, .n_embd = 4096, .n_head = 32, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 14336,
                                            .gated_ffn = true, .n_vocab = 128256, .tied_embeddings = false,
                                            .rope_freqs = true, .n_ctx_train = 131072}},
      // meta-llama/Llama-3.1-70B config.json (gated; read from
      // radi-cho/Meta-Llama-3.1-70B-FLUTE/config.json, a conversion of Meta-Llama-3.1-70B):
      // 8192 hidden, 80 layers, 64 heads, 8 kv heads, 28672 ffn, llama3 rope scaling, 131072 positions.
      // Params: 70.55B (HF safetensors total, shown as 70.6B).
      ModelPreset{.id = "llama3.1-70b", .name = "Llama-3.1-70B", .family = "Llama 3.1",
                  .source = "https://huggingface.co/meta-llama/Llama-3.1-70B/blob/main/config.json",
                  .published_params_b = 70.55,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 80, .n_embd = 8192, .n_head = 64, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 28672,
                                            .gated_ffn = true, .n_vocab = 128256, .tied_embeddings = false,
                                            .rope_freqs = true, .n_ctx_train = 131072}},
      // meta-llama/Llama-3.1-405B config.json (gated; read from
      // relaxml/Llama-3.1-405B-Instruct-QTIP-4Bit-TP8/config.json, "_name_or_path":
      // "meta-llama/Meta-Llama-3.1-405B-Instruct"): 16384 hidden, 126 layers, 128 heads,
      // 8 kv heads, 53248 ffn, 131072 positions. Some early copies of the config say 16 kv heads;
      // the released weights and Meta's llama-models sku_list.py (n_kv_heads 8) use 8.
      // Params: 405.85B (HF safetensors total, shown as 406B; the model card says 405B).
      ModelPreset{.id = "llama3.1-405b", .name = "Llama-3.1-405B", .family = "Llama 3.1",
                  .source = "https://huggingface.co/meta-llama/Llama-3.1-405B/blob/main/config.json",
                  .published_params_b = 405.85,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 126, .n_embd = 16384, .n_head = 128, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 53248,
                                            .gated_ffn = true, .n_vocab = 128256, .tied_embeddings = false,
                                            .rope_freqs = true, .n_ctx_train = 131072}},

      // ---------------------------------------------------------------- Llama 3.2
      // meta-llama/Llama-3.2-1B config.json (gated; read from Emm9625/Llama-3.2-1B-chatml/config.json,
      // "Duplicate from unsloth/Llama-3.2-1B", "_name_or_path": "meta-llama/Llama-3.2-1B"):
      // 2048 hidden, 16 layers, 32 heads, 8 kv heads, head_dim 64, 8192 ffn,
      // tie_word_embeddings true, llama3 rope scaling (factor 32), 131072 positions.
      // Params: 1.24B (HF safetensors total; the model card table says 1.23B).
      ModelPreset{.id = "llama3.2-1b", .name = "Llama-3.2-1B", .family = "Llama 3.2",
                  .source = "https://huggingface.co/meta-llama/Llama-3.2-1B/blob/main/config.json",
                  .published_params_b = 1.24,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 16, .n_embd = 2048, .n_head = 32, .n_head_kv = 8,
                                            .head_dim_k = 64, .head_dim_v = 64, .n_ff = 8192,
                                            .gated_ffn = true, .n_vocab = 128256, .tied_embeddings = true,
                                            .rope_freqs = true, .n_ctx_train = 131072}},
      // meta-llama/Llama-3.2-3B config.json (gated; read from mlx-community/Llama-3.2-3B-bf16/config.json):
      // 3072 hidden, 28 layers, 24 heads, 8 kv heads, head_dim 128, 8192 ffn,
      // tie_word_embeddings true, llama3 rope scaling (factor 32), 131072 positions.
      // Params: 3.21B (model card).
      ModelPreset{.id = "llama3.2-3b", .name = "Llama-3.2-3B", .family = "Llama 3.2",
                  .source = "https://huggingface.co/meta-llama/Llama-3.2-3B/blob/main/config.json",
                  .published_params_b = 3.21,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 28, .n_embd = 3072, .n_head = 24, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 8192,
                                            .gated_ffn = true, .n_vocab = 128256, .tied_embeddings = true,
                                            .rope_freqs = true, .n_ctx_train = 131072}},

      // ---------------------------------------------------------------- Qwen 2.5
      // Qwen/Qwen2.5-0.5B-Instruct config.json (read from unsloth/Qwen2.5-0.5B-Instruct/config.json,
      // "_name_or_path": "Qwen/Qwen2.5-0.5B-Instruct"; the base Qwen2.5-0.5B config matches):
      // 896 hidden, 24 layers, 14 heads, 2 kv heads, 4864 ffn, vocab 151936,
      // tie_word_embeddings true, 32768 positions, use_sliding_window false.
      // Params: 0.49B on the model card, rounded; Hugging Face's safetensors total for the repo is
      // 494M (494,032,768), which llamacpp_cpu/bench.csv's model_n_params (494,005,120 without
      // the 27,648 q/k/v bias parameters) confirms.
      ModelPreset{.id = "qwen2.5-0.5b", .name = "Qwen2.5-0.5B", .family = "Qwen 2.5",
                  .source = "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct/blob/main/config.json",
                  .published_params_b = 0.494,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen2, .gguf_arch = "qwen2",
                                            .n_layer = 24, .n_embd = 896, .n_head = 14, .n_head_kv = 2,
                                            .head_dim_k = 64, .head_dim_v = 64, .n_ff = 4864,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = true,
                                            .attn_qkv_bias = true, .n_ctx_train = 32768}},
      // Qwen/Qwen2.5-7B-Instruct config.json (read from osllmai-community/Qwen2.5-7B-Instruct/config.json
      // and seong67360/Qwen2.5-7B-Instruct_v4, "_name_or_path": "Qwen/Qwen2.5-7B-Instruct"):
      // 3584 hidden, 28 layers, 28 heads, 4 kv heads, 18944 ffn, vocab 152064, untied,
      // max_position_embeddings 32768 (the model card advertises 131072 with YaRN rope scaling).
      // Params: 7.61B (model card).
      ModelPreset{.id = "qwen2.5-7b", .name = "Qwen2.5-7B", .family = "Qwen 2.5",
                  .source = "https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/blob/main/config.json",
                  .published_params_b = 7.61,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen2, .gguf_arch = "qwen2",
                                            .n_layer = 28, .n_embd = 3584, .n_head = 28, .n_head_kv = 4,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 18944,
                                            .gated_ffn = true, .n_vocab = 152064, .tied_embeddings = false,
                                            .attn_qkv_bias = true, .n_ctx_train = 32768}},
      // Qwen/Qwen2.5-14B-Instruct config.json (read from jebish7/Qwen2.5-14B-Instruct/config.json,
      // "Duplicate from Qwen/Qwen2.5-14B-Instruct"): 5120 hidden, 48 layers, 40 heads, 8 kv heads,
      // 13824 ffn, vocab 152064, untied, 32768 positions (131072 with YaRN per the model card).
      // Params: 14.7B (model card).
      ModelPreset{.id = "qwen2.5-14b", .name = "Qwen2.5-14B", .family = "Qwen 2.5",
                  .source = "https://huggingface.co/Qwen/Qwen2.5-14B-Instruct/blob/main/config.json",
                  .published_params_b = 14.7,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen2, .gguf_arch = "qwen2",
                                            .n_layer = 48, .n_embd = 5120, .n_head = 40, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 13824,
                                            .gated_ffn = true, .n_vocab = 152064, .tied_embeddings = false,
                                            .attn_qkv_bias = true, .n_ctx_train = 32768}},
      // Qwen/Qwen2.5-32B-Instruct config.json (read from the config quoted for
      // "Qwen/Qwen2.5-32B-Instruct" in a simulator's model registry (hisim, GitHub)): 5120 hidden,
      // 64 layers, 40 heads, 8 kv heads, 27648 ffn, vocab 152064, 32768 positions
      // (131072 with YaRN per the model card).
      // Params: 32.8B (HF safetensors total; the model card says 32.5B).
      ModelPreset{.id = "qwen2.5-32b", .name = "Qwen2.5-32B", .family = "Qwen 2.5",
                  .source = "https://huggingface.co/Qwen/Qwen2.5-32B-Instruct/blob/main/config.json",
                  .published_params_b = 32.8,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen2, .gguf_arch = "qwen2",
                                            .n_layer = 64, .n_embd = 5120, .n_head = 40, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 27648,
                                            .gated_ffn = true, .n_vocab = 152064, .tied_embeddings = false,
                                            .attn_qkv_bias = true, .n_ctx_train = 32768}},
      // Qwen/Qwen2.5-72B-Instruct config.json (read from gghfez/UwU-72B-Preview/config.json,
      // built on unsloth/qwen2.5-72b-instruct): 8192 hidden, 80 layers, 64 heads, 8 kv heads,
      // 29568 ffn, vocab 152064, untied, 32768 positions (131072 with YaRN per the model card).
      // Params: 72.7B (model card).
      ModelPreset{.id = "qwen2.5-72b", .name = "Qwen2.5-72B", .family = "Qwen 2.5",
                  .source = "https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/config.json",
                  .published_params_b = 72.7,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen2, .gguf_arch = "qwen2",
                                            .n_layer = 80, .n_embd = 8192, .n_head = 64, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 29568,
                                            .gated_ffn = true, .n_vocab = 152064, .tied_embeddings = false,
                                            .attn_qkv_bias = true, .n_ctx_train = 32768}},

      // ---------------------------------------------------------------- Qwen 3
      // Qwen/Qwen3-8B config.json (read from the commit "Copy config.json from Qwen/Qwen3-8B"
      // in thejaminator/qwen-hook-layer-9): 4096 hidden, 36 layers, 32 heads, 8 kv heads,
      // head_dim 128, 12288 ffn, vocab 151936, untied, 40960 positions
      // (the model card advertises 131072 with YaRN).
      // Params: 8.2B (model card).
      ModelPreset{.id = "qwen3-8b", .name = "Qwen3-8B", .family = "Qwen 3",
                  .source = "https://huggingface.co/Qwen/Qwen3-8B/blob/main/config.json",
                  .published_params_b = 8.2,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen3, .gguf_arch = "qwen3",
                                            .n_layer = 36, .n_embd = 4096, .n_head = 32, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 12288,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = false,
                                            .n_ctx_train = 40960}},
      // Qwen/Qwen3-14B config.json (read from the config quoted for "Qwen/Qwen3-14B" in the hisim
      // model registry (GitHub) and a Qwen3-14B walkthrough): 5120 hidden, 40 layers, 40 heads,
      // 8 kv heads, head_dim 128, 17408 ffn, vocab 151936, 40960 positions (131072 with YaRN).
      // Params: 14.8B (model card).
      ModelPreset{.id = "qwen3-14b", .name = "Qwen3-14B", .family = "Qwen 3",
                  .source = "https://huggingface.co/Qwen/Qwen3-14B/blob/main/config.json",
                  .published_params_b = 14.8,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen3, .gguf_arch = "qwen3",
                                            .n_layer = 40, .n_embd = 5120, .n_head = 40, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 17408,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = false,
                                            .n_ctx_train = 40960}},
      // Qwen/Qwen3-32B config.json (read from the hisim registry entry for "Qwen/Qwen3-32B" and an
      // unnamed HF upload with the identical shape, ronnywebdevs1/d-m-1/config.json): 5120 hidden,
      // 64 layers, 64 heads, 8 kv heads, head_dim 128, 25600 ffn, vocab 151936, untied,
      // 40960 positions (131072 with YaRN). Params: 32.8B (model card).
      ModelPreset{.id = "qwen3-32b", .name = "Qwen3-32B", .family = "Qwen 3",
                  .source = "https://huggingface.co/Qwen/Qwen3-32B/blob/main/config.json",
                  .published_params_b = 32.8,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen3, .gguf_arch = "qwen3",
                                            .n_layer = 64, .n_embd = 5120, .n_head = 64, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 25600,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = false,
                                            .n_ctx_train = 40960}},
      // Qwen/Qwen3-30B-A3B config.json (read from configs quoted in vLLM-integration and loader test
      // files on GitHub, e.g. a Qwen3MoeForCausalLM test config): 2048 hidden, 48 layers, 32 heads,
      // 4 kv heads, head_dim 128, intermediate_size 6144 (no layer uses it: decoder_sparse_step 1,
      // mlp_only_layers [] -> every layer is MoE), moe_intermediate_size 768, 128 experts, 8 per token,
      // vocab 151936, untied, 40960 positions (131072 with YaRN).
      // Params: 30.5B total / 3.3B active (model card).
      ModelPreset{.id = "qwen3-30b-a3b", .name = "Qwen3-30B-A3B", .family = "Qwen 3",
                  .source = "https://huggingface.co/Qwen/Qwen3-30B-A3B/blob/main/config.json",
                  .published_params_b = 30.5,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen3, .gguf_arch = "qwen3moe",
                                            .n_layer = 48, .n_embd = 2048, .n_head = 32, .n_head_kv = 4,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 6144,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = false,
                                            .n_expert = 128, .n_expert_used = 8, .n_ff_exp = 768,
                                            .n_expert_shared = 0, .n_ff_shexp = 0, .n_leading_dense = 0,
                                            .n_ctx_train = 40960}},
      // Qwen/Qwen3-235B-A22B config.json (read from the hisim registry entry for
      // "Qwen/Qwen3-235B-A22B" and MindSpeed-RL configs/model/qwen3_235b_a22b.yaml): 4096 hidden,
      // 94 layers, 64 heads, 4 kv heads, head_dim 128, intermediate_size 12288 (unused: every layer
      // is MoE, decoder_sparse_step 1), moe_intermediate_size 1536, 128 experts, 8 per token,
      // vocab 151936, untied, 40960 positions (131072 with YaRN).
      // Params: 235B total / 22B active (model card).
      ModelPreset{.id = "qwen3-235b-a22b", .name = "Qwen3-235B-A22B", .family = "Qwen 3",
                  .source = "https://huggingface.co/Qwen/Qwen3-235B-A22B/blob/main/config.json",
                  .published_params_b = 235.0,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen3, .gguf_arch = "qwen3moe",
                                            .n_layer = 94, .n_embd = 4096, .n_head = 64, .n_head_kv = 4,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 12288,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = false,
                                            .n_expert = 128, .n_expert_used = 8, .n_ff_exp = 1536,
                                            .n_expert_shared = 0, .n_ff_shexp = 0, .n_leading_dense = 0,
                                            .n_ctx_train = 40960}},

      // ---------------------------------------------------------------- Mixtral / Mistral (newer)
      // mistralai/Mixtral-8x7B-v0.1 config.json (read from the publisher's
      // mistralai/Mixtral-8x7B-Instruct-v0.1/config.json page and YeungNLP/firefly-mixtral-8x7b,
      // "_name_or_path": "mistralai/Mixtral-8x7B-v0.1"; identical shapes): 4096 hidden, 32 layers,
      // 32 heads, 8 kv heads, intermediate_size 14336 (the expert width; there is no dense FFN),
      // num_local_experts 8, num_experts_per_tok 2, vocab 32000, 32768 positions, sliding_window null.
      // Params: 46.7B total (HF safetensors total; the Mixtral paper says 47B total, 13B active).
      ModelPreset{.id = "mixtral-8x7b", .name = "Mixtral-8x7B", .family = "Mistral",
                  .source = "https://huggingface.co/mistralai/Mixtral-8x7B-v0.1/blob/main/config.json",
                  .published_params_b = 46.7,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 32, .n_embd = 4096, .n_head = 32, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 14336,
                                            .gated_ffn = true, .n_vocab = 32000, .tied_embeddings = false,
                                            .n_expert = 8, .n_expert_used = 2, .n_ff_exp = 14336,
                                            .n_ctx_train = 32768}},
      // mistralai/Mistral-Nemo-Base-2407 config.json (read from avemio/GRAG-NEMO-12B-CPT-HESSIAN-AI/config.json,
      // "_name_or_path": "mistralai/Mistral-Nemo-Base-2407", and intervitens/mini-magnum-12b-v1.1):
      // 5120 hidden, 40 layers, 32 heads, 8 kv heads, head_dim 128 (explicit; not 5120/32),
      // 14336 ffn, vocab 131072, untied, sliding_window null,
      // max_position_embeddings 1024000 (the model card advertises a 128k context window).
      // Params: 12.2B (HF safetensors total; model card "12B").
      ModelPreset{.id = "mistral-nemo-12b", .name = "Mistral-Nemo-12B", .family = "Mistral",
                  .source = "https://huggingface.co/mistralai/Mistral-Nemo-Base-2407/blob/main/config.json",
                  .published_params_b = 12.2,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 40, .n_embd = 5120, .n_head = 32, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 14336,
                                            .gated_ffn = true, .n_vocab = 131072, .tied_embeddings = false,
                                            .n_ctx_train = 1024000}},
      // mistralai/Mistral-Small-24B-Base-2501 config.json (read from
      // estrogen/Mistral-Small-24b-Sertraline-0304-eval-template/config.json, "_name_or_path":
      // "mistralai/Mistral-Small-24B-Base-2501", and yuzhen17/tmp_mistral_by_qwen_test): 5120 hidden,
      // 40 layers, 32 heads, 8 kv heads, head_dim 128, 32768 ffn, vocab 131072, untied,
      // 32768 positions, sliding_window null.
      // Params: 23.6B (HF safetensors total; model card "24B").
      ModelPreset{.id = "mistral-small-24b", .name = "Mistral-Small-24B", .family = "Mistral",
                  .source = "https://huggingface.co/mistralai/Mistral-Small-24B-Base-2501/blob/main/config.json",
                  .published_params_b = 23.6,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 40, .n_embd = 5120, .n_head = 32, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 32768,
                                            .gated_ffn = true, .n_vocab = 131072, .tied_embeddings = false,
                                            .n_ctx_train = 32768}},

      // ---------------------------------------------------------------- Gemma 2 (other sizes)
      // google/gemma-2-2b config.json (gated; read from a test fixture quoting it with
      // "_name_or_path": "google/gemma-2-2b", plus a gemma2 config-deserialisation test): 2304 hidden,
      // 26 layers, 8 heads, 4 kv heads, head_dim 256, 9216 ffn, vocab 256000, 8192 positions,
      // sliding_window 4096. Params: 2.61B (Gemma 2 report: 590M embedding + 2,024M non-embedding).
      ModelPreset{.id = "gemma2-2b", .name = "Gemma-2-2B", .family = "Gemma 2",
                  .source = "https://huggingface.co/google/gemma-2-2b/blob/main/config.json",
                  .published_params_b = 2.61,
                  .arch = ModelArchitecture{.family = ArchFamily::kGemma2, .gguf_arch = "gemma2",
                                            .n_layer = 26, .n_embd = 2304, .n_head = 8, .n_head_kv = 4,
                                            .head_dim_k = 256, .head_dim_v = 256, .n_ff = 9216,
                                            .gated_ffn = true, .n_vocab = 256000, .tied_embeddings = true,
                                            .sliding_window = 4096, .swa_pattern = 2,
                                            .n_ctx_train = 8192}},
      // google/gemma-2-27b config.json (gated; read from a transformers-style test fixture quoting the
      // Gemma2ForCausalLM 27B config, cross-checked with a PaliGemma2 conversion script): 4608 hidden,
      // 46 layers, 32 heads, 16 kv heads, head_dim 128, 36864 ffn, vocab 256000, 8192 positions,
      // sliding_window 4096, query_pre_attn_scalar 144.
      // Params: 27.23B (Gemma 2 report: 1,180M embedding + 26,047M non-embedding; HF 27.2B).
      ModelPreset{.id = "gemma2-27b", .name = "Gemma-2-27B", .family = "Gemma 2",
                  .source = "https://huggingface.co/google/gemma-2-27b/blob/main/config.json",
                  .published_params_b = 27.23,
                  .arch = ModelArchitecture{.family = ArchFamily::kGemma2, .gguf_arch = "gemma2",
                                            .n_layer = 46, .n_embd = 4608, .n_head = 32, .n_head_kv = 16,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 36864,
                                            .gated_ffn = true, .n_vocab = 256000, .tied_embeddings = true,
                                            .sliding_window = 4096, .swa_pattern = 2,
                                            .n_ctx_train = 8192}},

      // ---------------------------------------------------------------- Gemma 3
      // Gemma 3 4B/12B/27B are Gemma3ForConditionalGeneration; only the text_config matters here
      // (the SigLIP vision tower, ~417M params, is not part of the text GGUF). Fields absent from
      // text_config take Gemma3TextConfig defaults: max_position_embeddings 131072, vocab_size 262208.
      // n_vocab is 262144: llama.cpp's converter drops the out-of-vocabulary padding rows of
      // embed_tokens ("remove OOV (out-of-vocabulary) rows in token_embd"), so token_embd has the
      // tokenizer's 262144 rows. sliding_window 1024, sliding_window_pattern 6.
      //
      // google/gemma-3-4b-it config.json text_config (gated; read from a GitHub model table quoting
      // gemma3-4b: 2560 hidden, 34 layers, 8 heads, 4 kv heads, head_dim 256, 10240 ffn, tied).
      // Params: 3.88B text-only (Gemma 3 report Table 1: 675M embedding + 3,209M non-embedding;
      // the "4B" / 4.3B safetensors figure includes the vision encoder).
      ModelPreset{.id = "gemma3-4b", .name = "Gemma-3-4B", .family = "Gemma 3",
                  .source = "https://huggingface.co/google/gemma-3-4b-it/blob/main/config.json",
                  .published_params_b = 3.88,
                  .arch = ModelArchitecture{.family = ArchFamily::kGemma3, .gguf_arch = "gemma3",
                                            .n_layer = 34, .n_embd = 2560, .n_head = 8, .n_head_kv = 4,
                                            .head_dim_k = 256, .head_dim_v = 256, .n_ff = 10240,
                                            .gated_ffn = true, .n_vocab = 262144, .tied_embeddings = true,
                                            .sliding_window = 1024, .swa_pattern = 6,
                                            .n_ctx_train = 131072}},
      // google/gemma-3-12b-it config.json text_config (gated; read from a test fixture quoting the full
      // Gemma3ForConditionalGeneration 12B config, with layer_types 5 sliding : 1 full): 3840 hidden,
      // 48 layers, 16 heads, 8 kv heads, head_dim 256, 15360 ffn.
      // Params: 11.77B text-only (Gemma 3 report: 1,012M embedding + 10,759M non-embedding).
      ModelPreset{.id = "gemma3-12b", .name = "Gemma-3-12B", .family = "Gemma 3",
                  .source = "https://huggingface.co/google/gemma-3-12b-it/blob/main/config.json",
                  .published_params_b = 11.77,
                  .arch = ModelArchitecture{.family = ArchFamily::kGemma3, .gguf_arch = "gemma3",
                                            .n_layer = 48, .n_embd = 3840, .n_head = 16, .n_head_kv = 8,
                                            .head_dim_k = 256, .head_dim_v = 256, .n_ff = 15360,
                                            .gated_ffn = true, .n_vocab = 262144, .tied_embeddings = true,
                                            .sliding_window = 1024, .swa_pattern = 6,
                                            .n_ctx_train = 131072}},
      // google/gemma-3-27b-it config.json text_config (gated; read from the copy in TensorRT-LLM's
      // Gemma3 tests, GEMMA3_27B_MINI_CONFIG, layer count restored from the unmodified copy in a
      // Gemma3TextConfig port): head_dim 128, 5376 hidden, 21504 ffn, 32 heads, 62 layers,
      // 16 kv heads, query_pre_attn_scalar 168, rope_scaling linear x8, sliding_window 1024.
      // Params: 27.02B text-only (Gemma 3 report: 1,416M embedding + 25,600M non-embedding).
      ModelPreset{.id = "gemma3-27b", .name = "Gemma-3-27B", .family = "Gemma 3",
                  .source = "https://huggingface.co/google/gemma-3-27b-it/blob/main/config.json",
                  .published_params_b = 27.02,
                  .arch = ModelArchitecture{.family = ArchFamily::kGemma3, .gguf_arch = "gemma3",
                                            .n_layer = 62, .n_embd = 5376, .n_head = 32, .n_head_kv = 16,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 21504,
                                            .gated_ffn = true, .n_vocab = 262144, .tied_embeddings = true,
                                            .sliding_window = 1024, .swa_pattern = 6,
                                            .n_ctx_train = 131072}},

      // ---------------------------------------------------------------- Phi 4
      // microsoft/phi-4 config.json (read from the publisher's page, refs/pr/10, and the copy in
      // gaianet/phi-4-GGUF): Phi3ForCausalLM, 5120 hidden, 40 layers, 40 heads, 10 kv heads,
      // 17920 ffn, vocab 100352, untied, 16384 positions, sliding_window null.
      // Params: 14.7B (model card / HF safetensors).
      ModelPreset{.id = "phi4-14b", .name = "Phi-4-14B", .family = "Phi",
                  .source = "https://huggingface.co/microsoft/phi-4/blob/main/config.json",
                  .published_params_b = 14.7,
                  .arch = ModelArchitecture{.family = ArchFamily::kPhi3, .gguf_arch = "phi3",
                                            .n_layer = 40, .n_embd = 5120, .n_head = 40, .n_head_kv = 10,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 17920,
                                            .gated_ffn = true, .n_vocab = 100352, .tied_embeddings = false,
                                            .n_ctx_train = 16384}},

      // ---------------------------------------------------------------- gpt-oss
      // openai/gpt-oss-20b config.json (read from HF uploads of the unchanged GptOssForCausalLM config,
      // e.g. cryptonaut/AltiMind-sft/config.json, and keras/gpt_oss_20b_en for vocab 201088):
      // 2880 hidden, 24 layers, 64 heads, 8 kv heads, head_dim 64, intermediate_size 2880
      // (expert width; no dense FFN), num_local_experts 32, experts_per_token 4, attention_bias true,
      // layer_types alternate sliding/full starting with sliding, sliding_window 128,
      // 131072 positions (YaRN x32 over 4096), tie_word_embeddings false.
      // Params: 20.9B total / 3.6B active (model card).
      ModelPreset{.id = "gpt-oss-20b", .name = "gpt-oss-20b", .family = "gpt-oss",
                  .source = "https://huggingface.co/openai/gpt-oss-20b/blob/main/config.json",
                  .published_params_b = 20.9,
                  .arch = ModelArchitecture{.family = ArchFamily::kGptOss, .gguf_arch = "gpt-oss",
                                            .n_layer = 24, .n_embd = 2880, .n_head = 64, .n_head_kv = 8,
                                            .head_dim_k = 64, .head_dim_v = 64, .n_ff = 2880,
                                            .gated_ffn = true, .n_vocab = 201088, .tied_embeddings = false,
                                            .attn_qkv_bias = true, .attn_output_bias = true, .ffn_bias = true,
                                            .n_expert = 32, .n_expert_used = 4, .n_ff_exp = 2880,
                                            .sliding_window = 128, .swa_pattern = 2,
                                            .n_ctx_train = 131072}},
      // openai/gpt-oss-120b config.json (read from GohaDAYN/Affine-A10/config.json, an unchanged
      // 120b GptOssForCausalLM config, and the 20b->120b diff in Fred808/helium_memory): as 20b but
      // 36 layers and 128 local experts (4 per token).
      // Params: 116.8B total / 5.1B active (model card).
      ModelPreset{.id = "gpt-oss-120b", .name = "gpt-oss-120b", .family = "gpt-oss",
                  .source = "https://huggingface.co/openai/gpt-oss-120b/blob/main/config.json",
                  .published_params_b = 116.8,
                  .arch = ModelArchitecture{.family = ArchFamily::kGptOss, .gguf_arch = "gpt-oss",
                                            .n_layer = 36, .n_embd = 2880, .n_head = 64, .n_head_kv = 8,
                                            .head_dim_k = 64, .head_dim_v = 64, .n_ff = 2880,
                                            .gated_ffn = true, .n_vocab = 201088, .tied_embeddings = false,
                                            .attn_qkv_bias = true, .attn_output_bias = true, .ffn_bias = true,
                                            .n_expert = 128, .n_expert_used = 4, .n_ff_exp = 2880,
                                            .sliding_window = 128, .swa_pattern = 2,
                                            .n_ctx_train = 131072}},

      // ---------------------------------------------------------------- DeepSeek
      // deepseek-ai/DeepSeek-V3 config.json (read from a verbatim copy in cann-recipes-train
      // llm_rl/deepseek/verl_patches/config.json, cross-checked with vLLM's DeepseekV3Config defaults):
      // 7168 hidden, 61 layers, 128 heads, num_key_value_heads 128, intermediate_size 18432 (the
      // first_k_dense_replace = 3 dense layers), moe_intermediate_size 2048, n_routed_experts 256,
      // num_experts_per_tok 8, n_shared_experts 1, q_lora_rank 1536, kv_lora_rank 512,
      // qk_nope_head_dim 128 + qk_rope_head_dim 64 = 192 (k), v_head_dim 128, vocab 129280, untied,
      // max_position_embeddings 163840. The MTP module (num_nextn_predict_layers 1) is not counted.
      // Params: 671B (model card: 671B main model + 14B MTP module).
      ModelPreset{.id = "deepseek-v3", .name = "DeepSeek-V3", .family = "DeepSeek",
                  .source = "https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json",
                  .published_params_b = 671.0,
                  .arch = ModelArchitecture{.family = ArchFamily::kDeepseek2, .gguf_arch = "deepseek2",
                                            .n_layer = 61, .n_embd = 7168, .n_head = 128, .n_head_kv = 128,
                                            .head_dim_k = 192, .head_dim_v = 128, .n_ff = 18432,
                                            .gated_ffn = true, .n_vocab = 129280, .tied_embeddings = false,
                                            .n_expert = 256, .n_expert_used = 8, .n_ff_exp = 2048,
                                            .n_expert_shared = 1, .n_ff_shexp = 2048, .n_leading_dense = 3,
                                            .q_lora_rank = 1536, .kv_lora_rank = 512,
                                            .qk_rope_head_dim = 64, .qk_nope_head_dim = 128,
                                            .n_ctx_train = 163840}},
      // ================================================================ 2025 releases (added 2026-11)
      // ---------------------------------------------------------------- Qwen 3 (small dense)
      // Qwen/Qwen3-0.6B config.json (read from a Markdown note quoting it in full under "# Qwen/Qwen3-0.6B
      // ## model config", cross-checked with a planner fixture quoting "Qwen/Qwen3-0.6B"): 1024 hidden,
      // 28 layers, 16 heads, 8 kv heads, head_dim 128 (q is 2048 wide, not 1024), 3072 ffn, vocab 151936,
      // tie_word_embeddings true, 40960 positions.
      // Params: 0.596B (transformers num_parameters() and llama.cpp n_params of Qwen3-0.6B-Q4_K_M.gguf:
      // 596,049,920; the card rounds to 0.6B, and the Hub's safetensors total, 751,632,384, counts the
      // stored lm_head copy of the tied embedding a second time).
      ModelPreset{.id = "qwen3-0.6b", .name = "Qwen3-0.6B", .family = "Qwen 3",
                  .source = "https://huggingface.co/Qwen/Qwen3-0.6B/blob/main/config.json",
                  .published_params_b = 0.596,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen3, .gguf_arch = "qwen3",
                                            .n_layer = 28, .n_embd = 1024, .n_head = 16, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 3072,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = true,
                                            .n_ctx_train = 40960}},
      // Qwen/Qwen3-1.7B config.json (read from a planner fixture quoting "Qwen/Qwen3-1.7B (config.json)" and a
      // test fixture with "_name_or_path": "Qwen/Qwen3-1.7B"): 2048 hidden, 28 layers, 16 heads, 8 kv heads,
      // head_dim 128, 6144 ffn, vocab 151936, tied, 40960 positions.
      // Params: 1.72B (llama.cpp n_params of Qwen/Qwen3-1.7B-GGUF and KerasHub's qwen3_1.7b_en preset:
      // 1,720,574,976; the card says 1.7B).
      ModelPreset{.id = "qwen3-1.7b", .name = "Qwen3-1.7B", .family = "Qwen 3",
                  .source = "https://huggingface.co/Qwen/Qwen3-1.7B/blob/main/config.json",
                  .published_params_b = 1.72,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen3, .gguf_arch = "qwen3",
                                            .n_layer = 28, .n_embd = 2048, .n_head = 16, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 6144,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = true,
                                            .n_ctx_train = 40960}},
      // Qwen/Qwen3-4B config.json (read from citsjtu2020/LLM-Prof sglang/Model_Config.md, "Qwen3-4B", and a
      // planner fixture quoting it): 2560 hidden, 36 layers, 32 heads, 8 kv heads, head_dim 128, 9728 ffn,
      // vocab 151936, tied, 40960 positions.
      // Params: 4.02B (Hub safetensors total 4,022,468,096; the card says 4.0B).
      ModelPreset{.id = "qwen3-4b", .name = "Qwen3-4B", .family = "Qwen 3",
                  .source = "https://huggingface.co/Qwen/Qwen3-4B/blob/main/config.json",
                  .published_params_b = 4.02,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen3, .gguf_arch = "qwen3",
                                            .n_layer = 36, .n_embd = 2560, .n_head = 32, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 9728,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = true,
                                            .n_ctx_train = 40960}},

      // ---------------------------------------------------------------- Qwen 3 (2507 updates, Coder)
      // Qwen/Qwen3-4B-Instruct-2507 config.json (read from the 2507 config copied in akougkas/warpio-cli
      // warpio-docs/ai-docs/model_cards/qwen3:4b.md: rope_theta 5000000, max_position_embeddings 262144;
      // the Instruct-2507 card: 36 layers, 32 Q / 8 KV heads, "262,144 natively"): shapes as Qwen3-4B,
      // 262144 positions.
      // Params: 4.02B (llama.cpp model_n_params of Qwen3-4B-Instruct-2507-Q4_K_M.gguf: 4,022,468,096).
      ModelPreset{.id = "qwen3-4b-2507", .name = "Qwen3-4B-Instruct-2507", .family = "Qwen 3",
                  .source = "https://huggingface.co/Qwen/Qwen3-4B-Instruct-2507/blob/main/config.json",
                  .published_params_b = 4.02,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen3, .gguf_arch = "qwen3",
                                            .n_layer = 36, .n_embd = 2560, .n_head = 32, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 9728,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = true,
                                            .n_ctx_train = 262144}},
      // Qwen/Qwen3-30B-A3B-Instruct-2507 config.json (read from the config dump of its twin
      // Qwen3-30B-A3B-Thinking-2507 in a model-inspector report, "/models/opensource/Qwen3-30B-A3B-Thinking-
      // 2507-FP8": 2048 hidden, 48 layers, 32 heads, 4 kv heads, head_dim 128, moe_intermediate_size 768,
      // 128 experts, 8 per token, mlp_only_layers [], vocab 151936, untied, max_position_embeddings 262144;
      // the Instruct-2507 card, peterhan91/mimic_skills docs/qwen3-a3b.md: same counts, "262,144 natively").
      // Params: 30.5B total / 3.3B active (model card; the safetensors index of the same shape,
      // Qwen3-Coder-30B-A3B, says 30,532,122,624).
      ModelPreset{.id = "qwen3-30b-a3b-2507", .name = "Qwen3-30B-A3B-Instruct-2507", .family = "Qwen 3",
                  .source = "https://huggingface.co/Qwen/Qwen3-30B-A3B-Instruct-2507/blob/main/config.json",
                  .published_params_b = 30.5,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen3, .gguf_arch = "qwen3moe",
                                            .n_layer = 48, .n_embd = 2048, .n_head = 32, .n_head_kv = 4,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 6144,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = false,
                                            .n_expert = 128, .n_expert_used = 8, .n_ff_exp = 768,
                                            .n_ctx_train = 262144}},
      // Qwen/Qwen3-235B-A22B-Instruct-2507 config.json (read from a model-inspector report quoting the raw
      // config of ".../Qwen3-235B-A22B-Instruct-2507/config.json"): 4096 hidden, 94 layers, 64 heads, 4 kv
      // heads, head_dim 128, moe_intermediate_size 1536, 128 experts, 8 per token, mlp_only_layers [],
      // vocab 151936, untied, max_position_embeddings 262144.
      // Params: 235B total / 22B active (model card).
      ModelPreset{.id = "qwen3-235b-a22b-2507", .name = "Qwen3-235B-A22B-Instruct-2507", .family = "Qwen 3",
                  .source = "https://huggingface.co/Qwen/Qwen3-235B-A22B-Instruct-2507/blob/main/config.json",
                  .published_params_b = 235.0,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen3, .gguf_arch = "qwen3moe",
                                            .n_layer = 94, .n_embd = 4096, .n_head = 64, .n_head_kv = 4,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 12288,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = false,
                                            .n_expert = 128, .n_expert_used = 8, .n_ff_exp = 1536,
                                            .n_ctx_train = 262144}},
      // Qwen/Qwen3-Coder-30B-A3B-Instruct config.json (read from the verbatim copy in lucienhuangfu/eLLM
      // models/Qwen3-Coder-30B-A3B-Instruct/config.json): 2048 hidden, 48 layers, 32 heads, 4 kv heads,
      // head_dim 128, intermediate_size 5472 (unused: every layer is MoE), moe_intermediate_size 768,
      // 128 experts, 8 per token, vocab 151936, untied, 262144 positions.
      // Params: 30.53B (model.safetensors.index.json "total_parameters": 30,532,122,624, copy in
      // deepit-cz/amd-npu-converting); 3.3B active (model card).
      ModelPreset{.id = "qwen3-coder-30b-a3b", .name = "Qwen3-Coder-30B-A3B", .family = "Qwen 3",
                  .source = "https://huggingface.co/Qwen/Qwen3-Coder-30B-A3B-Instruct/blob/main/config.json",
                  .published_params_b = 30.532,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen3, .gguf_arch = "qwen3moe",
                                            .n_layer = 48, .n_embd = 2048, .n_head = 32, .n_head_kv = 4,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 5472,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = false,
                                            .n_expert = 128, .n_expert_used = 8, .n_ff_exp = 768,
                                            .n_ctx_train = 262144}},
      // Qwen/Qwen3-Coder-480B-A35B-Instruct config.json (read from the full copy in a deployment guide that
      // adds a quantization_config to it, and a Rust test quoting qwen3_coder_480b_a35b_config): 6144 hidden,
      // 62 layers, 96 heads, 8 kv heads, head_dim 128, intermediate_size 8192 (unused), moe_intermediate_size
      // 2560, 160 experts, 8 per token, vocab 151936, untied, 262144 positions.
      // Params: 480B total / 35B active (model card).
      ModelPreset{.id = "qwen3-coder-480b-a35b", .name = "Qwen3-Coder-480B-A35B", .family = "Qwen 3",
                  .source = "https://huggingface.co/Qwen/Qwen3-Coder-480B-A35B-Instruct/blob/main/config.json",
                  .published_params_b = 480.0,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen3, .gguf_arch = "qwen3moe",
                                            .n_layer = 62, .n_embd = 6144, .n_head = 96, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 8192,
                                            .gated_ffn = true, .n_vocab = 151936, .tied_embeddings = false,
                                            .n_expert = 160, .n_expert_used = 8, .n_ff_exp = 2560,
                                            .n_ctx_train = 262144}},

      // ---------------------------------------------------------------- Llama 3.3
      // meta-llama/Llama-3.3-70B-Instruct config.json (gated; read from the copy quoted as config_llama_70b in
      // a parameter-counter test: eos [128001, 128008, 128009], transformers_version "4.47.0.dev0", the 3.3
      // release's): 8192 hidden, 80 layers, 64 heads, 8 kv heads, head_dim 128, 28672 ffn, vocab 128256,
      // untied, llama3 rope scaling (factor 8) -> rope_freqs, 131072 positions.
      // Params: 70.55B (Hub safetensors total 70,553,706,496).
      ModelPreset{.id = "llama3.3-70b", .name = "Llama-3.3-70B", .family = "Llama 3.3",
                  .source = "https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct/blob/main/config.json",
                  .published_params_b = 70.55,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 80, .n_embd = 8192, .n_head = 64, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 28672,
                                            .gated_ffn = true, .n_vocab = 128256, .tied_embeddings = false,
                                            .rope_freqs = true, .n_ctx_train = 131072}},

      // ---------------------------------------------------------------- Gemma 3 (text-only small sizes)
      // google/gemma-3-1b-it config.json (gated; Gemma3ForCausalLM, text only; read from the config quoted in
      // a checkpoint-loader test as payload_1b for google/gemma-3-1b-it): 1152 hidden, 26 layers, 4 heads,
      // 1 kv head, head_dim 256, 6912 ffn, vocab 262144 (no padding rows), sliding_window 512,
      // sliding_window_pattern 6, 32768 positions. Gemma ties embeddings.
      // Params: 1.00B (999,885,952: Hub safetensors total, and KerasHub's gemma3_1b preset).
      ModelPreset{.id = "gemma3-1b", .name = "Gemma-3-1B", .family = "Gemma 3",
                  .source = "https://huggingface.co/google/gemma-3-1b-it/blob/main/config.json",
                  .published_params_b = 0.99989,
                  .arch = ModelArchitecture{.family = ArchFamily::kGemma3, .gguf_arch = "gemma3",
                                            .n_layer = 26, .n_embd = 1152, .n_head = 4, .n_head_kv = 1,
                                            .head_dim_k = 256, .head_dim_v = 256, .n_ff = 6912,
                                            .gated_ffn = true, .n_vocab = 262144, .tied_embeddings = true,
                                            .sliding_window = 512, .swa_pattern = 6,
                                            .n_ctx_train = 32768}},
      // google/gemma-3-270m config.json (gated; read from the copy in circuit-tracer's tests,
      // gemma_3_config_dict, loaded beside AutoConfig.from_pretrained("google/gemma-3-270m")): Gemma3ForCausalLM,
      // 640 hidden, 18 layers, 4 heads, 1 kv head, head_dim 256, 2048 ffn, vocab 262144, sliding_window 512,
      // layer_types 5 sliding : 1 full, 32768 positions.
      // Params: 0.268B (Hub safetensors total of google/gemma-3-270m-it: 268,098,176).
      ModelPreset{.id = "gemma3-270m", .name = "Gemma-3-270M", .family = "Gemma 3",
                  .source = "https://huggingface.co/google/gemma-3-270m/blob/main/config.json",
                  .published_params_b = 0.268098,
                  .arch = ModelArchitecture{.family = ArchFamily::kGemma3, .gguf_arch = "gemma3",
                                            .n_layer = 18, .n_embd = 640, .n_head = 4, .n_head_kv = 1,
                                            .head_dim_k = 256, .head_dim_v = 256, .n_ff = 2048,
                                            .gated_ffn = true, .n_vocab = 262144, .tied_embeddings = true,
                                            .sliding_window = 512, .swa_pattern = 6,
                                            .n_ctx_train = 32768}},

      // ---------------------------------------------------------------- Phi 4 mini
      // microsoft/Phi-4-mini-instruct config.json (read from a planner fixture quoting it,
      // "microsoft/Phi-4-mini-instruct (config.json, fields the planner reads)"): Phi3ForCausalLM, 3072 hidden,
      // 32 layers, 24 heads, 8 kv heads (head_dim 128), 8192 ffn, vocab 200064, tie_word_embeddings true,
      // partial_rotary_factor 0.75 (rotary width only: no tensor changes), 131072 positions; its
      // sliding_window 262144 is unused (llama.cpp disables Phi SWA). Its longrope scaling makes the
      // converter also write rope_factors_long/short (2 x 48 F32 values, 384 bytes), not modelled here.
      // Params: 3.84B (Hub safetensors total).
      ModelPreset{.id = "phi4-mini", .name = "Phi-4-mini", .family = "Phi",
                  .source = "https://huggingface.co/microsoft/Phi-4-mini-instruct/blob/main/config.json",
                  .published_params_b = 3.84,
                  .arch = ModelArchitecture{.family = ArchFamily::kPhi3, .gguf_arch = "phi3",
                                            .n_layer = 32, .n_embd = 3072, .n_head = 24, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 8192,
                                            .gated_ffn = true, .n_vocab = 200064, .tied_embeddings = true,
                                            .n_ctx_train = 131072}},

      // ---------------------------------------------------------------- DeepSeek (R1 and distills)
      // deepseek-ai/DeepSeek-R1 config.json (read from the copy quoted as config_Deepseek_R1 in a
      // parameter-counter test): identical to DeepSeek-V3's (7168 hidden, 61 layers, 128 heads, 3 dense
      // layers of 18432, 256 experts of 2048, 8 per token, 1 shared, q_lora 1536, kv_lora 512, nope 128 +
      // rope 64, v 128, vocab 129280, 163840 positions). The MTP module is not counted (as for deepseek-v3).
      // Params: 671B total / 37B active (model card).
      ModelPreset{.id = "deepseek-r1", .name = "DeepSeek-R1", .family = "DeepSeek",
                  .source = "https://huggingface.co/deepseek-ai/DeepSeek-R1/blob/main/config.json",
                  .published_params_b = 671.0,
                  .arch = ModelArchitecture{.family = ArchFamily::kDeepseek2, .gguf_arch = "deepseek2",
                                            .n_layer = 61, .n_embd = 7168, .n_head = 128, .n_head_kv = 128,
                                            .head_dim_k = 192, .head_dim_v = 128, .n_ff = 18432,
                                            .gated_ffn = true, .n_vocab = 129280, .tied_embeddings = false,
                                            .n_expert = 256, .n_expert_used = 8, .n_ff_exp = 2048,
                                            .n_expert_shared = 1, .n_ff_shexp = 2048, .n_leading_dense = 3,
                                            .q_lora_rank = 1536, .kv_lora_rank = 512,
                                            .qk_rope_head_dim = 64, .qk_nope_head_dim = 128,
                                            .n_ctx_train = 163840}},
      // deepseek-ai/DeepSeek-R1-Distill-Qwen-32B: Qwen2ForCausalLM fine-tuned from Qwen2.5-32B (the Hub's
      // model API, captured in daniel-p-green/alain-ai-learning-platform out/research-deepseek-ai-deepseek-r1-
      // distill-qwen-32b: Qwen2ForCausalLM, context window 131072, vocab 152064), with Qwen2.5-32B's shapes
      // (5120 hidden, 64 layers, 40 heads, 8 kv heads, 27648 ffn, q/k/v biases, untied).
      // Params: 32.76B (Hub safetensors total 32,763,876,352, which these shapes give exactly).
      ModelPreset{.id = "deepseek-r1-distill-qwen-32b", .name = "DeepSeek-R1-Distill-Qwen-32B", .family = "DeepSeek",
                  .source = "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B/blob/main/config.json",
                  .published_params_b = 32.764,
                  .arch = ModelArchitecture{.family = ArchFamily::kQwen2, .gguf_arch = "qwen2",
                                            .n_layer = 64, .n_embd = 5120, .n_head = 40, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 27648,
                                            .gated_ffn = true, .n_vocab = 152064, .tied_embeddings = false,
                                            .attn_qkv_bias = true, .n_ctx_train = 131072}},
      // deepseek-ai/DeepSeek-R1-Distill-Llama-70B: fine-tuned from Llama-3.3-70B-Instruct; its config (quoted
      // in full in a GitHub issue, "the config.json from deepseek") has Llama-3.3-70B's shapes: 8192 hidden,
      // 80 layers, 64 heads, 8 kv heads, 28672 ffn, vocab 128256, llama3 rope scaling (factor 8), 131072
      // positions. A GGUF of it read by llama.cpp: arch llama, 70.55 B params, 80 layers, n_ctx_train 131072.
      // Params: 70.55B (Hub safetensors total 70,553,706,496).
      ModelPreset{.id = "deepseek-r1-distill-llama-70b", .name = "DeepSeek-R1-Distill-Llama-70B", .family = "DeepSeek",
                  .source = "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Llama-70B/blob/main/config.json",
                  .published_params_b = 70.55,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama, .gguf_arch = "llama",
                                            .n_layer = 80, .n_embd = 8192, .n_head = 64, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 28672,
                                            .gated_ffn = true, .n_vocab = 128256, .tied_embeddings = false,
                                            .rope_freqs = true, .n_ctx_train = 131072}},

      // ---------------------------------------------------------------- Kimi
      // moonshotai/Kimi-K2-Instruct config.json (read from a model-inspector report quoting the raw
      // ".../moonshotai/Kimi-K2-Instruct/config.json"): DeepseekV3ForCausalLM (model_type kimi_k2, llama.cpp
      // deepseek2), 7168 hidden, 61 layers, 64 heads, num_key_value_heads 64, first_k_dense_replace 1 of
      // intermediate_size 18432, 384 routed experts of 2048, 8 per token, 1 shared, q_lora_rank 1536,
      // kv_lora_rank 512, qk_nope 128 + qk_rope 64, v_head_dim 128, vocab 163840, untied,
      // max_position_embeddings 131072, num_nextn_predict_layers 0.
      // Params: 1026.47B (the same report's sum over the checkpoint's tensors, 1,026,470,731,056, which also
      // counts the FP8 scale tensors; the card rounds to "1T total, 32B activated").
      ModelPreset{.id = "kimi-k2", .name = "Kimi-K2", .family = "Kimi",
                  .source = "https://huggingface.co/moonshotai/Kimi-K2-Instruct/blob/main/config.json",
                  .published_params_b = 1026.47,
                  .arch = ModelArchitecture{.family = ArchFamily::kDeepseek2, .gguf_arch = "deepseek2",
                                            .n_layer = 61, .n_embd = 7168, .n_head = 64, .n_head_kv = 64,
                                            .head_dim_k = 192, .head_dim_v = 128, .n_ff = 18432,
                                            .gated_ffn = true, .n_vocab = 163840, .tied_embeddings = false,
                                            .n_expert = 384, .n_expert_used = 8, .n_ff_exp = 2048,
                                            .n_expert_shared = 1, .n_ff_shexp = 2048, .n_leading_dense = 1,
                                            .q_lora_rank = 1536, .kv_lora_rank = 512,
                                            .qk_rope_head_dim = 64, .qk_nope_head_dim = 128,
                                            .n_ctx_train = 131072}},

      // ---------------------------------------------------------------- GLM (glm4moe)
      // zai-org/GLM-4.5 (Glm4MoeForCausalLM). Read from Z.ai's own training recipe (THUDM slime
      // scripts/models/glm4.5-355B-A32B.sh, copy zyzshishui/slime: 92 layers = 3 dense + 89 MoE, hidden 5120,
      // ffn 12288, 96 heads, 8 query groups, kv-channels 128, --add-qkv-bias, --qk-layernorm, rotary 0.5,
      // untied, vocab 151552, 160 experts of 1536, top-8, shared expert 1536) and Megatron-Bridge's GLM 4.5
      // page (the same, context 131,072, 1 MTP layer). llama.cpp (glm4-moe.cpp) converts the MTP layer as a
      // 93rd block (block_count = num_hidden_layers + num_nextn_predict_layers) whose tensors it does not
      // load: n_layer 93, n_layer_nextn 1. That block carries its own embed_tokens and shared_head.head:
      // with them these shapes give the checkpoint's total exactly.
      // Params: 358.34B (Hub safetensors total 358,337,791,296, MTP layer included; the card's "355B total,
      // 32B active" leaves the MTP layer out).
      ModelPreset{.id = "glm4.5", .name = "GLM-4.5", .family = "GLM",
                  .source = "https://huggingface.co/zai-org/GLM-4.5/blob/main/config.json",
                  .published_params_b = 358.34,
                  .arch = ModelArchitecture{.family = ArchFamily::kGlm4Moe, .gguf_arch = "glm4moe",
                                            .n_layer = 93, .n_embd = 5120, .n_head = 96, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 12288,
                                            .gated_ffn = true, .n_vocab = 151552, .tied_embeddings = false,
                                            .attn_qkv_bias = true, .attn_qk_norm = true,
                                            .n_expert = 160, .n_expert_used = 8, .n_ff_exp = 1536,
                                            .n_expert_shared = 1, .n_ff_shexp = 1536, .n_leading_dense = 3,
                                            .n_layer_nextn = 1, .n_ctx_train = 131072}},
      // zai-org/GLM-4.5-Air, read as GLM-4.5 (slime scripts/models/glm4.5-106B-A12B.sh: 46 layers = 1 dense +
      // 45 MoE, hidden 4096, ffn 10944, 96 heads, 8 query groups, kv-channels 128, --add-qkv-bias, no
      // --qk-layernorm, vocab 151552, 128 experts of 1408, shared expert 1408; Megatron-Bridge: top-8,
      // context 131,072, 1 MTP layer, "No QK LayerNorm"). llama.cpp on its GGUF: 110.47 B params,
      // n_ctx_train 131072, 48/48 layers offloaded (47 blocks + output).
      // Params: 110.47B (Hub safetensors total 110,468,824,832, MTP layer included; card "106B / 12B active").
      ModelPreset{.id = "glm4.5-air", .name = "GLM-4.5-Air", .family = "GLM",
                  .source = "https://huggingface.co/zai-org/GLM-4.5-Air/blob/main/config.json",
                  .published_params_b = 110.47,
                  .arch = ModelArchitecture{.family = ArchFamily::kGlm4Moe, .gguf_arch = "glm4moe",
                                            .n_layer = 47, .n_embd = 4096, .n_head = 96, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 10944,
                                            .gated_ffn = true, .n_vocab = 151552, .tied_embeddings = false,
                                            .attn_qkv_bias = true,
                                            .n_expert = 128, .n_expert_used = 8, .n_ff_exp = 1408,
                                            .n_expert_shared = 1, .n_ff_shexp = 1408, .n_leading_dense = 1,
                                            .n_layer_nextn = 1, .n_ctx_train = 131072}},

      // ---------------------------------------------------------------- Llama 4
      // meta-llama/Llama-4-Scout-17B-16E-Instruct config.json text_config (gated; read from configs quoted in
      // tests: a HybridMoE parser test's test_parse_llama4_scout_config and neuronx-distributed-inference's
      // LLAMA4_SCOUT_MINIMAL_MOCK_CONFIG, rope_scaling from a Llama4Config test "Llama 4 Scout ships rope_type
      // llama3 (factor 16)"): 5120 hidden, 48 layers, 40 heads, 8 kv heads, head_dim 128, intermediate_size
      // 8192 (the expert width), intermediate_size_mlp 16384 (dense blocks; none here), 16 experts, 1 per
      // token, interleave_moe_layer_step 1, one shared expert (llama.cpp: as wide as a routed one), vocab
      // 202048, untied, llama3 rope scaling -> rope_freqs, attention_chunk_size 8192 (llama.cpp: chunked
      // attention on 3 of every 4 blocks), 10485760 positions. The vision encoder is not in the text GGUF.
      // Params: 107.77B text-only (llama.cpp's params of the Scout GGUFs; the card's "109B" counts the
      // vision encoder); 17B active (card).
      ModelPreset{.id = "llama4-scout", .name = "Llama-4-Scout-17B-16E", .family = "Llama 4",
                  .source = "https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct/blob/main/config.json",
                  .published_params_b = 107.77,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama4, .gguf_arch = "llama4",
                                            .n_layer = 48, .n_embd = 5120, .n_head = 40, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 16384,
                                            .gated_ffn = true, .n_vocab = 202048, .tied_embeddings = false,
                                            .rope_freqs = true,
                                            .n_expert = 16, .n_expert_used = 1, .n_ff_exp = 8192,
                                            .n_expert_shared = 1, .n_ff_shexp = 8192, .moe_layer_step = 1,
                                            .sliding_window = 8192, .swa_pattern = 4,
                                            .n_ctx_train = 10485760}},
      // meta-llama/Llama-4-Maverick-17B-128E-Instruct config.json text_config (gated; read from TensorRT-LLM's
      // LLAMA_4_MAVERICK_TWO_LAYER_CONFIG, "Llama4 Maverick config but with only 2 layers ... reduced from 48
      // layers", and a HybridMoE parser test quoting it with 48): as Scout but 128 experts,
      // interleave_moe_layer_step 2 (blocks 1, 3, 5, ... MoE; the others dense of 16384), rope_scaling null
      // (no rope_freqs), 1048576 positions.
      // Params: 400B total / 17B active (model card; text-only, the encoder is not in the GGUF).
      ModelPreset{.id = "llama4-maverick", .name = "Llama-4-Maverick-17B-128E", .family = "Llama 4",
                  .source = "https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct/blob/main/config.json",
                  .published_params_b = 400.0,
                  .arch = ModelArchitecture{.family = ArchFamily::kLlama4, .gguf_arch = "llama4",
                                            .n_layer = 48, .n_embd = 5120, .n_head = 40, .n_head_kv = 8,
                                            .head_dim_k = 128, .head_dim_v = 128, .n_ff = 16384,
                                            .gated_ffn = true, .n_vocab = 202048, .tied_embeddings = false,
                                            .n_expert = 128, .n_expert_used = 1, .n_ff_exp = 8192,
                                            .n_expert_shared = 1, .n_ff_shexp = 8192, .moe_layer_step = 2,
                                            .sliding_window = 8192, .swa_pattern = 4,
                                            .n_ctx_train = 1048576}},
  };
  for (auto& preset : presets) preset.published = published_repos(preset.id);
  return presets;
  }();
  return catalog;
}

}  // namespace fitplan
