// Ollama: a Modelfile over the plan's GGUF (Ollama runs upstream llama-server) and the server's
// environment, with what a Modelfile cannot express.
#include <algorithm>

#include "commands_common.hpp"
#include "fitplan/commands.hpp"

namespace fitplan::commands_internal {

namespace {

// The nearest published library tag, by the `<size>-<variant>-<quant>` convention (UNVERIFIED).
std::string ollama_library_tag(const ModelPreset& model, FileType head) {
  const std::string id = name_token(model.id);
  std::string name = id, size;
  for (std::size_t i = 0; i + 1 < id.size(); ++i) {
    if (id[i] != '-' || !(id[i + 1] >= '0' && id[i + 1] <= '9')) continue;
    std::size_t end = id.find('-', i + 1);
    const std::string first = id.substr(i + 1, end == std::string::npos ? std::string::npos : end - i - 1);
    if (first.empty() || first.back() != 'b') continue;
    name = id.substr(0, i);
    size = id.substr(i + 1);
    break;
  }
  if (head == FileType::kMXFP4_MOE) return name + (size.empty() ? "" : ":" + size);
  std::string quant;
  switch (head) {
    case FileType::kF32:
    case FileType::kF16:
    case FileType::kBF16: quant = "fp16"; break;
    case FileType::kIQ4_XS:
    case FileType::kIQ4_NL: quant = "q4_K_S"; break;
    case FileType::kIQ3_XXS:
    case FileType::kIQ3_XS:
    case FileType::kIQ3_S:
    case FileType::kIQ3_M: quant = "q3_K_S"; break;
    case FileType::kQ4_0:
    case FileType::kQ4_1:
    case FileType::kQ5_0:
    case FileType::kQ5_1:
    case FileType::kQ8_0:
    case FileType::kQ3_K_S:
    case FileType::kQ3_K_M:
    case FileType::kQ3_K_L:
    case FileType::kQ4_K_S:
    case FileType::kQ4_K_M:
    case FileType::kQ5_K_S:
    case FileType::kQ5_K_M:
    case FileType::kQ6_K:
    case FileType::kQ2_K: quant = "q" + std::string(file_type_info(head).name).substr(1); break;
    default: quant = "q2_K"; break;
  }
  const std::string variant = name.starts_with("gemma") ? "it" : "instruct";
  return name + ":" + (size.empty() ? "" : size + "-") + variant + "-" + quant;
}

bool has_control_chars(const std::string& text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c == 0x7f) return true;
  }
  return false;
}

// The FROM value for a local GGUF ("" when a Modelfile cannot hold the path).
std::string modelfile_path(const std::string& path) {
  if (has_control_chars(path) || path.front() == '~' || path.find("\"\"\"") != std::string::npos || path.back() == '"') return "";
  const bool absolute = path.front() == '/';
  std::string value = absolute || path.starts_with("./") || path.starts_with("../") ? path : "./" + path;
  if (value.find('"') != std::string::npos) return "\"\"\"" + value + "\"\"\"";
  if (value.find(' ') != std::string::npos) return "\"" + value + "\"";
  return value;
}

}  // namespace

RuntimeCommand ollama_command(const ModelPreset& model, const Hardware& hw, const Plan& plan, const Resolved& r) {
  RuntimeCommand c;
  c.runtime = "ollama";
  c.targets = "Ollama >= v0.30 (runs upstream llama-server; read at v0.33.0-rc2)";
  c.files = {r.model_path, "Modelfile"};
  const bool same_kv = plan.kv_type_k == plan.kv_type_v;
  const bool layers_only = plan.placement_kind == PlacementKind::kAllGpu || plan.placement_kind == PlacementKind::kLayerSplit ||
                           plan.placement_kind == PlacementKind::kCpuOnly;
  std::string from = modelfile_path(r.model_path);
  c.text = "# Start the server with this environment (or set it in the service unit):\n";
  c.text += std::string("OLLAMA_FLASH_ATTENTION=") + (plan.flash_attention ? "1" : "0") +
            " OLLAMA_KV_CACHE_TYPE=" + to_string(plan.kv_type_v) + " OLLAMA_NUM_PARALLEL=1 ollama serve\n";
  c.text += "# In another terminal:\ncat > Modelfile <<'EOF'\n";
  c.text += "FROM " + (from.empty() ? std::string("./fitplan-model.gguf") : from) + "\n";
  c.text += "PARAMETER num_ctx " + std::to_string(plan.context_tokens) + "\n";
  if (layers_only) c.text += "PARAMETER num_gpu " + std::to_string(has_gpu(hw) ? plan.n_gpu_layers : 0) + "\n";
  c.text += "PARAMETER num_batch " + std::to_string(kUbatch) + "\n";
  if (r.threads > 0) c.text += "PARAMETER num_thread " + std::to_string(r.threads) + "\n";
  if (load_mode_for(plan, hw) == LoadMode::kNone) c.text += "PARAMETER use_mmap false\n";
  c.text += "EOF\n";
  c.text += command({{"ollama", "create", shell_quote(r.ollama_name), "-f", "Modelfile"}});
  c.text += command({{"ollama", "run", shell_quote(r.ollama_name)}});

  c.caveats.push_back("Ollama keeps one quantization per model file: the per-block mix comes from the local GGUF made by llama-quantize "
                      "(FROM a .gguf path); `ollama create -q` only offers Q4_K_S, Q4_K_M and Q8_0.");
  if (from.empty()) {
    c.caveats.push_back("The model path cannot be written in a Modelfile (control characters, quotes or a leading ~): link it first, e.g. "
                        "ln -s -- " +
                        shell_quote(r.model_path) + " fitplan-model.gguf");
  }
  if (!layers_only) {
    c.caveats.push_back("A Modelfile cannot set tensor overrides or --n-cpu-moe: num_gpu is left unset, so llama-server's --fit places the "
                        "layers and overflows MoE experts to the CPU itself; the split can differ from the plan's" +
                        std::string(plan.placement_kind == PlacementKind::kFfnOffload
                                        ? " (for a dense model it offloads whole layers, not FFNs)."
                                        : "."));
  } else {
    c.caveats.push_back("num_gpu " + std::to_string(has_gpu(hw) ? plan.n_gpu_layers : 0) +
                        " is passed as -ngl; it stops --fit from moving layers.");
  }
  if (!same_kv) {
    c.caveats.push_back(std::string("OLLAMA_KV_CACHE_TYPE sets K and V together: the plan's K cache (") + to_string(plan.kv_type_k) +
                        ") cannot be set apart from V.");
  }
  c.caveats.push_back("The three variables apply to every model the server loads. The context sent to llama-server is num_ctx x "
                      "OLLAMA_NUM_PARALLEL, hence OLLAMA_NUM_PARALLEL=1.");
  c.caveats.push_back("num_batch " + std::to_string(kUbatch) + " becomes -b and -ub " + std::to_string(kUbatch) +
                      " (the plan's compute-buffer size).");
  const auto& catalog = model_catalog();
  const bool catalog_model = !model.user_file &&
                             std::any_of(catalog.begin(), catalog.end(), [&](const ModelPreset& m) { return m.id == model.id; });
  if (catalog_model) {
    c.caveats.push_back(
        "Nearest published library tag instead of the local file: `ollama run " + ollama_library_tag(model, plan.head_recipe) +
        "` (tag naming is a convention, UNVERIFIED: check ollama.com/library); a uniform quant, not the plan's per-block mix.");
  }
  return c;
}

}  // namespace fitplan::commands_internal
