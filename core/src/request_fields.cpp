#include "fitplan/request_fields.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

#include "fitplan/analysis.hpp"
#include "fitplan/capacity.hpp"
#include "fitplan/commands.hpp"
#include "fitplan/hardware.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/quant.hpp"
#include "fitplan/rank.hpp"

namespace fitplan {

namespace {

constexpr EnumTable<FieldKind, 8> kFieldKindNames{{{FieldKind::kInteger, "integer"},
                                                   {FieldKind::kNumber, "number"},
                                                   {FieldKind::kBoolean, "boolean"},
                                                   {FieldKind::kText, "text"},
                                                   {FieldKind::kChoice, "choice"},
                                                   {FieldKind::kChoiceList, "choice-list"},
                                                   {FieldKind::kNumberList, "number-list"},
                                                   {FieldKind::kBytes, "bytes"}}};

// A count of tokens is a uint32 in the core (llama.cpp's n_ctx is uint32 too); the context is
// then checked against the model's maximum.
constexpr double kMaxTokens = std::numeric_limits<std::uint32_t>::max();
// Prompt and output lengths: no model holds more than 2^24 tokens (the nCtxTrain range).
constexpr double kMaxSequenceTokens = 1 << 24;
// 64 TiB per memory: anything above is a typo.
constexpr double kMaxMemoryGiB = 65536;
constexpr double kMaxBandwidthGBps = 100000;
constexpr double kMaxTokensPerSecond = 100000;

// Shortest exact spelling of a number: 8192, 0.5, 3.5, 0.001.
std::string number_text(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

std::string bool_text(bool value) { return value ? "true" : "false"; }

std::vector<std::string> file_type_names() {
  std::vector<std::string> names;
  for (const auto& info : file_types()) names.emplace_back(info.name);
  return names;
}

RequestField integer(FieldGroup group, std::string name, std::string unit, double min, double max, std::string help) {
  RequestField f{group, std::move(name), "", FieldKind::kInteger, std::move(unit), min, max};
  f.help = std::move(help);
  return f;
}

RequestField number(FieldGroup group, std::string name, std::string unit, double min, double max, std::string help) {
  RequestField f{group, std::move(name), "", FieldKind::kNumber, std::move(unit), min, max};
  f.help = std::move(help);
  return f;
}

RequestField boolean(FieldGroup group, std::string name, bool fallback, std::string help) {
  RequestField f{group, std::move(name), "", FieldKind::kBoolean, ""};
  f.default_text = bool_text(fallback);
  f.help = std::move(help);
  return f;
}

RequestField text(FieldGroup group, std::string name, std::string help) {
  RequestField f{group, std::move(name), "", FieldKind::kText, ""};
  f.help = std::move(help);
  return f;
}

template <typename E, std::size_t N>
RequestField choice(FieldGroup group, std::string name, const EnumTable<E, N>& table, std::string help) {
  RequestField f{group, std::move(name), "", FieldKind::kChoice, ""};
  f.choices = enum_names(table);
  f.help = std::move(help);
  return f;
}

RequestField bytes(FieldGroup group, std::string bytes_name, std::string gib_name, double max_gib, std::string help) {
  RequestField f{group, std::move(bytes_name), std::move(gib_name), FieldKind::kBytes, "GiB", 0, max_gib};
  f.help = std::move(help);
  return f;
}

RequestField with_default(RequestField f, std::string value, std::string rule = "") {
  f.default_text = std::move(value);
  f.default_rule = std::move(rule);
  return f;
}

RequestField required(RequestField f) {
  f.required = true;
  return f;
}

RequestField preset_too(RequestField f) {
  f.with_preset = true;
  return f;
}

std::vector<RequestField> build_fields() {
  const PlanOptions plan{};
  const AnalyzeRequest analyze{};
  const CommandOptions commands{};
  const RankHardwareRequest rank_hardware{};
  const CustomHardwareDefaults custom{};
  using G = FieldGroup;
  std::vector<RequestField> f;

  // plan(), frontier(), and the rankings (all but compare and blockSensitivity).
  f.push_back(with_default(integer(G::kPlan, "contextLength", "tokens", 1, kMaxTokens, "context length the plan must hold"),
                           number_text(plan.context_tokens),
                           "plan() and frontier() require it; a ranking asks it of every model (at most each model's maximum)"));
  f.push_back(with_default(integer(G::kPlan, "minContextLength", "tokens", 1, kMaxTokens,
                                   "the optimizer may shrink the context down to this to make the model fit"),
                           number_text(plan.min_context_tokens),
                           "the smaller of " + number_text(plan.min_context_tokens) + " and contextLength"));
  f.push_back(with_default(number(G::kPlan, "targetTps", "tok/s", 0, kMaxTokensPerSecond, "decode speed the plan must reach"),
                           number_text(plan.target_tokens_per_second), "0 = no target"));
  f.push_back(with_default(choice(G::kPlan, "kv", kKvPolicyNames, "KV-cache type, or auto (the optimizer picks)"),
                           to_string(plan.kv_policy)));
  {
    RequestField min_quant{G::kPlan, "minQuant", "", FieldKind::kChoice, ""};
    min_quant.choices = file_type_names();
    min_quant.help = "lowest precision a block may get (a llama.cpp file type)";
    f.push_back(with_default(min_quant, file_type_info(plan.min_quant).name));
  }
  f.push_back(boolean(G::kPlan, "allowDisk", plan.allow_disk, "allow weights to stream from disk (mmap) as a last resort"));
  f.push_back(with_default(integer(G::kPlan, "promptTokens", "tokens", 1, kMaxSequenceTokens,
                                   "prompt length for prefill speed and time to first token"),
                           number_text(plan.prompt_tokens)));
  f.push_back(with_default(integer(G::kPlan, "outputTokens", "tokens", 1, kMaxSequenceTokens, "output length of the workload objective"),
                           number_text(plan.output_tokens)));
  f.push_back(with_default(choice(G::kPlan, "objective", kObjectiveNames, "what the plan optimises"), to_string(plan.objective)));
  f.push_back(with_default(number(G::kPlan, "maxQualityLoss", "%", 0, 1000,
                                  "balanced: the perplexity increase over F16 a plan may have to reach the usable speed"),
                           number_text(plan.max_quality_loss_percent)));
  f.push_back(with_default(number(G::kPlan, "usableTps", "tok/s", 0.001, kMaxTokensPerSecond, "decode speed from which a plan is usable"),
                           number_text(plan.usable_tokens_per_second)));
  f.push_back(with_default(number(G::kPlan, "slowTps", "tok/s", 0.001, kMaxTokensPerSecond,
                                  "decode speed below which a plan is impractical (slow between it and usableTps)"),
                           number_text(plan.slow_tokens_per_second)));
  f.push_back(boolean(G::kPlan, "compare", plan.compare_baseline, "also plan the uniform Q4_K_M baseline"));
  {
    RequestField sensitivity{G::kPlan, "blockSensitivity", "", FieldKind::kNumberList, "", 0, std::numeric_limits<double>::max()};
    sensitivity.help = "one weight per block: how much quality a block loses per bit";
    sensitivity.default_rule = "U-shaped: the first and last blocks weigh twice the middle ones";
    f.push_back(sensitivity);
  }

  // analyze()
  f.push_back(with_default(integer(G::kAnalyze, "contextLength", "tokens", 1, kMaxTokens, "context length of every row"),
                           number_text(analyze.context_tokens),
                           "the smaller of " + number_text(analyze.context_tokens) + " and the model's maximum"));
  f.push_back(with_default(choice(G::kAnalyze, "kvCacheType", kKvTypeNames, "KV-cache type for K and V"), to_string(analyze.kv_type)));
  f.push_back(with_default(integer(G::kAnalyze, "promptTokens", "tokens", 1, kMaxSequenceTokens, "prompt length for the prefill estimate"),
                           number_text(analyze.prompt_tokens)));
  {
    RequestField types{G::kAnalyze, "fileTypes", "", FieldKind::kChoiceList, ""};
    types.choices = file_type_names();
    types.help = "whole-file types to analyze, or 'all'";
    types.default_rule = "the common types and the model's native ones";
    f.push_back(types);
  }

  // rankModels() / rankHardware()
  f.push_back(with_default(choice(G::kRank, "order", kRankOrderNames, "how the rows are ordered"), to_string(RankModelsRequest{}.order)));
  f.push_back(text(G::kRank, "family", "rankModels: only models whose family contains this (case-insensitive)"));
  f.push_back(with_default(number(G::kRank, "maxParamsB", "billion parameters", 0, 1e6,
                                  "rankModels: only models up to this many parameters"),
                           "", "no limit"));
  f.push_back(boolean(G::kRank, "includeInfeasible", rank_hardware.include_infeasible,
                      "rankHardware: also list machines that cannot run it"));

  // A custom machine (and, marked with_preset, the host figures a catalog preset may take).
  f.push_back(text(G::kHardware, "name", "display name"));
  f.push_back(with_default(choice(G::kHardware, "backend", kBackendNames, "the llama.cpp backend that drives the GPU"), "",
                           "metal on unified memory, cuda with a GPU, cpu without"));
  f.push_back(preset_too(with_default(integer(G::kHardware, "gpuCount", "", 0, 64, "identical GPUs (0 = CPU only; unified memory: 1)"), "",
                                      "1 with VRAM, 0 without")));
  f.push_back(required(bytes(G::kHardware, "vramBytes", "vramGiB", kMaxMemoryGiB,
                             "memory of ONE GPU (unified memory: what the GPU may use of the pool)")));
  {
    RequestField ram = preset_too(required(bytes(G::kHardware, "ramBytes", "ramGiB", kMaxMemoryGiB,
                                                 "system RAM (unified memory: the whole shared pool)")));
    ram.min_exclusive = true;
    f.push_back(ram);
  }
  {
    RequestField gpu = with_default(number(G::kHardware, "gpuBandwidthGBps", "GB/s", 1, kMaxBandwidthGBps, "memory bandwidth of one GPU"),
                                    number_text(custom.gpu_bandwidth_gb_per_s), "machines with a GPU; 0 without");
    gpu.zero_allowed = true;  // a machine without a GPU
    f.push_back(gpu);
  }
  f.push_back(preset_too(with_default(number(G::kHardware, "ramBandwidthGBps", "GB/s", 0.5, kMaxBandwidthGBps, "system RAM bandwidth"),
                                      number_text(custom.ram_bandwidth_gb_per_s))));
  f.push_back(preset_too(with_default(number(G::kHardware, "diskBandwidthGBps", "GB/s", 0.01, 1000,
                                             "sequential read bandwidth of the model's disk"),
                                      number_text(custom.disk_bandwidth_gb_per_s))));
  {
    RequestField tflops = with_default(number(G::kHardware, "gpuTflops", "TFLOPS", 0.1, 100000, "dense FP16 tensor throughput of one GPU"),
                                       "", "the GPU bandwidth x " + number_text(custom.tflops_per_gb_per_s) + "; 0 without a GPU");
    tflops.zero_allowed = true;  // not known: no prefill estimate on the GPU
    f.push_back(tflops);
  }
  {
    RequestField pcie = with_default(number(G::kHardware, "pcieBandwidthGBps", "GB/s", 0.1, 10000, "host <-> GPU link of a discrete GPU"),
                                     number_text(custom.pcie_bandwidth_gb_per_s), "discrete GPUs (PCIe 4.0 x16); 0 on unified memory");
    pcie.zero_allowed = true;  // unified memory, or not known
    f.push_back(pcie);
  }
  f.push_back(preset_too(with_default(integer(G::kHardware, "cpuCores", "", 1, 1024, "physical CPU cores used for the CPU tier"),
                                      number_text(custom.cpu_cores))));
  f.push_back(boolean(G::kHardware, "unifiedMemory", Hardware{}.unified_memory,
                      "GPU and CPU share the RAM (Apple Silicon, GB10, Strix Halo)"));
  f.push_back(preset_too(with_default(
      bytes(G::kHardware, "osReserveBytes", "osReserveGiB", kMaxMemoryGiB, "RAM kept for the operating system (less than the RAM)"), "",
      "max(" + number_text(static_cast<double>(capacity::kOsReserveMinBytes) / kGiB) + " GiB, RAM / " +
          number_text(static_cast<double>(capacity::kOsReserveRamDivisor)) + ")")));
  f.push_back(preset_too(with_default(
      bytes(G::kHardware, "gpuMarginBytes", "gpuMarginGiB", kMaxMemoryGiB, "VRAM kept free on each GPU (less than one GPU's memory)"), "",
      "min(" + number_text(static_cast<double>(capacity::kGpuMarginMaxBytes) / kGiB) + " GiB, VRAM / " +
          number_text(static_cast<double>(capacity::kGpuMarginVramDivisor)) + "); none on unified memory")));

  // commands() options
  f.push_back(with_default(text(G::kCommands, "modelPath", "the GGUF file the commands run"), "",
                           "the published file, or <model>-fitplan.gguf (<model>: a catalog id, or an imported model's name)"));
  f.push_back(with_default(text(G::kCommands, "sourcePath", "the unquantized (F16) GGUF a custom build starts from"), "",
                           "<model>-F16.gguf"));
  f.push_back(with_default(text(G::kCommands, "hfRepo", "Hugging Face repository of the original weights"), "", "from the model's source"));
  f.push_back(with_default(text(G::kCommands, "imatrixPath", "importance matrix for llama-quantize"), "", "<model>.imatrix"));
  f.push_back(with_default(choice(G::kCommands, "llamaCppBuild", kLlamaCppBuildNames,
                                  "which llama.cpp command-line generation to write for"),
                           to_string(commands.llama_cpp_build)));
  f.push_back(with_default(integer(G::kCommands, "threads", "", 0, 4096, "CPU threads"), number_text(commands.threads),
                           "0 = the machine's CPU cores"));
  f.push_back(with_default(integer(G::kCommands, "port", "", 1, 65535, "server port (llama-server, vLLM, mlx_lm.server)"),
                           number_text(commands.port)));
  return f;
}

}  // namespace

const char* to_string(FieldKind kind) noexcept { return enum_name(kFieldKindNames, kind); }

const std::vector<RequestField>& request_fields() {
  static const std::vector<RequestField> fields = build_fields();
  return fields;
}

const RequestField* find_request_field(FieldGroup group, std::string_view name) {
  for (const auto& field : request_fields()) {
    if (field.group == group && (field.name == name || (!field.gib_name.empty() && field.gib_name == name))) return &field;
  }
  return nullptr;
}

const RequestField& request_field(FieldGroup group, std::string_view name) {
  const RequestField* field = find_request_field(group, name);
  if (field == nullptr) std::abort();  // a bug in the caller: every name asked for is in the table
  return *field;
}

std::string allowed_range(const RequestField& field) {
  const std::string unit = field.unit.empty() ? "" : " " + field.unit;
  std::string range = field.min_exclusive ? "more than " + number_text(field.min) + " up to " + number_text(field.max)
                                          : number_text(field.min) + " to " + number_text(field.max);
  if (field.zero_allowed) range = "0 or " + range;
  return range + unit;
}

Result<bool> check_field(const RequestField& field, double value, const std::string& path) {
  const bool in_range = std::isfinite(value) && (field.zero_allowed && value == 0 ? true
                                                 : field.min_exclusive            ? value > field.min && value <= field.max
                                                                                  : value >= field.min && value <= field.max);
  if (!in_range) {
    return make_error(ErrorCode::kOutOfRange, path, "'" + path + "' is " + number_text(value) + "; allowed " + allowed_range(field));
  }
  if (field.kind == FieldKind::kInteger && value != std::floor(value)) {
    return make_error(ErrorCode::kInvalidArgument, path, "'" + path + "' is " + number_text(value) + "; it must be a whole number");
  }
  return true;
}

}  // namespace fitplan
