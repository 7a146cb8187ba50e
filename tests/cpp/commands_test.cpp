// The generated runtime commands, parsed back and checked against the plan and against the flags
// shared/runtime-facts.md lists for each runtime.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <regex>
#include <set>

#include "command_parser.hpp"
#include "fitplan/commands.hpp"
#include "fitplan/quantizer.hpp"
#include "fitplan/tensors.hpp"
#include "fitplan/text.hpp"

namespace fitplan {
namespace {

using test::LlamaArgs;
using test::parse_shell;
using test::QuantizeArgs;
using test::read_llama_args;
using test::read_quantize_args;
using test::ShellCommand;

struct Case {
  ModelPreset model;
  Hardware hardware;
  Plan plan;
};

Case plan_case(const char* model, const char* hardware, std::uint32_t context, double target = 0,
               Objective objective = Objective::kBalanced) {
  PlanRequest request{find_model(model).value(), find_hardware(hardware).value(), {}};
  request.options.objective = objective;
  request.options.context_tokens = context;
  request.options.min_context_tokens = std::min<std::uint32_t>(2048, context);
  request.options.target_tokens_per_second = target;
  auto result = make_plan(request);
  EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
  return {request.model, request.hardware, result.value().plan};
}

Commands commands_for(const Case& c, const CommandOptions& options = {}) {
  auto result = make_commands(c.model, c.hardware, c.plan, options);
  EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
  return result.value();
}

std::vector<ShellCommand> shell(const std::string& text) {
  auto parsed = parse_shell(text);
  EXPECT_TRUE(parsed.has_value()) << text;
  return parsed.value_or(std::vector<ShellCommand>{});
}

const ShellCommand* find_command(const std::vector<ShellCommand>& commands, const std::string& program) {
  for (const auto& c : commands) {
    if (!c.words.empty() && c.words[0] == program) return &c;
  }
  return nullptr;
}

// ------------------------------------------------------------------------------------ allow-lists
// Every flag a generator writes must be one shared/runtime-facts.md lists for that runtime (section
// in the comment), or one read at its source (named).
const std::set<std::string> kLlamaCppFlags = {
    "-m",                                   // A.4 (llama-fit-params -m), A.6 example
    "-c",          "-np", "-ngl", "-fa", "-ctk", "-ctv", "-b", "-ub", "-t", "-ot", "--n-cpu-moe", "--load-mode", "--no-mmap", "--fit",
    "--no-repack",                          // A.2
    "-sm",         "-ts",                           // A.2
    "--port",                               // common/arg.cpp {"--port"} (LLAMA_EXAMPLE_SERVER, LLAMA_ARG_PORT)
};
const std::set<std::string> kQuantizeFlags = {
    "--allow-requantize",                   // A.7
    "-L",
    "--fail",                         // curl(1): follow redirects, fail on HTTP errors (a file imported from a URL)
    "--imatrix",
    "--tensor-type",
    "--tensor-type-file",
    "--token-embedding-type",
    "--output-tensor-type",  // A.7
    "--outtype",
    "--outfile",               // convert_hf_to_gguf.py parse_args
    "-m",
    "-f",
    "-o",                       // tools/imatrix/README.md: llama-imatrix -m model.gguf -f text -o imatrix.gguf
    "--local-dir",                          // huggingface_hub CLI guide: hf download REPO --local-dir DIR
};
const std::set<std::string> kOllamaFlags = {"-f"};  // C.2: ollama create NAME -f Modelfile
const std::set<std::string> kVllmFlags = {
    "--max-model-len",  "--gpu-memory-utilization", "--kv-cache-dtype",         "--quantization",
    "--cpu-offload-gb", "--tensor-parallel-size",   "--pipeline-parallel-size", "--max-num-seqs",  // E
    "--tokenizer",                           // docs.vllm.ai features/quantization/gguf: vllm serve ./x.gguf --tokenizer REPO
    "--port",                                // vllm serve / api_server --port
};
const std::set<std::string> kMlxFlags = {
    "--hf-path", "--mlx-path",    "-q",        "--q-bits",        "--q-group-size",       "--quant-predicate", "--dtype",  // F convert
    "--model",   "--max-kv-size", "--kv-bits", "--kv-group-size", "--quantized-kv-start", "--max-tokens",      "--prompt",  // F generate
    "--port",                                                                                          // F server
};

void expect_flags_allowed(const RuntimeCommand& command, const std::set<std::string>& allowed) {
  std::vector<std::string> tokens;
  if (command.runtime == "transformers") {
    // A Python script: no flags at all outside its string literals.
    std::string code;
    bool in_string = false;
    for (std::size_t i = 0; i < command.text.size(); ++i) {
      const char ch = command.text[i];
      if (in_string && ch == '\\') ++i;
      else if (ch == '"') in_string = !in_string;
      else if (!in_string) code += ch;
    }
    tokens = test::whitespace_tokens(code);
  } else {
    for (const auto& c : shell(command.text)) tokens.insert(tokens.end(), c.words.begin(), c.words.end());
  }
  for (const auto& t : tokens) {
    if (t.size() > 1 && t[0] == '-')
      EXPECT_TRUE(allowed.count(t)) << command.runtime << " writes '" << t << "', not listed in runtime-facts.md";
  }
}

void expect_all_flags_allowed(const Commands& c) {
  expect_flags_allowed(c.llama_cpp, kLlamaCppFlags);
  expect_flags_allowed(c.llama_quantize, kQuantizeFlags);
  expect_flags_allowed(c.ollama, kOllamaFlags);
  expect_flags_allowed(c.transformers, {});
  expect_flags_allowed(c.vllm, kVllmFlags);
  expect_flags_allowed(c.mlx, kMlxFlags);
}

// ------------------------------------------------------------------------------------ llama.cpp

bool is_gpu_buffer(const std::string& buffer) { return buffer != "CPU"; }

// Where llama.cpp puts each block tensor for these arguments: the first matching override, else
// -ngl (the last n_gpu_layers blocks on the GPU).
std::string buffer_of(const LlamaArgs& args, const std::vector<std::regex>& patterns, const ModelArchitecture& arch, const TensorSpec& t) {
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    if (std::regex_search(t.name, patterns[i])) return args.overrides[i].second;
  }
  const int ngl = std::max(0, args.n_gpu_layers);
  return ngl > 0 && t.block >= arch.n_layer - std::min(ngl, arch.n_layer) ? "GPU" : "CPU";
}

const std::set<std::string> kKvCacheTypes = {"f32", "f16", "bf16", "q8_0", "q4_0", "q4_1", "iq4_nl", "q5_0", "q5_1"};  // A.2

LlamaArgs check_llama_cpp(const Case& c, const RuntimeCommand& command, LlamaCppBuild build) {
  const auto commands = shell(command.text);
  const ShellCommand* server = find_command(commands, "llama-server");
  const ShellCommand* cli = find_command(commands, "llama-cli");
  EXPECT_TRUE(server && cli) << command.text;
  if (!server || !cli) return {};
  const LlamaArgs args = read_llama_args(server->words);
  EXPECT_TRUE(args.unknown.empty()) << args.unknown.front();
  EXPECT_EQ(args.context, static_cast<int>(c.plan.context_tokens));
  EXPECT_EQ(args.parallel, 1);
  EXPECT_EQ(args.n_gpu_layers, has_gpu(c.hardware) ? c.plan.n_gpu_layers : 0);
  EXPECT_EQ(args.flash_attention, "on");
  EXPECT_EQ(args.cache_type_k, to_string(c.plan.kv_type_k));
  EXPECT_EQ(args.cache_type_v, to_string(c.plan.kv_type_v));
  EXPECT_TRUE(kKvCacheTypes.count(args.cache_type_k) && kKvCacheTypes.count(args.cache_type_v));
  if (build == LlamaCppBuild::kCurrent) {
    EXPECT_EQ(args.fit, "off");
    if (!args.load_mode.empty())
      EXPECT_TRUE(std::set<std::string>({"auto", "none", "mmap", "mlock", "mmap+mlock", "dio"}).count(args.load_mode));
  } else {
    EXPECT_EQ(args.fit, "") << "legacy builds have no --fit";
    EXPECT_EQ(command.text.find("--load-mode"), std::string::npos);
  }
  if (c.plan.disk_blocks > 0) EXPECT_EQ(args.load_mode, build == LlamaCppBuild::kCurrent ? "mmap" : "");
  // Mapped weights are never repacked into anonymous memory (they would no longer stream from disk).
  EXPECT_EQ(args.no_repack, args.load_mode == "mmap");
  if (c.hardware.gpu_count > 1) {
    EXPECT_EQ(args.split_mode, "layer");
    EXPECT_EQ(std::count(args.tensor_split.begin(), args.tensor_split.end(), ','), c.hardware.gpu_count - 1);
  }
  // The placement: every block tensor lands on the tier the plan gives its part.
  std::vector<std::regex> patterns;
  for (const auto& o : args.overrides) patterns.emplace_back(o.first);
  for (const auto& t : model_tensors(c.model.arch)) {
    if (t.block < 0) continue;
    const auto& layer = c.plan.layers[static_cast<std::size_t>(t.block)];
    const Tier planned = t.part == TensorPart::kFfn ? layer.ffn_tier : layer.attention_tier;
    EXPECT_EQ(is_gpu_buffer(buffer_of(args, patterns, c.model.arch, t)), planned == Tier::kGpu) << t.name;
  }
  // llama-cli: the same placement and context.
  const LlamaArgs chat = read_llama_args(cli->words);
  EXPECT_EQ(chat.context, args.context);
  EXPECT_EQ(chat.n_gpu_layers, args.n_gpu_layers);
  EXPECT_EQ(chat.n_cpu_moe, args.n_cpu_moe);
  EXPECT_EQ(chat.overrides, args.overrides);
  return args;
}

// ------------------------------------------------------------------------------------ llama-quantize

std::string counted_kind(const std::string& name) {
  if (name.find("attn_v.weight") != std::string::npos || name.find("attn_qkv.weight") != std::string::npos) return "attn_v";
  for (const char* k : {"ffn_down", "ffn_gate", "ffn_up"}) {
    if (name.find(k) != std::string::npos) return k;
  }
  return "";
}

QuantizeArgs check_quantize(const Case& c, const RuntimeCommand& command) {
  const auto commands = shell(command.text);
  const ShellCommand* quantize = find_command(commands, "llama-quantize");
  EXPECT_NE(quantize, nullptr) << command.text;
  if (!quantize) return {};
  const auto& arch = c.model.arch;
  const QuantizeArgs q = read_quantize_args(quantize->words, test::heredoc_files(commands));
  EXPECT_TRUE(q.unknown.empty()) << q.unknown.front();
  EXPECT_GE(q.positional.size(), 3u);
  const auto ftype = parse_file_type(q.positional.at(2));
  EXPECT_TRUE(ftype.has_value()) << q.positional.at(2);
  const FileType base = ftype.value();
  const bool quantized_base = type_info(file_type_info(base).base).quantized;
  std::vector<std::regex> patterns;
  for (const auto& [name, type] : q.tensor_types) {
    EXPECT_TRUE(parse_ggml_type(type).has_value()) << type;
    EXPECT_EQ(name.find('='), std::string::npos);
    patterns.emplace_back(name);
  }
  std::map<std::string, std::pair<int, int>> kinds;  // counted kind -> (overridden, total)
  for (const auto& t : model_tensors(arch)) {
    const FileType recipe = t.block >= 0 ? c.plan.layers[static_cast<std::size_t>(t.block)].recipe : c.plan.head_recipe;
    const GgmlType planned = quantized_type(arch, t, recipe);
    if (!t.quantizable) {
      EXPECT_EQ(planned, t.source_type);
      continue;
    }
    int matches = 0;
    std::string matched;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
      if (!std::regex_search(t.name, patterns[i])) continue;
      if (matches++ == 0) matched = q.tensor_types[i].second;
    }
    EXPECT_LE(matches, 1) << t.name << " matches several patterns";
    GgmlType written = quantized_type(arch, t, base);
    if (t.name == "token_embd.weight" && !q.token_embedding_type.empty()) written = parse_ggml_type(q.token_embedding_type).value();
    else if (t.name == "output.weight" && !q.output_tensor_type.empty()) written = parse_ggml_type(q.output_tensor_type).value();
    else if (quantized_base && matches > 0) written = parse_ggml_type(matched).value();
    EXPECT_TRUE(divisible(written, t.ne[0])) << t.name;  // no shape fallback after an override
    EXPECT_EQ(written, planned) << t.name << ": written " << type_info(written).name << ", planned " << type_info(planned).name;
    const std::string kind = counted_kind(t.name);
    if (t.block >= 0 && !kind.empty()) {
      kinds[kind].first += matches;
      kinds[kind].second += 1;
    }
  }
  for (const auto& [kind, counts] : kinds) {
    EXPECT_TRUE(counts.first == 0 || counts.first == counts.second)
        << kind << ": " << counts.first << " of " << counts.second << " overridden";
  }
  return q;
}

// ------------------------------------------------------------------------------------ the four cases

void check_common(const Case& c, const Commands& commands) {
  expect_all_flags_allowed(commands);
  check_llama_cpp(c, commands.llama_cpp, LlamaCppBuild::kCurrent);
  check_quantize(c, commands.llama_quantize);
  for (const RuntimeCommand* r :
       {&commands.llama_cpp, &commands.llama_quantize, &commands.ollama, &commands.transformers, &commands.vllm, &commands.mlx}) {
    EXPECT_FALSE(r->text.empty()) << r->runtime;
    EXPECT_FALSE(r->targets.empty()) << r->runtime;
  }
  // Ollama: only Modelfile keys of api.Options / api.Runner (C.2), documented KV types (C.3).
  const auto ollama = shell(commands.ollama.text);
  const auto files = test::heredoc_files(ollama);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].first, "Modelfile");
  const std::set<std::string> keys = {"num_ctx", "num_batch", "num_gpu", "main_gpu", "use_mmap", "num_thread"};
  std::istringstream modelfile(files[0].second);
  for (std::string line; std::getline(modelfile, line);) {
    const auto words = test::whitespace_tokens(line);
    ASSERT_FALSE(words.empty());
    if (words[0] == "PARAMETER") EXPECT_TRUE(keys.count(words.at(1))) << line;
    else EXPECT_EQ(words[0], "FROM") << line;
  }
  EXPECT_NE(files[0].second.find("PARAMETER num_ctx " + std::to_string(c.plan.context_tokens) + "\n"), std::string::npos);
  const std::string kv = std::string("OLLAMA_KV_CACHE_TYPE=") + to_string(c.plan.kv_type_v);
  EXPECT_NE(commands.ollama.text.find(kv), std::string::npos);
  EXPECT_NE(commands.ollama.text.find("OLLAMA_NUM_PARALLEL=1"), std::string::npos);
  EXPECT_NE(commands.ollama.text.find("OLLAMA_FLASH_ATTENTION=1"), std::string::npos);
  // vLLM (E).
  const auto vllm = shell(commands.vllm.text);
  ASSERT_NE(find_command(vllm, "vllm"), nullptr);
  const auto& v = find_command(vllm, "vllm")->words;
  auto value_of = [](const std::vector<std::string>& words, const std::string& flag) {
    const auto it = std::find(words.begin(), words.end(), flag);
    return it == words.end() || it + 1 == words.end() ? std::string() : *(it + 1);
  };
  EXPECT_EQ(value_of(v, "--max-model-len"), std::to_string(c.plan.context_tokens));
  EXPECT_TRUE(std::set<std::string>({"auto", "fp8", "fp8_e4m3", "fp8_e5m2"}).count(value_of(v, "--kv-cache-dtype")));
  EXPECT_EQ(value_of(v, "--kv-cache-dtype"), is_quantized(c.plan.kv_type_v) ? "fp8" : "auto");
  const double utilization = std::stod(value_of(v, "--gpu-memory-utilization"));
  EXPECT_GT(utilization, 0);
  EXPECT_LE(utilization, 1);
  // MLX (F).
  const auto mlx = shell(commands.mlx.text);
  ASSERT_NE(find_command(mlx, "mlx_lm.convert"), nullptr);
  const auto predicate = value_of(find_command(mlx, "mlx_lm.convert")->words, "--quant-predicate");
  if (!predicate.empty()) EXPECT_TRUE(std::set<std::string>({"mixed_2_6", "mixed_3_4", "mixed_3_6", "mixed_4_6"}).count(predicate));
  const auto& generate = find_command(mlx, "mlx_lm.generate")->words;
  // --kv-bits with --max-kv-size makes a RotatingKVCache that cannot be quantized.
  EXPECT_FALSE(!value_of(generate, "--kv-bits").empty() && !value_of(generate, "--max-kv-size").empty());
  const auto& server = find_command(mlx, "mlx_lm.server")->words;
  EXPECT_EQ(std::find(server.begin(), server.end(), "--max-kv-size"), server.end());
  EXPECT_EQ(std::find(server.begin(), server.end(), "--kv-bits"), server.end());
}

TEST(Commands, DenseLlama3_70bOnRtx4090AtThreeTokensPerSecond) {
  const Case c = plan_case("llama3-70b", "rtx4090", 8192, 3.0);
  ASSERT_TRUE(c.plan.feasible);
  // Since the GPU compute buffer holds one row of logits (issue #17), the dense FFNs of a few
  // blocks go to the CPU (-ot) instead of whole blocks.
  ASSERT_TRUE(c.plan.placement_kind == PlacementKind::kLayerSplit || c.plan.placement_kind == PlacementKind::kFfnOffload);
  const Commands commands = commands_for(c);
  check_common(c, commands);
  const LlamaArgs args = check_llama_cpp(c, commands.llama_cpp, LlamaCppBuild::kCurrent);
  EXPECT_EQ(args.model, "llama3-70b-fitplan.gguf");
  EXPECT_EQ(args.n_cpu_moe, 0);
  EXPECT_EQ(args.overrides.empty(), c.plan.placement_kind == PlacementKind::kLayerSplit) << "a layer split is -ngl alone";
  EXPECT_EQ(args.load_mode, "none");  // CPU layers fit in RAM
  const QuantizeArgs q = check_quantize(c, commands.llama_quantize);
  EXPECT_EQ(q.positional.at(2), file_type_info(c.plan.head_recipe).name);
  EXPECT_EQ(q.positional.at(0), "llama3-70b-F16.gguf");
  EXPECT_EQ(q.positional.at(1), "llama3-70b-fitplan.gguf");
  EXPECT_FALSE(q.tensor_types.empty());
  // Transformers: 4-bit NF4 (blocks average below 6 bits), CPU offload, quantized KV in generate.
  const auto& py = commands.transformers.text;
  EXPECT_NE(py.find("load_in_4bit=True"), std::string::npos);
  EXPECT_NE(py.find("bnb_4bit_quant_type=\"nf4\""), std::string::npos);
  EXPECT_NE(py.find("llm_int8_enable_fp32_cpu_offload=True"), std::string::npos);
  EXPECT_NE(py.find("device_map=\"auto\""), std::string::npos);
  EXPECT_NE(py.find("max_memory={0: "), std::string::npos);
  EXPECT_NE(py.find("cache_implementation=\"quantized\""), std::string::npos);
  EXPECT_NE(py.find("dtype=torch.bfloat16"), std::string::npos);
  EXPECT_NE(py.find("\"meta-llama/Meta-Llama-3-70B\""), std::string::npos);
  EXPECT_TRUE(commands.vllm.applicable);
  EXPECT_NE(commands.vllm.text.find("--cpu-offload-gb"), std::string::npos);
  EXPECT_FALSE(commands.mlx.applicable);
  // A Modelfile expresses whole layers only: with FFN overrides num_gpu is left to llama-server's --fit.
  EXPECT_EQ(commands.ollama.text.find("PARAMETER num_gpu " + std::to_string(c.plan.n_gpu_layers) + "\n") != std::string::npos,
            c.plan.placement_kind == PlacementKind::kLayerSplit);
}

TEST(Commands, MoeQwen3OnRtx4060OffloadsTheFirstBlocksExpertsWithNCpuMoe) {
  const Case c = plan_case("qwen3-30b-a3b", "rtx4060-8g", 8192);
  ASSERT_TRUE(c.plan.feasible);
  ASSERT_EQ(c.plan.placement_kind, PlacementKind::kExpertOffload);
  const Commands commands = commands_for(c);
  check_common(c, commands);
  const LlamaArgs args = check_llama_cpp(c, commands.llama_cpp, LlamaCppBuild::kCurrent);
  EXPECT_EQ(args.n_cpu_moe, c.plan.n_cpu_moe);
  EXPECT_EQ(args.n_gpu_layers, c.model.arch.n_layer + 1);
  EXPECT_EQ(static_cast<int>(args.overrides.size()), c.plan.n_cpu_moe) << "--n-cpu-moe alone expresses the expert offload";
  check_quantize(c, commands.llama_quantize);
  // Ollama cannot express expert offload: num_gpu is left to --fit.
  EXPECT_EQ(commands.ollama.text.find("num_gpu"), std::string::npos);
}

TEST(Commands, CpuOnlyLlama3_8bRunsWithoutGpuLayers) {
  const Case c = plan_case("llama3-8b", "cpu-32g", 8192);
  ASSERT_TRUE(c.plan.feasible);
  ASSERT_EQ(c.plan.placement_kind, PlacementKind::kCpuOnly);
  const Commands commands = commands_for(c);
  check_common(c, commands);
  const LlamaArgs args = check_llama_cpp(c, commands.llama_cpp, LlamaCppBuild::kCurrent);
  EXPECT_EQ(args.n_gpu_layers, 0);
  EXPECT_EQ(args.load_mode, "none");
  EXPECT_FALSE(commands.vllm.applicable);
  EXPECT_FALSE(commands.mlx.applicable);
  EXPECT_EQ(commands.transformers.text.find("BitsAndBytesConfig"), std::string::npos);
  EXPECT_NE(commands.ollama.text.find("PARAMETER num_gpu 0\n"), std::string::npos);
}

TEST(Commands, AppleLlama31_8bOnM2MaxRunsMlx) {
  const Case c = plan_case("llama3.1-8b", "m2-max", 8192);
  ASSERT_TRUE(c.plan.feasible);
  const Commands commands = commands_for(c);
  check_common(c, commands);
  const LlamaArgs args = check_llama_cpp(c, commands.llama_cpp, LlamaCppBuild::kCurrent);
  EXPECT_EQ(args.load_mode, "") << "Metal maps the file; no load mode needed";
  EXPECT_TRUE(commands.mlx.applicable);
  EXPECT_FALSE(commands.vllm.applicable);
  const auto mlx = shell(commands.mlx.text);
  const auto& generate = find_command(mlx, "mlx_lm.generate")->words;
  if (is_quantized(c.plan.kv_type_v)) {
    EXPECT_NE(std::find(generate.begin(), generate.end(), "--kv-bits"), generate.end());
  } else {
    const auto it = std::find(generate.begin(), generate.end(), "--max-kv-size");
    ASSERT_NE(it, generate.end());
    EXPECT_EQ(*(it + 1), std::to_string(c.plan.context_tokens));
  }
  EXPECT_NE(commands.transformers.text.find("\"mps\": "), std::string::npos);
}

TEST(Commands, DiskSpillKeepsTheFileMemoryMapped) {
  // The original objective: the floor precision (Q2_K blocks) and disk, at the floor context.
  const Case c = plan_case("llama3.1-405b", "rtx4090", 8192, 0, Objective::kQuality);
  ASSERT_TRUE(c.plan.feasible);
  ASSERT_GT(c.plan.disk_blocks, 0);
  const Commands commands = commands_for(c);
  check_common(c, commands);
  EXPECT_EQ(check_llama_cpp(c, commands.llama_cpp, LlamaCppBuild::kCurrent).load_mode, "mmap");
  EXPECT_NE(commands.transformers.text.find("offload_folder"), std::string::npos);
  const QuantizeArgs q = check_quantize(c, commands.llama_quantize);
  EXPECT_FALSE(q.imatrix.empty()) << "Q2_K blocks: an importance matrix is recommended";
  EXPECT_NE(find_command(shell(commands.llama_quantize.text), "llama-imatrix"), nullptr);
}

TEST(Commands, LegacyBuildUsesNoMmapAndNoFit) {
  for (const char* hardware : {"rtx4090", "2x-rtx3090"}) {
    const Case c = plan_case("llama3-70b", hardware, 8192, 3.0);
    CommandOptions options;
    options.llama_cpp_build = LlamaCppBuild::kLegacy;
    const Commands commands = commands_for(c, options);
    expect_all_flags_allowed(commands);
    const LlamaArgs args = check_llama_cpp(c, commands.llama_cpp, LlamaCppBuild::kLegacy);
    if (c.hardware.gpu_count == 1) EXPECT_EQ(args.load_mode, "none") << "--no-mmap";
    const QuantizeArgs q = check_quantize(c, commands.llama_quantize);
    EXPECT_TRUE(q.tensor_type_file.empty()) << "legacy builds get the overrides inline";
  }
}

// Expert offload that is not a prefix of blocks (a hand-edited plan) needs exact -ot regexes.
TEST(Commands, UnusualPlacementsBecomeExactOverrideRegexes) {
  Case c = plan_case("qwen3-30b-a3b", "rtx4060-8g", 8192);
  for (auto& layer : c.plan.layers) {
    layer.attention_tier = Tier::kGpu;
    layer.ffn_tier = layer.index % 2 == 1 ? Tier::kCpu : Tier::kGpu;
  }
  c.plan.layers[0].attention_tier = Tier::kCpu;  // block 0 wholly on the CPU although -ngl offloads it
  c.plan.layers[0].ffn_tier = Tier::kCpu;
  c.plan.n_gpu_layers = c.model.arch.n_layer + 1;
  const Commands commands = commands_for(c);
  const LlamaArgs args = check_llama_cpp(c, commands.llama_cpp, LlamaCppBuild::kCurrent);
  EXPECT_EQ(args.n_cpu_moe, 0);
  EXPECT_FALSE(args.overrides.empty());
  // Dense FFN offload on a dense model.
  Case dense = plan_case("llama3-8b", "rtx4060-8g", 8192);
  for (auto& layer : dense.plan.layers) {
    layer.attention_tier = Tier::kGpu;
    layer.ffn_tier = layer.index < 10 ? Tier::kCpu : Tier::kGpu;
  }
  dense.plan.n_gpu_layers = dense.model.arch.n_layer + 1;
  check_llama_cpp(dense, commands_for(dense).llama_cpp, LlamaCppBuild::kCurrent);
}

// The per-tensor mix is exact for every recipe the planner uses, including 16-bit blocks under a
// 16-bit base (Q8_0 base plus explicit types) and mixed imatrix-sensitive bases.
TEST(Commands, QuantizeRecipeIsExactForMixedPlans) {
  Case c = plan_case("llama3-8b", "rtx4060-8g", 8192);
  const FileType recipes[] = {FileType::kF16, FileType::kQ8_0, FileType::kQ3_K_M, FileType::kIQ4_XS, FileType::kQ2_K, FileType::kQ5_K_M};
  for (FileType head : {FileType::kF16, FileType::kIQ4_XS, FileType::kQ4_K_M, FileType::kQ3_K_S}) {
    c.plan.head_recipe = head;
    for (auto& layer : c.plan.layers) layer.recipe = recipes[static_cast<std::size_t>(layer.index) % 6];
    check_quantize(c, commands_for(c).llama_quantize);
  }
  Case moe = plan_case("qwen3-30b-a3b", "rtx4060-8g", 8192);
  moe.plan.head_recipe = FileType::kQ4_K_M;
  for (auto& layer : moe.plan.layers) layer.recipe = recipes[static_cast<std::size_t>(layer.index) % 6];
  check_quantize(moe, commands_for(moe).llama_quantize);
}

TEST(Commands, RejectsInfeasiblePlansAndFlagLikePaths) {
  Case c = plan_case("llama3-8b", "rtx4090", 8192);
  CommandOptions options;
  options.model_path = "--help";
  auto result = make_commands(c.model, c.hardware, c.plan, options);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().field, "options.modelPath");
  c.plan.feasible = false;
  result = make_commands(c.model, c.hardware, c.plan, {});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kInfeasible);
}

// ------------------------------------------------------------------------------------ quoting

const std::vector<std::string> kHostile = {
    "my model.gguf",
    "it's \"quoted\".gguf",
    "$(rm -rf /).gguf",
    "`touch /tmp/fitplan-pwned`.gguf",
    "line\nbreak.gguf",
    "tab\there; echo pwned > /tmp/fitplan-pwned #",
    "'",
    "''\"\"\\\\$HOME*?[a]{b}~!&|<>",
    "",
    "plain-name_1.2@host:8080/x,y+z=%",
};

TEST(ShellQuote, ParsesBackToTheOriginal) {
  for (const auto& text : kHostile) {
    const auto parsed = parse_shell("printf %s " + shell_quote(text) + "\n");
    ASSERT_TRUE(parsed.has_value()) << text;
    ASSERT_EQ(parsed->size(), 1u) << text;
    ASSERT_EQ(parsed->front().words.size(), 3u) << text;
    EXPECT_EQ(parsed->front().words[2], text);
  }
  EXPECT_EQ(shell_quote("llama3-70b-fitplan.gguf"), "llama3-70b-fitplan.gguf");
  EXPECT_EQ(shell_quote(""), "''");
  EXPECT_EQ(shell_quote("a'b"), "'a'\\''b'");
}

#ifndef __EMSCRIPTEN__
TEST(ShellQuote, RoundTripsThroughBinSh) {
  std::remove("/tmp/fitplan-pwned");
  for (const auto& text : kHostile) {
    // popen runs the line with /bin/sh -c.
    FILE* pipe = popen(("printf %s " + shell_quote(text)).c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    std::string out;
    char buffer[256];
    for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, got);
    EXPECT_EQ(pclose(pipe), 0) << text;
    EXPECT_EQ(out, text);
  }
  FILE* pwned = std::fopen("/tmp/fitplan-pwned", "r");
  EXPECT_EQ(pwned, nullptr) << "a quoted input ran a command";
  if (pwned) std::fclose(pwned);
}
#endif

TEST(ShellQuote, HostileInputsReachEveryCommandAsOneWord) {
  const Case c = plan_case("llama3-70b", "rtx4090", 8192, 3.0);
  for (const auto& text : kHostile) {
    if (text.empty()) continue;
    CommandOptions options;
    options.model_path = text + ".gguf";
    options.source_path = text + "-F16.gguf";
    options.imatrix_path = text + ".imatrix";
    options.hf_repo = "org/" + text;
    const Commands commands = commands_for(c, options);
    const auto llama = shell(commands.llama_cpp.text);
    ASSERT_NE(find_command(llama, "llama-server"), nullptr) << text;
    EXPECT_EQ(read_llama_args(find_command(llama, "llama-server")->words).model, options.model_path);
    EXPECT_EQ(llama.size(), 2u) << commands.llama_cpp.text;
    const auto quantize = shell(commands.llama_quantize.text);
    const QuantizeArgs q = read_quantize_args(find_command(quantize, "llama-quantize")->words, test::heredoc_files(quantize));
    EXPECT_EQ(q.positional.at(0), options.source_path);
    EXPECT_EQ(q.positional.at(1), options.model_path);
    const auto& download = find_command(quantize, "hf")->words;
    EXPECT_EQ(download.at(2), options.hf_repo);
    const auto vllm = shell(commands.vllm.text);
    EXPECT_EQ(vllm.size(), 1u);
    EXPECT_EQ(find_command(vllm, "vllm")->words.at(2), options.model_path);
    const auto ollama = shell(commands.ollama.text);
    EXPECT_EQ(ollama.size(), 4u) << commands.ollama.text;  // serve, cat > Modelfile, create, run, and nothing else
    expect_all_flags_allowed(commands);
    // The Python string literal holds no raw newline or unescaped quote.
    const auto at = commands.transformers.text.find("model_id = ");
    const auto eol = commands.transformers.text.find('\n', at);
    const std::string literal = commands.transformers.text.substr(at + 11, eol - at - 11);
    EXPECT_EQ(literal.front(), '"');
    EXPECT_EQ(literal.back(), '"');
    for (std::size_t i = 1; i + 1 < literal.size(); ++i) {
      if (literal[i] == '"') EXPECT_EQ(literal[i - 1], '\\') << literal;
    }
  }
}

}  // namespace
}  // namespace fitplan

namespace fitplan {
namespace {

// Every preset on a small GPU (offload, expert offload, disk), two GPUs (layer split), CPU only and
// Apple Silicon: the commands parse back to the plan's placement and per-tensor types, with allowed
// flags only, for both llama.cpp builds.
TEST(Commands, EveryPresetParsesBackToItsPlan) {
  for (const auto& model : model_catalog()) {
    for (const char* hardware : {"rtx4060-8g", "2x-rtx3090", "cpu-32g", "m2-max"}) {
      const Case c = plan_case(model.id.c_str(), hardware, 4096);
      if (!c.plan.feasible) continue;
      for (LlamaCppBuild build : {LlamaCppBuild::kCurrent, LlamaCppBuild::kLegacy}) {
        SCOPED_TRACE(model.id + " on " + hardware + ", " + to_string(build));
        CommandOptions options;
        options.llama_cpp_build = build;
        const Commands commands = commands_for(c, options);
        expect_all_flags_allowed(commands);
        check_llama_cpp(c, commands.llama_cpp, build);
        check_quantize(c, commands.llama_quantize);
      }
    }
  }
}

// ------------------------------------------------------------------------------------ imported files

// A catalog model as if imported from a GGUF file the user has (or read from `url`).
Case imported_case(const char* model_id, UserFile file, const char* hardware = "rtx3050-4g") {
  ModelPreset model = find_model(model_id).value();
  model.id = file.name;
  model.source = file.url.empty() ? file.name : file.url;
  model.published.clear();
  model.user_file = std::move(file);
  PlanRequest request{model, find_hardware(hardware).value(), {}};
  request.options.context_tokens = 8192;
  auto result = make_plan(request);
  EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
  return {model, request.hardware, result.value().plan};
}

// Issue #9: the recipe for an imported local F16 file starts from it (no download, no conversion),
// names its output after the file's stem and gives Ollama a meaningful name.
TEST(Commands, ImportedLocalF16FileIsWhereTheRecipeStarts) {
  const Case c = imported_case("llama3.2-1b", {"Llama-3.2-1B-F16.gguf", "", FileType::kF16, 2474355904});
  ASSERT_TRUE(c.plan.feasible);
  const Commands commands = commands_for(c);
  expect_all_flags_allowed(commands);
  check_llama_cpp(c, commands.llama_cpp, LlamaCppBuild::kCurrent);
  const QuantizeArgs q = check_quantize(c, commands.llama_quantize);
  const std::string& text = commands.llama_quantize.text;
  EXPECT_EQ(text.find("hf download"), std::string::npos) << text;
  EXPECT_EQ(text.find("convert_hf_to_gguf"), std::string::npos) << text;
  EXPECT_FALSE(q.allow_requantize);
  ASSERT_GE(q.positional.size(), 2u);
  EXPECT_EQ(q.positional[0], "Llama-3.2-1B-F16.gguf");
  EXPECT_EQ(q.positional[1], "Llama-3.2-1B-fitplan.gguf");
  for (const RuntimeCommand* command : {&commands.llama_cpp, &commands.llama_quantize, &commands.ollama, &commands.vllm}) {
    EXPECT_EQ(command->text.find(".gguf-"), std::string::npos) << command->text;  // no "...-F16.gguf-F16.gguf"
  }
  EXPECT_NE(commands.llama_cpp.text.find("-m Llama-3.2-1B-fitplan.gguf"), std::string::npos);
  EXPECT_NE(commands.ollama.text.find("ollama create llama-3.2-1b-fitplan -f Modelfile"), std::string::npos) << commands.ollama.text;
  for (const auto& caveat : commands.ollama.caveats) EXPECT_EQ(caveat.find("library tag"), std::string::npos) << caveat;
  // No repository is known: transformers reads the GGUF itself, vLLM its tokenizer, MLX says what it needs.
  EXPECT_NE(commands.transformers.text.find("gguf_file = \"Llama-3.2-1B-F16.gguf\""), std::string::npos) << commands.transformers.text;
  EXPECT_EQ(commands.vllm.text.find("--tokenizer"), std::string::npos);
  EXPECT_NE(join(commands.mlx.caveats, "\n").find("--hf-repo"), std::string::npos);

  const CustomBuild build = custom_build_of(c.model, c.hardware, c.plan);
  EXPECT_EQ(build.download_bytes, 0u);
  EXPECT_EQ(build.disk_bytes, c.plan.file_bytes);
  EXPECT_EQ(build.tools.front(), "llama-quantize");
  EXPECT_EQ(build.starts_from, "your F16 file Llama-3.2-1B-F16.gguf");
  EXPECT_EQ(build.assumptions.find("download"), std::string::npos) << build.assumptions;

  // With the repository named, the Hugging Face runtimes load the original weights again.
  CommandOptions named;
  named.hf_repo = "meta-llama/Llama-3.2-1B";
  const Commands with_repo = commands_for(c, named);
  EXPECT_NE(with_repo.vllm.text.find("--tokenizer meta-llama/Llama-3.2-1B"), std::string::npos);
  EXPECT_EQ(with_repo.transformers.text.find("gguf_file"), std::string::npos);
  EXPECT_EQ(with_repo.llama_quantize.text, text);
}

TEST(Commands, ImportedQuantizedFileIsRequantizedWithAWarning) {
  const Case c = imported_case("llama3.2-1b", {"Llama-3.2-1B-Q8_0.gguf", "", FileType::kQ8_0, 1321083200});
  const Commands commands = commands_for(c);
  const QuantizeArgs q = check_quantize(c, commands.llama_quantize);
  EXPECT_TRUE(q.allow_requantize);
  EXPECT_EQ(q.positional.at(0), "Llama-3.2-1B-Q8_0.gguf");
  EXPECT_EQ(q.positional.at(1), "Llama-3.2-1B-fitplan.gguf");
  EXPECT_NE(join(commands.llama_quantize.caveats, "\n").find("already quantized (Q8_0)"), std::string::npos);
  // An F16 file of the same model, named with --source-path, is used instead and not requantized.
  CommandOptions options;
  options.source_path = "/models/Llama-3.2-1B-F16.gguf";
  const QuantizeArgs from_f16 = check_quantize(c, commands_for(c, options).llama_quantize);
  EXPECT_FALSE(from_f16.allow_requantize);
  EXPECT_EQ(from_f16.positional.at(0), "/models/Llama-3.2-1B-F16.gguf");
}

TEST(Commands, ImportedHubSplitFileIsDownloadedFirst) {
  const Case c = imported_case("llama3.2-1b",
                               {"Llama-3.2-1B-BF16-00001-of-00002.gguf",
                                "https://huggingface.co/org/Llama-3.2-1B-GGUF/resolve/main/BF16/Llama-3.2-1B-BF16-00001-of-00002.gguf",
                                FileType::kBF16, 2474355904});
  const Commands commands = commands_for(c);
  expect_all_flags_allowed(commands);
  const auto parsed = shell(commands.llama_quantize.text);
  const ShellCommand* hf = find_command(parsed, "hf");
  ASSERT_NE(hf, nullptr) << commands.llama_quantize.text;
  EXPECT_EQ(hf->words, (std::vector<std::string>{"hf", "download", "org/Llama-3.2-1B-GGUF", "BF16/Llama-3.2-1B-BF16-00001-of-00002.gguf",
                                                 "BF16/Llama-3.2-1B-BF16-00002-of-00002.gguf", "--local-dir", "."}));
  const QuantizeArgs q = check_quantize(c, commands.llama_quantize);
  EXPECT_EQ(q.positional.at(0), "BF16/Llama-3.2-1B-BF16-00001-of-00002.gguf");
  EXPECT_EQ(q.positional.at(1), "Llama-3.2-1B-fitplan.gguf");
  const CustomBuild build = custom_build_of(c.model, c.hardware, c.plan);
  EXPECT_EQ(build.download_bytes, 2474355904u);
  EXPECT_EQ(build.disk_bytes, 2474355904u + c.plan.file_bytes);
  EXPECT_EQ(build.tools.front(), "hf (huggingface_hub CLI)");
}

TEST(Commands, ImportedFileFromAPlainUrlIsFetchedWithCurl) {
  const Case c = imported_case("llama3.2-1b", {"-odd name-F16.gguf", "https://example.com/files/-odd%20name-F16.gguf", FileType::kF16, 0});
  const Commands commands = commands_for(c);
  expect_all_flags_allowed(commands);
  const auto parsed = shell(commands.llama_quantize.text);
  const ShellCommand* curl = find_command(parsed, "curl");
  ASSERT_NE(curl, nullptr) << commands.llama_quantize.text;
  EXPECT_EQ(curl->words, (std::vector<std::string>{"curl", "-L", "--fail", "-o", "./-odd name-F16.gguf",
                                                   "https://example.com/files/-odd%20name-F16.gguf"}));
  const QuantizeArgs q = check_quantize(c, commands.llama_quantize);
  EXPECT_EQ(q.positional.at(0), "./-odd name-F16.gguf");  // never read as a flag
  EXPECT_EQ(q.positional.at(1), "Llama-3.2-1B-fitplan.gguf");  // named after the model, not its file
}

// Issue #15: the files the commands write are named after an imported model's name (config.json:
// "org/name"; a GGUF: general.name), in characters safe in a file name, never its file name or a
// path; without a usable name, after the file's stem.
TEST(Commands, ImportedModelsNameTheirFilesAfterTheModel) {
  const auto model_path_of = [](const std::string& name, std::optional<UserFile> file) {
    ModelPreset model = find_model("llama3.2-1b").value();
    model.id = file ? file->name : name;  // as importModel names them: the file, or the repository
    model.name = name;
    model.published.clear();
    model.user_file = std::move(file);
    PlanRequest request{model, find_hardware("rtx3050-4g").value(), default_plan_options(4096)};
    const Plan plan = make_plan(request).value().plan;
    const Commands commands = make_commands(model, request.hardware, plan, {}).value();
    for (const auto& file : commands.llama_quantize.files) {
      if (file.size() > 13 && file.compare(file.size() - 13, 13, "-fitplan.gguf") == 0) return file;
    }
    return std::string("(no output file in ") + commands.llama_quantize.text + ")";
  };
  EXPECT_EQ(model_path_of("meta-llama/Llama-3.2-1B-Instruct", std::nullopt), "Llama-3.2-1B-Instruct-fitplan.gguf");
  EXPECT_EQ(model_path_of("Llama 3.2 1B Instruct", UserFile{"llama-3.2-1b-instruct-f16.gguf", "", FileType::kF16, 0}),
            "Llama-3.2-1B-Instruct-fitplan.gguf");
  EXPECT_EQ(model_path_of("--rm -rf", std::nullopt), "rm--rf-fitplan.gguf");  // never read as a flag
  EXPECT_EQ(model_path_of("", UserFile{"Qwen3-8B-F16.gguf", "", FileType::kF16, 0}), "Qwen3-8B-fitplan.gguf");
  EXPECT_EQ(model_path_of("llama3.2-1b", std::nullopt), "llama3.2-1b-fitplan.gguf");  // a catalog id stays
}

}  // namespace
}  // namespace fitplan
