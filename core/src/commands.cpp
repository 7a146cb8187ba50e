#include "fitplan/commands.hpp"

#include <algorithm>
#include <cstdio>

#include "commands_common.hpp"
#include "fitplan/quantizer.hpp"
#include "fitplan/request_fields.hpp"
#include "fitplan/text.hpp"

// What the runtimes' commands share (commands_common.hpp), make_commands, and the commands that
// download a published file. Each runtime's own commands are in commands_<runtime>.cpp.

namespace fitplan::commands_internal {

// ------------------------------------------------------------------------------------ helpers

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return text;
}

std::string command(const std::vector<std::vector<std::string>>& groups) {
  std::string out;
  for (const auto& group : groups) {
    if (group.empty()) continue;
    if (!out.empty()) out += " \\\n  ";
    out += join(group, " ");
  }
  return out + "\n";
}

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

bool plan_has_cpu_weights(const Plan& plan) {
  for (const auto& layer : plan.layers) {
    if (layer.attention_tier != Tier::kGpu || layer.ffn_tier != Tier::kGpu) return true;
  }
  return false;
}

// ------------------------------------------------------------------------------------ options

namespace {

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

// The stem of the files the commands name for a model: a catalog model's id; an imported model's
// name (its last path part: "meta-llama/Llama-3.2-1B-Instruct" -> "Llama-3.2-1B-Instruct",
// "Llama 3.2 1B Instruct" -> "Llama-3.2-1B-Instruct"), in characters safe in a file name and never
// starting with '-' (read as a flag); an imported GGUF without a usable name: its file's stem.
std::string model_stem(const ModelPreset& model, const UserFile* user_file) {
  if (find_model(model.id)) return model.id;
  std::string name = model.name.substr(model.name.find_last_of('/') == std::string::npos ? 0 : model.name.find_last_of('/') + 1);
  if (ends_with_nocase(name, ".gguf") && user_file) name = file_stem(name, user_file->file_type);
  std::string stem;
  for (char c : name) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (safe) stem += c;
    else if (!stem.empty() && stem.back() != '-') stem += '-';
  }
  while (!stem.empty() && (stem.front() == '-' || stem.front() == '.')) stem.erase(stem.begin());
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  if (stem.empty() && user_file) stem = file_stem(user_file->name, user_file->file_type);
  while (!stem.empty() && stem.front() == '-') stem.erase(stem.begin());
  return stem.empty() ? "model" : stem;
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

Result<bool> check_word(const std::string& value, const std::string& field) {
  if (value.empty()) return make_error(ErrorCode::kInvalidArgument, field, "'" + field + "' must not be empty");
  if (value.find('\0') != std::string::npos) {
    return make_error(ErrorCode::kInvalidArgument, field, "'" + field + "' must not contain a NUL character");
  }
  if (value.front() == '-') {
    return make_error(ErrorCode::kInvalidArgument, field,
                      "'" + field + "' must not start with '-' (it would be read as a flag); prefix it with ./");
  }
  return true;
}

}  // namespace

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

std::string name_token(const std::string& id) {
  std::string out;
  for (char c : lower(id)) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    out += ok ? c : '-';
  }
  while (!out.empty() && (out.front() == '-' || out.front() == '.' || out.front() == '_')) out.erase(out.begin());
  return out.empty() ? "model" : out;
}

const UserFile* user_file_of(const ModelPreset& model) {
  if (!model.user_file || model.user_file->name.empty() || model.user_file->name.find('/') != std::string::npos) return nullptr;
  return &*model.user_file;
}

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

std::string user_file_path(const UserFile& file) {
  const auto [repo, path] = hub_file_of_url(file.url);
  const std::string where = repo.empty() ? file.name : path;
  return where.front() == '-' ? "./" + where : where;
}

Result<Resolved> resolve(const ModelPreset& model, const Hardware& hardware, const Plan& plan, const CommandOptions& options) {
  if (!plan.feasible) return make_error(ErrorCode::kInfeasible, "plan", "the plan is infeasible: there is nothing to run");
  if (plan.layers.size() != static_cast<std::size_t>(model.arch.n_layer)) {
    return make_error(ErrorCode::kInvalidArgument, "plan.layers",
                      "the plan has " + std::to_string(plan.layers.size()) + " blocks but the model has " +
                          std::to_string(model.arch.n_layer));
  }
  if (plan.n_gpu_layers < 0 || plan.n_gpu_layers > model.arch.n_layer + 1) {
    return make_error(ErrorCode::kInvalidArgument, "plan.nGpuLayers", "'nGpuLayers' must be between 0 and n_layer + 1");
  }
  if (is_quantized(plan.kv_type_v) && !plan.flash_attention) {
    return make_error(ErrorCode::kInvalidArgument, "plan.kvTypeV",
                      "a quantized V cache needs flash attention (llama.cpp refuses it with -fa off)");
  }
  for (const auto& [name, value] : {std::pair<const char*, int>{"threads", options.threads}, {"port", options.port}}) {
    if (auto valid = check_field(request_field(FieldGroup::kCommands, name), value, std::string("options.") + name); !valid)
      return valid.error();
  }
  Resolved r;
  // An imported GGUF names what the user has: the commands start from it; the other files are named after the model.
  const UserFile* user_file = user_file_of(model);
  const std::string base = model_stem(model, user_file);
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

}  // namespace fitplan::commands_internal

namespace fitplan {

using namespace commands_internal;

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
  d.ollama = "OLLAMA_CONTEXT_LENGTH=" + std::to_string(plan.context_tokens) +
             " OLLAMA_FLASH_ATTENTION=" + (plan.flash_attention ? "1" : "0") + " OLLAMA_KV_CACHE_TYPE=" + to_string(plan.kv_type_v) +
             " OLLAMA_NUM_PARALLEL=1 ollama serve\n" + "ollama run " + shell_quote("hf.co/" + tag) + "\n";
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

}  // namespace fitplan
