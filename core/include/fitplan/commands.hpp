#pragma once
// The commands that realise a plan in each runtime (llama.cpp, llama-quantize, Ollama,
// Transformers, vLLM, MLX), written for the runtime versions named in shared/runtime-facts.md,
// with each runtime's limits stated where it cannot express the plan.
#include <string>
#include <vector>

#include "fitplan/hardware.hpp"
#include "fitplan/model.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/result.hpp"
#include "fitplan/shell.hpp"

namespace fitplan {

// Which llama.cpp command-line generation the llama-server / llama-quantize text targets.
enum class LlamaCppBuild {
  kCurrent,  // master 2026-08 (34af94cd9): --load-mode (#20834), --fit (#16653), -ngl auto|all
  kLegacy,   // 2025-08-30 (#15434, -fa on|off|auto) .. 2025-12-14: no --fit, --no-mmap, no --tensor-type-file
};
inline constexpr EnumTable<LlamaCppBuild, 2> kLlamaCppBuildNames{
    {{LlamaCppBuild::kCurrent, "current"}, {LlamaCppBuild::kLegacy, "legacy"}}};
inline const char* to_string(LlamaCppBuild build) noexcept { return enum_name(kLlamaCppBuildNames, build); }
inline Result<LlamaCppBuild> parse_llama_cpp_build(const std::string& text) {
  return parse_enum(kLlamaCppBuildNames, text, "llamaCppBuild", "llama.cpp build");
}

struct CommandOptions {
  std::string model_path;    // GGUF the commands run; "" = "<model-id>-fitplan.gguf"
  std::string source_path;   // unquantized conversion (F16 GGUF); "" = "<model-id>-F16.gguf"
  std::string hf_repo;       // Hugging Face repo of the original weights; "" = from the preset's source URL
  std::string imatrix_path;  // importance matrix; "" = "<model-id>.imatrix"
  LlamaCppBuild llama_cpp_build = LlamaCppBuild::kCurrent;
  int threads = 0;           // CPU threads; 0 = hardware.cpu_cores
  int port = 8080;           // server port (llama-server, vLLM, mlx_lm.server)
};

struct RuntimeCommand {
  std::string runtime;               // "llama.cpp", "llama-quantize", "ollama", "transformers", "vllm", "mlx"
  std::string text;                  // what to paste: shell commands (or, for transformers, a Python script)
  std::vector<std::string> files;    // files it expects to exist or writes (GGUF, imatrix, Modelfile...)
  std::vector<std::string> caveats;  // where the runtime cannot express the plan, or differs from it
  std::string targets;               // the runtime version the text is written for
  bool applicable = true;            // false when the runtime does not run on this hardware (still generated)
};

struct Commands {
  RuntimeCommand llama_cpp;
  RuntimeCommand llama_quantize;
  RuntimeCommand ollama;
  RuntimeCommand transformers;
  RuntimeCommand vllm;
  RuntimeCommand mlx;
};

// Commands for a feasible plan of `model` on `hardware` (the same inputs make_plan received).
Result<Commands> make_commands(const ModelPreset& model, const Hardware& hardware, const Plan& plan, const CommandOptions& options);

// The commands that fetch a published GGUF from Hugging Face and run it with its plan's placement
// (llama-server -hf <repo>:<TYPE>, ollama run hf.co/<repo>:<TYPE>; shared/runtime-facts.md A.10).
struct DownloadCommands {
  std::string llama_server;          // one llama-server command line
  std::string ollama;                // ollama serve environment + ollama run
  std::vector<std::string> caveats;
};
DownloadCommands make_download_commands(const ModelPreset& model, const Hardware& hardware, const Plan& plan, const std::string& repo,
                                        FileType file_type, int port = 8080);

// What building `plan` as a custom GGUF takes: downloads, disk, tools and a first-order time.
CustomBuild custom_build_of(const ModelPreset& model, const Hardware& hardware, const Plan& plan);

// One llama-quantize --tensor-type override: an anchored regex over GGUF tensor names and a ggml
// type name ("^blk\.(3|4)\.ffn_down\.weight$" -> "q6_k"). The patterns are pairwise disjoint.
struct TensorTypeOverride {
  std::string pattern;
  std::string type;
};

// The llama-quantize invocation that writes the plan's per-tensor types exactly.
struct QuantizeRecipe {
  FileType base = FileType::kQ4_K_M;          // the ftype argument (plan.head_recipe when it is quantized)
  std::string token_embedding_type;           // --token-embedding-type, "" = not needed
  std::string output_tensor_type;             // --output-tensor-type, "" = not needed
  std::vector<TensorTypeOverride> overrides;  // --tensor-type, in order
  bool imatrix_required = false;              // some destination type needs an importance matrix
  bool imatrix_recommended = false;           // some block recipe is below 4 bits per weight
};
Result<QuantizeRecipe> make_quantize_recipe(const ModelPreset& model, const Plan& plan, LlamaCppBuild build);

// How llama.cpp places `plan`: -ngl, --n-cpu-moe when the CPU-side experts are those of the first
// blocks, and the -ot overrides ("regex=BUFTYPE", first match wins) for what those cannot express.
// The one generator of -ot patterns: the plan's tensor_overrides and every command use it.
struct LlamaPlacement {
  int n_gpu_layers = 0;
  int n_cpu_moe = 0;
  std::vector<std::string> overrides;  // "regex=BUFTYPE"
};
LlamaPlacement llama_placement(const ModelArchitecture& arch, const Hardware& hw, const Plan& plan);

}  // namespace fitplan
