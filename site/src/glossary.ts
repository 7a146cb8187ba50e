// The glossary: one list of entries that the page (site/src/glossary-view.ts: the "what is this?"
// buttons and the Glossary section) and the README (its Glossary section, written by
// `npm run gen:glossary`, scripts/gen-glossary.mjs) share. Plain words first, the term second,
// the explanation on demand.
//
// Every figure in an explanation comes from the code or the reference it cites: the comment above
// each entry names its sources and every number the explanation states (tests/site/glossary.test.ts
// fails when an explanation has a number its comment lacks, and checks the core's constants that
// the entries quote against the C++ headers). "runtime-facts.md" is the project's shared llama.cpp
// reference (../shared/runtime-facts.md beside the repository).
//
// Text only: no HTML, no Markdown markup (the README prints the same strings).

export interface GlossaryEntry {
  /** Stable kebab-case id: term(id) on the page, #glossary-<id> for the full glossary. */
  readonly id: string;
  /** The technical term, as llama.cpp and the page spell it. */
  readonly term: string;
  /** The plain-words phrase the page shows first (lower case unless it starts with a name). */
  readonly plain: string;
  /** One to three sentences, accurate for llama.cpp and for what the planner does. */
  readonly explanation: string;
  /** Other spellings a visitor may meet (flags, abbreviations). */
  readonly aliases?: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  // ---------------------------------------------------------------- reading the answer
  // Sources: core/src/planner_report.cpp (usability_message), core/include/fitplan/planner.hpp
  // (PlanOptions::usable_tokens_per_second = 8.0), core/src/request_fields.cpp (usableTps).
  {
    id: 'usable',
    term: 'Usable',
    plain: 'fast enough to chat',
    explanation:
      'The plan writes at least 8 tokens per second (its decode speed), interactive chat speed. ' +
      'The threshold is the planner’s default; the API takes another (usableTps).',
  },
  // Sources: core/src/planner_report.cpp (usability_message), core/include/fitplan/planner.hpp
  // (usable_tokens_per_second = 8.0, slow_tokens_per_second = 2.0).
  {
    id: 'slow',
    term: 'Slow',
    plain: 'fine for work you can wait for',
    explanation:
      'The plan writes between 2 and 8 tokens per second: too slow for a comfortable chat, usable for batch or non-interactive work.',
  },
  // Sources: core/src/planner_report.cpp (usability_message), core/include/fitplan/planner.hpp
  // (slow_tokens_per_second = 2.0).
  {
    id: 'impractical',
    term: 'Impractical',
    plain: 'too slow to recommend',
    explanation: 'The model fits, but the plan writes fewer than 2 tokens per second, too slow to recommend.',
  },
  // Sources: core/src/planner_report.cpp (set_verdict: "Cannot run", usability_message "infeasible"),
  // core/include/fitplan/planner.hpp (Requirements), site/src/verdict.ts (GRADE_LABEL "Does not fit").
  {
    id: 'infeasible',
    term: 'Does not fit',
    plain: 'cannot run on this machine',
    explanation:
      'Even with blocks in system RAM, and streamed from disk when that is allowed, the model does not fit at the smallest context you allow. ' +
      'The page then says how much memory would run it.',
    aliases: ['infeasible', 'cannot run'],
  },
  // Sources: core/src/estimator.cpp (decode time per tier), core/src/planner_report.cpp (the note
  // "Decode speed is estimated at half the context filled"), core/src/planner_internal.hpp
  // (kDecodeDepthDivisor = 2). No figures.
  {
    id: 'decode-speed',
    term: 'Decode speed (tok/s)',
    plain: 'how fast the answer is written',
    explanation:
      'Tokens written per second once the answer has started. ' +
      'Every new token reads each weight in use once, so the speed depends mostly on how fast the memory holding the weights can be read: GPU memory is fast, system RAM slower, a disk much slower. ' +
      'Fitplan estimates it with the context half full, the average over a conversation that fills it.',
    aliases: ['tok/s', 'tokens per second', 'decode', 'token generation'],
  },
  // Sources: core/src/estimator.cpp (prefill, time_to_first_token_s = prefill + one decode step),
  // core/include/fitplan/planner.hpp (PlanOptions::prompt_tokens = 512).
  {
    id: 'prefill',
    term: 'Prefill / time to first token',
    plain: 'reading your prompt',
    explanation:
      'Before it writes anything, llama.cpp processes the whole prompt in batches; this is limited mainly by arithmetic speed rather than memory speed, so it is usually much faster per token than writing. ' +
      'The time to first token is the prefill time of the prompt (512 tokens unless you change it) plus the time to write one token.',
    aliases: ['prompt processing', 'time to first token', 'TTFT', 'pp'],
  },
  // Sources: core/include/fitplan/units.hpp (kBytesPerGB = 1e9: "bandwidths"), core/src/estimator.cpp
  // (decode: bytes read per token / bandwidth per tier). Figures: 10^9 bytes (units.hpp).
  {
    id: 'bandwidth',
    term: 'Memory bandwidth (GB/s)',
    plain: 'how fast memory can be read',
    explanation:
      'The bytes per second a memory can deliver, in GB/s (10^9 bytes per second). ' +
      'Writing a token reads the weights in use once, so decode speed follows the bandwidth of the memory they sit in: GPU memory first, then system RAM, then the disk.',
    aliases: ['GB/s', 'memory bandwidth'],
  },
  // Sources: core/include/fitplan/planner.hpp (FrontierPoint, make_frontier: "Every non-dominated
  // (quality, decode speed, memory) plan"), core/src/planner_frontier.cpp, site/src/frontier-chart.ts.
  {
    id: 'frontier',
    term: 'Frontier (Pareto front)',
    plain: 'the best trade-offs',
    explanation:
      'The plans that no other plan beats at once on accuracy, speed and memory: any plan off the frontier is matched or beaten on all three by one on it. ' +
      'Click a point to make it the plan.',
    aliases: ['Pareto', 'Pareto front', 'frontier plan'],
  },
  // Sources: core/include/fitplan/planner.hpp (PlanOptions::baseline_file_type = kQ4_K_M;
  // PlanResult::baseline "uniform file type with the most GPU layers that fit"; Objective kBalanced
  // "the standard Q4_K_M file").
  {
    id: 'baseline',
    term: 'Baseline (uniform Q4_K_M)',
    plain: 'the standard download, for comparison',
    explanation:
      'The same model as one Q4_K_M file, the standard download, with as many layers on the GPU as fit. ' +
      'The plan’s speed and quality are shown beside it.',
  },

  // ---------------------------------------------------------------- the model
  // Sources: core/include/fitplan/estimator.hpp (SpeedEstimate in tokens per second),
  // core/include/fitplan/model.hpp (n_vocab). No figures.
  {
    id: 'token',
    term: 'Token',
    plain: 'a word or a piece of a word',
    explanation:
      'Models read and write text as tokens, whole words or pieces of words from a fixed vocabulary. ' +
      'Speeds are given in tokens per second and context lengths in tokens.',
  },
  // Sources: core/src/model_catalog.cpp (llama3-8b: "32 layers"), core/src/planner_report.cpp
  // (per-block recipe and tier), core/include/fitplan/planner.hpp (PlanLayer). Figures: 32 (Llama-3-8B).
  {
    id: 'block',
    term: 'Block (transformer layer)',
    plain: 'one of the model’s repeated layers',
    explanation:
      'A model is a stack of blocks of the same shape, each with an attention part and a feed-forward (FFN) part, run one after another for every token; Llama-3-8B has 32. ' +
      'Fitplan gives each block its own precision and its own place: GPU, CPU or disk.',
    aliases: ['layer', 'transformer block'],
  },
  // Sources: core/include/fitplan/planner.hpp (PlanOptions::min_context_tokens = 2048, "the context
  // may shrink down to this, never below"), core/src/planner_report.cpp (set_verdict: "context N
  // tokens, not the M asked"). Figures: 2048.
  {
    id: 'context',
    term: 'Context (context length)',
    plain: 'how much text the model keeps in view',
    explanation:
      'The number of tokens the model can see at once: the instructions, the whole conversation and the answer being written. ' +
      'A longer context needs a larger KV cache; when the one you ask for does not fit, the planner shrinks it, but never below the smallest context you allow (2048 tokens by default).',
    aliases: ['context length', 'context window', 'ctx', '-c'],
  },
  // Sources: core/src/estimator.cpp (kv_cache_bytes, "exactly as llama.cpp allocates them"),
  // core/include/fitplan/calibration.hpp (kKvCellPadding = 256; kKvTypeQuality: q8_0 0.035, q4_0
  // 1.216 % perplexity, from llama.cpp PR #7412 and #21551), runtime-facts.md §A.8 (KV bytes per
  // element: f16 2, q8_0 1.0625, q4_0 0.5625, i.e. about half and under a third of f16) and §B.1.
  // Figures: 256, 8 and 4 bits (q8_0, q4_0), 16 bits (f16), 0.035, 1.216.
  {
    id: 'kv-cache',
    term: 'KV cache',
    plain: 'memory for the conversation so far',
    explanation:
      'For every token in the context, each layer keeps its attention keys and values (K and V) so they are not computed again for the next token; llama.cpp reserves this memory for the whole context at start-up, rounded up to a multiple of 256 tokens. ' +
      'It grows in step with the context. Stored at 8 bits (q8_0) or 4 bits (q4_0) instead of 16 (f16), it takes about half or under a third of the memory, for an estimated +0.035 % or +1.216 % perplexity.',
    aliases: ['KV', 'key-value cache', '-ctk', '-ctv', 'cache type'],
  },
  // Sources: runtime-facts.md §A.2 (-fa on|off|auto; "quantized V cache requires flash_attn"),
  // §B.3 ("FA avoids the KQ matrix"), core/src/estimator.cpp (layer_activation_bytes: the KQ matrix
  // only without flash attention), core/src/planner_report.cpp (plan.flash_attention = true),
  // core/src/commands_llama_cpp.cpp (-fa on). No figures.
  {
    id: 'flash-attention',
    term: 'Flash attention (-fa on)',
    plain: 'a leaner way to compute attention',
    explanation:
      'llama.cpp’s fused attention kernel, switched on with -fa on: it works through the attention scores in tiles instead of building the whole score matrix, so its scratch memory grows far less with the context. ' +
      'llama.cpp requires it for a quantized V cache, and the plans Fitplan writes use it.',
    aliases: ['FA', '-fa', 'flash-attn'],
  },
  // Sources: core/include/fitplan/model.hpp (sliding_window, swa_pattern), core/src/estimator.cpp
  // (SWA layers: GGML_PAD(min(kv_size, n_swa * n_seq + n_ubatch), 256)), runtime-facts.md §B.1
  // (gemma2, gemma3, gpt-oss use SWA). Figures: none (Gemma 2 and 3 are model names).
  {
    id: 'sliding-window',
    term: 'Sliding-window attention (SWA)',
    plain: 'layers that look only at recent text',
    explanation:
      'In some models, such as Gemma 2 and 3 and gpt-oss, some layers attend only to the most recent tokens (the window). ' +
      'llama.cpp caches only the window plus one batch for those layers, so their part of the KV cache stops growing once the context is longer than the window.',
    aliases: ['SWA', 'sliding window'],
  },
  // Sources: core/include/fitplan/model.hpp ("Multi-head latent attention (DeepSeek-style compressed
  // KV)", kv_lora_rank, qk_rope_head_dim), core/src/estimator.cpp (MLA: K only, width kv_lora_rank +
  // rope dims, one KV head), runtime-facts.md §A.2 ("MLA models need -ctk equal to -ctv") and §B.1
  // (DeepSeek-V2/V3, Kimi). No figures.
  {
    id: 'mla',
    term: 'MLA (multi-head latent attention)',
    plain: 'a compressed memory for the conversation',
    explanation:
      'The attention design of DeepSeek-V2 and V3, Kimi and some others: each layer caches one compressed vector per token instead of keys and values for every head, which makes the KV cache many times smaller. ' +
      'llama.cpp stores only K for these models and needs the same cache type for -ctk and -ctv.',
    aliases: ['multi-head latent attention'],
  },
  // Sources: core/include/fitplan/model.hpp (n_expert, n_expert_used, n_expert_shared),
  // core/include/fitplan/estimator.hpp (PartWeights::read_bytes "routed experts: the active
  // share"), README.md (the model list shows total / active parameters). No figures.
  {
    id: 'moe',
    term: 'Mixture of experts (MoE)',
    plain: 'a model that uses only part of its weights for each token',
    explanation:
      'In each MoE block a router picks a few of many expert feed-forward networks for every token, so a token reads only the active experts. ' +
      'The model needs memory for all its parameters but decodes at about the speed of a model of its active size; the model list shows both counts.',
    aliases: ['MoE', 'experts', 'active parameters'],
  },

  // ---------------------------------------------------------------- files and precision
  // Sources: core/src/quant.cpp (block sizes: q8_0 32 weights, q4_K 256 weights), runtime-facts.md
  // §A.7 / §A.8 (ftype names, block layouts). Figures: 16-bit (F16), 32 and 256 weights per block.
  {
    id: 'quantization',
    term: 'Quantization',
    plain: 'storing the weights with fewer bits',
    explanation:
      'The weights are stored as small integers with a shared scale for each group of 32 or 256 of them, instead of 16-bit numbers: the file shrinks and decoding gets faster, at some loss of accuracy. ' +
      'Names such as Q8_0, Q6_K, Q4_K_M or IQ3_M are llama.cpp’s file types; the digit after the Q is roughly the bits per weight.',
    aliases: ['quant', 'file type', 'ftype', 'precision'],
  },
  // Sources: core/src/serialize.cpp (bitsPerWeight = weights bytes * 8 / parameters), core/src/quant.cpp
  // (q4_K: 256 weights in 144 bytes = 4.5 bits), runtime-facts.md §A.9 (Q4_K_M gives attn_v / ffn_down
  // of some layers and the output Q6_K). Figures: 8, 16 (F16), 256, 144, 4.5.
  {
    id: 'bits-per-weight',
    term: 'Bits per weight (bpw)',
    plain: 'the average size of one weight',
    explanation:
      'The bytes of the weights times 8, divided by the number of parameters: F16 is 16, and a Q4_K block holds 256 weights in 144 bytes, 4.5 bits each. ' +
      'A file type mixes tensor types (Q4_K_M keeps some tensors at Q6_K), so its average usually sits above its base type’s.',
    aliases: ['bpw', 'bits/weight'],
  },
  // Sources: runtime-facts.md §B.5 (header: metadata, tensor infos; tensor data), core/include/fitplan/quantizer.hpp
  // (llama-quantize's per-tensor type rules, gguf_file_bytes), core/include/fitplan/estimator.hpp
  // (WeightsLayout::file_bytes). No figures.
  {
    id: 'gguf',
    term: 'GGUF',
    plain: 'the model file llama.cpp runs',
    explanation:
      'One file (or a few split parts) with a header, holding the model’s settings, its tokenizer and the list of tensors, followed by the data of every tensor, each with its own type. ' +
      'Fitplan computes a file’s size tensor by tensor, with llama-quantize’s own rules for which tensor gets which type.',
    aliases: ['.gguf'],
  },
  // Sources: core/include/fitplan/quantizer.hpp (tensor_requires_imatrix: IQ1_S, IQ1_M, IQ2_XXS,
  // IQ2_XS, IQ2_S, IQ3_XXS, Q2_K inside Q2_K_S), core/include/fitplan/commands.hpp
  // (imatrix_recommended: "some block recipe is below 4 bits per weight"), core/src/commands_llama_cpp.cpp
  // (llama-imatrix and a calibration text). Figures: 4 bits.
  {
    id: 'imatrix',
    term: 'imatrix (importance matrix)',
    plain: 'notes on which weights matter most',
    explanation:
      'Statistics gathered by running the model over sample text (llama-imatrix), which llama-quantize uses to put its rounding error where it hurts least. ' +
      'llama-quantize refuses to make the smallest types without one (IQ1_S, IQ1_M, IQ2_XXS, IQ2_XS, IQ2_S, IQ3_XXS and Q2_K_S files), and Fitplan recommends one whenever a block gets fewer than 4 bits per weight.',
    aliases: ['importance matrix', '--imatrix'],
  },
  // Sources: core/include/fitplan/calibration.hpp (kFileTypeQuality: quant_quality.csv, LLaMA 3 8B,
  // wikitext-2; Q4_K_M 2.791), core/include/fitplan/planner.hpp (Plan::quality_proxy "estimated
  // relative perplexity increase vs F16, percent"), core/src/planner_recipes.cpp (per-block weights,
  // default_block_sensitivity), README.md ("priors ... not measurements of your model").
  // Figures: 2.791.
  {
    id: 'perplexity-increase',
    term: 'Perplexity increase (quality proxy)',
    plain: 'how much accuracy is lost',
    explanation:
      'Perplexity measures how surprised a model is by reference text (lower is better); the page shows how much higher it is than with the unquantized F16 weights, in percent. ' +
      'The figures are priors from published measurements on Llama-3-8B with wikitext-2 (Q4_K_M: +2.791 %), weighted over the blocks and the KV cache: an estimate, not a measurement of your model.',
    aliases: ['quality proxy', 'PPL', 'perplexity', 'rel-PPL'],
  },
  // Sources: core/src/planner_report.cpp (note "Mixed precision from the exact knapsack ... blocks near
  // the ends, which matter more, keep more bits"), core/src/planner_recipes.cpp
  // (default_block_sensitivity), README.md (llama-quantize with --tensor-type patterns for the mix).
  // No figures.
  {
    id: 'mixed-precision',
    term: 'Per-block mix (mixed precision)',
    plain: 'a different precision for each block',
    explanation:
      'Instead of one file type for the whole model, the planner chooses a type for every block with an exact optimizer, keeping more bits in the blocks near the start and the end, which matter more. ' +
      'Building that file takes llama-quantize with --tensor-type rules; the published file the page suggests is the ready-made alternative.',
    aliases: ['custom mix', 'mixed precision', 'per-block mix'],
  },
  // Sources: core/include/fitplan/planner.hpp (PlanOptions::knapsack_buckets = 1024, kMaxKnapsackBuckets =
  // 16384), core/src/planner_internal.hpp (kBucketsPerBlock = 16), core/include/fitplan/knapsack.hpp
  // ("every cost is rounded UP to whole buckets, so a solution never exceeds its budget"),
  // core/src/planner_knapsack.cpp (cap_; choose() spends what the rounding leaves on upgrades),
  // core/src/planner_report.cpp (note "DP resolution N MiB"). Figures: 1024, 16, 16384.
  {
    id: 'dp-resolution',
    term: 'DP resolution',
    plain: 'the optimizer’s memory step',
    explanation:
      'The per-block optimizer (a knapsack solved by dynamic programming) counts memory in equal steps: the memory the blocks can use, divided into at least 1024 steps and at least 16 per block, at most 16384. ' +
      'Each block’s size is rounded up to whole steps, so a plan never exceeds its memory; the note gives the step in MiB, and what the rounding leaves over is then spent on upgrading blocks.',
    aliases: ['knapsack resolution', 'bucket size'],
  },

  // ---------------------------------------------------------------- memory
  // Sources: core/src/commands_common.hpp (kUbatch = 512: "the compute buffers of the plan are
  // estimated at 512"), core/src/estimator.cpp (compute_buffer_bytes), core/include/fitplan/calibration.hpp
  // (compute buffer fit), runtime-facts.md §B.3. Figures: 512.
  {
    id: 'compute-buffer',
    term: 'Compute buffer',
    plain: 'scratch memory for the math',
    explanation:
      'Working memory that llama.cpp reserves at start-up for the intermediate results of the largest batch it processes (the commands use -ub 512 tokens), on every GPU that holds layers and in RAM. ' +
      'It grows with the model’s width and the batch size, and without flash attention also with the context.',
    aliases: ['compute', 'compute buffers', 'graph buffer', '-ub'],
  },
  // Sources: core/include/fitplan/calibration.hpp (kGpuOverheadBytes = 457 * kMiB, kMetalOverheadBytes =
  // 512 * kMiB, from Ollama's MinimumMemory; kHostProcessBytes = 40 * kMiB plus the vocabulary),
  // core/src/estimator.cpp (backend_overhead_bytes: CPU 0, Metal 512, every other GPU backend 457;
  // output_bytes), site/src/memory-chart.ts (overhead = overheadBytes + outputBytes).
  // Figures: 457, 512, 40.
  {
    id: 'overhead',
    term: 'Overhead',
    plain: 'memory the runtime itself needs',
    explanation:
      'Memory beyond the model’s own buffers: on each GPU the driver and runtime context, which the planner counts as 457 MiB (CUDA, ROCm, Vulkan, SYCL) or 512 MiB (Metal), Ollama’s per-GPU minimum taken as a floor. ' +
      'In RAM it is the llama.cpp process itself (40 MiB plus the vocabulary) and the buffer of output scores (logits).',
    aliases: ['runtime overhead', 'CUDA context', 'driver memory', 'output buffer'],
  },
  // Sources: core/include/fitplan/capacity.hpp (kGpuMarginMaxBytes = 512 * kMiB, kGpuMarginVramDivisor =
  // 16: min(512 MiB, VRAM / 16); none on unified memory; "for the display, allocator fragmentation and
  // allocation spikes beyond the buffers llama.cpp reports"), core/src/analysis.cpp (usable_capacity),
  // core/src/request_fields.cpp (gpuMarginGiB), site/src/memory-chart.ts (free = headroomBytes, beyond
  // the margin). Figures: 512, 16; a 24 GiB card: 24 / 16 = 1.5 GiB > 512 MiB, so 512 MiB = 0.5 GiB.
  {
    id: 'headroom',
    term: 'GPU margin (headroom)',
    plain: 'memory kept free on each GPU',
    explanation:
      'On each discrete GPU the planner leaves min(512 MiB, VRAM / 16) unused, for the display, memory fragmentation and short allocation peaks beyond the buffers llama.cpp reports: that is why a plan leaves 0.5 GiB of a 24 GiB card free. ' +
      'The memory chart’s free part is what remains beyond this margin; unified-memory machines keep none, and the API takes another (gpuMarginGiB).',
    aliases: ['GPU margin', 'margin', 'free VRAM'],
  },
  // Sources: core/include/fitplan/capacity.hpp (kOsReserveMinBytes = 2 * kGiB, kOsReserveRamDivisor = 10:
  // max(2 GiB, RAM / 10), "First-order estimate, not a measurement"), core/src/request_fields.cpp
  // (osReserveGiB). Figures: 2, 10.
  {
    id: 'os-reserve',
    term: 'OS reserve',
    plain: 'RAM left for your system',
    explanation:
      'System RAM the planner does not give to the model, kept for the operating system, the desktop, a browser and llama.cpp’s own process: max(2 GiB, RAM / 10) unless you set another (osReserveGiB). ' +
      'It is a first-order estimate, not a measurement.',
    aliases: ['RAM reserve'],
  },
  // Sources: core/include/fitplan/hardware.hpp (unified_memory: "Apple Silicon, GB10"; vram_bytes on
  // unified machines: "the GPU working-set limit (Metal recommendedMaxWorkingSetSize), part of
  // ram_bytes"), core/include/fitplan/capacity.hpp (no GPU margin on unified memory; the OS reserve
  // applies), core/src/analysis.cpp (fits_gpu). No figures.
  {
    id: 'unified-memory',
    term: 'Unified memory',
    plain: 'one memory shared by the CPU and the GPU',
    explanation:
      'On Apple Silicon and machines such as NVIDIA’s GB10 the GPU and the CPU share one pool of RAM, so there is no separate VRAM to fill and nothing to copy between them. ' +
      'The GPU may use only part of the pool (on Macs, Metal’s recommendedMaxWorkingSetSize), which the planner takes as the GPU’s limit; the OS reserve applies to the whole pool.',
    aliases: ['Apple Silicon', 'shared memory'],
  },
  // Sources: core/include/fitplan/units.hpp ("GiB = 2^30 bytes, GB = 10^9 bytes"; kBytesPerGB "decimal
  // gigabyte (bandwidths, HF file sizes)"), site/src/verdict.ts (formatGiB). Figures: 2^30 =
  // 1,073,741,824; 10^9; 1 GiB = 1.074 GB (2^30 / 10^9, rounded).
  {
    id: 'gib-gb',
    term: 'GiB and GB',
    plain: 'two sizes of gigabyte',
    explanation:
      'A GiB is 2^30 = 1,073,741,824 bytes and a GB is 10^9 bytes, so 1 GiB is about 1.074 GB. ' +
      'Fitplan gives memory (VRAM, RAM, the plan’s sizes) in GiB, while file sizes on Hugging Face and bandwidths (GB/s) use the decimal GB.',
    aliases: ['GiB', 'GB', 'MiB', 'gibibyte', 'gigabyte'],
  },

  // ---------------------------------------------------------------- where the model runs
  // Sources: runtime-facts.md §A.2 (-ngl: "all n_layer+1 layers, where the +1 is the output layer";
  // token embeddings always stay on the CPU), core/src/planner.cpp ("llama.cpp offloads the output layer
  // when -ngl exceeds the blocks (n_layer + 1)"), core/include/fitplan/analysis.hpp (gpu_layers "n_layer + 1
  // means the output layer too"), core/src/model_catalog.cpp (llama3-8b: 32 layers).
  // Figures: 32 blocks, -ngl 33 = 32 + 1.
  {
    id: 'gpu-layers',
    term: '-ngl (GPU layers)',
    plain: 'how many layers go to the GPU',
    explanation:
      'llama.cpp’s -ngl N (--n-gpu-layers) sets how many layers it puts in GPU memory, and it counts the output layer (the final projection onto the vocabulary) as one more layer after the blocks: a model of 32 blocks, such as Llama-3-8B, needs -ngl 33 to run entirely on the GPU. ' +
      'Smaller values leave part of the model on the CPU; the token-embedding table always stays in system RAM.',
    aliases: ['-ngl', '--n-gpu-layers', 'n_gpu_layers', 'GPU layers', 'offload'],
  },
  // Sources: core/src/planner_report.cpp (kLayerSplit note: "The last N of M blocks run on the GPU
  // (-ngl N); the rest run on the CPU from RAM"), core/src/estimator.cpp ("tiers run one after another
  // for each token"). No figures.
  {
    id: 'layer-split',
    term: 'Layer split',
    plain: 'some blocks on the GPU, the rest on the CPU',
    explanation:
      'Whole blocks are divided between the devices: those on the GPU run from its memory and the rest run on the CPU from system RAM, with -ngl setting how many go to the GPU. ' +
      'Every token passes through both parts, one after the other, so the part in RAM usually sets the speed.',
    aliases: ['partial offload', 'layer offload'],
  },
  // Sources: core/src/planner_report.cpp (kExpertOffload note: "Attention, shared weights and the KV cache
  // stay on the GPU; the routed experts of the first N blocks run on the CPU (--n-cpu-moe N): only the
  // active experts are read per token"), core/src/commands_llama_cpp.cpp (caveat: "attention, router and
  // KV stay on the GPU"), runtime-facts.md §A.2 (--n-cpu-moe). No figures.
  {
    id: 'moe-offload',
    term: 'MoE expert offload (--n-cpu-moe)',
    plain: 'experts in RAM, the rest on the GPU',
    explanation:
      'llama.cpp’s --n-cpu-moe N keeps the routed experts of the first N blocks in system RAM, run by the CPU, while attention, the router, the shared experts and the KV cache stay on the GPU. ' +
      'A token reads only the experts it activates, so the CPU has little to read per token; the planner uses this when it beats moving whole blocks.',
    aliases: ['expert offload', '--n-cpu-moe', '-ncmoe', '--cpu-moe', 'expert-offload'],
  },
  // Sources: core/src/planner_report.cpp (kFfnOffload note: "Attention and the KV cache of every block
  // stay on the GPU; the FFN weights of N blocks run on the CPU (tensor overrides) - faster here than
  // moving whole blocks"), core/src/commands_llama_cpp.cpp (ffn_overrides: -ot patterns). No figures.
  {
    id: 'ffn-offload',
    term: 'FFN offload',
    plain: 'feed-forward weights in RAM, attention on the GPU',
    explanation:
      'Attention and the KV cache of every block stay on the GPU, while the feed-forward (FFN) weights of some blocks, usually the larger part of a block, move to system RAM through llama.cpp’s tensor overrides (-ot). ' +
      'The planner uses it where it runs faster than moving whole blocks.',
    aliases: ['-ot', '--override-tensor', 'tensor overrides'],
  },
  // Sources: core/src/planner_report.cpp (disk note: "read from disk through mmap on every token"),
  // core/src/commands_llama_cpp.cpp (--load-mode mmap caveat: "the OS page cache decides which pages stay
  // resident"), core/src/estimator.cpp (disk time = bytes / disk bandwidth), core/include/fitplan/planner.hpp
  // (allow_disk: "mmap spill to disk as a last resort"). No figures.
  {
    id: 'mmap',
    term: 'mmap (streaming from disk)',
    plain: 'reading the model from disk while it runs',
    explanation:
      'llama.cpp maps the GGUF file into memory, and the operating system reads it in as it is needed. ' +
      'When the weights do not all fit in RAM, the pages that are not kept are read from disk again for every token, so the speed falls to about the disk’s read speed divided by the bytes streamed per token: the planner does this only as a last resort, and the page can forbid it.',
    aliases: ['disk', 'streaming from disk', 'memory-mapped', '--load-mode mmap', 'disk spill'],
  },
];

const BY_ID = new Map(GLOSSARY.map((entry) => [entry.id, entry]));

/** The entry of `id`; throws for an unknown id, so that a typo fails the tests instead of the page. */
export function glossaryEntry(id: string): GlossaryEntry {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`unknown glossary id '${id}' (known: ${[...BY_ID.keys()].join(', ')})`);
  return entry;
}

export const README_GLOSSARY_START = '<!-- glossary:start -->';
export const README_GLOSSARY_END = '<!-- glossary:end -->';

/** The README's Glossary section (between the markers, without them): the same entries the page shows. */
export function glossaryMarkdown(entries: readonly GlossaryEntry[] = GLOSSARY): string {
  const lines = [
    '## Glossary',
    '',
    'The words the page uses, in plain language first; each "?" button on the page opens the same explanation. ' +
      'Generated from `site/src/glossary.ts` by `npm run gen:glossary` (do not edit here).',
    '',
  ];
  for (const entry of entries) lines.push(`**${entry.term}** (${entry.plain}): ${entry.explanation}`, '');
  return lines.join('\n');
}
