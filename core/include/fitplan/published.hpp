#pragma once
// Published GGUF files: the Hugging Face repositories people download a model from, and the file
// types each one publishes. The planner names the published file that best serves a plan's
// objective, and the commands fetch it (llama-server -hf <repo>:<TYPE>, ollama run hf.co/<repo>:<TYPE>).
#include <string>
#include <vector>

#include "fitplan/quant.hpp"
#include "fitplan/units.hpp"

namespace fitplan {

struct PublishedFile {
  FileType file_type = FileType::kQ4_K_M;
  Bytes file_bytes = 0;    // exact size in bytes (all shards together) when known; 0 = predict it
  std::string file_name;   // the file (first shard) in the repository; "" = resolved by the -hf tag
};

struct PublishedRepo {
  std::string repo;        // Hugging Face repository id, e.g. "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF"
  std::string publisher;   // who quantized it, e.g. "bartowski", "unsloth", "Qwen"
  bool official = false;   // the model's own publisher (Qwen, google, ggml-org for Meta/OpenAI builds, ...)
  std::string variant;     // the weights in it when they differ from the preset's name, e.g. "Instruct"; "" = same
  std::vector<PublishedFile> files;
  std::string source;      // where the repository and its file list were read
};

// The repositories known for a catalog model id (official first, then well-known quantizers);
// empty for ids without any.
const std::vector<PublishedRepo>& published_repos(const std::string& model_id);

}  // namespace fitplan
