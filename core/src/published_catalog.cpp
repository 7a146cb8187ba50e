// Published GGUF files of the built-in models: the Hugging Face repositories people download them
// from, and the llama.cpp file types each one publishes (see published.hpp).
//
// Only repositories and files read in one of these sources are listed (each repo's `source` names its
// own; sizes are exact only where a source gives bytes, else 0 and the planner predicts the size):
//   JAN  janhq/model-catalog model_catalog.json (and, for some 2025 models, model_catalog_v2.json in the
//        same repository): Jan's catalog, generated from the Hugging Face API file listing of each repo
//        (the commit named per repo is the newest snapshot holding it). Its sizes are rounded, so they
//        are not used.
//   XINF xorbitsai/inference xinference/model/llm/llm_family.json (commit 7ecec16b6, 2026-08): repo,
//        quantizations, file-name template and the shard count of each split file.
//   LMS  lmstudio-ai/model-catalog catalog.json (commit 78bd560, 2024-08-01): file name, exact
//        sizeBytes and sha256 of one or two files per model.
//   REF  GitHub code naming the repo and file (download scripts and model tables), found with a
//        search of public source; the weakest evidence here, used for a few large models only.
//
// Publisher names that are not llama.cpp file types are left out: bartowski's *_L / *_XL (Q8_0
// embeddings over a K-quant mix), unsloth's UD-* dynamic quants and Q2_K_L, DeepSeek's Q2_K_XS, and
// the ARM repacks Q4_0_4_4 / Q4_0_4_8 / Q4_0_8_8. Aliases are mapped: Q3_K / Q4_K / Q5_K are
// llama-quantize's names for Q3_K_M / Q4_K_M / Q5_K_M; fp16 / f16 = F16; fp32 / f32 = F32; MXFP4 = MXFP4_MOE.
// A split file is named by its first shard (llama.cpp loads the rest); its size is all shards.
//
// Most presets are base models while most GGUFs are of the instruct/chat fine-tune, which has the same
// architecture (identical memory and speed): `variant` says so. No model here lacks a repository.
#include <cstdio>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include "fitplan/published.hpp"

namespace fitplan {
namespace {

constexpr const char* kJan = "https://github.com/janhq/model-catalog/blob/";  // + commit + "/model_catalog.json"
constexpr const char* kXinf =
    "https://github.com/xorbitsai/inference/blob/7ecec16b6/xinference/model/llm/llm_family.json";
constexpr const char* kLms = "https://github.com/lmstudio-ai/model-catalog/blob/78bd560/catalog.json";

std::string jan(const char* commit) { return std::string(kJan) + commit + "/model_catalog.json"; }
// Jan's second catalog file in the same repository (model_catalog_v2.json, same format).
std::string jan2(const char* commit) { return std::string(kJan) + commit + "/model_catalog_v2.json"; }

PublishedFile file(FileType type, std::string name = "", Bytes bytes = 0) {
  return PublishedFile{.file_type = type, .file_bytes = bytes, .file_name = std::move(name)};
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

// One file per type, named by a pattern: "{}" becomes the type's llama.cpp name ("Q4_K_M"), "{lc}"
// the same in lower case ("q4_k_m").
std::vector<PublishedFile> ladder(std::string_view pattern, std::initializer_list<FileType> types) {
  std::vector<PublishedFile> files;
  for (FileType type : types) {
    const std::string name = file_type_info(type).name;
    std::string out(pattern);
    if (auto at = out.find("{lc}"); at != std::string::npos) out.replace(at, 4, lower(name));
    if (auto at = out.find("{}"); at != std::string::npos) out.replace(at, 2, name);
    files.push_back(file(type, out));
  }
  return files;
}

// The first shard of a file split by llama-gguf-split: "<stem>-00001-of-0000N.gguf".
std::string first_shard(const std::string& stem, int parts) {
  char suffix[32];
  std::snprintf(suffix, sizeof suffix, "-00001-of-%05d.gguf", parts);
  return stem + suffix;
}

std::vector<PublishedFile> operator+(std::vector<PublishedFile> a, const std::vector<PublishedFile>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

using Catalog = std::map<std::string, std::vector<PublishedRepo>, std::less<>>;

Catalog build() {
  using enum FileType;
  // The ladder bartowski published for 2024 models (imatrix; IQ types and the K-quant ladder).
  const auto bartowski_2024 = [](const std::string& stem) {
    return ladder(stem + "-{}.gguf", {kIQ2_M, kIQ3_XS, kIQ3_M, kIQ4_XS, kQ2_K, kQ3_K_S, kQ3_K_M, kQ3_K_L, kQ4_0,
                                      kQ4_K_S, kQ4_K_M, kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0}) +
           std::vector{file(kF16, stem + "-f16.gguf")};
  };
  // The K-quant ladder of TheBloke's repos (his names are lower case: "llama-2-7b.Q4_K_M.gguf").
  const auto thebloke = [](const std::string& stem) {
    return ladder(stem + ".{}.gguf", {kQ2_K, kQ3_K_S, kQ3_K_M, kQ3_K_L, kQ4_0, kQ4_K_S, kQ4_K_M, kQ5_0, kQ5_K_S,
                                      kQ5_K_M, kQ6_K, kQ8_0});
  };
  // unsloth's standard (non-dynamic) files.
  const auto unsloth = [](const std::string& stem, std::initializer_list<FileType> types) {
    return ladder(stem + "-{}.gguf", types);
  };
  // A repo whose every file is split into a folder "<TYPE>/<stem>-<TYPE>-0000k-of-0000N.gguf".
  const auto split_folders = [](const std::string& stem, std::initializer_list<std::pair<FileType, int>> parts) {
    std::vector<PublishedFile> files;
    for (auto [type, n] : parts) {
      const std::string name = file_type_info(type).name;
      std::string path = name;
      path.append("/").append(stem).append("-").append(name);
      files.push_back(file(type, first_shard(path, n)));
    }
    return files;
  };
  // Qwen's own GGUF repos name files in lower case and split the larger ones.
  const auto qwen_split = [](const std::string& stem, std::initializer_list<std::pair<FileType, int>> parts) {
    std::vector<PublishedFile> files;
    for (auto [type, n] : parts) {
      const std::string name = stem + "-" + lower(file_type_info(type).name);
      files.push_back(file(type, n > 1 ? first_shard(name, n) : name + ".gguf", 0));
    }
    return files;
  };

  Catalog c;

  // ---------------------------------------------------------------- Llama 3
  c["llama3-8b"] = {
      {.repo = "QuantFactory/Meta-Llama-3-8B-GGUF", .publisher = "QuantFactory",
       .files = ladder("Meta-Llama-3-8B.{}.gguf", {kQ2_K, kQ3_K_S, kQ3_K_M, kQ3_K_L, kQ4_0, kQ4_1, kQ4_K_S, kQ4_K_M,
                                                   kQ5_0, kQ5_1, kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0}),
       .source = kXinf},
      // LMS lists the Q4_K_M file (its "quantization" field says Q4_K_S, a slip: the file name,
      // XINF and JAN agree on Q4_K_M) at 4,920,733,888 bytes, sha256 ab9e4eec...
      {.repo = "lmstudio-community/Meta-Llama-3-8B-Instruct-GGUF", .publisher = "lmstudio-community",
       .variant = "Instruct",
       .files = ladder("Meta-Llama-3-8B-Instruct-{}.gguf", {kIQ3_M, kQ5_K_M, kQ6_K, kQ8_0}) +
                std::vector{file(kQ4_K_M, "Meta-Llama-3-8B-Instruct-Q4_K_M.gguf", 4920733888ull)},
       .source = std::string(kLms) + "; " + kXinf + "; " + jan("da6c59b")},
      {.repo = "bartowski/Meta-Llama-3-8B-Instruct-GGUF", .publisher = "bartowski", .variant = "Instruct",
       .files = ladder("Meta-Llama-3-8B-Instruct-{}.gguf",
                       {kIQ1_S, kIQ1_M, kIQ2_XXS, kIQ2_XS, kIQ2_S, kIQ2_M, kIQ3_XXS, kIQ3_XS, kIQ3_S, kIQ3_M,
                        kIQ4_XS, kIQ4_NL, kQ2_K, kQ3_K_S, kQ3_K_M, kQ3_K_L, kQ4_K_S, kQ4_K_M, kQ5_K_S, kQ5_K_M,
                        kQ6_K, kQ8_0}) +
                std::vector{file(kF16, "Meta-Llama-3-8B-Instruct-fp16.gguf"),
                            file(kF32, "Meta-Llama-3-8B-Instruct-fp32.gguf")},
       .source = jan("da6c59b")},
  };
  c["llama3-70b"] = {
      {.repo = "NousResearch/Meta-Llama-3-70B-GGUF", .publisher = "NousResearch",
       .files = ladder("Meta-Llama-3-70B-{}.gguf", {kQ4_K_M, kQ5_K_M}), .source = kXinf},
      {.repo = "lmstudio-community/Meta-Llama-3-70B-Instruct-GGUF", .publisher = "lmstudio-community",
       .variant = "Instruct",
       .files = ladder("Meta-Llama-3-70B-Instruct-{}.gguf", {kIQ1_M, kIQ2_XS, kQ4_K_M}), .source = kXinf},
      // REF: download links to Meta-Llama-3-70B-Instruct-IQ4_XS.gguf in public READMEs.
      {.repo = "bartowski/Meta-Llama-3-70B-Instruct-GGUF", .publisher = "bartowski", .variant = "Instruct",
       .files = {file(kIQ4_XS, "Meta-Llama-3-70B-Instruct-IQ4_XS.gguf")},
       .source = "GitHub code search: https://huggingface.co/bartowski/Meta-Llama-3-70B-Instruct-GGUF/resolve/main/"
                 "Meta-Llama-3-70B-Instruct-IQ4_XS.gguf"},
  };

  // ---------------------------------------------------------------- Llama 2 (TheBloke, 2023)
  c["llama2-7b"] = {
      {.repo = "TheBloke/Llama-2-7B-GGUF", .publisher = "TheBloke", .files = thebloke("llama-2-7b"),
       .source = kXinf},
      {.repo = "TheBloke/Llama-2-7B-Chat-GGUF", .publisher = "TheBloke", .variant = "Chat",
       .files = thebloke("llama-2-7b-chat"), .source = std::string(kXinf) + "; " + jan("b5aab5e")},
  };
  c["llama2-13b"] = {
      {.repo = "TheBloke/Llama-2-13B-GGUF", .publisher = "TheBloke", .files = thebloke("llama-2-13b"),
       .source = kXinf},
      {.repo = "TheBloke/Llama-2-13B-chat-GGUF", .publisher = "TheBloke", .variant = "Chat",
       .files = thebloke("llama-2-13b-chat"), .source = kXinf},
  };

  // ---------------------------------------------------------------- Mistral 7B
  c["mistral-7b"] = {
      {.repo = "TheBloke/Mistral-7B-v0.1-GGUF", .publisher = "TheBloke", .files = thebloke("mistral-7b-v0.1"),
       .source = kXinf},
      // LMS: Q4_K_S 4,140,373,664 bytes (sha256 f1b7f188...), Q6_K 5,942,064,800 bytes (sha256 dfb053cb...).
      {.repo = "TheBloke/Mistral-7B-Instruct-v0.1-GGUF", .publisher = "TheBloke", .variant = "Instruct-v0.1",
       .files = ladder("mistral-7b-instruct-v0.1.{}.gguf",
                       {kQ2_K, kQ3_K_S, kQ3_K_M, kQ3_K_L, kQ4_0, kQ4_K_M, kQ5_0, kQ5_K_S, kQ5_K_M, kQ8_0}) +
                std::vector{file(kQ4_K_S, "mistral-7b-instruct-v0.1.Q4_K_S.gguf", 4140373664ull),
                            file(kQ6_K, "mistral-7b-instruct-v0.1.Q6_K.gguf", 5942064800ull)},
       .source = std::string(kLms) + "; " + kXinf + "; " + jan("b5aab5e")},
  };

  // ---------------------------------------------------------------- Qwen 2
  c["qwen2-7b"] = {
      {.repo = "Qwen/Qwen2-7B-Instruct-GGUF", .publisher = "Qwen", .official = true, .variant = "Instruct",
       .files = ladder("qwen2-7b-instruct-{lc}.gguf",
                       {kQ2_K, kQ3_K_M, kQ4_0, kQ4_K_M, kQ5_0, kQ5_K_M, kQ6_K, kQ8_0}) +
                std::vector{file(kF16, "qwen2-7b-instruct-fp16.gguf")},
       .source = std::string(kXinf) + "; " + jan("1db1413")},
  };

  // ---------------------------------------------------------------- Phi-3 mini
  c["phi3-mini"] = {
      // Microsoft's "q4" file is its Q4_K_M (the model card's table; JAN shows it at the size of
      // lmstudio-community's Q4_K_M below).
      {.repo = "microsoft/Phi-3-mini-4k-instruct-gguf", .publisher = "microsoft", .official = true,
       .files = {file(kQ4_K_M, "Phi-3-mini-4k-instruct-q4.gguf"), file(kF16, "Phi-3-mini-4k-instruct-fp16.gguf")},
       .source = std::string(kXinf) + "; " + jan("1db1413")},
      // LMS: 2,393,232,096 bytes, sha256 d6d25bf0...
      {.repo = "lmstudio-community/Phi-3.1-mini-4k-instruct-GGUF", .publisher = "lmstudio-community",
       .variant = "July 2024 update (\"Phi-3.1\")",
       .files = {file(kQ4_K_M, "Phi-3.1-mini-4k-instruct-Q4_K_M.gguf", 2393232096ull)}, .source = kLms},
  };

  // ---------------------------------------------------------------- Gemma 2
  c["gemma2-2b"] = {
      {.repo = "bartowski/gemma-2-2b-it-GGUF", .publisher = "bartowski", .variant = "it",
       .files = ladder("gemma-2-2b-it-{}.gguf",
                       {kIQ3_M, kIQ4_XS, kQ3_K_L, kQ4_K_S, kQ4_K_M, kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0}) +
                std::vector{file(kF32, "gemma-2-2b-it-f32.gguf")},
       .source = jan("1db1413")},
  };
  c["gemma2-9b"] = {
      // LMS: 5,761,057,728 bytes, sha256 13b2a7b4...
      {.repo = "lmstudio-community/gemma-2-9b-it-GGUF", .publisher = "lmstudio-community", .variant = "it",
       .files = {file(kQ4_K_M, "gemma-2-9b-it-Q4_K_M.gguf", 5761057728ull)}, .source = kLms},
      // The model card lists Q8_0; public download scripts (REF) fetch Q4_K_M and Q6_K.
      {.repo = "bartowski/gemma-2-9b-it-GGUF", .publisher = "bartowski", .variant = "it",
       .files = ladder("gemma-2-9b-it-{}.gguf", {kQ4_K_M, kQ6_K, kQ8_0}),
       .source = "https://huggingface.co/bartowski/gemma-2-9b-it-GGUF (README); GitHub code search for "
                 "bartowski/gemma-2-9b-it-GGUF/resolve/main/"},
  };
  c["gemma2-27b"] = {
      {.repo = "bartowski/gemma-2-27b-it-GGUF", .publisher = "bartowski", .variant = "it",
       .files = {file(kQ4_K_M, "gemma-2-27b-it-Q4_K_M.gguf")},
       .source = "GitHub code search: https://huggingface.co/bartowski/gemma-2-27b-it-GGUF/resolve/main/"
                 "gemma-2-27b-it-Q4_K_M.gguf"},
  };

  // ---------------------------------------------------------------- Llama 3.1
  c["llama3.1-8b"] = {
      {.repo = "QuantFactory/Meta-Llama-3.1-8B-GGUF", .publisher = "QuantFactory",
       .files = ladder("Meta-Llama-3.1-8B.{}.gguf", {kQ2_K, kQ3_K_S, kQ3_K_M, kQ3_K_L, kQ4_0, kQ4_1, kQ4_K_S,
                                                     kQ4_K_M, kQ5_0, kQ5_1, kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0}),
       .source = kXinf},
      // LMS (2024-07-28 re-upload): Q4_K_M 4,920,739,168 bytes, sha256 f2be3e1a...
      {.repo = "lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF", .publisher = "lmstudio-community",
       .variant = "Instruct",
       .files = ladder("Meta-Llama-3.1-8B-Instruct-{}.gguf", {kIQ4_XS, kQ3_K_L, kQ5_K_M, kQ6_K, kQ8_0}) +
                std::vector{file(kQ4_K_M, "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", 4920739168ull)},
       .source = std::string(kLms) + "; " + kXinf},
      {.repo = "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", .publisher = "bartowski", .variant = "Instruct",
       .files = ladder("Meta-Llama-3.1-8B-Instruct-{}.gguf",
                       {kIQ2_M, kIQ3_XS, kIQ3_M, kIQ4_XS, kIQ4_NL, kQ2_K, kQ3_K_S, kQ3_K_M, kQ3_K_L, kQ4_K_S,
                        kQ4_K_M, kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0}) +
                std::vector{file(kF32, "Meta-Llama-3.1-8B-Instruct-f32.gguf")},
       .source = jan("1db1413")},
      {.repo = "unsloth/Llama-3.1-8B-Instruct-GGUF", .publisher = "unsloth", .variant = "Instruct",
       .files = unsloth("Llama-3.1-8B-Instruct", {kIQ4_XS, kIQ4_NL, kQ2_K, kQ3_K_S, kQ3_K_M, kQ4_0, kQ4_1, kQ4_K_S,
                                                  kQ4_K_M, kQ5_K_S, kQ5_K_M, kQ6_K, kBF16}),
       .source = jan("1db1413")},
  };
  c["llama3.1-70b"] = {
      {.repo = "lmstudio-community/Meta-Llama-3.1-70B-Instruct-GGUF", .publisher = "lmstudio-community",
       .variant = "Instruct",
       .files = ladder("Meta-Llama-3.1-70B-Instruct-{}.gguf", {kIQ2_M, kIQ4_XS, kQ2_K, kQ3_K_S, kQ4_K_M}) +
                std::vector{file(kQ5_K_M, first_shard("Meta-Llama-3.1-70B-Instruct-Q5_K_M", 2)),
                            file(kQ6_K, first_shard("Meta-Llama-3.1-70B-Instruct-Q6_K", 2)),
                            file(kQ8_0, first_shard("Meta-Llama-3.1-70B-Instruct-Q8_0", 2))},
       .source = kXinf},
      // REF: several public scripts and model tables download these two files.
      {.repo = "bartowski/Meta-Llama-3.1-70B-Instruct-GGUF", .publisher = "bartowski", .variant = "Instruct",
       .files = ladder("Meta-Llama-3.1-70B-Instruct-{}.gguf", {kQ2_K, kQ4_K_M}),
       .source = "https://huggingface.co/bartowski/Meta-Llama-3.1-70B-Instruct-GGUF (README); GitHub code search "
                 "for bartowski/Meta-Llama-3.1-70B-Instruct-GGUF/resolve/main/"},
  };
  c["llama3.1-405b"] = {
      // REF only: model tables naming the repo and its Q4_K_M; the file is split (~240 GB), its
      // shard names were not read, so the -hf tag resolves it.
      {.repo = "bartowski/Meta-Llama-3.1-405B-Instruct-GGUF", .publisher = "bartowski", .variant = "Instruct",
       .files = {file(kQ4_K_M)},
       .source = "GitHub code search for Meta-Llama-3.1-405B-Instruct-GGUF (model tables mapping "
                 "Meta-Llama-3.1-405B-Instruct-Q4_K_M to bartowski/Meta-Llama-3.1-405B-Instruct-GGUF)"},
  };

  // ---------------------------------------------------------------- Llama 3.2
  const auto bartowski_llama32 = [](const std::string& stem) {
    return ladder(stem + "-{}.gguf",
                  {kIQ3_M, kIQ4_XS, kQ3_K_L, kQ4_0, kQ4_K_S, kQ4_K_M, kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0}) +
           std::vector{file(kF16, stem + "-f16.gguf")};
  };
  const std::initializer_list<FileType> unsloth_llama32 = {kIQ4_XS, kIQ4_NL, kQ2_K, kQ3_K_S, kQ3_K_M, kQ4_0,
                                                           kQ4_1, kQ4_K_S, kQ4_K_M, kQ5_K_S, kQ5_K_M, kQ6_K,
                                                           kQ8_0, kF16, kBF16};
  c["llama3.2-1b"] = {
      {.repo = "bartowski/Llama-3.2-1B-Instruct-GGUF", .publisher = "bartowski", .variant = "Instruct",
       .files = bartowski_llama32("Llama-3.2-1B-Instruct"), .source = jan("016c278")},
      {.repo = "unsloth/Llama-3.2-1B-Instruct-GGUF", .publisher = "unsloth", .variant = "Instruct",
       .files = unsloth("Llama-3.2-1B-Instruct", unsloth_llama32), .source = jan("da6c59b")},
  };
  c["llama3.2-3b"] = {
      {.repo = "bartowski/Llama-3.2-3B-Instruct-GGUF", .publisher = "bartowski", .variant = "Instruct",
       .files = bartowski_llama32("Llama-3.2-3B-Instruct"), .source = jan("1db1413")},
      {.repo = "unsloth/Llama-3.2-3B-Instruct-GGUF", .publisher = "unsloth", .variant = "Instruct",
       .files = unsloth("Llama-3.2-3B-Instruct", unsloth_llama32), .source = jan("da6c59b")},
  };

  // ---------------------------------------------------------------- Qwen 2.5 (Qwen's own repos split
  // every file above ~4 GB; the shard counts are XINF's)
  c["qwen2.5-0.5b"] = {
      {.repo = "Qwen/Qwen2.5-0.5B-Instruct-GGUF", .publisher = "Qwen", .official = true, .variant = "Instruct",
       .files = ladder("qwen2.5-0.5b-instruct-{lc}.gguf",
                       {kQ2_K, kQ3_K_M, kQ4_0, kQ4_K_M, kQ5_0, kQ5_K_M, kQ6_K, kQ8_0}) +
                std::vector{file(kF16, "qwen2.5-0.5b-instruct-fp16.gguf")},
       .source = std::string(kXinf) + "; " + jan("1db1413")},
      {.repo = "bartowski/Qwen2.5-0.5B-Instruct-GGUF", .publisher = "bartowski", .variant = "Instruct",
       .files = bartowski_2024("Qwen2.5-0.5B-Instruct"), .source = jan("297cd6f")},
  };
  c["qwen2.5-7b"] = {
      {.repo = "Qwen/Qwen2.5-7B-Instruct-GGUF", .publisher = "Qwen", .official = true, .variant = "Instruct",
       .files = qwen_split("qwen2.5-7b-instruct", {{kQ2_K, 1}, {kQ3_K_M, 1}, {kQ4_0, 2}, {kQ4_K_M, 2}, {kQ5_0, 2},
                                                   {kQ5_K_M, 2}, {kQ6_K, 2}, {kQ8_0, 2}}),
       .source = std::string(kXinf) + "; " + jan("1db1413")},
      {.repo = "bartowski/Qwen2.5-7B-Instruct-GGUF", .publisher = "bartowski", .variant = "Instruct",
       .files = bartowski_2024("Qwen2.5-7B-Instruct"), .source = jan("0d3aa9a")},
  };
  c["qwen2.5-14b"] = {
      {.repo = "Qwen/Qwen2.5-14B-Instruct-GGUF", .publisher = "Qwen", .official = true, .variant = "Instruct",
       .files = qwen_split("qwen2.5-14b-instruct", {{kQ2_K, 2}, {kQ3_K_M, 2}, {kQ4_0, 3}, {kQ4_K_M, 3}, {kQ5_0, 3},
                                                    {kQ5_K_M, 3}, {kQ6_K, 4}, {kQ8_0, 4}}),
       .source = kXinf},
      {.repo = "bartowski/Qwen2.5-14B-Instruct-GGUF", .publisher = "bartowski", .variant = "Instruct",
       .files = bartowski_2024("Qwen2.5-14B-Instruct"), .source = jan("1db1413")},
  };
  c["qwen2.5-32b"] = {
      {.repo = "Qwen/Qwen2.5-32B-Instruct-GGUF", .publisher = "Qwen", .official = true, .variant = "Instruct",
       .files = qwen_split("qwen2.5-32b-instruct", {{kQ2_K, 4}, {kQ3_K_M, 5}, {kQ4_0, 5}, {kQ4_K_M, 5}, {kQ5_0, 6},
                                                    {kQ5_K_M, 6}, {kQ6_K, 7}, {kQ8_0, 9}}),
       .source = kXinf},
      // REF: model tables recommending its Q4_K_M (file name not read).
      {.repo = "bartowski/Qwen2.5-32B-Instruct-GGUF", .publisher = "bartowski", .variant = "Instruct",
       .files = {file(kQ4_K_M)}, .source = "GitHub code search for Qwen2.5-32B-Instruct-GGUF"},
  };
  c["qwen2.5-72b"] = {
      {.repo = "Qwen/Qwen2.5-72B-Instruct-GGUF", .publisher = "Qwen", .official = true, .variant = "Instruct",
       .files = qwen_split("qwen2.5-72b-instruct", {{kQ2_K, 7}, {kQ3_K_M, 9}, {kQ4_0, 11}, {kQ4_K_M, 12},
                                                    {kQ5_0, 13}, {kQ5_K_M, 14}, {kQ6_K, 16}, {kQ8_0, 21}}) +
                std::vector{file(kF16)},  // listed by XINF; its shard count was not read
       .source = kXinf},
  };

  // ---------------------------------------------------------------- Qwen 3 (hybrid thinking models)
  const std::initializer_list<FileType> qwen3_official = {kQ4_K_M, kQ5_0, kQ5_K_M, kQ6_K, kQ8_0};
  c["qwen3-8b"] = {
      {.repo = "Qwen/Qwen3-8B-GGUF", .publisher = "Qwen", .official = true,
       .files = ladder("Qwen3-8B-{}.gguf", qwen3_official), .source = jan("1db1413")},
      {.repo = "unsloth/Qwen3-8B-GGUF", .publisher = "unsloth",
       .files = unsloth("Qwen3-8B", {kIQ4_XS, kIQ4_NL, kQ2_K, kQ3_K_S, kQ3_K_M, kQ4_1, kQ4_K_S, kQ4_K_M, kQ5_K_S,
                                     kQ5_K_M, kQ6_K, kQ8_0, kBF16}),
       .source = jan("052492c")},
  };
  c["qwen3-14b"] = {
      {.repo = "Qwen/Qwen3-14B-GGUF", .publisher = "Qwen", .official = true,
       .files = ladder("Qwen3-14B-{}.gguf", qwen3_official), .source = jan("5bf5c30")},
      {.repo = "unsloth/Qwen3-14B-GGUF", .publisher = "unsloth",
       .files = unsloth("Qwen3-14B", {kIQ4_XS, kIQ4_NL, kQ2_K, kQ3_K_S, kQ3_K_M, kQ4_0, kQ4_1, kQ4_K_S, kQ4_K_M,
                                      kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0, kBF16}),
       .source = jan("5d5cebf")},
  };
  c["qwen3-32b"] = {
      {.repo = "Qwen/Qwen3-32B-GGUF", .publisher = "Qwen", .official = true,
       .files = ladder("Qwen3-32B-{}.gguf", qwen3_official), .source = jan("1db1413")},
      {.repo = "unsloth/Qwen3-32B-GGUF", .publisher = "unsloth",
       .files = unsloth("Qwen3-32B", {kIQ4_XS, kIQ4_NL, kQ2_K, kQ3_K_S, kQ3_K_M, kQ4_0, kQ4_1, kQ4_K_S, kQ4_K_M,
                                      kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0}) +
                std::vector{file(kBF16, first_shard("BF16/Qwen3-32B-BF16", 2))},
       .source = jan("da6c59b")},
  };
  c["qwen3-30b-a3b"] = {
      {.repo = "Qwen/Qwen3-30B-A3B-GGUF", .publisher = "Qwen", .official = true,
       .files = ladder("Qwen3-30B-A3B-{}.gguf", qwen3_official), .source = jan("1db1413")},
      {.repo = "unsloth/Qwen3-30B-A3B-GGUF", .publisher = "unsloth",
       .files = unsloth("Qwen3-30B-A3B", {kIQ4_XS, kIQ4_NL, kQ2_K, kQ3_K_S, kQ3_K_M, kQ4_0, kQ4_1, kQ4_K_S, kQ4_K_M,
                                          kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0}) +
                std::vector{file(kBF16, first_shard("BF16/Qwen3-30B-A3B-BF16", 2))},
       .source = std::string(jan("da6c59b")) + "; " + kXinf},
      {.repo = "bartowski/Qwen_Qwen3-30B-A3B-GGUF", .publisher = "bartowski",
       .files = ladder("Qwen_Qwen3-30B-A3B-{}.gguf",
                       {kIQ2_XXS, kIQ2_XS, kIQ2_S, kIQ2_M, kIQ3_XXS, kIQ3_XS, kIQ3_M, kIQ4_XS, kIQ4_NL, kQ2_K,
                        kQ3_K_S, kQ3_K_M, kQ3_K_L, kQ4_0, kQ4_1, kQ4_K_S, kQ4_K_M, kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0}) +
                std::vector{file(kBF16, first_shard("Qwen_Qwen3-30B-A3B-bf16/Qwen_Qwen3-30B-A3B-bf16", 2))},
       .source = jan("da6c59b")},
  };
  c["qwen3-235b-a22b"] = {
      {.repo = "unsloth/Qwen3-235B-A22B-GGUF", .publisher = "unsloth",
       .files = split_folders("Qwen3-235B-A22B", {{kQ2_K, 2}, {kQ3_K_S, 3}, {kQ3_K_M, 3}, {kIQ4_XS, 3},
                                                  {kQ4_K_S, 3}, {kQ4_K_M, 3}, {kQ4_1, 3}, {kQ5_K_S, 4},
                                                  {kQ5_K_M, 4}, {kQ6_K, 4}, {kQ8_0, 6}, {kBF16, 10}}),
       .source = std::string(jan("da6c59b")) + "; " + kXinf},
  };

  // ---------------------------------------------------------------- Mixtral / Mistral (newer)
  const std::initializer_list<FileType> mixtral = {kQ2_K, kQ3_K_M, kQ4_0, kQ4_K_M, kQ5_0, kQ5_K_M, kQ6_K, kQ8_0};
  c["mixtral-8x7b"] = {
      {.repo = "TheBloke/Mixtral-8x7B-v0.1-GGUF", .publisher = "TheBloke",
       .files = ladder("mixtral-8x7b-v0.1.{}.gguf", mixtral), .source = kXinf},
      {.repo = "TheBloke/Mixtral-8x7B-Instruct-v0.1-GGUF", .publisher = "TheBloke", .variant = "Instruct-v0.1",
       .files = ladder("mixtral-8x7b-instruct-v0.1.{}.gguf", mixtral),
       .source = std::string(kXinf) + "; " + jan("b5aab5e")},
  };
  c["mistral-nemo-12b"] = {
      {.repo = "bartowski/Mistral-Nemo-Instruct-2407-GGUF", .publisher = "bartowski", .variant = "Instruct-2407",
       .files = bartowski_2024("Mistral-Nemo-Instruct-2407") +
                std::vector{file(kF32, "Mistral-Nemo-Instruct-2407-f32.gguf")},
       .source = jan("da6c59b")},
      {.repo = "MaziyarPanahi/Mistral-Nemo-Instruct-2407-GGUF", .publisher = "MaziyarPanahi",
       .variant = "Instruct-2407",
       .files = ladder("Mistral-Nemo-Instruct-2407.{}.gguf", {kQ2_K, kQ3_K_S, kQ3_K_M, kQ3_K_L, kQ4_K_S, kQ4_K_M,
                                                              kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0}) +
                std::vector{file(kF16, "Mistral-Nemo-Instruct-2407.fp16.gguf")},
       .source = std::string(kXinf) + "; " + jan("1db1413")},
  };
  c["mistral-small-24b"] = {
      // REF: public scripts download these four files (and `ollama pull hf.co/...:IQ4_XS`).
      {.repo = "bartowski/Mistral-Small-24B-Instruct-2501-GGUF", .publisher = "bartowski",
       .variant = "Instruct-2501",
       .files = ladder("Mistral-Small-24B-Instruct-2501-{}.gguf", {kIQ4_XS, kQ4_K_M, kQ5_K_M, kQ8_0}),
       .source = "GitHub code search for bartowski/Mistral-Small-24B-Instruct-2501-GGUF"},
  };

  // ---------------------------------------------------------------- Gemma 3 (the QAT Q4_0 files are
  // Google's own; quantization-aware training keeps them near bf16 quality)
  const auto bartowski_gemma3 = [](const std::string& stem) {
    return ladder(stem + "-{}.gguf", {kIQ2_M, kIQ3_XXS, kIQ3_XS, kIQ3_M, kIQ4_XS, kIQ4_NL, kQ2_K, kQ3_K_S, kQ3_K_M,
                                      kQ3_K_L, kQ4_0, kQ4_1, kQ4_K_S, kQ4_K_M, kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0}) +
           std::vector{file(kBF16, stem + "-bf16.gguf")};
  };
  c["gemma3-4b"] = {
      {.repo = "google/gemma-3-4b-it-qat-q4_0-gguf", .publisher = "google", .official = true,
       .variant = "it (QAT)", .files = {file(kQ4_0, "gemma-3-4b-it-q4_0.gguf")}, .source = jan("1db1413")},
      {.repo = "ggml-org/gemma-3-4b-it-GGUF", .publisher = "ggml-org", .variant = "it",
       .files = ladder("gemma-3-4b-it-{}.gguf", {kQ4_K_M, kQ8_0}) + std::vector{file(kF16, "gemma-3-4b-it-f16.gguf")},
       .source = jan("da6c59b")},
      {.repo = "bartowski/google_gemma-3-4b-it-GGUF", .publisher = "bartowski", .variant = "it",
       .files = bartowski_gemma3("google_gemma-3-4b-it"), .source = kXinf},
  };
  c["gemma3-12b"] = {
      {.repo = "google/gemma-3-12b-it-qat-q4_0-gguf", .publisher = "google", .official = true,
       .variant = "it (QAT)", .files = {file(kQ4_0, "gemma-3-12b-it-q4_0.gguf")}, .source = jan("1db1413")},
      {.repo = "bartowski/google_gemma-3-12b-it-GGUF", .publisher = "bartowski", .variant = "it",
       .files = bartowski_gemma3("google_gemma-3-12b-it"), .source = kXinf},
      {.repo = "unsloth/gemma-3-12b-it-GGUF", .publisher = "unsloth", .variant = "it",
       .files = unsloth("gemma-3-12b-it", {kIQ4_XS, kIQ4_NL, kQ2_K, kQ3_K_S, kQ3_K_M, kQ4_0, kQ4_1, kQ4_K_S, kQ4_K_M,
                                           kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0, kBF16}),
       .source = jan("1db1413")},
  };
  c["gemma3-27b"] = {
      {.repo = "google/gemma-3-27b-it-qat-q4_0-gguf", .publisher = "google", .official = true,
       .variant = "it (QAT)", .files = {file(kQ4_0, "gemma-3-27b-it-q4_0.gguf")}, .source = jan("1db1413")},
      {.repo = "bartowski/google_gemma-3-27b-it-GGUF", .publisher = "bartowski", .variant = "it",
       .files = bartowski_gemma3("google_gemma-3-27b-it"), .source = kXinf},
  };

  // ---------------------------------------------------------------- Phi 4
  c["phi4-14b"] = {
      // Microsoft's names: "Q3_K"/"Q4_K"/"Q5_K" are the _M mixes. Its IQ2_M file (562 MB in JAN, far
      // below any 14B IQ2_M) is left out.
      {.repo = "microsoft/phi-4-gguf", .publisher = "microsoft", .official = true,
       .files = ladder("phi-4-{}.gguf", {kIQ3_XXS, kIQ3_XS, kIQ3_S, kIQ3_M, kIQ4_XS, kIQ4_NL, kQ2_K, kQ3_K_S, kQ3_K_L,
                                         kQ4_0, kQ4_1, kQ4_K_S, kQ5_0, kQ5_1, kQ5_K_S, kQ6_K, kQ8_0, kTQ1_0, kTQ2_0}) +
                std::vector{file(kQ3_K_M, "phi-4-Q3_K.gguf"), file(kQ4_K_M, "phi-4-Q4_K.gguf"),
                            file(kQ5_K_M, "phi-4-Q5_K.gguf"), file(kBF16, "phi-4-bf16.gguf")},
       .source = jan("1db1413")},
      {.repo = "unsloth/phi-4-GGUF", .publisher = "unsloth",
       .files = unsloth("phi-4", {kQ2_K, kQ3_K_M, kQ4_K_M, kQ5_K_M, kQ6_K, kQ8_0, kF16}), .source = jan("1db1413")},
  };

  // ---------------------------------------------------------------- gpt-oss (MXFP4 experts as released;
  // other file types re-quantize only the non-expert tensors, so they are all about the same size)
  c["gpt-oss-20b"] = {
      {.repo = "ggml-org/gpt-oss-20b-GGUF", .publisher = "ggml-org", .official = true,
       .files = {file(kMXFP4_MOE, "gpt-oss-20b-mxfp4.gguf")}, .source = jan("78c8e4c")},
      {.repo = "bartowski/openai_gpt-oss-20b-GGUF", .publisher = "bartowski",
       .files = ladder("openai_gpt-oss-20b-{}.gguf",
                       {kIQ2_XXS, kIQ2_XS, kIQ2_S, kIQ2_M, kIQ3_XXS, kIQ3_XS, kIQ3_M, kIQ4_XS, kIQ4_NL, kQ2_K, kQ3_K_S,
                        kQ3_K_M, kQ3_K_L, kQ4_0, kQ4_1, kQ4_K_S, kQ4_K_M, kQ5_K_S, kQ5_K_M, kQ6_K, kQ8_0}) +
                std::vector{file(kMXFP4_MOE, "openai_gpt-oss-20b-MXFP4.gguf"),
                            file(kBF16, "openai_gpt-oss-20b-bf16.gguf")},
       .source = jan("1db1413")},
      {.repo = "unsloth/gpt-oss-20b-GGUF", .publisher = "unsloth",
       .files = unsloth("gpt-oss-20b", {kQ2_K, kQ3_K_S, kQ3_K_M, kQ4_0, kQ4_1, kQ4_K_S, kQ4_K_M, kQ5_K_S, kQ5_K_M,
                                        kQ6_K, kQ8_0, kF16}),
       .source = jan("1db1413")},
  };
  c["gpt-oss-120b"] = {
      // REF: llama.cpp users load gpt-oss-120b-mxfp4-00001-of-00003.gguf from this repo (3 shards).
      {.repo = "ggml-org/gpt-oss-120b-GGUF", .publisher = "ggml-org", .official = true,
       .files = {file(kMXFP4_MOE, "gpt-oss-120b-mxfp4-00001-of-00003.gguf")},
       .source = "https://huggingface.co/ggml-org/gpt-oss-120b-GGUF (GitHub code search: scripts loading "
                 "ggml-org/gpt-oss-120b-GGUF/gpt-oss-120b-mxfp4-00001-of-00003.gguf)"},
      {.repo = "unsloth/gpt-oss-120b-GGUF", .publisher = "unsloth",
       .files = {file(kF16, "gpt-oss-120b-F16.gguf")}, .source = jan("1db1413")},
  };

  // ---------------------------------------------------------------- DeepSeek (no official GGUF)
  c["deepseek-v3"] = {
      {.repo = "unsloth/DeepSeek-V3-GGUF", .publisher = "unsloth",
       .files = {file(kQ3_K_M, first_shard("DeepSeek-V3-Q3_K_M/DeepSeek-V3-Q3_K_M", 7)),
                 file(kQ4_K_M, first_shard("DeepSeek-V3-Q4_K_M/DeepSeek-V3-Q4_K_M", 9)),
                 file(kQ5_K_M, first_shard("DeepSeek-V3-Q5_K_M/DeepSeek-V3-Q5_K_M", 10)),
                 file(kQ6_K, first_shard("DeepSeek-V3-Q6_K/DeepSeek-V3-Q6_K", 12)),
                 file(kQ8_0, first_shard("DeepSeek-V3-Q8_0/DeepSeek-V3-Q8_0", 16))},
       .source = kXinf},
      {.repo = "unsloth/DeepSeek-V3-0324-GGUF", .publisher = "unsloth", .variant = "V3-0324",
       .files = split_folders("DeepSeek-V3-0324", {{kQ2_K, 5}, {kQ3_K_M, 7}, {kQ4_K_M, 9}, {kQ5_K_M, 10},
                                                   {kQ6_K, 12}, {kQ8_0, 15}, {kBF16, 30}}),
       .source = jan("da6c59b")},
  };

  // ================================================================ 2025 releases (added 2026-11)
  // ---------------------------------------------------------------- Qwen 3 small dense
  c["qwen3-0.6b"] = {
      {.repo = "Qwen/Qwen3-0.6B-GGUF", .publisher = "Qwen", .official = true,
       .files = std::vector{file(kQ8_0, "Qwen3-0.6B-Q8_0.gguf")},
       .source = jan2("1d5f335")},
      {.repo = "ggml-org/Qwen3-0.6B-GGUF", .publisher = "ggml-org",
       .files = ladder("Qwen3-0.6B-{}.gguf", {kQ4_0, kQ8_0}) +
                std::vector{file(kF16, "Qwen3-0.6B-f16.gguf")},
       .source = jan("33349cb")},
      {.repo = "unsloth/Qwen3-0.6B-GGUF", .publisher = "unsloth",
       .files = ladder("Qwen3-0.6B-{}.gguf", {kBF16, kIQ4_NL, kIQ4_XS, kQ2_K, kQ3_K_M, kQ3_K_S, kQ4_0, kQ4_1, kQ4_K_M,
                                              kQ4_K_S, kQ5_K_M, kQ5_K_S, kQ6_K, kQ8_0}),
       .source = std::string(jan2("984a064")) + "; " + kXinf},
  };
  c["qwen3-1.7b"] = {
      {.repo = "Qwen/Qwen3-1.7B-GGUF", .publisher = "Qwen", .official = true,
       .files = std::vector{file(kQ8_0, "Qwen3-1.7B-Q8_0.gguf")},
       .source = jan2("63c0178")},
      {.repo = "unsloth/Qwen3-1.7B-GGUF", .publisher = "unsloth",
       .files = ladder("Qwen3-1.7B-{}.gguf", {kBF16, kIQ4_NL, kIQ4_XS, kQ2_K, kQ3_K_M, kQ3_K_S, kQ4_0, kQ4_1, kQ4_K_M,
                                              kQ4_K_S, kQ5_K_M, kQ5_K_S, kQ6_K, kQ8_0}),
       .source = std::string(jan("1db1413")) + "; " + kXinf},
  };
  c["qwen3-4b"] = {
      {.repo = "Qwen/Qwen3-4B-GGUF", .publisher = "Qwen", .official = true,
       .files = ladder("Qwen3-4B-{}.gguf", {kQ4_K_M, kQ5_0, kQ5_K_M, kQ6_K, kQ8_0}),
       .source = jan2("808fc65")},
      {.repo = "unsloth/Qwen3-4B-GGUF", .publisher = "unsloth",
       .files = ladder("Qwen3-4B-{}.gguf", {kBF16, kIQ4_NL, kIQ4_XS, kQ2_K, kQ3_K_M, kQ3_K_S, kQ4_0, kQ4_1, kQ4_K_M,
                                            kQ4_K_S, kQ5_K_M, kQ5_K_S, kQ6_K, kQ8_0}),
       .source = std::string(jan2("a59bd78")) + "; " + kXinf},
  };

  // ---------------------------------------------------------------- Qwen 3 2507 updates and Coder
  c["qwen3-4b-2507"] = {
      {.repo = "lmstudio-community/Qwen3-4B-Instruct-2507-GGUF", .publisher = "lmstudio-community",
       .variant = "Instruct-2507",
       .files = ladder("Qwen3-4B-Instruct-2507-{}.gguf", {kQ3_K_L, kQ4_K_M, kQ6_K, kQ8_0}),
       .source = jan("a4708ff")},
      {.repo = "bartowski/Qwen_Qwen3-4B-Instruct-2507-GGUF", .publisher = "bartowski", .variant = "Instruct-2507",
       .files = ladder("Qwen_Qwen3-4B-Instruct-2507-{}.gguf", {kIQ2_M, kIQ3_M, kIQ3_XS, kIQ3_XXS, kIQ4_NL, kIQ4_XS,
                                                               kQ2_K, kQ3_K_L, kQ3_K_M, kQ3_K_S, kQ4_0, kQ4_1,
                                                               kQ4_K_M, kQ4_K_S, kQ5_K_M, kQ5_K_S, kQ6_K, kQ8_0}) +
                std::vector{file(kBF16, "Qwen_Qwen3-4B-Instruct-2507-bf16.gguf")},
       .source = jan("1db1413")},
      {.repo = "unsloth/Qwen3-4B-Instruct-2507-GGUF", .publisher = "unsloth", .variant = "Instruct-2507",
       .files = ladder("Qwen3-4B-Instruct-2507-{}.gguf", {kF16, kIQ4_NL, kIQ4_XS, kQ2_K, kQ3_K_M, kQ3_K_S, kQ4_0,
                                                          kQ4_1, kQ4_K_M, kQ4_K_S, kQ5_K_M, kQ5_K_S, kQ6_K, kQ8_0}),
       .source = std::string(jan2("a59bd78")) + "; " + kXinf},
  };
  c["qwen3-30b-a3b-2507"] = {
      {.repo = "lmstudio-community/Qwen3-30B-A3B-Instruct-2507-GGUF", .publisher = "lmstudio-community",
       .variant = "Instruct-2507",
       .files = ladder("Qwen3-30B-A3B-Instruct-2507-{}.gguf", {kQ3_K_L, kQ4_K_M, kQ6_K, kQ8_0}),
       .source = jan("1db1413")},
      {.repo = "unsloth/Qwen3-30B-A3B-Instruct-2507-GGUF", .publisher = "unsloth", .variant = "Instruct-2507",
       .files = ladder("Qwen3-30B-A3B-Instruct-2507-{}.gguf", {kIQ4_NL, kIQ4_XS, kQ2_K, kQ3_K_M, kQ3_K_S, kQ4_0,
                                                               kQ4_1, kQ4_K_M, kQ4_K_S, kQ5_K_M, kQ5_K_S, kQ6_K, kQ8_0}),
       .source = std::string(jan2("9ef20a0")) + "; " + kXinf},
  };
  c["qwen3-235b-a22b-2507"] = {
      {.repo = "lmstudio-community/Qwen3-235B-A22B-Instruct-2507-GGUF", .publisher = "lmstudio-community",
       .variant = "Instruct-2507",
       .files = std::vector{file(kQ3_K_L, first_shard("Qwen3-235B-A22B-Instruct-2507-Q3_K_L", 3)),
                            file(kQ4_K_M, first_shard("Qwen3-235B-A22B-Instruct-2507-Q4_K_M", 4)),
                            file(kQ6_K, first_shard("Qwen3-235B-A22B-Instruct-2507-Q6_K", 5)),
                            file(kQ8_0, first_shard("Qwen3-235B-A22B-Instruct-2507-Q8_0", 7))},
       .source = jan("da6c59b")},
      {.repo = "unsloth/Qwen3-235B-A22B-Instruct-2507-GGUF", .publisher = "unsloth", .variant = "Instruct-2507",
       .files = split_folders("Qwen3-235B-A22B-Instruct-2507", {{kBF16, 10}, {kIQ4_XS, 3}, {kQ2_K, 2}, {kQ3_K_M, 3},
                                                                {kQ3_K_S, 3}, {kQ4_0, 3}, {kQ4_1, 3}, {kQ4_K_M, 3},
                                                                {kQ4_K_S, 3}, {kQ5_K_M, 4}, {kQ5_K_S, 4}, {kQ6_K, 4},
                                                                {kQ8_0, 6}}),
       .source = jan("0ae59a8") + "; " + jan("da6c59b") + "; " + kXinf},
  };
  c["qwen3-coder-30b-a3b"] = {
      {.repo = "lmstudio-community/Qwen3-Coder-30B-A3B-Instruct-GGUF", .publisher = "lmstudio-community",
       .variant = "Instruct",
       .files = ladder("Qwen3-Coder-30B-A3B-Instruct-{}.gguf", {kQ3_K_L, kQ4_K_M, kQ6_K, kQ8_0}),
       .source = jan("0d3aa9a")},
      {.repo = "unsloth/Qwen3-Coder-30B-A3B-Instruct-GGUF", .publisher = "unsloth", .variant = "Instruct",
       .files = ladder("Qwen3-Coder-30B-A3B-Instruct-{}.gguf", {kIQ4_NL, kIQ4_XS, kQ2_K, kQ3_K_M, kQ3_K_S, kQ4_0,
                                                                kQ4_1, kQ4_K_M, kQ4_K_S, kQ5_K_M, kQ5_K_S, kQ6_K,
                                                                kQ8_0}),
       .source = std::string(jan2("fbcab78")) + "; " + kXinf},
  };
  c["qwen3-coder-480b-a35b"] = {
      {.repo = "unsloth/Qwen3-Coder-480B-A35B-Instruct-GGUF", .publisher = "unsloth", .variant = "Instruct",
       .files = split_folders("Qwen3-Coder-480B-A35B-Instruct", {{kQ2_K, 4}, {kQ3_K_M, 5}, {kQ4_K_M, 6}, {kQ5_K_M, 7},
                                                                 {kQ6_K, 9}, {kQ8_0, 11}}),
       .source = std::string(jan("da6c59b")) + "; " + kXinf},
  };

  // ---------------------------------------------------------------- Llama 3.3
  c["llama3.3-70b"] = {
      {.repo = "lmstudio-community/Llama-3.3-70B-Instruct-GGUF", .publisher = "lmstudio-community",
       .variant = "Instruct",
       .files = ladder("Llama-3.3-70B-Instruct-{}.gguf", {kQ3_K_L, kQ4_K_M}) +
                std::vector{file(kQ6_K, first_shard("Llama-3.3-70B-Instruct-Q6_K", 2)),
                            file(kQ8_0, first_shard("Llama-3.3-70B-Instruct-Q8_0", 2))},
       .source = kXinf},
      {.repo = "unsloth/Llama-3.3-70B-Instruct-GGUF", .publisher = "unsloth", .variant = "Instruct",
       .files = ladder("Llama-3.3-70B-Instruct-{}.gguf", {kIQ4_NL, kIQ4_XS, kQ2_K, kQ3_K_M, kQ3_K_S, kQ4_0, kQ4_1,
                                                          kQ4_K_M, kQ4_K_S, kQ5_K_M, kQ5_K_S}) +
                split_folders("Llama-3.3-70B-Instruct", {{kBF16, 3}}) +
                std::vector{file(kF16, first_shard("Llama-3.3-70B-Instruct-F16/Llama-3.3-70B-Instruct-F16", 4)),
                            file(kQ6_K, first_shard("Llama-3.3-70B-Instruct-Q6_K/Llama-3.3-70B-Instruct-Q6_K", 2)),
                            file(kQ8_0, first_shard("Llama-3.3-70B-Instruct-Q8_0/Llama-3.3-70B-Instruct-Q8_0", 2))},
       .source = jan("da6c59b")},
  };

  // ---------------------------------------------------------------- Gemma 3 1B and 270M
  c["gemma3-1b"] = {
      {.repo = "google/gemma-3-1b-it-qat-q4_0-gguf", .publisher = "google", .official = true, .variant = "it (QAT)",
       .files = std::vector{file(kQ4_0, "gemma-3-1b-it-q4_0.gguf")},
       .source = jan("1db1413") + "; " + jan("eb4de7b")},
      {.repo = "unsloth/gemma-3-1b-it-GGUF", .publisher = "unsloth", .variant = "it",
       .files = ladder("gemma-3-1b-it-{}.gguf", {kBF16, kIQ4_NL, kIQ4_XS, kQ2_K, kQ3_K_M, kQ3_K_S, kQ4_0, kQ4_1,
                                                 kQ4_K_M, kQ4_K_S, kQ5_K_M, kQ5_K_S, kQ6_K, kQ8_0}),
       .source = jan2("9ef20a0")},
      {.repo = "lmstudio-community/gemma-3-1B-it-qat-GGUF", .publisher = "lmstudio-community", .variant = "it (QAT)",
       .files = std::vector{file(kQ4_0, "gemma-3-1B-it-QAT-Q4_0.gguf")},
       .source = jan("1db1413")},
      {.repo = "bartowski/google_gemma-3-1b-it-GGUF", .publisher = "bartowski", .variant = "it",
       .files = bartowski_gemma3("google_gemma-3-1b-it"), .source = kXinf},
  };
  c["gemma3-270m"] = {
      {.repo = "ggml-org/gemma-3-270m-it-qat-GGUF", .publisher = "ggml-org", .variant = "it (QAT)",
       .files = std::vector{file(kQ4_0, "gemma-3-270m-it-qat-Q4_0.gguf")},
       .source = jan("aa6a796")},
      {.repo = "unsloth/gemma-3-270m-it-GGUF", .publisher = "unsloth", .variant = "it",
       .files = ladder("gemma-3-270m-it-{}.gguf", {kF16, kIQ4_NL, kIQ4_XS, kQ2_K, kQ3_K_M, kQ3_K_S, kQ4_0, kQ4_1,
                                                   kQ4_K_M, kQ4_K_S, kQ5_K_M, kQ5_K_S, kQ6_K, kQ8_0}),
       .source = jan2("808fc65")},
      {.repo = "bartowski/google_gemma-3-270m-it-GGUF", .publisher = "bartowski", .variant = "it",
       .files = ladder("google_gemma-3-270m-it-{}.gguf", {kIQ3_M, kIQ3_XS, kIQ3_XXS, kIQ4_NL, kIQ4_XS, kQ3_K_L,
                                                          kQ3_K_M, kQ3_K_S, kQ4_0, kQ4_1, kQ4_K_M, kQ4_K_S, kQ5_K_M,
                                                          kQ5_K_S, kQ6_K, kQ8_0}) +
                std::vector{file(kBF16, "google_gemma-3-270m-it-bf16.gguf")},
       .source = jan("1db1413")},
  };

  // ---------------------------------------------------------------- Phi 4 mini
  c["phi4-mini"] = {
      {.repo = "unsloth/Phi-4-mini-instruct-GGUF", .publisher = "unsloth", .variant = "instruct",
       .files = ladder("Phi-4-mini-instruct-{}.gguf", {kQ2_K, kQ3_K_M, kQ4_K_M, kQ5_K_M, kQ6_K}) +
                ladder("Phi-4-mini-instruct.{}.gguf", {kBF16, kQ8_0}),
       .source = jan2("8225f32")},
      {.repo = "MaziyarPanahi/Phi-4-mini-instruct-GGUF", .publisher = "MaziyarPanahi", .variant = "instruct",
       .files = ladder("Phi-4-mini-instruct.{}.gguf", {kQ2_K, kQ3_K_L, kQ3_K_M, kQ3_K_S, kQ4_K_M, kQ4_K_S, kQ5_K_M,
                                                       kQ5_K_S, kQ6_K, kQ8_0}) +
                std::vector{file(kF16, "Phi-4-mini-instruct.fp16.gguf")},
       .source = jan("1db1413")},
  };

  // ---------------------------------------------------------------- DeepSeek R1 and distills (no official GGUF)
  c["deepseek-r1"] = {
      {.repo = "unsloth/DeepSeek-R1-GGUF", .publisher = "unsloth",
       .files = {file(kQ2_K, first_shard("DeepSeek-R1-Q2_K/DeepSeek-R1-Q2_K", 5)),
                 file(kQ3_K_M, first_shard("DeepSeek-R1-Q3_K_M/DeepSeek-R1-Q3_K_M", 7)),
                 file(kQ4_K_M, first_shard("DeepSeek-R1-Q4_K_M/DeepSeek-R1-Q4_K_M", 9)),
                 file(kQ5_K_M, first_shard("DeepSeek-R1-Q5_K_M/DeepSeek-R1-Q5_K_M", 10)),
                 file(kQ6_K, first_shard("DeepSeek-R1-Q6_K/DeepSeek-R1-Q6_K", 12)),
                 file(kQ8_0, first_shard("DeepSeek-R1-Q8_0/DeepSeek-R1-Q8_0", 15)),
                 file(kBF16, first_shard("DeepSeek-R1-BF16/DeepSeek-R1-BF16", 30))},
       .source = kXinf},
      {.repo = "unsloth/DeepSeek-R1-0528-GGUF", .publisher = "unsloth", .variant = "R1-0528",
       .files = split_folders("DeepSeek-R1-0528", {{kBF16, 30}, {kIQ4_NL, 8}, {kIQ4_XS, 8}, {kQ2_K, 5}, {kQ3_K_M, 7},
                                                   {kQ3_K_S, 6}, {kQ4_0, 8}, {kQ4_1, 9}, {kQ4_K_M, 9}, {kQ4_K_S, 8},
                                                   {kQ5_K_M, 10}, {kQ5_K_S, 10}, {kQ6_K, 12}, {kQ8_0, 15}}),
       .source = jan("da6c59b") + "; " + jan("eb4de7b")},
  };
  c["deepseek-r1-distill-qwen-32b"] = {
      {.repo = "unsloth/DeepSeek-R1-Distill-Qwen-32B-GGUF", .publisher = "unsloth",
       .files = ladder("DeepSeek-R1-Distill-Qwen-32B-{}.gguf", {kQ2_K, kQ3_K_M, kQ4_K_M, kQ5_K_M, kQ6_K, kQ8_0, kF16}),
       .source = kXinf},
      {.repo = "bartowski/DeepSeek-R1-Distill-Qwen-32B-GGUF", .publisher = "bartowski",
       .files = ladder("DeepSeek-R1-Distill-Qwen-32B-{}.gguf", {kIQ2_M, kIQ2_S, kIQ2_XS, kIQ2_XXS, kIQ3_M, kIQ3_XS,
                                                                kIQ4_NL, kIQ4_XS, kQ2_K, kQ3_K_L, kQ3_K_M, kQ3_K_S,
                                                                kQ4_0, kQ4_1, kQ4_K_M, kQ4_K_S, kQ5_K_M, kQ5_K_S,
                                                                kQ6_K, kQ8_0}),
       .source = jan2("f7542ca")},
  };
  c["deepseek-r1-distill-llama-70b"] = {
      // XINF's single-file name template for this repo names the 7B distill (a copy slip), so the
      // unsplit files are left to the -hf tag; the split ones follow its split template.
      {.repo = "unsloth/DeepSeek-R1-Distill-Llama-70B-GGUF", .publisher = "unsloth",
       .files = {file(kQ2_K), file(kQ3_K_M), file(kQ4_K_M), file(kQ5_K_M),
                 file(kQ6_K, first_shard("DeepSeek-R1-Distill-Llama-70B-Q6_K/DeepSeek-R1-Distill-Llama-70B-Q6_K", 2)),
                 file(kQ8_0, first_shard("DeepSeek-R1-Distill-Llama-70B-Q8_0/DeepSeek-R1-Distill-Llama-70B-Q8_0", 2)),
                 file(kF16, first_shard("DeepSeek-R1-Distill-Llama-70B-F16/DeepSeek-R1-Distill-Llama-70B-F16", 3))},
       .source = kXinf},
  };

  // ---------------------------------------------------------------- Kimi K2 (no official GGUF)
  c["kimi-k2"] = {
      {.repo = "unsloth/Kimi-K2-Instruct-GGUF", .publisher = "unsloth", .variant = "Instruct",
       .files = split_folders("Kimi-K2-Instruct", {{kBF16, 45}, {kIQ4_NL, 12}, {kIQ4_XS, 12}, {kQ2_K, 8},
                                                   {kQ3_K_M, 11}, {kQ3_K_S, 10}, {kQ4_0, 13}, {kQ4_1, 13},
                                                   {kQ4_K_M, 13}, {kQ4_K_S, 13}, {kQ5_K_M, 16}, {kQ5_K_S, 15},
                                                   {kQ6_K, 18}, {kQ8_0, 23}}),
       .source = jan("da6c59b")},
  };

  // ---------------------------------------------------------------- GLM 4.5 (no official GGUF)
  c["glm4.5"] = {
      // REF only: model tables and download scripts naming unsloth/GLM-4.5-GGUF ("~379 GB" at 8 bits);
      // its file names were not read, so the -hf tag resolves the file.
      {.repo = "unsloth/GLM-4.5-GGUF", .publisher = "unsloth", .files = {file(kQ8_0)},
       .source = "GitHub code search for unsloth/GLM-4.5-GGUF (model tables listing the repository and its "
                 "8-bit size)"},
  };
  c["glm4.5-air"] = {
      // REF: a Nix fetchurl list and a catalog test fetch Q4_K_M/GLM-4.5-Air-Q4_K_M-0000{1,2}-of-00002.gguf.
      {.repo = "unsloth/GLM-4.5-Air-GGUF", .publisher = "unsloth",
       .files = {file(kQ4_K_M, first_shard("Q4_K_M/GLM-4.5-Air-Q4_K_M", 2))},
       .source = "GitHub code search: https://huggingface.co/unsloth/GLM-4.5-Air-GGUF/resolve/main/Q4_K_M/"
                 "GLM-4.5-Air-Q4_K_M-00001-of-00002.gguf"},
      {.repo = "ddh0/GLM-4.5-Air-GGUF", .publisher = "ddh0",
       .files = {file(kQ8_0, "GLM-4.5-Air-Q8_0.gguf"), file(kBF16, "GLM-4.5-Air-bf16.gguf")},
       .source = jan("1db1413")},
      {.repo = "mradermacher/GLM-4.5-Air-GGUF", .publisher = "mradermacher",
       .files = {file(kQ2_K, "GLM-4.5-Air.Q2_K.gguf")},
       .source = jan("eeb9726")},
  };

  // ---------------------------------------------------------------- Llama 4 (no official GGUF)
  c["llama4-scout"] = {
      {.repo = "unsloth/Llama-4-Scout-17B-16E-Instruct-GGUF", .publisher = "unsloth", .variant = "Instruct",
       .files = ladder("Llama-4-Scout-17B-16E-Instruct-{}.gguf", {kQ2_K, kQ3_K_S}) +
                split_folders("Llama-4-Scout-17B-16E-Instruct", {{kBF16, 5}, {kIQ4_NL, 2}, {kIQ4_XS, 2}, {kQ3_K_M, 2},
                                                                 {kQ4_0, 2}, {kQ4_1, 2}, {kQ4_K_M, 2}, {kQ4_K_S, 2},
                                                                 {kQ5_K_M, 2}, {kQ5_K_S, 2}, {kQ6_K, 2}, {kQ8_0, 3}}),
       .source = jan2("808fc65") + "; " + jan("da6c59b") + "; " + jan("eb4de7b")},
  };
  c["llama4-maverick"] = {
      {.repo = "unsloth/Llama-4-Maverick-17B-128E-Instruct-GGUF", .publisher = "unsloth", .variant = "Instruct",
       .files = split_folders("Llama-4-Maverick-17B-128E-Instruct", {{kBF16, 18}, {kIQ4_NL, 5}, {kIQ4_XS, 5},
                                                                     {kQ2_K, 3}, {kQ3_K_M, 4}, {kQ3_K_S, 4},
                                                                     {kQ4_0, 5}, {kQ4_1, 6}, {kQ4_K_M, 5},
                                                                     {kQ4_K_S, 5}, {kQ5_K_M, 6}, {kQ5_K_S, 6},
                                                                     {kQ6_K, 7}, {kQ8_0, 9}}),
       .source = jan("530ada5") + "; " + jan("eb4de7b")},
  };
  return c;
}

}  // namespace

const std::vector<PublishedRepo>& published_repos(const std::string& model_id) {
  static const Catalog catalog = build();
  static const std::vector<PublishedRepo> none;
  const auto it = catalog.find(model_id);
  return it == catalog.end() ? none : it->second;
}

}  // namespace fitplan
