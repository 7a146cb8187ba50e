// MLX (Apple Silicon): mlx_lm.convert at one affine bit width for the plan's average, then
// mlx_lm.generate / mlx_lm.server.
#include <algorithm>
#include <cmath>

#include "commands_common.hpp"
#include "fitplan/commands.hpp"
#include "fitplan/text.hpp"

namespace fitplan::commands_internal {

namespace {

bool plan_mixes_recipes(const Plan& plan) {
  for (const auto& layer : plan.layers) {
    if (layer.recipe != plan.layers.front().recipe) return true;
  }
  return false;
}

}  // namespace

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

  if (!c.applicable)
    c.caveats.push_back(std::string("Not applicable: MLX runs on Apple Silicon (Metal); this machine is ") + to_string(hw.backend) + ".");
  if (!r.hf_repo_known) {
    c.caveats.push_back("mlx_lm.convert reads the original weights from a Hugging Face repository, which is not known for an imported "
                        "GGUF file: --hf-path " +
                        r.hf_repo +
                        " is the file's name, not a repository; pass --hf-repo ORG/NAME to Fitplan "
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
    c.caveats.push_back("--kv-bits " + std::to_string(kv_bits) +
                        " --quantized-kv-start 0 quantizes the cache from the first token as the "
                        "plan does. --max-kv-size is left out: with it mlx-lm uses a RotatingKVCache, whose quantization raises "
                        "NotImplementedError (\"RotatingKVCache Quantization NYI\", mlx-lm issue #1573; UNVERIFIED at 0.32.0). Keep "
                        "prompt + output within " +
                        std::to_string(plan.context_tokens) + " tokens yourself.");
  } else {
    c.caveats.push_back("--max-kv-size " + std::to_string(plan.context_tokens) +
                        " is a rotating window (it keeps the first 4 tokens and drops "
                        "the oldest), not a hard context limit like llama.cpp's -c.");
  }
  c.caveats.push_back("mlx_lm.server has no --max-kv-size or --kv-bits in this version: the server's KV cache grows with the context and "
                      "stays 16-bit.");
  c.caveats.push_back("--mlx-path must not exist yet; mlx_lm.convert downloads the original weights from Hugging Face.");
  return c;
}

}  // namespace fitplan::commands_internal
