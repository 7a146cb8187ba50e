// vLLM: vllm serve over the plan's GGUF (experimental GGUF support), with --cpu-offload-gb for
// the weights the plan keeps off the GPU.
#include <algorithm>
#include <cmath>

#include "commands_common.hpp"
#include "fitplan/commands.hpp"
#include "fitplan/text.hpp"

namespace fitplan::commands_internal {

RuntimeCommand vllm_command(const ModelPreset& model, const Hardware& hw, const Plan& plan, const Resolved& r) {
  RuntimeCommand c;
  c.runtime = "vllm";
  c.targets = "vLLM serve (flags read from mixed-version sources, medium confidence; check `vllm serve --help`)";
  c.files = {r.model_path};
  c.applicable = has_gpu(hw) && (hw.backend == Backend::kCuda || hw.backend == Backend::kRocm);
  const int gpus = has_gpu(hw) ? std::max(1, hw.gpu_count) : 1;
  std::vector<std::vector<std::string>> groups = {
      r.hf_repo_known ? std::vector<std::string>{"vllm", "serve", shell_quote(r.model_path), "--tokenizer", shell_quote(r.hf_repo),
                                                 "--quantization", "gguf"}
                      : std::vector<std::string>{"vllm", "serve", shell_quote(r.model_path), "--quantization", "gguf"},
      {"--max-model-len", std::to_string(plan.context_tokens), "--max-num-seqs", "1"}};
  Bytes gpu_bytes = 0;
  for (const auto& g : plan.estimate.gpus) gpu_bytes = std::max(gpu_bytes, g.total());
  double utilization = hw.vram_bytes > 0 ? std::ceil(100.0 * static_cast<double>(gpu_bytes) / static_cast<double>(hw.vram_bytes)) / 100
                                         : 0.9;
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
  c.caveats.push_back("--gpu-memory-utilization " + format_fixed(utilization, 2) +
                      " is the plan's GPU share of total VRAM (capped at 0.95); vLLM "
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
  if (plan.disk_blocks > 0)
    c.caveats.push_back("vLLM cannot spill weights to disk: this plan needs more RAM than the machine has for vLLM.");
  c.caveats.push_back("--max-num-seqs 1 matches the plan's single sequence.");
  return c;
}

}  // namespace fitplan::commands_internal
