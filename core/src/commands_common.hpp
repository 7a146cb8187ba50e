#pragma once
// What the command generators of every runtime share (private to core/src): the paths and names
// resolved once from the request (Resolved), the shell helpers, and the generator of each runtime
// that make_commands (commands.cpp) calls. One file per runtime: commands_llama_cpp.cpp
// (llama-server / llama-cli / llama-quantize), commands_ollama.cpp, commands_transformers.cpp,
// commands_vllm.cpp, commands_mlx.cpp. Every flag they write is listed for its runtime in
// shared/runtime-facts.md, or was read at its source (named next to it).
#include <string>
#include <utility>
#include <vector>

#include "fitplan/commands.hpp"
#include "fitplan/tensors.hpp"

namespace fitplan::commands_internal {

inline constexpr int kBatch = 2048;   // llama.cpp -b (its default)
inline constexpr int kUbatch = 512;   // llama.cpp -ub: the compute buffers of the plan are estimated at 512

// ------------------------------------------------------------------------------------ helpers

// ASCII letters lower-cased.
std::string lower(std::string text);

// Shell words joined into one command; `groups` are put on separate continuation lines.
std::string command(const std::vector<std::vector<std::string>>& groups);

// Average bits per weight of the transformer blocks at their planned recipes.
double block_bits_per_weight(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors, const Plan& plan);

// Bits per weight of a recipe's base type.
double recipe_bits(FileType type);

// Whether some block keeps weights off the GPU (attention or FFN on the CPU or disk).
bool plan_has_cpu_weights(const Plan& plan);

// ------------------------------------------------------------------------------------ options

// What resolve() makes of the options once, for every runtime.
struct Resolved {
  std::string model_path, source_path, hf_repo, hf_dir, imatrix_path, mlx_path, ollama_name;
  bool hf_repo_from_source = false;
  bool hf_repo_known = true;            // false: an imported file whose original repository nobody named
  const UserFile* user_file = nullptr;  // the imported GGUF the quantize step starts from
  std::vector<std::string> fetch_user_file;  // commands that download it first (a file read from a URL)
  bool requantize = false;              // the source is already quantized (llama-quantize --allow-requantize)
  int threads = 0;
  int port = 8080;
};

// "https://huggingface.co/ORG/NAME/blob/main/config.json" -> "ORG/NAME".
std::string repo_from_source(const std::string& source);

// Letters, digits, '.', '_', '-' of `id`, lower-cased (Ollama model names).
std::string name_token(const std::string& id);

// The imported file the commands start from: none when the model has none or its name is not a
// plain file name (imports give the last path segment).
const UserFile* user_file_of(const ModelPreset& model);

// "https://huggingface.co/ORG/NAME/resolve/REV/PATH" -> {"ORG/NAME", "PATH"} (any host: HF_ENDPOINT mirrors).
std::pair<std::string, std::string> hub_file_of_url(const std::string& url);

// Where the user's file lands once downloaded (a Hub file keeps its folder under --local-dir .).
std::string user_file_path(const UserFile& file);

// The paths, names and settings every runtime's commands use, from the options and the model (an
// imported file names what the user has); an error when the plan cannot run or an option cannot be
// written into a command.
Result<Resolved> resolve(const ModelPreset& model, const Hardware& hardware, const Plan& plan, const CommandOptions& options);

// ------------------------------------------------------------------------------------ llama.cpp (commands_llama_cpp.cpp)

enum class LoadMode { kDefault, kNone, kMmap };

// CPU-resident weights that fit in RAM are read into memory once (no page-cache copy next to the
// CPU repack buffers); weights spilled to disk must stay memory-mapped so the OS pages them in.
LoadMode load_mode_for(const Plan& plan, const Hardware& hw);

// The llama.cpp arguments after the model (-m or -hf): context, placement, KV cache, batch, load mode.
std::vector<std::vector<std::string>> run_groups(const ModelArchitecture& arch, const Hardware& hw, const Plan& plan, int threads,
                                                 LlamaCppBuild build);

// ------------------------------------------------------------------------------------ one generator per runtime

RuntimeCommand llama_cpp_command(const ModelPreset& model, const Hardware& hw, const Plan& plan, const Resolved& r, LlamaCppBuild build);
RuntimeCommand quantize_command(const Plan& plan, const Resolved& r, LlamaCppBuild build, const QuantizeRecipe& recipe);
RuntimeCommand ollama_command(const ModelPreset& model, const Hardware& hw, const Plan& plan, const Resolved& r);
RuntimeCommand transformers_command(const ModelPreset& model, const Hardware& hw, const Plan& plan, const Resolved& r);
RuntimeCommand vllm_command(const ModelPreset& model, const Hardware& hw, const Plan& plan, const Resolved& r);
RuntimeCommand mlx_command(const ModelPreset& model, const Hardware& hw, const Plan& plan, const Resolved& r);

}  // namespace fitplan::commands_internal
