// llama.cpp: llama-server / llama-cli (the plan's placement as -ngl, --n-cpu-moe and -ot) and
// llama-quantize (the plan's per-tensor types), with what building the custom GGUF takes.
#include <algorithm>
#include <map>
#include <set>

#include "commands_common.hpp"
#include "fitplan/commands.hpp"
#include "fitplan/quantizer.hpp"
#include "fitplan/text.hpp"

namespace fitplan {

using namespace commands_internal;

namespace {

constexpr int kLongOverrideList = 16;  // more --tensor-type patterns than this go to a --tensor-type-file
const char* const kTensorTypeFile = "fitplan-tensor-types.txt";
const char* const kCalibrationFile = "calibration.txt";

const char* const kTargetsCurrent =
    "llama.cpp master 2026-08 (ggml-org/llama.cpp@34af94cd9: --load-mode #20834, --fit #16653, -fa on|off|auto #15434)";
const char* const kTargetsLegacy =
    "llama.cpp builds from 2025-08-30 (#15434, -fa on|off|auto) to 2025-12-14 (before --fit #16653 and --load-mode #20834)";

std::string ggml_name(GgmlType type) { return lower(type_info(type).name); }

// "0|1|2" for a list of block indices.
std::string alternation(const std::vector<int>& blocks) {
  std::vector<std::string> parts;
  parts.reserve(blocks.size());
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

// ------------------------------------------------------------------------------------ llama.cpp placement

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

// The llama.cpp arguments that put every block where the plan has it: -ngl offloads the LAST
// n_gpu_layers blocks (and the output layer when it exceeds n_layer); --n-cpu-moe N moves the routed
// experts of the FIRST N blocks to the CPU; -ot regexes (first match wins) place the rest.
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

}  // namespace fitplan

namespace fitplan::commands_internal {

// ------------------------------------------------------------------------------------ llama-server

LoadMode load_mode_for(const Plan& plan, const Hardware& hw) {
  if (plan.disk_blocks > 0) return LoadMode::kMmap;
  if (hw.unified_memory) return LoadMode::kDefault;
  return plan_has_cpu_weights(plan) ? LoadMode::kNone : LoadMode::kDefault;
}

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

  c.caveats.push_back("-c " + std::to_string(plan.context_tokens) +
                      " -np 1: llama-server defaults to -np auto = 4 slots sharing one "
                      "unified KV cache (since #16736); one slot gives the single conversation the whole context the plan sized the KV "
                      "cache for. Raise -np only together with -c.");
  if (current) {
    c.caveats.push_back("--fit off: --fit is on by default (#16653) and would re-plan layers and context; with an explicit -ngl it "
                        "aborts its layer fitting anyway, --fit off makes that explicit.");
  } else {
    c.caveats.push_back("Legacy build: no --fit flag exists before 2025-12-15; on a build from that date on add --fit off so the automatic "
                        "fit does not re-plan the layers. -ngl takes an integer only before 2025-12-27 (#18266).");
  }
  c.caveats.push_back("-b " + std::to_string(kBatch) + " -ub " + std::to_string(kUbatch) +
                      ": the plan's compute buffers are estimated at "
                      "-ub " +
                      std::to_string(kUbatch) + "; a larger -ub speeds up prompt processing but needs more memory.");
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
                        (current ? std::string("--load-mode mmap keeps")
                                 : std::string("the default mmap keeps (do not add --no-mmap or --mlock)")) +
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

}  // namespace fitplan::commands_internal

namespace fitplan {

// ------------------------------------------------------------------------------------ llama-quantize

namespace {

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
    if (t.quantizable && t.name != "token_embd.weight" && t.name != "output.weight" && tensor_requires_imatrix(planned.back(), r)) {
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
    if (imatrix && !uses_imatrix(recipe.base) && category == "ffn_down" && imatrix_sensitive(recipe.base))
      pinned_categories.insert(category);
    // attn_qkv / attn_kv_b followed their own rules before 2026-03-10 (#19770): pin them for old builds.
    if (build == LlamaCppBuild::kLegacy &&
        (t.name.find("attn_qkv.weight") != std::string::npos || t.name.find("attn_kv_b.weight") != std::string::npos)) {
      pinned_categories.insert("attn_v");
    }
  }
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    if (tensors[i].quantizable && tensors[i].block >= 0 && pinned_categories.contains(counted_category(tensors[i].name))) pin[i] = true;
  }
  // Group by (tensor kind, type) in tensor order: "^blk\.(3|4|5)\.ffn_down\.weight$=q6_k".
  std::vector<std::pair<std::string, GgmlType>> order;
  std::map<std::pair<std::string, GgmlType>, std::vector<int>> blocks;
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    if (!pin[i]) continue;
    const auto& name = tensors[i].name;
    const std::string prefix = "blk." + std::to_string(tensors[i].block) + ".";
    const auto key = std::make_pair(name.substr(prefix.size()), planned[i]);
    if (!blocks.contains(key)) order.push_back(key);
    blocks[key].push_back(tensors[i].block);
  }
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& key : order) {
    recipe.overrides.push_back({"^blk\\.(" + alternation(blocks[key]) + ")\\." + regex_escape(key.first) + "$", ggml_name(key.second)});
  }
  return recipe;
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

namespace fitplan::commands_internal {

RuntimeCommand quantize_command(const Plan& plan, const Resolved& r, LlamaCppBuild build, const QuantizeRecipe& recipe) {
  RuntimeCommand c;
  c.runtime = "llama-quantize";
  const bool current = build == LlamaCppBuild::kCurrent;
  c.targets = std::string(current ? kTargetsCurrent : kTargetsLegacy) +
              "; convert_hf_to_gguf.py from the same checkout; hf (huggingface_hub CLI)";
  const bool imatrix = recipe.imatrix_required || recipe.imatrix_recommended;
  const bool use_file = current && static_cast<int>(recipe.overrides.size()) > kLongOverrideList;

  int step = 0;
  if (r.user_file) {
    const std::string source_type = r.source_path == user_file_path(*r.user_file) ? file_type_info(r.user_file->file_type).name : "F16";
    if (!r.fetch_user_file.empty()) {
      c.text = "# " + std::to_string(++step) + ". Download the file you imported (" + source_type + "):\n";
      for (const auto& line : r.fetch_user_file) c.text += line;
      c.targets = std::string(current ? kTargetsCurrent : kTargetsLegacy) +
                  (r.fetch_user_file.front().starts_with("hf ") ? "; hf (huggingface_hub CLI)" : "; curl");
    } else {
      c.text = "# Starts from your " + source_type + " file " + r.source_path + " (run these in its folder):\n";
      c.targets = current ? kTargetsCurrent : kTargetsLegacy;
    }
  } else {
    c.text = "# " + std::to_string(++step) + ". The original weights and their unquantized (F16) conversion:\n";
    c.text += command({{"hf", "download", shell_quote(r.hf_repo), "--local-dir", shell_quote(r.hf_dir)}});
    c.text += command({{"python", "convert_hf_to_gguf.py", shell_quote(r.hf_dir), "--outtype", "f16", "--outfile",
                        shell_quote(r.source_path)}});
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
    c.caveats.push_back("Every tensor whose type under its block's recipe differs from the base " +
                        std::string(file_type_info(recipe.base).name) +
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
    c.caveats.push_back(
        "Some blocks use a recipe below 4 bits per weight: an importance matrix (llama-imatrix) is recommended, not required.");
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

}  // namespace fitplan::commands_internal
