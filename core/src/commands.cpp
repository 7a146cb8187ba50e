#include "fitplan/commands.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "fitplan/quantizer.hpp"
#include "fitplan/tensors.hpp"
#include "fitplan/text.hpp"

// Every flag written here is listed for its runtime in shared/runtime-facts.md, or was read at its
// source (named next to it). Sections: options, llama.cpp placement, llama-server, llama-quantize,
// Ollama, Transformers, vLLM, MLX.

namespace fitplan {

const char* to_string(LlamaCppBuild build) noexcept {
  return build == LlamaCppBuild::kLegacy ? "legacy" : "current";
}

Result<LlamaCppBuild> parse_llama_cpp_build(const std::string& text) {
  if (text == "current") return LlamaCppBuild::kCurrent;
  if (text == "legacy") return LlamaCppBuild::kLegacy;
  return make_error(ErrorCode::kInvalidArgument, "llamaCppBuild", "unknown llama.cpp build '" + text + "'; allowed: current, legacy");
}

namespace {

// ------------------------------------------------------------------------------------ helpers

constexpr int kBatch = 2048;   // llama.cpp -b (its default)
constexpr int kUbatch = 512;   // llama.cpp -ub: the compute buffers of the plan are estimated at 512
constexpr int kLongOverrideList = 16;  // more --tensor-type patterns than this go to a --tensor-type-file
const char* const kTensorTypeFile = "fitplan-tensor-types.txt";
const char* const kCalibrationFile = "calibration.txt";

const char* const kTargetsCurrent =
    "llama.cpp master 2026-08 (ggml-org/llama.cpp@34af94cd9: --load-mode #20834, --fit #16653, -fa on|off|auto #15434)";
const char* const kTargetsLegacy =
    "llama.cpp builds from 2025-08-30 (#15434, -fa on|off|auto) to 2025-12-14 (before --fit #16653 and --load-mode #20834)";

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return text;
}

std::string ggml_name(GgmlType type) { return lower(type_info(type).name); }

// Shell words joined into one command; `groups` are put on separate continuation lines.
std::string command(const std::vector<std::vector<std::string>>& groups) {
  std::string out;
  for (const auto& group : groups) {
    if (group.empty()) continue;
    if (!out.empty()) out += " \\\n  ";
    out += join(group, " ");
  }
  return out + "\n";
}

// Bytes as MiB, rounded up to a multiple of 256 MiB (accelerate's max_memory strings).
std::string mib_ceil(Bytes bytes) { return std::to_string(std::max<Bytes>(1, ceil_div(bytes, 256 * kMiB)) * 256); }

// "0|1|2" for a list of block indices.
std::string alternation(const std::vector<int>& blocks) {
  std::vector<std::string> parts;
  for (int b : blocks) parts.push_back(std::to_string(b));
  return join(parts, "|");
}

std::string regex_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::string("\\^$.|?*+()[]{}").find(c) != std::string::npos) out += '\\';
    out += c;
  }
  return out;
}

// Python string literal that reads back as `text` (ASCII only; other bytes are \x-escaped).
// A Python 3 str literal of UTF-8 `text`: ASCII as it is, every other character as its code point
// (\xNN, \uNNNN, \UNNNNNNNN), so "org/модель" stays "org/модель" in Python; a byte that is not
// UTF-8 becomes U+FFFD.
std::string python_string(const std::string& text) {
  static const char* hex = "0123456789abcdef";
  auto escape = [&](std::uint32_t cp) {
    const int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    std::string e = digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U";
    for (int d = digits - 1; d >= 0; --d) e += hex[(cp >> (4 * d)) & 15];
    return e;
  };
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\\' || c == '"') {
      out += '\\';
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    if (c == '\n') {
      out += "\\n";
      ++i;
      continue;
    }
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    // Decode one UTF-8 sequence (shortest form only).
    const int length = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
    std::uint32_t cp = length == 1 ? c : length == 2 ? (c & 0x1fu) : length == 3 ? (c & 0x0fu) : (c & 0x07u);
    bool valid = length > 0 && i + static_cast<std::size_t>(length) <= text.size();
    for (int k = 1; valid && k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
      valid = (next & 0xc0) == 0x80;
      cp = (cp << 6) | (next & 0x3fu);
    }
    static const std::uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    valid = valid && cp >= kMinimum[length] && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
    out += escape(valid ? cp : 0xfffd);
    i += valid ? static_cast<std::size_t>(length) : 1;
  }
  return out + "\"";
}

// Average bits per weight of the transformer blocks at their planned recipes.
double block_bits_per_weight(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors, const Plan& plan) {
  double params = 0, bytes = 0;
  for (const auto& t : tensors) {
    if (t.block < 0) continue;
    params += static_cast<double>(element_count(t));
    bytes += static_cast<double>(tensor_bytes(t, quantized_type(arch, t, plan.layers[static_cast<std::size_t>(t.block)].recipe)));
  }
  return params > 0 ? 8 * bytes / params : 16;
}

double recipe_bits(FileType type) { return bits_per_weight(file_type_info(type).base); }

bool plan_mixes_recipes(const Plan& plan) {
  for (const auto& layer : plan.layers) {
    if (layer.recipe != plan.layers.front().recipe) return true;
  }
  return false;
}

bool plan_has_cpu_weights(const Plan& plan) {
  for (const auto& layer : plan.layers) {
    if (layer.attention_tier != Tier::kGpu || layer.ffn_tier != Tier::kGpu) return true;
  }
  return false;
}

// ------------------------------------------------------------------------------------ options

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
std::string repo_from_source(const std::string& source) {
  const std::string host = "huggingface.co/";
  const auto at = source.find(host);
  if (at == std::string::npos) return "";
  const std::string rest = source.substr(at + host.size());
  const auto first = rest.find('/');
  if (first == std::string::npos || first == 0) return "";
  const auto second = rest.find('/', first + 1);
  return rest.substr(0, second == std::string::npos ? rest.size() : second);
}

// Letters, digits, '.', '_', '-' of `id`, lower-cased (Ollama model names).
std::string name_token(const std::string& id) {
  std::string out;
  for (char c : lower(id)) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    out += ok ? c : '-';
  }
  while (!out.empty() && (out.front() == '-' || out.front() == '.' || out.front() == '_')) out.erase(out.begin());
  return out.empty() ? "model" : out;
}

bool ends_with_nocase(const std::string& text, const std::string& tail) {
  return text.size() >= tail.size() && lower(text.substr(text.size() - tail.size())) == lower(tail);
}

// llama.cpp's split-file naming: "NAME-00001-of-00003.gguf" -> {"NAME", 3}; {"", 0} for other names.
std::pair<std::string, int> split_name(const std::string& file_name) {
  const std::string tail = "-00001-of-00000.gguf";
  if (file_name.size() <= tail.size() || !ends_with_nocase(file_name, ".gguf")) return {"", 0};
  const std::size_t at = file_name.size() - tail.size();
  const std::string part = file_name.substr(at);
  auto digits = [&](std::size_t from) {
    for (std::size_t i = from; i < from + 5; ++i) {
      if (part[i] < '0' || part[i] > '9') return false;
    }
    return true;
  };
  if (part[0] != '-' || !digits(1) || part.compare(6, 4, "-of-") != 0 || !digits(10)) return {"", 0};
  return {file_name.substr(0, at), std::stoi(part.substr(10, 5))};
}

// Every file of an imported GGUF: the name itself, or the names of all its shards.
std::vector<std::string> shard_names(const std::string& file_name) {
  const auto [prefix, count] = split_name(file_name);
  if (count <= 1) return {file_name};
  std::vector<std::string> names;
  for (int i = 1; i <= count; ++i) {
    char numbers[32];
    std::snprintf(numbers, sizeof numbers, "-%05d-of-%05d.gguf", i, count);
    names.push_back(prefix + numbers);
  }
  return names;
}

// The imported file the commands start from: none when the model has none or its name is not a
// plain file name (imports give the last path segment).
const UserFile* user_file_of(const ModelPreset& model) {
  if (!model.user_file || model.user_file->name.empty() || model.user_file->name.find('/') != std::string::npos) return nullptr;
  return &*model.user_file;
}

// "Llama-3.2-1B-F16.gguf" -> "Llama-3.2-1B": the name without .gguf, shard numbers and the file type.
std::string file_stem(const std::string& file_name, FileType type) {
  const auto [prefix, shards] = split_name(file_name);
  std::string stem = shards > 0 ? prefix : file_name;
  if (ends_with_nocase(stem, ".gguf")) stem.resize(stem.size() - 5);
  const std::string type_name = file_type_info(type).name;
  if (ends_with_nocase(stem, type_name) && stem.size() > type_name.size() + 1) {
    const char separator = stem[stem.size() - type_name.size() - 1];
    if (separator == '-' || separator == '.' || separator == '_') stem.resize(stem.size() - type_name.size() - 1);
  }
  return stem.empty() ? "model" : stem;
}

// "https://huggingface.co/ORG/NAME/resolve/REV/PATH" -> {"ORG/NAME", "PATH"} (any host: HF_ENDPOINT mirrors).
std::pair<std::string, std::string> hub_file_of_url(const std::string& url) {
  const auto scheme = url.find("://");
  if (scheme == std::string::npos) return {};
  const auto path_at = url.find('/', scheme + 3);
  if (path_at == std::string::npos) return {};
  std::vector<std::string> parts;
  std::size_t from = path_at + 1;
  for (std::size_t at; (at = url.find('/', from)) != std::string::npos; from = at + 1) parts.push_back(url.substr(from, at - from));
  parts.push_back(url.substr(from));
  if (parts.size() < 5 || parts[2] != "resolve" || parts[0].empty() || parts[1].empty()) return {};
  std::string file = parts[4];
  for (std::size_t i = 5; i < parts.size(); ++i) file += "/" + parts[i];
  if (file.find_first_of("?#%") != std::string::npos || file.front() == '-') return {};  // curl fetches those
  return {parts[0] + "/" + parts[1], file};
}

// The commands that download an imported file read from a URL: `hf download` for a Hub file, else curl.
std::vector<std::string> fetch_commands(const UserFile& file) {
  const auto [repo, path] = hub_file_of_url(file.url);
  std::vector<std::string> out;
  if (!repo.empty()) {
    const auto slash = path.find_last_of('/');
    const std::string folder = slash == std::string::npos ? "" : path.substr(0, slash + 1);
    std::vector<std::string> words = {"hf", "download", shell_quote(repo)};
    for (const auto& name : shard_names(path.substr(folder.size()))) words.push_back(shell_quote(folder + name));
    words.insert(words.end(), {"--local-dir", "."});
    out.push_back(command({words}));
    return out;
  }
  const std::string base = file.url.substr(0, file.url.find_last_of('/') + 1);
  const auto names = shard_names(file.name);
  for (const auto& name : names) {
    const std::string path = name.front() == '-' ? "./" + name : name;
    out.push_back(command({{"curl", "-L", "--fail", "-o", shell_quote(path), shell_quote(names.size() == 1 ? file.url : base + name)}}));
  }
  return out;
}

// Where the user's file lands once downloaded (a Hub file keeps its folder under --local-dir .).
std::string user_file_path(const UserFile& file) {
  const auto [repo, path] = hub_file_of_url(file.url);
  const std::string where = repo.empty() ? file.name : path;
  return where.front() == '-' ? "./" + where : where;
}

Result<bool> check_word(const std::string& value, const std::string& field) {
  if (value.empty()) return make_error(ErrorCode::kInvalidArgument, field, "'" + field + "' must not be empty");
  if (value.find('\0') != std::string::npos) {
    return make_error(ErrorCode::kInvalidArgument, field, "'" + field + "' must not contain a NUL character");
  }
  if (value.front() == '-') {
    return make_error(ErrorCode::kInvalidArgument, field, "'" + field + "' must not start with '-' (it would be read as a flag); prefix it with ./");
  }
  return true;
}

Result<Resolved> resolve(const ModelPreset& model, const Hardware& hardware, const Plan& plan, const CommandOptions& options) {
  if (!plan.feasible) return make_error(ErrorCode::kInfeasible, "plan", "the plan is infeasible: there is nothing to run");
  if (plan.layers.size() != static_cast<std::size_t>(model.arch.n_layer)) {
    return make_error(ErrorCode::kInvalidArgument, "plan.layers",
                      "the plan has " + std::to_string(plan.layers.size()) + " blocks but the model has " + std::to_string(model.arch.n_layer));
  }
  if (plan.n_gpu_layers < 0 || plan.n_gpu_layers > model.arch.n_layer + 1) {
    return make_error(ErrorCode::kInvalidArgument, "plan.nGpuLayers", "'nGpuLayers' must be between 0 and n_layer + 1");
  }
  if (is_quantized(plan.kv_type_v) && !plan.flash_attention) {
    return make_error(ErrorCode::kInvalidArgument, "plan.kvTypeV", "a quantized V cache needs flash attention (llama.cpp refuses it with -fa off)");
  }
  if (options.threads < 0 || options.threads > 4096) {
    return make_error(ErrorCode::kOutOfRange, "options.threads", "'threads' must be between 0 (= the hardware's cores) and 4096");
  }
  if (options.port < 1 || options.port > 65535) return make_error(ErrorCode::kOutOfRange, "options.port", "'port' must be between 1 and 65535");
  Resolved r;
  // An imported GGUF names what the user has: the commands start from it, and names derive from its stem.
  const UserFile* user_file = user_file_of(model);
  std::string base = user_file ? file_stem(user_file->name, user_file->file_type) : model.id;
  while (user_file && !base.empty() && base.front() == '-') base.erase(base.begin());  // not read as a flag
  if (base.empty()) base = "model";
  r.model_path = options.model_path.empty() ? base + "-fitplan.gguf" : options.model_path;
  r.source_path = options.source_path.empty() ? base + "-F16.gguf" : options.source_path;
  r.imatrix_path = options.imatrix_path.empty() ? base + ".imatrix" : options.imatrix_path;
  if (user_file) {
    r.user_file = user_file;
    if (options.source_path.empty()) {
      r.source_path = user_file_path(*user_file);
      r.requantize = type_info(file_type_info(user_file->file_type).base).quantized;
      if (!user_file->url.empty()) r.fetch_user_file = fetch_commands(*user_file);
    }
  }
  r.hf_repo = options.hf_repo;
  if (r.hf_repo.empty()) {
    // An imported file's source is where the file came from (a GGUF repository at best), not the original weights.
    r.hf_repo = user_file ? "" : repo_from_source(model.source);
    r.hf_repo_from_source = true;
    if (r.hf_repo.empty()) {
      r.hf_repo = user_file ? base : model.id;
      r.hf_repo_known = !user_file;
    }
  }
  const auto slash = r.hf_repo.find_last_of('/');
  r.hf_dir = slash == std::string::npos ? r.hf_repo : r.hf_repo.substr(slash + 1);
  if (r.hf_dir.empty() || r.hf_dir == "." || r.hf_dir == ".." || r.hf_dir.front() == '-') r.hf_dir = "hf-model";
  r.mlx_path = name_token(base) + "-mlx";
  r.ollama_name = name_token(base) + "-fitplan";
  r.threads = options.threads > 0 ? options.threads : hardware.cpu_cores;
  r.port = options.port;
  const std::pair<const std::string*, const char*> words[] = {{&r.model_path, "options.modelPath"},
                                                              {&r.source_path, "options.sourcePath"},
                                                              {&r.imatrix_path, "options.imatrixPath"},
                                                              {&r.hf_repo, "options.hfRepo"}};
  for (const auto& [value, field] : words) {
    if (auto ok = check_word(*value, field); !ok) return ok.error();
  }
  return r;
}

// ------------------------------------------------------------------------------------ llama.cpp placement

// The llama.cpp arguments that put every block where the plan has it: -ngl offloads the LAST
// n_gpu_layers blocks (and the output layer when it exceeds n_layer); --n-cpu-moe N moves the routed
// experts of the FIRST N blocks to the CPU; -ot regexes (first match wins) place the rest.
std::string device_buffer(Backend backend, int gpu_index) {
  switch (backend) {
    case Backend::kCuda: return "CUDA" + std::to_string(gpu_index);
    case Backend::kRocm: return "ROCm" + std::to_string(gpu_index);
    case Backend::kVulkan: return "Vulkan" + std::to_string(gpu_index);
    case Backend::kMetal: return "MTL" + std::to_string(gpu_index);
    case Backend::kSycl: return "SYCL" + std::to_string(gpu_index);
    case Backend::kCpu: return "CPU";
  }
  return "CPU";
}

// "-ot" pattern for the FFN side of `blocks`: routed experts (llama.cpp's own regex) in MoE blocks,
// ffn_gate / ffn_up / ffn_down in dense ones. Norms, router and shared experts stay with attention.
std::vector<std::string> ffn_overrides(const ModelArchitecture& arch, const std::vector<int>& blocks, const std::string& buffer) {
  std::vector<int> moe, dense;
  for (int b : blocks) (is_moe_layer(arch, b) ? moe : dense).push_back(b);
  std::vector<std::string> out;
  if (!moe.empty()) out.push_back("^blk\\.(" + alternation(moe) + ")\\.ffn_(up|down|gate|gate_up)_(ch|)exps=" + buffer);
  if (!dense.empty()) out.push_back("^blk\\.(" + alternation(dense) + ")\\.ffn_(gate|up|down)\\.=" + buffer);
  return out;
}

}  // namespace

LlamaPlacement llama_placement(const ModelArchitecture& arch, const Hardware& hw, const Plan& plan) {
  LlamaPlacement p;
  const int n = arch.n_layer;
  p.n_gpu_layers = has_gpu(hw) ? plan.n_gpu_layers : 0;
  const int first_gpu_block = n - std::min(p.n_gpu_layers, n);
  // Blocks whose FFN side must go elsewhere than their attention side, and whole blocks that -ngl
  // puts on the wrong side, by destination buffer.
  std::map<std::string, std::vector<int>> ffn_to, blocks_to;
  for (const auto& layer : plan.layers) {
    const bool default_gpu = p.n_gpu_layers > 0 && layer.index >= first_gpu_block;
    const bool attn_gpu = layer.attention_tier == Tier::kGpu;
    const bool ffn_gpu = layer.ffn_tier == Tier::kGpu;
    const std::string gpu = device_buffer(hw.backend, layer.gpu_index);
    if (attn_gpu != default_gpu) blocks_to[attn_gpu ? gpu : "CPU"].push_back(layer.index);
    if (attn_gpu != ffn_gpu) ffn_to[ffn_gpu ? gpu : "CPU"].push_back(layer.index);
  }
  // --n-cpu-moe N when the CPU-side experts are exactly those of the first N blocks (blocks wholly
  // on the CPU may be among them: their experts are there anyway).
  auto& to_cpu = ffn_to["CPU"];
  std::vector<int> moe_to_cpu, dense_to_cpu;
  for (int b : to_cpu) (is_moe_layer(arch, b) ? moe_to_cpu : dense_to_cpu).push_back(b);
  if (!moe_to_cpu.empty()) {
    const int k = moe_to_cpu.back() + 1;
    bool prefix = true;
    for (int b = 0; b < k; ++b) {
      if (is_moe_layer(arch, b) && plan.layers[static_cast<std::size_t>(b)].ffn_tier == Tier::kGpu) prefix = false;
    }
    if (prefix) {
      p.n_cpu_moe = k;
      to_cpu = dense_to_cpu;
    }
  }
  // FFN overrides first (first match wins), then whole blocks.
  for (const auto& [buffer, blocks] : ffn_to) {
    for (auto& o : ffn_overrides(arch, blocks, buffer)) p.overrides.push_back(o);
  }
  for (const auto& [buffer, blocks] : blocks_to) p.overrides.push_back("^blk\\.(" + alternation(blocks) + ")\\.=" + buffer);
  return p;
}

namespace {

// ------------------------------------------------------------------------------------ llama-server

enum class LoadMode { kDefault, kNone, kMmap };

// CPU-resident weights that fit in RAM are read into memory once (no page-cache copy next to the
// CPU repack buffers); weights spilled to disk must stay memory-mapped so the OS pages them in.
LoadMode load_mode_for(const Plan& plan, const Hardware& hw) {
  if (plan.disk_blocks > 0) return LoadMode::kMmap;
  if (hw.unified_memory) return LoadMode::kDefault;
  return plan_has_cpu_weights(plan) ? LoadMode::kNone : LoadMode::kDefault;
}

// The llama.cpp arguments after the model (-m or -hf): context, placement, KV cache, batch, load mode.
std::vector<std::vector<std::string>> run_groups(const ModelArchitecture& arch, const Hardware& hw, const Plan& plan, int threads,
                                                 LlamaCppBuild build) {
  const LlamaPlacement placement = llama_placement(arch, hw, plan);
  const bool current = build == LlamaCppBuild::kCurrent;
  std::vector<std::string> place = {"-ngl", std::to_string(placement.n_gpu_layers)};
  if (current) place.insert(place.end(), {"--fit", "off"});
  if (placement.n_cpu_moe > 0) place.insert(place.end(), {"--n-cpu-moe", std::to_string(placement.n_cpu_moe)});
  std::vector<std::vector<std::string>> groups = {{"-c", std::to_string(plan.context_tokens), "-np", "1"}, place};
  for (const auto& o : placement.overrides) groups.push_back({"-ot", shell_quote(o)});
  if (has_gpu(hw) && hw.gpu_count > 1) {
    std::vector<std::string> shares(static_cast<std::size_t>(hw.gpu_count), "1");
    groups.push_back({"-sm", "layer", "-ts", join(shares, ",")});
  }
  groups.push_back({"-fa", plan.flash_attention ? "on" : "off", "-ctk", to_string(plan.kv_type_k), "-ctv", to_string(plan.kv_type_v)});
  std::vector<std::string> run = {"-b", std::to_string(kBatch), "-ub", std::to_string(kUbatch)};
  if (threads > 0) run.insert(run.end(), {"-t", std::to_string(threads)});
  const LoadMode mode = load_mode_for(plan, hw);
  if (current && mode == LoadMode::kNone) run.insert(run.end(), {"--load-mode", "none"});
  // Streamed weights must stay mapped: CPU weight repacking would copy every repackable tensor
  // (q4_0, q4_K, iq4_nl, ...) into anonymous memory at load (llama-model.cpp make_cpu_buft_list).
  if (current && mode == LoadMode::kMmap) run.insert(run.end(), {"--load-mode", "mmap", "--no-repack"});
  if (!current && mode == LoadMode::kNone) run.push_back("--no-mmap");
  groups.push_back(run);
  return groups;
}

RuntimeCommand llama_cpp_command(const ModelPreset& model, const Hardware& hw, const Plan& plan, const Resolved& r, LlamaCppBuild build) {
  RuntimeCommand c;
  c.runtime = "llama.cpp";
  c.targets = build == LlamaCppBuild::kCurrent ? kTargetsCurrent : kTargetsLegacy;
  c.files = {r.model_path};
  const auto& arch = model.arch;
  const LlamaPlacement placement = llama_placement(arch, hw, plan);
  const bool current = build == LlamaCppBuild::kCurrent;
  const LoadMode mode = load_mode_for(plan, hw);
  std::vector<std::vector<std::string>> groups = {{"-m", shell_quote(r.model_path)}};
  for (auto& g : run_groups(arch, hw, plan, r.threads, build)) groups.push_back(std::move(g));

  auto server = groups;
  server.front().insert(server.front().begin(), "llama-server");
  server.push_back({"--port", std::to_string(r.port)});
  auto cli = groups;
  cli.front().insert(cli.front().begin(), "llama-cli");
  c.text = "# Server (OpenAI-compatible API on port " + std::to_string(r.port) + "):\n" + command(server) +
           "# Interactive chat in the terminal, same placement:\n" + command(cli);

  c.caveats.push_back("-c " + std::to_string(plan.context_tokens) + " -np 1: llama-server defaults to -np auto = 4 slots sharing one "
                      "unified KV cache (since #16736); one slot gives the single conversation the whole context the plan sized the KV "
                      "cache for. Raise -np only together with -c.");
  if (current) {
    c.caveats.push_back("--fit off: --fit is on by default (#16653) and would re-plan layers and context; with an explicit -ngl it "
                        "aborts its layer fitting anyway, --fit off makes that explicit.");
  } else {
    c.caveats.push_back("Legacy build: no --fit flag exists before 2025-12-15; on a build from that date on add --fit off so the automatic "
                        "fit does not re-plan the layers. -ngl takes an integer only before 2025-12-27 (#18266).");
  }
  c.caveats.push_back("-b " + std::to_string(kBatch) + " -ub " + std::to_string(kUbatch) + ": the plan's compute buffers are estimated at "
                      "-ub " + std::to_string(kUbatch) + "; a larger -ub speeds up prompt processing but needs more memory.");
  if (plan.flash_attention && (is_quantized(plan.kv_type_k) || is_quantized(plan.kv_type_v))) {
    c.caveats.push_back(std::string("-fa on is required by the quantized V cache (-ctv ") + to_string(plan.kv_type_v) +
                        "); with -fa off llama.cpp refuses it.");
  }
  if (placement.n_cpu_moe > 0) {
    c.caveats.push_back("--n-cpu-moe " + std::to_string(placement.n_cpu_moe) + " keeps the routed experts of the first " +
                        std::to_string(placement.n_cpu_moe) + " blocks on the CPU (attention, router and KV stay on the GPU).");
  }
  if (!placement.overrides.empty()) {
    c.caveats.push_back("-ot regexes are matched with regex_search against tensor names, first match wins; any tensor override "
                        "disables llama.cpp's multi-GPU pipeline parallelism.");
  }
  if (mode == LoadMode::kNone) {
    c.caveats.push_back(std::string(current ? "--load-mode none" : "--no-mmap") +
                        ": the CPU-side weights fit in RAM and are read in once, so the CPU repack buffers do not sit next to "
                        "a second, page-cache copy of the same weights.");
  }
  if (mode == LoadMode::kMmap) {
    c.caveats.push_back(std::to_string(plan.disk_blocks) + " blocks do not fit in RAM: " +
                        (current ? std::string("--load-mode mmap keeps") : std::string("the default mmap keeps (do not add --no-mmap or --mlock)")) +
                        " the file memory-mapped so their pages are read from disk on every token. llama.cpp cannot pin "
                        "particular blocks to disk: the OS page cache decides which pages stay resident.");
  }
  if (has_gpu(hw) && hw.gpu_count > 1) {
    c.caveats.push_back("-sm layer -ts evenly: llama.cpp splits the offloaded layers in proportion to -ts, so a device boundary can "
                        "differ by a block from the plan's.");
  }
  if (!has_gpu(hw)) c.caveats.push_back("CPU only: -ngl 0 keeps every layer on the CPU.");
  if (hw.backend == Backend::kVulkan || hw.backend == Backend::kSycl || hw.backend == Backend::kRocm) {
    c.caveats.push_back("The -ot buffer names (" + device_buffer(hw.backend, 0) +
                        ", CPU) come from the devices present; llama.cpp lists them when a name is unknown (UNVERIFIED for this backend).");
  }
  return c;
}

// ------------------------------------------------------------------------------------ llama-quantize

bool requires_imatrix(GgmlType type, FileType base) {
  switch (type) {
    case GgmlType::kIQ1_S: case GgmlType::kIQ1_M: case GgmlType::kIQ2_XXS: case GgmlType::kIQ2_XS:
    case GgmlType::kIQ2_S: case GgmlType::kIQ3_XXS: return true;
    case GgmlType::kQ2_K: return base == FileType::kQ2_K_S;
    default: return false;
  }
}

// Base ftypes whose built-in choice changes when an importance matrix is given (llama_tensor_get_type
// reads has_imatrix for these; IQ3_XXS always has one).
bool imatrix_sensitive(FileType base) {
  return base == FileType::kIQ4_NL || base == FileType::kIQ4_XS || base == FileType::kQ4_0 || base == FileType::kQ5_0;
}

// llama-quantize counts attn_v / ffn_* tensors as it goes and skips the count for tensors an
// override matches: once one tensor of such a category is overridden, every tensor of it is.
std::string counted_category(const std::string& name) {
  if (name.find("attn_v.weight") != std::string::npos || name.find("attn_qkv.weight") != std::string::npos ||
      name.find("attn_kv_b.weight") != std::string::npos) {
    return "attn_v";
  }
  for (const char* c : {"ffn_down", "ffn_gate", "ffn_up"}) {
    if (name.find(c) != std::string::npos) return c;
  }
  return "";
}

}  // namespace

Result<QuantizeRecipe> make_quantize_recipe(const ModelPreset& model, const Plan& plan, LlamaCppBuild build) {
  if (plan.layers.size() != static_cast<std::size_t>(model.arch.n_layer)) {
    return make_error(ErrorCode::kInvalidArgument, "plan.layers", "the plan does not have one layer per block");
  }
  const auto& arch = model.arch;
  const auto tensors = model_tensors(arch);
  QuantizeRecipe recipe;
  // llama-quantize applies --tensor-type only under a quantized base ftype: a plan with 16-bit
  // non-block tensors and some quantized blocks uses Q8_0 as the base and sets the rest explicitly.
  const bool head_quantized = type_info(file_type_info(plan.head_recipe).base).quantized;
  bool uniform = true;
  for (const auto& layer : plan.layers) uniform = uniform && layer.recipe == plan.head_recipe;
  recipe.base = head_quantized || uniform ? plan.head_recipe : FileType::kQ8_0;
  std::vector<GgmlType> planned, tool;
  for (const auto& t : tensors) {
    const FileType r = t.block >= 0 ? plan.layers[static_cast<std::size_t>(t.block)].recipe : plan.head_recipe;
    planned.push_back(quantized_type(arch, t, r));
    tool.push_back(quantized_type(arch, t, recipe.base));
    if (t.quantizable && t.name != "token_embd.weight" && t.name != "output.weight" && requires_imatrix(planned.back(), r)) {
      recipe.imatrix_required = true;
    }
  }
  for (const auto& layer : plan.layers) {
    if (recipe_bits(layer.recipe) < 4) recipe.imatrix_recommended = true;
  }
  if (recipe_bits(plan.head_recipe) < 4) recipe.imatrix_recommended = true;
  const bool imatrix = recipe.imatrix_required || recipe.imatrix_recommended;

  // Which block tensors get an explicit type.
  std::vector<bool> pin(tensors.size(), false);
  std::set<std::string> pinned_categories;
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    const auto& t = tensors[i];
    if (!t.quantizable) continue;
    if (t.block < 0) {
      if (planned[i] == tool[i]) continue;
      (t.name == "output.weight" ? recipe.output_tensor_type : recipe.token_embedding_type) = ggml_name(planned[i]);
      continue;
    }
    const std::string category = counted_category(t.name);
    if (planned[i] != tool[i]) {
      pin[i] = true;
      if (!category.empty()) pinned_categories.insert(category);
    }
    // The plan's types assume no imatrix where the base ftype does not require one; with --imatrix
    // llama-quantize changes its ffn_down choice for IQ4_NL / IQ4_XS / Q4_0 / Q5_0 bases: pin them.
    if (imatrix && !uses_imatrix(recipe.base) && category == "ffn_down" && imatrix_sensitive(recipe.base)) pinned_categories.insert(category);
    // attn_qkv / attn_kv_b followed their own rules before 2026-03-10 (#19770): pin them for old builds.
    if (build == LlamaCppBuild::kLegacy &&
        (t.name.find("attn_qkv.weight") != std::string::npos || t.name.find("attn_kv_b.weight") != std::string::npos)) {
      pinned_categories.insert("attn_v");
    }
  }
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    if (tensors[i].quantizable && tensors[i].block >= 0 && pinned_categories.count(counted_category(tensors[i].name))) pin[i] = true;
  }
  // Group by (tensor kind, type) in tensor order: "^blk\.(3|4|5)\.ffn_down\.weight$=q6_k".
  std::vector<std::pair<std::string, GgmlType>> order;
  std::map<std::pair<std::string, GgmlType>, std::vector<int>> blocks;
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    if (!pin[i]) continue;
    const auto& name = tensors[i].name;
    const std::string prefix = "blk." + std::to_string(tensors[i].block) + ".";
    const auto key = std::make_pair(name.substr(prefix.size()), planned[i]);
    if (!blocks.count(key)) order.push_back(key);
    blocks[key].push_back(tensors[i].block);
  }
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& key : order) {
    recipe.overrides.push_back({"^blk\\.(" + alternation(blocks[key]) + ")\\." + regex_escape(key.first) + "$", ggml_name(key.second)});
  }
  return recipe;
}

namespace {

RuntimeCommand quantize_command(const Plan& plan, const Resolved& r, LlamaCppBuild build,
                                const QuantizeRecipe& recipe) {
  RuntimeCommand c;
  c.runtime = "llama-quantize";
  const bool current = build == LlamaCppBuild::kCurrent;
  c.targets = std::string(current ? kTargetsCurrent : kTargetsLegacy) + "; convert_hf_to_gguf.py from the same checkout; hf (huggingface_hub CLI)";
  const bool imatrix = recipe.imatrix_required || recipe.imatrix_recommended;
  const bool use_file = current && static_cast<int>(recipe.overrides.size()) > kLongOverrideList;

  int step = 0;
  if (r.user_file) {
    const std::string source_type = r.source_path == user_file_path(*r.user_file) ? file_type_info(r.user_file->file_type).name : "F16";
    if (!r.fetch_user_file.empty()) {
      c.text = "# " + std::to_string(++step) + ". Download the file you imported (" + source_type + "):\n";
      for (const auto& line : r.fetch_user_file) c.text += line;
      c.targets = std::string(current ? kTargetsCurrent : kTargetsLegacy) + (r.fetch_user_file.front().rfind("hf ", 0) == 0 ? "; hf (huggingface_hub CLI)" : "; curl");
    } else {
      c.text = "# Starts from your " + source_type + " file " + r.source_path + " (run these in its folder):\n";
      c.targets = current ? kTargetsCurrent : kTargetsLegacy;
    }
  } else {
    c.text = "# " + std::to_string(++step) + ". The original weights and their unquantized (F16) conversion:\n";
    c.text += command({{"hf", "download", shell_quote(r.hf_repo), "--local-dir", shell_quote(r.hf_dir)}});
    c.text += command({{"python", "convert_hf_to_gguf.py", shell_quote(r.hf_dir), "--outtype", "f16", "--outfile", shell_quote(r.source_path)}});
  }
  c.files = {r.source_path, r.model_path};
  if (imatrix) {
    c.text += "# " + std::to_string(++step) + ". Importance matrix (" + (recipe.imatrix_required ? "required" : "recommended") + "; " +
              kCalibrationFile + " = representative text):\n";
    c.text += command({{"llama-imatrix", "-m", shell_quote(r.source_path), "-f", kCalibrationFile, "-o", shell_quote(r.imatrix_path)}});
    c.files.insert(c.files.end(), {kCalibrationFile, r.imatrix_path});
  }
  std::vector<std::vector<std::string>> groups = {{"llama-quantize"}};
  if (r.requantize) groups.front().push_back("--allow-requantize");
  if (imatrix) groups.front().insert(groups.front().end(), {"--imatrix", shell_quote(r.imatrix_path)});
  if (!recipe.token_embedding_type.empty()) groups.push_back({"--token-embedding-type", recipe.token_embedding_type});
  if (!recipe.output_tensor_type.empty()) groups.push_back({"--output-tensor-type", recipe.output_tensor_type});
  const std::size_t explicit_types = recipe.overrides.size() + (recipe.token_embedding_type.empty() ? 0 : 1) +
                                     (recipe.output_tensor_type.empty() ? 0 : 1);
  c.text += "# " + std::to_string(++step) + ". Quantize: base " + file_type_info(recipe.base).name +
            (explicit_types == 0 ? std::string(", no per-tensor overrides:\n")
                                 : ", " + std::to_string(recipe.overrides.size()) + " --tensor-type patterns for the per-block mix:\n");
  if (use_file) {
    c.text += std::string("cat > ") + kTensorTypeFile + " <<'EOF'\n";
    for (const auto& o : recipe.overrides) c.text += o.pattern + "=" + o.type + "\n";
    c.text += "EOF\n";
    groups.push_back({"--tensor-type-file", kTensorTypeFile});
    c.files.push_back(kTensorTypeFile);
  } else {
    for (const auto& o : recipe.overrides) groups.push_back({"--tensor-type", shell_quote(o.pattern + "=" + o.type)});
  }
  std::vector<std::string> last = {shell_quote(r.source_path), shell_quote(r.model_path), file_type_info(recipe.base).name};
  if (r.threads > 0) last.push_back(std::to_string(r.threads));
  groups.push_back(last);
  c.text += command(groups);

  if (!recipe.overrides.empty()) {
    c.caveats.push_back("Every tensor whose type under its block's recipe differs from the base " + std::string(file_type_info(recipe.base).name) +
                        " mixture gets an anchored --tensor-type pattern (NAME is lower-cased, matched with regex_search; the patterns "
                        "are disjoint, so first-match (current) and last-match (older builds) give the same file).");
    c.caveats.push_back("When one attn_v / ffn_down / ffn_gate / ffn_up tensor is overridden, all of that kind are: llama-quantize's "
                        "layer counters skip overridden tensors, which would shift the built-in choice for the others.");
  }
  if (use_file) {
    c.caveats.push_back(std::string("The ") + std::to_string(recipe.overrides.size()) + " patterns are written to " + kTensorTypeFile +
                        " (whitespace-separated NAME=TYPE, no comments); the same tokens can be passed inline, each as "
                        "--tensor-type NAME=TYPE.");
  } else if (!current && static_cast<int>(recipe.overrides.size()) > kLongOverrideList) {
    c.caveats.push_back("Legacy build: the overrides are given inline (--tensor-type-file is not assumed to exist in it, UNVERIFIED).");
  }
  if (recipe.base != plan.head_recipe) {
    c.caveats.push_back(std::string("The plan's base recipe ") + file_type_info(plan.head_recipe).name +
                        " is not quantized and llama-quantize ignores --tensor-type for such ftypes: the command uses Q8_0 as its base "
                        "and sets every other tensor explicitly (--token-embedding-type / --output-tensor-type for the non-block ones).");
  }
  if (recipe.overrides.empty() && recipe.token_embedding_type.empty() && recipe.output_tensor_type.empty() &&
      !type_info(file_type_info(plan.head_recipe).base).quantized) {
    c.caveats.push_back(std::string("Every tensor of this plan is ") + file_type_info(plan.head_recipe).name +
                        ": the quantize step only copies the conversion; the F16 GGUF itself can be used as the model.");
  }
  if (recipe.imatrix_required) {
    c.caveats.push_back("An importance matrix is required: llama-quantize refuses IQ1_*, IQ2_* and IQ3_XXS destination types (and Q2_K "
                        "in a Q2_K_S file) without --imatrix.");
  } else if (recipe.imatrix_recommended) {
    c.caveats.push_back("Some blocks use a recipe below 4 bits per weight: an importance matrix (llama-imatrix) is recommended, not required.");
  }
  if (imatrix) {
    c.caveats.push_back("llama-imatrix runs the F16 model over the calibration text; it needs the F16 file's memory (or streams it from "
                        "disk, slowly).");
  }
  if (r.requantize) {
    c.caveats.push_back(std::string("Your file is already quantized (") + file_type_info(r.user_file->file_type).name +
                        "): --allow-requantize quantizes it again, which loses more quality than the plan's estimate (made for "
                        "quantizing from F16). Start from an F16 / BF16 GGUF of the same model for the estimated quality: "
                        "--source-path FILE (API: commandOptions.sourcePath).");
  }
  if (r.user_file) {
    c.caveats.push_back("Add --dry-run to llama-quantize to print the final size before writing.");
    return c;
  }
  if (r.hf_repo_from_source) {
    c.caveats.push_back("The Hugging Face repo comes from the preset's source URL; gated repos (Llama) need `hf auth login` first.");
  }
  c.caveats.push_back("convert_hf_to_gguf.py is the script at the root of the llama.cpp repository (pip install -r requirements.txt). Add "
                      "--dry-run to llama-quantize to print the final size before writing.");
  return c;
}

// ------------------------------------------------------------------------------------ Ollama

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
    case FileType::kF32: case FileType::kF16: case FileType::kBF16: quant = "fp16"; break;
    case FileType::kIQ4_XS: case FileType::kIQ4_NL: quant = "q4_K_S"; break;
    case FileType::kIQ3_XXS: case FileType::kIQ3_XS: case FileType::kIQ3_S: case FileType::kIQ3_M: quant = "q3_K_S"; break;
    case FileType::kQ4_0: case FileType::kQ4_1: case FileType::kQ5_0: case FileType::kQ5_1: case FileType::kQ8_0:
    case FileType::kQ3_K_S: case FileType::kQ3_K_M: case FileType::kQ3_K_L: case FileType::kQ4_K_S: case FileType::kQ4_K_M:
    case FileType::kQ5_K_S: case FileType::kQ5_K_M: case FileType::kQ6_K: case FileType::kQ2_K:
      quant = "q" + std::string(file_type_info(head).name).substr(1);
      break;
    default: quant = "q2_K"; break;
  }
  const std::string variant = name.rfind("gemma", 0) == 0 ? "it" : "instruct";
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
  const std::string value = absolute || path.rfind("./", 0) == 0 || path.rfind("../", 0) == 0 ? path : "./" + path;
  if (value.find('"') != std::string::npos) return "\"\"\"" + value + "\"\"\"";
  if (value.find(' ') != std::string::npos) return "\"" + value + "\"";
  return value;
}

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
  c.text += std::string("OLLAMA_FLASH_ATTENTION=") + (plan.flash_attention ? "1" : "0") + " OLLAMA_KV_CACHE_TYPE=" + to_string(plan.kv_type_v) +
            " OLLAMA_NUM_PARALLEL=1 ollama serve\n";
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
                        "ln -s -- " + shell_quote(r.model_path) + " fitplan-model.gguf");
  }
  if (!layers_only) {
    c.caveats.push_back("A Modelfile cannot set tensor overrides or --n-cpu-moe: num_gpu is left unset, so llama-server's --fit places the "
                        "layers and overflows MoE experts to the CPU itself; the split can differ from the plan's" +
                        std::string(plan.placement_kind == PlacementKind::kFfnOffload ? " (for a dense model it offloads whole layers, not FFNs)." : "."));
  } else {
    c.caveats.push_back("num_gpu " + std::to_string(has_gpu(hw) ? plan.n_gpu_layers : 0) + " is passed as -ngl; it stops --fit from moving layers.");
  }
  if (!same_kv) {
    c.caveats.push_back(std::string("OLLAMA_KV_CACHE_TYPE sets K and V together: the plan's K cache (") + to_string(plan.kv_type_k) +
                        ") cannot be set apart from V.");
  }
  c.caveats.push_back("The three variables apply to every model the server loads. The context sent to llama-server is num_ctx x "
                      "OLLAMA_NUM_PARALLEL, hence OLLAMA_NUM_PARALLEL=1.");
  c.caveats.push_back("num_batch " + std::to_string(kUbatch) + " becomes -b and -ub " + std::to_string(kUbatch) + " (the plan's compute-buffer size).");
  const auto& catalog = model_catalog();
  const bool catalog_model = !model.user_file && std::any_of(catalog.begin(), catalog.end(), [&](const ModelPreset& m) { return m.id == model.id; });
  if (catalog_model) {
    c.caveats.push_back("Nearest published library tag instead of the local file: `ollama run " + ollama_library_tag(model, plan.head_recipe) +
                        "` (tag naming is a convention, UNVERIFIED: check ollama.com/library); a uniform quant, not the plan's per-block mix.");
  }
  return c;
}

// ------------------------------------------------------------------------------------ Transformers

RuntimeCommand transformers_command(const ModelPreset& model, const Hardware& hw, const Plan& plan, const Resolved& r) {
  RuntimeCommand c;
  c.runtime = "transformers";
  c.targets = "transformers >= 4.56 (dtype=; torch_dtype= before) incl. v5, bitsandbytes, accelerate, optimum-quanto";
  const auto tensors = model_tensors(model.arch);
  const double bits = block_bits_per_weight(model.arch, tensors, plan);
  const bool bnb_backend = hw.backend == Backend::kCuda;
  const int bnb_bits = !bnb_backend || bits >= 10 ? 0 : bits >= 6 ? 8 : 4;
  const bool cpu_offload = plan_has_cpu_weights(plan) && has_gpu(hw);
  const bool disk = plan.disk_blocks > 0;

  std::string py = "# Python script (e.g. fitplan_transformers.py); run with: python fitplan_transformers.py\n";
  py += "import torch\nfrom transformers import AutoModelForCausalLM, AutoTokenizer";
  py += bnb_bits > 0 ? ", BitsAndBytesConfig\n\n" : "\n\n";
  // Without the original repository, transformers reads the imported GGUF itself (dequantized at load).
  const bool from_gguf = !r.hf_repo_known && r.user_file;
  py += "model_id = " + python_string(from_gguf ? "." : r.hf_repo) + "\n";
  if (from_gguf) py += "gguf_file = " + python_string(user_file_path(*r.user_file)) + "\n";
  if (bnb_bits > 0) {
    std::vector<std::string> skip = {python_string("lm_head")};
    for (const auto& layer : plan.layers) {
      if (recipe_bits(layer.recipe) >= 10) skip.push_back(python_string("model.layers." + std::to_string(layer.index)));
    }
    py += "quantization_config = BitsAndBytesConfig(\n";
    if (bnb_bits == 4) {
      py += "    load_in_4bit=True,\n    bnb_4bit_quant_type=\"nf4\",\n    bnb_4bit_compute_dtype=torch.bfloat16,\n";
    } else {
      py += "    load_in_8bit=True,\n";
    }
    py += "    llm_int8_skip_modules=[" + join(skip, ", ") + "],\n";
    if (cpu_offload || disk) py += "    llm_int8_enable_fp32_cpu_offload=True,\n";
    py += ")\n";
  }
  std::vector<std::string> memory;
  if (has_gpu(hw)) {
    for (std::size_t g = 0; g < plan.estimate.gpus.size(); ++g) {
      const std::string key = hw.backend == Backend::kMetal ? python_string("mps") : std::to_string(g);
      memory.push_back(key + ": " + python_string(mib_ceil(plan.estimate.gpus[g].total()) + "MiB"));
    }
  }
  if (!hw.unified_memory || !has_gpu(hw)) memory.push_back(python_string("cpu") + ": " + python_string(mib_ceil(plan.estimate.cpu.total()) + "MiB"));
  py += std::string("model = AutoModelForCausalLM.from_pretrained(\n    model_id,\n") + (from_gguf ? "    gguf_file=gguf_file,\n" : "");
  if (bnb_bits > 0) py += "    quantization_config=quantization_config,\n";
  py += "    dtype=torch.bfloat16,\n    device_map=\"auto\",\n";
  py += "    max_memory={" + join(memory, ", ") + "},\n";
  if (disk || (bnb_bits > 0 && cpu_offload)) py += "    offload_folder=\"offload\",\n";
  py += from_gguf ? ")\ntokenizer = AutoTokenizer.from_pretrained(model_id, gguf_file=gguf_file)\n" : ")\ntokenizer = AutoTokenizer.from_pretrained(model_id)\n";
  py += "inputs = tokenizer(\"Hello\", return_tensors=\"pt\").to(model.device)\n";
  py += "output = model.generate(\n    **inputs,\n    max_new_tokens=256,\n";
  const bool kv_quantized = is_quantized(plan.kv_type_k) || is_quantized(plan.kv_type_v);
  if (kv_quantized) py += "    cache_implementation=\"quantized\",\n    cache_config={\"backend\": \"quanto\", \"nbits\": 4},\n";
  py += ")\nprint(tokenizer.decode(output[0], skip_special_tokens=True))\n";
  c.text = py;
  if (disk || (bnb_bits > 0 && cpu_offload)) c.files.push_back("offload/");

  if (from_gguf) {
    c.caveats.push_back("The original weights' Hugging Face repository is not known for an imported file: the script loads your GGUF " +
                        user_file_path(*r.user_file) + " from the current folder through transformers' GGUF support (pip install gguf), "
                        "which dequantizes every tensor at load; pass --hf-repo ORG/NAME (API: commandOptions.hfRepo) to load the "
                        "original weights instead.");
  }
  if (bits >= 10) {
    c.caveats.push_back("The plan keeps 16-bit weights: the model loads in bfloat16 without quantization.");
  } else {
    c.caveats.push_back("bitsandbytes expresses per-layer precision only coarsely: one bit width for every quantized linear layer, plus "
                        "whole modules kept in 16-bit (llm_int8_skip_modules); the plan's per-block GGUF mix (average " +
                        format_fixed(bits, 2) + " bits per weight) cannot be reproduced.");
  }
  if (bnb_bits == 4) c.caveats.push_back("4-bit NF4 chosen: the plan's blocks average below 6 bits per weight.");
  if (bnb_bits == 8) c.caveats.push_back("8-bit (LLM.int8) chosen: the plan's blocks average 6 to 10 bits per weight.");
  if (bnb_bits > 0) {
    c.caveats.push_back("llm_int8_skip_modules replaces the default skip list, so it names lm_head itself; blocks the plan keeps at 16 bits "
                        "are listed as model.layers.N (module names as in Llama/Qwen/Gemma checkpoints).");
  }
  if (!bnb_backend && bits < 10) {
    c.caveats.push_back(std::string("bitsandbytes targets CUDA; on ") + to_string(hw.backend) +
                        " the script loads bfloat16 weights (no quantization), which needs far more memory than the plan.");
  }
  c.caveats.push_back(std::string("max_memory holds the plan's memory per tier") +
                      (bnb_bits > 0 ? "; bitsandbytes keeps 10% of it for buffers" : "") +
                      ". Transformers' weight sizes differ from the GGUF's, so accelerate's split differs from the plan's.");
  if (cpu_offload && bnb_bits > 0) {
    c.caveats.push_back("Modules offloaded to the CPU stay fp32 (4 bytes per weight) with llm_int8_enable_fp32_cpu_offload and run on the "
                        "CPU in PyTorch: what does not fit in max_memory['cpu'] goes to offload_folder on disk. Expect this to be much "
                        "slower than llama.cpp for the same plan.");
  }
  if (kv_quantized) {
    c.caveats.push_back(std::string("Quantized KV cache through optimum-quanto (pip install optimum-quanto); quanto has 2 and 4 bits only, so 4 bits stands for the plan's ") +
                        to_string(plan.kv_type_v) + ". Pass a fresh cache_config dict to each generate call.");
  }
  c.caveats.push_back("Transformers has no context cap: keep prompt + output within " + std::to_string(plan.context_tokens) +
                      " tokens, the context the plan sized memory for.");
  c.caveats.push_back("Before 4.56 write torch_dtype= instead of dtype=; v5 removed load_in_4bit/load_in_8bit as from_pretrained "
                      "arguments (quantization_config is used here).");
  return c;
}

// ------------------------------------------------------------------------------------ vLLM

RuntimeCommand vllm_command(const ModelPreset& model, const Hardware& hw, const Plan& plan, const Resolved& r) {
  RuntimeCommand c;
  c.runtime = "vllm";
  c.targets = "vLLM serve (flags read from mixed-version sources, medium confidence; check `vllm serve --help`)";
  c.files = {r.model_path};
  c.applicable = has_gpu(hw) && (hw.backend == Backend::kCuda || hw.backend == Backend::kRocm);
  const int gpus = has_gpu(hw) ? std::max(1, hw.gpu_count) : 1;
  std::vector<std::vector<std::string>> groups = {
      r.hf_repo_known ? std::vector<std::string>{"vllm", "serve", shell_quote(r.model_path), "--tokenizer", shell_quote(r.hf_repo), "--quantization", "gguf"}
                      : std::vector<std::string>{"vllm", "serve", shell_quote(r.model_path), "--quantization", "gguf"},
      {"--max-model-len", std::to_string(plan.context_tokens), "--max-num-seqs", "1"}};
  Bytes gpu_bytes = 0;
  for (const auto& g : plan.estimate.gpus) gpu_bytes = std::max(gpu_bytes, g.total());
  double utilization = hw.vram_bytes > 0 ? std::ceil(100.0 * static_cast<double>(gpu_bytes) / static_cast<double>(hw.vram_bytes)) / 100 : 0.9;
  utilization = std::clamp(utilization, 0.1, 0.95);
  groups.push_back({"--gpu-memory-utilization", format_fixed(utilization, 2), "--kv-cache-dtype",
                    is_quantized(plan.kv_type_k) || is_quantized(plan.kv_type_v) ? "fp8" : "auto"});
  const Bytes offload = plan.estimate.cpu.weights_bytes + plan.estimate.disk_bytes;
  if (has_gpu(hw) && plan_has_cpu_weights(plan) && offload > 0) {
    const double per_gpu = std::ceil(10.0 * to_gib(offload) / gpus) / 10;
    groups.push_back({"--cpu-offload-gb", format_fixed(per_gpu, 1)});
  }
  if (gpus > 1) {
    const bool tp = model.arch.n_head % gpus == 0 && model.arch.n_head_kv % gpus == 0;
    groups.push_back({tp ? "--tensor-parallel-size" : "--pipeline-parallel-size", std::to_string(gpus)});
  }
  groups.push_back({"--port", std::to_string(r.port)});
  c.text = command(groups);

  if (!c.applicable) {
    c.caveats.push_back(std::string("Not applicable: vLLM serves on CUDA (and ROCm) GPUs; this machine is ") + to_string(hw.backend) +
                        (has_gpu(hw) ? "." : " (CPU only)."));
  }
  c.caveats.push_back("Serves the plan's GGUF: vLLM's GGUF support is experimental (its docs), single-file only, and on current versions "
                      "needs the out-of-tree plugin (pip install vllm-gguf-plugin); --quantization gguf and support for every type in the "
                      "per-tensor mix are UNVERIFIED." +
                      std::string(r.hf_repo_known ? " --tokenizer points at the original repo, as vLLM's docs recommend."
                                                  : " The original repository is not known for an imported file, so vLLM converts the "
                                                    "GGUF's own tokenizer (slow, and its docs call it unstable): add --tokenizer ORG/NAME "
                                                    "(or pass --hf-repo to Fitplan)."));
  c.caveats.push_back("--gpu-memory-utilization " + format_fixed(utilization, 2) + " is the plan's GPU share of total VRAM (capped at 0.95); vLLM "
                      "fills what is left after weights and activations with KV blocks, so it reserves more KV than the plan's " +
                      std::to_string(plan.context_tokens) + " tokens.");
  if (is_quantized(plan.kv_type_k) || is_quantized(plan.kv_type_v)) {
    c.caveats.push_back(std::string("--kv-cache-dtype fp8 (1 byte per element) stands for the plan's ") + to_string(plan.kv_type_v) +
                        "; vLLM has no q8_0/q4_0 cache.");
  }
  if (has_gpu(hw) && plan_has_cpu_weights(plan)) {
    c.caveats.push_back("--cpu-offload-gb keeps that many GiB of weights per GPU in CPU memory and streams them over PCIe on every forward "
                        "pass: there is no CPU compute and no per-layer or expert placement, so decode is slower than the plan's llama.cpp "
                        "estimate.");
  }
  if (plan.disk_blocks > 0) c.caveats.push_back("vLLM cannot spill weights to disk: this plan needs more RAM than the machine has for vLLM.");
  c.caveats.push_back("--max-num-seqs 1 matches the plan's single sequence.");
  return c;
}

// ------------------------------------------------------------------------------------ MLX

RuntimeCommand mlx_command(const ModelPreset& model, const Hardware& hw, const Plan& plan, const Resolved& r) {
  RuntimeCommand c;
  c.runtime = "mlx";
  c.targets = "mlx-lm 0.32.0 (ml-explore/mlx-lm@d78bf58e)";
  c.applicable = hw.backend == Backend::kMetal;
  c.files = {r.mlx_path};
  const auto tensors = model_tensors(model.arch);
  const double bits = block_bits_per_weight(model.arch, tensors, plan);
  std::vector<std::string> convert = {"mlx_lm.convert", "--hf-path", shell_quote(r.hf_repo), "--mlx-path", shell_quote(r.mlx_path)};
  int q_bits = 0;
  std::string predicate;
  if (bits < 12) {
    // Affine quantization stores bits + 0.5 per weight at group size 64.
    q_bits = std::clamp(static_cast<int>(std::lround(bits - 0.5)), 2, 8);
    if (q_bits == 7) q_bits = 6;
    if (plan_mixes_recipes(plan)) {
      if (q_bits == 2) predicate = "mixed_2_6";
      else if (q_bits == 3) predicate = "mixed_3_6";
      else if (q_bits == 4) predicate = "mixed_4_6";
    }
  }
  std::vector<std::vector<std::string>> groups = {convert};
  if (q_bits > 0) {
    std::vector<std::string> q = {"-q", "--q-bits", std::to_string(q_bits), "--q-group-size", "64"};
    if (!predicate.empty()) q.insert(q.end(), {"--quant-predicate", predicate});
    groups.push_back(q);
  } else {
    groups.push_back({"--dtype", "float16"});
  }
  c.text = command(groups);
  const bool kv_quantized = is_quantized(plan.kv_type_k) || is_quantized(plan.kv_type_v);
  const int kv_bits = plan.kv_type_v == KvType::kQ8_0 ? 8 : plan.kv_type_v == KvType::kQ5_0 || plan.kv_type_v == KvType::kQ5_1 ? 5 : 4;
  std::vector<std::vector<std::string>> generate = {{"mlx_lm.generate", "--model", shell_quote(r.mlx_path)}};
  if (kv_quantized) {
    generate.push_back({"--kv-bits", std::to_string(kv_bits), "--kv-group-size", "64", "--quantized-kv-start", "0"});
  } else {
    generate.push_back({"--max-kv-size", std::to_string(plan.context_tokens)});
  }
  generate.push_back({"--max-tokens", "256", "--prompt", "Hello"});
  c.text += command(generate);
  c.text += command({{"mlx_lm.server", "--model", shell_quote(r.mlx_path), "--port", std::to_string(r.port)}});

  if (!c.applicable) c.caveats.push_back(std::string("Not applicable: MLX runs on Apple Silicon (Metal); this machine is ") + to_string(hw.backend) + ".");
  if (!r.hf_repo_known) {
    c.caveats.push_back("mlx_lm.convert reads the original weights from a Hugging Face repository, which is not known for an imported "
                        "GGUF file: --hf-path " + r.hf_repo + " is the file's name, not a repository; pass --hf-repo ORG/NAME to Fitplan "
                        "(API: commandOptions.hfRepo) for a runnable command.");
  }
  if (q_bits > 0) {
    c.caveats.push_back("MLX quantizes with one affine bit width (" + std::to_string(q_bits) + " bits, group 64, about " +
                        format_fixed(q_bits + 0.5, 1) + " bits per weight) for the plan's average of " + format_fixed(bits, 2) +
                        " bits per weight" +
                        (predicate.empty() ? std::string(".")
                                           : "; --quant-predicate " + predicate +
                                                 " gives v_proj/down_proj of the first and last eighth and every third block, and "
                                                 "lm_head, 6 bits (llama.cpp's Q4_K_M pattern), not the plan's per-block choice."));
  } else {
    c.caveats.push_back("The plan keeps 16-bit weights: the conversion only casts to float16.");
  }
  if (kv_quantized) {
    c.caveats.push_back("--kv-bits " + std::to_string(kv_bits) + " --quantized-kv-start 0 quantizes the cache from the first token as the "
                        "plan does. --max-kv-size is left out: with it mlx-lm uses a RotatingKVCache, whose quantization raises "
                        "NotImplementedError (\"RotatingKVCache Quantization NYI\", mlx-lm issue #1573; UNVERIFIED at 0.32.0). Keep "
                        "prompt + output within " + std::to_string(plan.context_tokens) + " tokens yourself.");
  } else {
    c.caveats.push_back("--max-kv-size " + std::to_string(plan.context_tokens) + " is a rotating window (it keeps the first 4 tokens and drops "
                        "the oldest), not a hard context limit like llama.cpp's -c.");
  }
  c.caveats.push_back("mlx_lm.server has no --max-kv-size or --kv-bits in this version: the server's KV cache grows with the context and "
                      "stays 16-bit.");
  c.caveats.push_back("--mlx-path must not exist yet; mlx_lm.convert downloads the original weights from Hugging Face.");
  return c;
}

}  // namespace

Result<Commands> make_commands(const ModelPreset& model, const Hardware& hardware, const Plan& plan, const CommandOptions& options) {
  const auto resolved = resolve(model, hardware, plan, options);
  if (!resolved) return resolved.error();
  const auto recipe = make_quantize_recipe(model, plan, options.llama_cpp_build);
  if (!recipe) return recipe.error();
  Commands commands;
  commands.llama_cpp = llama_cpp_command(model, hardware, plan, *resolved, options.llama_cpp_build);
  commands.llama_quantize = quantize_command(plan, *resolved, options.llama_cpp_build, *recipe);
  commands.ollama = ollama_command(model, hardware, plan, *resolved);
  commands.transformers = transformers_command(model, hardware, plan, *resolved);
  commands.vllm = vllm_command(model, hardware, plan, *resolved);
  commands.mlx = mlx_command(model, hardware, plan, *resolved);
  return commands;
}

DownloadCommands make_download_commands(const ModelPreset& model, const Hardware& hardware, const Plan& plan, const std::string& repo,
                                        FileType file_type, int port) {
  DownloadCommands d;
  const std::string tag = repo + ":" + file_type_info(file_type).name;
  std::vector<std::vector<std::string>> server = {{"llama-server", "-hf", shell_quote(tag)}};
  for (auto& g : run_groups(model.arch, hardware, plan, hardware.cpu_cores, LlamaCppBuild::kCurrent)) server.push_back(std::move(g));
  server.push_back({"--port", std::to_string(port)});
  // One line: the groups joined by spaces.
  std::string line;
  for (const auto& group : server) {
    for (const auto& word : group) line += (line.empty() ? "" : " ") + word;
  }
  d.llama_server = line + "\n";
  d.ollama = "OLLAMA_CONTEXT_LENGTH=" + std::to_string(plan.context_tokens) + " OLLAMA_FLASH_ATTENTION=" + (plan.flash_attention ? "1" : "0") +
             " OLLAMA_KV_CACHE_TYPE=" + to_string(plan.kv_type_v) + " OLLAMA_NUM_PARALLEL=1 ollama serve\n" + "ollama run " +
             shell_quote("hf.co/" + tag) + "\n";
  d.caveats.push_back("llama-server -hf downloads the file on first use into its cache (LLAMA_CACHE) and reuses it; gated repositories "
                      "need HF_TOKEN. The quant tag picks the file; -hff FILE names an exact one.");
  if (plan.n_cpu_moe > 0 || !plan.tensor_overrides.empty()) {
    // num_gpu alone would put every layer on the GPU: the plan's -ot / --n-cpu-moe keep part of it off.
    d.caveats.push_back("Ollama places layers itself, and a Modelfile cannot express the plan's --n-cpu-moe or -ot: leave num_gpu "
                        "unset so that llama-server's --fit splits the model (its split can differ from the plan's).");
  } else {
    d.caveats.push_back("Ollama places layers itself: to pin the plan's " + std::to_string(has_gpu(hardware) ? plan.n_gpu_layers : 0) +
                        " GPU layers, write a Modelfile with FROM hf.co/" + tag + " and PARAMETER num_gpu " +
                        std::to_string(has_gpu(hardware) ? plan.n_gpu_layers : 0) + ", then ollama create and ollama run it.");
  }
  d.caveats.push_back("The ollama serve line sets the context (OLLAMA_CONTEXT_LENGTH), flash attention and KV cache type for every "
                      "model that server loads.");
  return d;
}

CustomBuild custom_build_of(const ModelPreset& model, const Hardware& hardware, const Plan& plan) {
  // First-order rates (assumptions, not measurements; the result says so):
  constexpr double kDownloadGBps = 0.05;             // 50 MB/s (a 400 Mbit/s line)
  constexpr double kQuantizeGBpsPerCore = 0.025;     // llama-quantize k-quants: ~25 MB/s of F16 input per core
  constexpr double kIQuantSlowdown = 5.0;            // i-quant and sub-4-bit searches are several times slower
  constexpr double kImatrixTokens = 100.0 * 512.0;   // llama-imatrix: 100 chunks of 512 tokens of calibration text
  CustomBuild b;
  const double params = static_cast<double>(total_params(model.arch));
  const Bytes f16_bytes = static_cast<Bytes>(params * 2.0);
  // The quantize step's input: the F16 conversion, or the imported file itself.
  Bytes source_bytes = f16_bytes;
  bool convert = true;
  const UserFile* user_file = user_file_of(model);
  if (user_file) {
    convert = false;
    source_bytes = user_file->file_bytes > 0 ? user_file->file_bytes : f16_bytes;
    const bool remote = !user_file->url.empty();
    b.starts_from = std::string(remote ? "the " : "your ") + file_type_info(user_file->file_type).name + " file " + user_file->name +
                    (remote ? ", downloaded from where it was imported" : "");
    b.download_bytes = remote ? source_bytes : 0;
    b.disk_bytes = (remote ? source_bytes : 0) + plan.file_bytes;
    b.tools = {"llama-quantize"};
    if (remote) b.tools.insert(b.tools.begin(), hub_file_of_url(user_file->url).first.empty() ? "curl" : "hf (huggingface_hub CLI)");
  } else {
    const std::string repo = repo_from_source(model.source);
    b.starts_from = "the original weights (safetensors" + (repo.empty() ? std::string(")") : " of " + repo + ")") +
                    ", converted to an F16 GGUF";
    b.download_bytes = f16_bytes;  // BF16 / F16 safetensors: 2 bytes per parameter
    b.disk_bytes = b.download_bytes + f16_bytes + plan.file_bytes;
    b.tools = {"hf (huggingface_hub CLI)", "Python 3 with llama.cpp's convert_hf_to_gguf.py and its requirements", "llama-quantize"};
  }
  const auto recipe = make_quantize_recipe(model, plan, LlamaCppBuild::kCurrent);
  b.needs_imatrix = recipe && (recipe->imatrix_required || recipe->imatrix_recommended);
  bool slow_types = false;
  for (const auto& layer : plan.layers) {
    if (bits_per_weight(file_type_info(layer.recipe).base) < 4.0 || file_type_info(layer.recipe).needs_imatrix) slow_types = true;
  }
  if (b.needs_imatrix) b.tools.push_back("llama-imatrix and a calibration text");
  const double gb = static_cast<double>(source_bytes) / 1e9;
  const double disk = hardware.disk_bandwidth_gb_per_s > 0 ? hardware.disk_bandwidth_gb_per_s : 1.0;
  const int cores = std::max(1, hardware.cpu_cores);
  double seconds = static_cast<double>(b.download_bytes) / 1e9 / kDownloadGBps + (convert ? 2 * gb / disk : 0.0);
  seconds += gb / (kQuantizeGBpsPerCore * cores) * (slow_types ? kIQuantSlowdown : 1.0);
  const double prefill = plan.estimate.prefill.tokens_per_second;
  if (b.needs_imatrix && prefill > 0) seconds += kImatrixTokens / prefill;
  b.approx_minutes = seconds / 60.0;
  b.assumptions = std::string("first-order: ") + (b.download_bytes > 0 ? "download at 50 MB/s, " : "") +
                  (convert ? "conversion at the disk's " + format_fixed(disk, 1) + " GB/s, " : std::string()) +
                  "llama-quantize at ~25 MB/s of " + (convert ? "F16" : "its") + " input per core (" + std::to_string(cores) + " cores" +
                  (slow_types ? ", 5x slower for i-quant and sub-4-bit types" : "") + ")" +
                  (b.needs_imatrix ? ", llama-imatrix over 51,200 calibration tokens at the plan's prefill speed" : "");
  return b;
}

}  // namespace fitplan
