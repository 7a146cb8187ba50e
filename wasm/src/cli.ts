#!/usr/bin/env node
// The `fitplan` command. Each subcommand is one entry of `commands` (name, summary, help, run);
// a new capability (e.g. `optimize`) is one more entry. Exit codes: 0 done, 1 internal error,
// 2 usage error (bad flag or value, unknown id, value out of range).
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

import {
  BALANCED_RULE,
  analysisColumns,
  describeMixOption,
  describeNoPublishedFile,
  escapeTerminal,
  describeRequirements,
  describePublishedFile,
  describeAnalysis,
  describeAssumptions,
  describeCapacity,
  describeKvCache,
  describeModel,
  describePlacement,
  describePlanMemory,
  formatBand,
  formatGiB,
  formatParams,
  formatRate,
  histogramEntries,
  smallestUsableGpu,
  smallestUsableMachine,
} from './format.js';
import { createPlanner, FitplanError, customHardwareDefaults, defaultAnalyzeOptions, defaultPlanOptions, reserveDefaults } from './node.js';
import {
  BACKENDS,
  KV_CACHE_TYPES,
  KV_POLICIES,
  LLAMA_CPP_BUILDS,
  PLAN_OBJECTIVES,
  type AnalyzeRequest,
  type CommandOptions,
  type Commands,
  type CustomHardware,
  type HardwareAssumption,
  type HardwareReserve,
  type HardwareSpec,
  type PresetHardware,
  type FileTypeName,
  type FrontierPoint,
  type KvPolicy,
  type LlamaCppBuild,
  type ModelInfo,
  type ModelSpec,
  type Plan,
  type PlanObjective,
  type PlanRequest,
  type PlanResult,
  type Planner,
  type RuntimeCommand,
  RANK_ORDERS,
  type HardwareRanking,
  type MachineNeed,
  type ModelRanking,
  type RankedRow,
  type RankOrder,
} from './types.js';
import { resolveModelFlag } from './import/cli-model.js';
import { DEFAULT_RANK_CONTEXT } from './convert.js';
import { detectHardware } from './detect/node.js';

/** A mistake in the command line: printed with a hint, exit status 2. */
class UsageError extends Error {}

interface Io {
  out(text: string): void;
  err(text: string): void;
}

interface Command {
  summary: string;
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Values, planner: () => Promise<Planner>, io: Io): Promise<void>;
}

type Values = Record<string, string | boolean | undefined>;

// ------------------------------------------------------------------------------ formatting

/** Aligned plain-text table: two spaces between columns, a dashed rule under the header. */
function renderTable(headers: readonly string[], rows: readonly string[][], align: readonly ('left' | 'right')[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

function renderColumns<T>(columns: readonly { header: string; align: 'left' | 'right'; cell(row: T): string }[], rows: readonly T[]): string {
  return renderTable(
    columns.map((c) => c.header),
    rows.map((r) => columns.map((c) => c.cell(r))),
    columns.map((c) => c.align),
  );
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

// ------------------------------------------------------------------------------ flag values

function text(values: Values, flag: string): string | undefined {
  const value = values[flag];
  return typeof value === 'string' ? value : undefined;
}

/** A numeric flag: finite, optionally whole; the error names the flag. */
function numberFlag(values: Values, flag: string, whole = false): number | undefined {
  const raw = text(values, flag);
  if (raw === undefined) return undefined;
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value)) throw new UsageError(`--${flag} expects a number, got '${raw}'`);
  if (whole && !Number.isInteger(value)) throw new UsageError(`--${flag} expects a whole number, got '${raw}'`);
  return value;
}

/** API field paths → the flags that set them, so errors point at what the user typed. */
const FLAG_OF_FIELD: Record<string, string> = {
  model: '--model',
  hardware: '--hardware',
  contextLength: '--context',
  kvCacheType: '--kv',
  kv: '--kv',
  promptTokens: '--prompt',
  fileTypes: '--types',
  minContextLength: '--min-context',
  targetTps: '--target-tps',
  minQuant: '--min-quant',
  allowDisk: '--no-disk',
  objective: '--objective',
  maxQualityLoss: '--max-quality-loss',
  outputTokens: '--output',
  usableTps: '--usable-tps',
  slowTps: '--slow-tps',
  'hardware.vramGiB': '--vram',
  'hardware.ramGiB': '--ram',
  'hardware.gpuBandwidthGBps': '--gpu-bw',
  'hardware.ramBandwidthGBps': '--ram-bw',
  'hardware.diskBandwidthGBps': '--disk-bw',
  'hardware.gpuTflops': '--gpu-tflops',
  'hardware.pcieBandwidthGBps': '--pcie-bw',
  'hardware.gpuCount': '--gpus',
  'hardware.cpuCores': '--cores',
  'hardware.backend': '--backend',
  'hardware.unifiedMemory': '--unified',
  'hardware.preset': '--hardware',
  'hardware.osReserveGiB': '--os-reserve',
  'hardware.gpuMarginGiB': '--gpu-margin',
  'options.modelPath': '--model-path',
  'options.sourcePath': '--source-path',
  'options.hfRepo': '--hf-repo',
  'options.imatrixPath': '--imatrix-path',
  'options.llamaCppBuild': '--llama-cpp',
  'options.threads': '--threads',
  'options.port': '--port',
};

// ------------------------------------------------------------------------------ commands

const jsonOption = { json: { type: 'boolean' } } as const;

const models: Command = {
  summary: 'list the built-in models',
  help: `Usage: fitplan models [--json]

Lists the built-in models: id (use it with --model), name, parameters and maximum context.

Options:
  --json    print the list as JSON (the API's models() records)
  --help    show this help
`,
  options: jsonOption,
  async run(values, planner, io) {
    const list = (await planner()).models();
    if (values.json) return io.out(json(list));
    io.out(
      renderColumns(
        [
          { header: 'id', align: 'left', cell: (m) => m.id },
          { header: 'name', align: 'left', cell: (m) => m.name },
          { header: 'family', align: 'left', cell: (m) => m.family },
          { header: 'params', align: 'right', cell: (m) => formatParams(m.totalParams) },
          { header: 'active', align: 'right', cell: (m) => formatParams(m.activeParams) },
          { header: 'max context', align: 'right', cell: (m) => String(m.maxContext) },
          {
            header: 'notes',
            align: 'left',
            cell: (m) => [m.moe && 'MoE', m.slidingWindow && 'sliding window', m.mla && 'MLA'].filter(Boolean).join(', '),
          },
        ],
        list,
      ),
    );
  },
};

const hardware: Command = {
  summary: 'list the built-in hardware',
  help: `Usage: fitplan hardware [--json]

Lists the built-in machines: id (use it with --hardware), name, memory and bandwidths.
GiB = 2^30 bytes; GB/s = 10^9 bytes per second.

Options:
  --json    print the list as JSON (the API's hardware() records)
  --help    show this help
`,
  options: jsonOption,
  async run(values, planner, io) {
    const list = (await planner()).hardware();
    if (values.json) return io.out(json(list));
    io.out(
      renderColumns(
        [
          { header: 'id', align: 'left', cell: (h) => h.id },
          { header: 'name', align: 'left', cell: (h) => h.name },
          { header: 'backend', align: 'left', cell: (h) => h.backend },
          { header: 'GPUs', align: 'right', cell: (h) => String(h.gpuCount) },
          { header: 'VRAM GiB', align: 'right', cell: (h) => formatGiB(h.vramBytes, 0) },
          { header: 'RAM GiB', align: 'right', cell: (h) => formatGiB(h.ramBytes, 0) },
          { header: 'GPU GB/s', align: 'right', cell: (h) => String(h.gpuBandwidthGBps) },
          { header: 'RAM GB/s', align: 'right', cell: (h) => String(h.ramBandwidthGBps) },
          { header: 'unified', align: 'left', cell: (h) => (h.unifiedMemory ? 'yes' : '') },
        ],
        list,
      ),
    );
  },
};

const defaults = defaultAnalyzeOptions;
const hwDefaults = customHardwareDefaults;

const reserve = reserveDefaults;
const customHardwareHelp = `Custom hardware (--hardware custom):
  --vram GiB         memory of one GPU; 0 = a CPU-only machine                      required
  --ram GiB          system RAM (unified memory: the whole shared pool)             required
  --gpu-bw GB/s      memory bandwidth of one GPU (with a GPU)                       default ${hwDefaults.gpuBandwidthGBps}
  --ram-bw GB/s      system RAM bandwidth                                           default ${hwDefaults.ramBandwidthGBps}
  --disk-bw GB/s     sequential read bandwidth of the model's disk                  default ${hwDefaults.diskBandwidthGBps}
  --gpu-tflops T     dense FP16 TFLOPS of one GPU              default GB/s x ${hwDefaults.tflopsPerGBps} (e.g. 1008 -> 100.8)
  --unified          GPU and CPU share the RAM (Apple Silicon); --vram is the GPU limit
  --gpus N           identical GPUs                                    default 1 (0 with --vram 0)
  --cores N          CPU cores used for the CPU tier                                 default ${hwDefaults.cpuCores}
  --pcie-bw GB/s     host <-> GPU link            default ${hwDefaults.pcieBandwidthGBps} (PCIe 4.0 x16; 0 for unified or CPU-only)
  --backend B        ${BACKENDS.join(', ')}    default metal if --unified, cuda with a GPU, else cpu
  Figures left out are assumed; the output says which (an "assumed:" line; hardwareAssumptions in --json).

A preset with your own host figures (--hardware ID and any of these; the name says what changed):
  --ram GiB, --ram-bw GB/s, --disk-bw GB/s, --cores N, --gpus N     replace the preset's figures
  (not --ram, --ram-bw or --gpus on unified-memory presets: there the memory is the chip's)

Memory kept back from the model (any machine; the output states it):
  --os-reserve GiB   RAM kept for the OS and other programs   default max(${reserve.osReserveMinGiB}, RAM / ${reserve.osReserveRamDivisor})
  --gpu-margin GiB   VRAM kept free on each GPU     default min(${reserve.gpuMarginMaxGiB}, VRAM / ${reserve.gpuMarginVramDivisor}), 0 on unified memory
`;

/** The flags of a machine: --hardware and the custom-hardware ones. */
const hardwareOptions = {
  hardware: { type: 'string' },
  vram: { type: 'string' },
  ram: { type: 'string' },
  'gpu-bw': { type: 'string' },
  'ram-bw': { type: 'string' },
  'disk-bw': { type: 'string' },
  'gpu-tflops': { type: 'string' },
  unified: { type: 'boolean' },
  gpus: { type: 'string' },
  cores: { type: 'string' },
  'pcie-bw': { type: 'string' },
  backend: { type: 'string' },
  'os-reserve': { type: 'string' },
  'gpu-margin': { type: 'string' },
} as const;

const analyze: Command = {
  summary: 'memory and speed of every quantization of a model on a machine',
  help: `Usage: fitplan analyze --model ID --hardware ID [options]
       fitplan analyze --model ID --hardware ID --ram GiB [options]
       fitplan analyze --model ID --hardware custom --vram GiB --ram GiB [--gpu-bw GB/s --ram-bw GB/s --disk-bw GB/s] [options]

For each GGUF file type (by default F16 ... IQ1_M and the model's native type; --types for
others): weights, KV cache, compute and overhead memory, how many layers llama.cpp offloads to
the GPU, whether it fits, and decode / prefill speed.
GiB = 2^30 bytes; GB/s = 10^9 bytes per second.

Options:
  --model ID         model id (see 'fitplan models'), or a model to import:           required
                     a .gguf file (all shards of a split one next to it), a GGUF URL,
                     hf:org/name (a Hugging Face repository), or a config.json file
  --gguf FILE        with --model hf:org/name: the repository's GGUF file to import
  --hardware ID      hardware id (see 'fitplan hardware'), 'custom', or 'auto' (read this machine)  required
  --context N        context length in tokens           default ${defaults.contextLength}, capped at the model's maximum
  --kv TYPE          KV-cache type: ${KV_CACHE_TYPES.join(', ')}     default ${defaults.kvCacheType}
  --prompt N         prompt tokens for the prefill estimate                          default ${defaults.promptTokens}
  --types LIST       file types to analyze: comma-separated names, case-insensitive (e.g.
                     Q4_K_M,IQ4_NL,Q5_1), or 'all' (every llama-quantize type but F32)
                     default: the 18 common types F16 ... IQ1_M and the model's native type
                     (MXFP4_MOE for gpt-oss)
  --json             print the result as JSON (exactly the API's analyze() object)
  --help             show this help

${customHardwareHelp}
Examples:
  fitplan analyze --model llama3-8b --hardware rtx4090
  fitplan analyze --model llama3-70b --hardware m2-max --context 8192 --kv q8_0
  fitplan analyze --model gpt-oss-20b --hardware rtx4090 --types mxfp4_moe,q8_0,q4_k_m
  fitplan analyze --model llama3-8b --hardware rtx4090 --types all
  fitplan analyze --model llama3-70b --hardware rtx4090 --ram 32
  fitplan analyze --model mistral-7b --hardware custom --vram 0 --ram 32 --ram-bw 50 --disk-bw 3
  fitplan analyze --model ./Qwen2.5-7B-Instruct-Q4_K_M.gguf --hardware rtx4060-8g
  fitplan analyze --model hf:Qwen/Qwen2.5-7B-Instruct --hardware rtx4090

Imports read only a GGUF header (HTTP Range requests for URLs), a config.json and safetensors
headers; progress and warnings go to stderr. HF_ENDPOINT sets the Hugging Face endpoint, HF_TOKEN
an access token for gated repositories.
`,
  options: {
    model: { type: 'string' },
    gguf: { type: 'string' },
    context: { type: 'string' },
    kv: { type: 'string' },
    prompt: { type: 'string' },
    types: { type: 'string' },
    ...hardwareOptions,
    ...jsonOption,
  },
  async run(values, planner, io) {
    const request = analyzeRequest(values);
    request.model = await resolveModelFlag(requiredModel(values), text(values, 'gguf'), io.err);
    const analysis = (await planner()).analyze(request);
    if (values.json) return io.out(json(analysis));
    io.out(`${describeAnalysis(analysis)}, prompt ${request.promptTokens ?? defaults.promptTokens} tokens\n`);
    io.out(`memory: ${describeCapacity(analysis.capacity, analysis.hardware)}\n${assumedLine(analysis.hardwareAssumptions)}\n`);
    io.out(renderColumns(analysisColumns, analysis.fileTypes));
    if (analysis.file) {
      // The imported GGUF as it is (its own tensor types and size), under the same columns.
      io.out(`\nThis file, ${analysis.file.label} (${analysis.file.fileType}, as it is):\n`);
      io.out(renderColumns(analysisColumns, [{ ...analysis.file, fileType: 'file' }]));
    }
  },
};

const CUSTOM_FLAGS = ['vram', 'ram', 'gpu-bw', 'ram-bw', 'disk-bw', 'gpu-tflops', 'unified', 'gpus', 'cores', 'pcie-bw', 'backend'];
/** Custom-hardware flags that replace a preset's host figures (--hardware ID --ram 32). */
const PRESET_FLAGS: readonly [string, keyof PresetHardware, boolean][] = [
  ['ram', 'ramGiB', false], ['ram-bw', 'ramBandwidthGBps', false], ['disk-bw', 'diskBandwidthGBps', false],
  ['cores', 'cpuCores', true], ['gpus', 'gpuCount', true],
];

/** "assumed: GPU bandwidth 200 GB/s (--gpu-bw), ...\n", or "" when the request gave every figure. */
function assumedLine(assumptions: readonly HardwareAssumption[]): string {
  return assumptions.length > 0 ? `assumed: ${describeAssumptions(assumptions, (field) => FLAG_OF_FIELD[field])}\n` : '';
}

/** --os-reserve and --gpu-margin (any machine). */
function reserveFlags(values: Values): HardwareReserve {
  const reserve: HardwareReserve = {};
  const os = numberFlag(values, 'os-reserve');
  const margin = numberFlag(values, 'gpu-margin');
  if (os !== undefined) reserve.osReserveGiB = os;
  if (margin !== undefined) reserve.gpuMarginGiB = margin;
  return reserve;
}

function requiredModel(values: Values): string {
  const model = text(values, 'model');
  if (model === undefined) throw new UsageError('--model is required (see fitplan models)');
  return model;
}

function analyzeRequest(values: Values): AnalyzeRequest {
  const request: AnalyzeRequest = { model: requiredModel(values), hardware: machine(values) };
  const context = numberFlag(values, 'context', true);
  const prompt = numberFlag(values, 'prompt', true);
  const kv = text(values, 'kv');
  if (context !== undefined) request.contextLength = context;
  if (prompt !== undefined) request.promptTokens = prompt;
  if (kv !== undefined) {
    if (!(KV_CACHE_TYPES as readonly string[]).includes(kv)) {
      throw new UsageError(`--kv: unknown KV-cache type '${kv}'; allowed: ${KV_CACHE_TYPES.join(', ')}`);
    }
    request.kvCacheType = kv as (typeof KV_CACHE_TYPES)[number];
  }
  const types = text(values, 'types');
  if (types !== undefined) request.fileTypes = fileTypesFlag(types);
  return request;
}

/** --types: 'all' or comma-separated file types (the core checks the names; its error names --types). */
function fileTypesFlag(raw: string): FileTypeName[] | 'all' {
  const names = raw.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0) throw new UsageError(`--types expects 'all' or comma-separated file types such as Q4_K_M,IQ4_NL, got '${raw}'`);
  const all = names.filter((name) => name.toLowerCase() === 'all').length;
  if (all === 0) return names as FileTypeName[];
  if (names.length === 1) return 'all';
  throw new UsageError(`--types: 'all' already names every type; give it alone or list the types, got '${raw}'`);
}

/**
 * --hardware ID (with --ram and the other host flags: the preset with your figures), or
 * --hardware custom with the custom-hardware flags; --os-reserve / --gpu-margin with either.
 */
function machine(values: Values): HardwareSpec {
  const hardwareId = text(values, 'hardware');
  if (hardwareId === undefined) throw new UsageError('--hardware is required (see fitplan hardware, or use --hardware custom)');
  const customFlags = CUSTOM_FLAGS.filter((flag) => values[flag] !== undefined);
  if (hardwareId !== 'custom') {
    const misplaced = customFlags.find((flag) => !PRESET_FLAGS.some(([f]) => f === flag));
    if (misplaced !== undefined) {
      throw new UsageError(
        `--${misplaced} describes custom hardware; use it with --hardware custom (with a preset only ` +
          `${PRESET_FLAGS.map(([f]) => `--${f}`).join(', ')}, --os-reserve and --gpu-margin apply)`,
      );
    }
    const preset: PresetHardware = { preset: hardwareId, ...reserveFlags(values) };
    for (const [flag, field, whole] of PRESET_FLAGS) {
      const value = numberFlag(values, flag, whole);
      if (value !== undefined) Object.assign(preset, { [field]: value });
    }
    return Object.keys(preset).length > 1 ? preset : hardwareId;
  }
  const vramGiB = numberFlag(values, 'vram');
  const ramGiB = numberFlag(values, 'ram');
  if (vramGiB === undefined) throw new UsageError('--hardware custom needs --vram (GiB of one GPU; 0 for a CPU-only machine)');
  if (ramGiB === undefined) throw new UsageError('--hardware custom needs --ram (GiB of system RAM)');
  const custom: CustomHardware = { vramGiB, ramGiB, ...reserveFlags(values) };
  // Left out: the API assumes customHardwareDefaults and lists them in hardwareAssumptions.
  const optionalNumbers: [keyof CustomHardware, number | undefined][] = [
    ['ramBandwidthGBps', numberFlag(values, 'ram-bw')],
    ['diskBandwidthGBps', numberFlag(values, 'disk-bw')],
    ['gpuBandwidthGBps', numberFlag(values, 'gpu-bw')],
    ['gpuTflops', numberFlag(values, 'gpu-tflops')],
    ['gpuCount', numberFlag(values, 'gpus', true)],
    ['cpuCores', numberFlag(values, 'cores', true)],
    ['pcieBandwidthGBps', numberFlag(values, 'pcie-bw')],
  ];
  for (const [field, value] of optionalNumbers) if (value !== undefined) Object.assign(custom, { [field]: value });
  if (values.unified) custom.unifiedMemory = true;
  const backend = text(values, 'backend');
  if (backend !== undefined) {
    if (!(BACKENDS as readonly string[]).includes(backend)) {
      throw new UsageError(`--backend: unknown backend '${backend}'; allowed: ${BACKENDS.join(', ')}`);
    }
    custom.backend = backend as (typeof BACKENDS)[number];
  }
  return custom;
}

// ------------------------------------------------------------------------------ optimize

/** Default --context of optimize (lowered to the model's maximum when that is smaller). */
const OPTIMIZE_CONTEXT = 8192;

/** The plan-option flags of optimize, rank and compare (the fields planOptionFlags reads). */
const planOptionFlagSpecs = {
  context: { type: 'string' },
  'min-context': { type: 'string' },
  'target-tps': { type: 'string' },
  kv: { type: 'string' },
  'min-quant': { type: 'string' },
  'no-disk': { type: 'boolean' },
  prompt: { type: 'string' },
  objective: { type: 'string' },
  'max-quality-loss': { type: 'string' },
  output: { type: 'string' },
  'usable-tps': { type: 'string' },
  'slow-tps': { type: 'string' },
} as const;

/** The flags of --commands (declared before optimize, which spreads them into its options). */
const commandFlags = {
  commands: { type: 'boolean' },
  'model-path': { type: 'string' },
  'source-path': { type: 'string' },
  'hf-repo': { type: 'string' },
  'imatrix-path': { type: 'string' },
  'llama-cpp': { type: 'string' },
  threads: { type: 'string' },
  port: { type: 'string' },
} as const;

const optimize: Command = {
  summary: 'the best plan: per-layer precision, KV cache, context and GPU/CPU placement',
  help: `Usage: fitplan optimize --model ID --hardware ID [options]
       fitplan optimize --model ID --hardware ID --ram GiB [options]
       fitplan optimize --model ID --hardware custom --vram GiB --ram GiB [--gpu-bw GB/s --ram-bw GB/s --disk-bw GB/s] [options]

Chooses together the precision of every block (an exact knapsack over llama.cpp file types), the
KV-cache type, the context and the placement (GPU layers, MoE expert offload, FFN offload, disk)
for one model on one machine, and names the published GGUF file that serves the same objective,
with the commands that download and run it. ${BALANCED_RULE}
With --target-tps: the most accurate plan that reaches that decode speed.
GiB = 2^30 bytes; GB = 10^9 bytes (file sizes); GB/s = 10^9 bytes per second.

Options:
  --model ID         model id (see 'fitplan models'), or a model to import:       required
                     a .gguf file (all shards of a split one next to it), a GGUF URL,
                     hf:org/name (a Hugging Face repository), or a config.json file
  --gguf FILE        with --model hf:org/name: the repository's GGUF file to import
  --hardware ID      hardware id (see 'fitplan hardware'), 'custom', or 'auto' (read this machine)  required
  --context N        context length in tokens     default ${OPTIMIZE_CONTEXT}, capped at the model's maximum
  --min-context N    the context may shrink to N tokens to fit    default min(${defaultPlanOptions.minContextLength}, --context)
  --target-tps X     decode speed to reach, tokens/s         default none (see --objective)
  --kv TYPE          KV-cache type: ${KV_POLICIES.join(', ')} (auto: the optimizer picks)   default ${defaultPlanOptions.kv}
  --min-quant TYPE   lowest precision a block may get, e.g. Q4_K_M                 default Q2_K
  --no-disk          never stream weights from disk (by default only as a last resort)
  --prompt N         prompt tokens for prefill and time to first token              default ${defaultPlanOptions.promptTokens}
  --objective X      balanced: the rule above                                      default balanced
                     quality: the most accurate plan that fits (and meets --target-tps)
                     speed: the fastest plan (the most accurate within 1 % of its speed)
                     workload: the fastest plan for --prompt tokens in + --output tokens out
  --max-quality-loss P  balanced: the quality-loss ceiling, % perplexity over F16      default 10
  --output N         output tokens of the workload (--objective workload)             default 256
  --usable-tps X     verdict "usable" at or above X tok/s                              default 8
  --slow-tps X       verdict "slow" at or above X tok/s (below: "impractical")       default 2
  --compare          also show the uniform Q4_K_M baseline (most GPU layers that fit)
  --pareto           also show the Pareto frontier: quality vs decode speed vs memory
  --json             print the result as JSON (exactly the API's plan() object; with --pareto
                     it has a "frontier" field: the API's frontier() points; with --commands
                     a "commands" field: the API's commands() object, null for an infeasible plan)
  --help             show this help

Commands that realise the plan (with --pareto: the chosen plan's only):
  --commands         after the report, for each runtime (llama.cpp, llama-quantize, Ollama,
                     Transformers, vLLM, MLX): the version it targets, whether it runs on this
                     machine, the commands, the files they expect, and the caveats
  --model-path FILE  the GGUF the commands run                   default <model>-fitplan.gguf
  --source-path FILE the F16 conversion llama-quantize reads     default <model>-F16.gguf
  --hf-repo ORG/NAME Hugging Face repo of the original weights   default from the model's source
  --imatrix-path F   importance matrix for llama-quantize        default <model>.imatrix
  --llama-cpp BUILD  current (master 2026-08) or legacy (2025-08-30 .. 2025-12-14)   default current
  --threads N        CPU threads, 0 to 4096                      default 0 = the machine's cores
  --port N           server port (llama-server, vLLM, mlx_lm.server)                 default 8080
  Paths and names are shell-quoted in the commands, whatever characters they hold.

${customHardwareHelp}
Examples:
  fitplan optimize --model llama3-70b --hardware rtx4090 --context 8192 --target-tps 3 --compare
  fitplan optimize --model qwen3-30b-a3b --hardware rtx4060-8g
  fitplan optimize --model llama3.1-70b --hardware rtx4090 --pareto
  fitplan optimize --model llama3-70b --hardware rtx4090 --target-tps 3 --commands --model-path ~/models/llama3-70b.gguf
`,
  options: {
    model: { type: 'string' },
    gguf: { type: 'string' },
    ...planOptionFlagSpecs,
    compare: { type: 'boolean' },
    pareto: { type: 'boolean' },
    ...commandFlags,
    ...hardwareOptions,
    ...jsonOption,
  },
  async run(values, load, io) {
    const options = commandOptions(values);
    const planner = await load();
    const request = planRequest(values, planner, await resolveModelFlag(requiredModel(values), text(values, 'gguf'), io.err));
    const plan = planner.plan(request);
    const frontier = values.pareto ? planner.frontier(request) : undefined;
    const commands = options ? planCommands(planner, plan, options) : undefined;
    if (values.json) {
      return io.out(json({ ...plan, ...(frontier && { frontier }), ...(commands && { commands: commands.value }) }));
    }
    io.out(answerText(plan));
    io.out(planText(plan, planner));
    if (frontier) io.out(`\nPARETO FRONTIER (${frontier.length} plans; none is better in quality, decode speed and memory at once)\n${frontierTable(frontier)}`);
    if (commands) io.out(commandsText(commands, frontier !== undefined));
  },
};

function planRequest(values: Values, planner: Planner, resolved?: string | ModelSpec): PlanRequest {
  const model = resolved ?? requiredModel(values);
  const hardware = machine(values);
  const context = numberFlag(values, 'context', true);
  // The default context must not exceed the model's maximum; an unknown id is left to the API's error.
  return { model, hardware, contextLength: context ?? defaultContext(planner, model), ...planOptionFlags(values) };
}

/** --context left out: OPTIMIZE_CONTEXT, lowered to the model's maximum (an unknown id is left to the API's error). */
function defaultContext(planner: Planner, model: string | ModelSpec): number {
  const maxContext = typeof model === 'string' ? planner.models().find((m) => m.id === model)?.maxContext : model.architecture.nCtxTrain;
  return Math.min(OPTIMIZE_CONTEXT, maxContext ?? OPTIMIZE_CONTEXT);
}

/** The plan options the flags set (every field but model, hardware and contextLength). */
type PlanOptionFields = Omit<PlanRequest, 'model' | 'hardware' | 'contextLength'>;
function planOptionFlags(values: Values): PlanOptionFields {
  const request: PlanOptionFields = {};
  const minContext = numberFlag(values, 'min-context', true);
  const target = numberFlag(values, 'target-tps');
  const prompt = numberFlag(values, 'prompt', true);
  const kv = text(values, 'kv');
  const minQuant = text(values, 'min-quant');
  if (minContext !== undefined) request.minContextLength = minContext;
  if (target !== undefined) request.targetTps = target;
  if (kv !== undefined) {
    if (!(KV_POLICIES as readonly string[]).includes(kv)) {
      throw new UsageError(`--kv: unknown KV-cache type '${kv}'; allowed: ${KV_POLICIES.join(', ')}`);
    }
    request.kv = kv as KvPolicy;
  }
  if (minQuant !== undefined) request.minQuant = minQuant as FileTypeName; // the core checks the name
  if (values['no-disk']) request.allowDisk = false;
  if (prompt !== undefined) request.promptTokens = prompt;
  const objective = text(values, 'objective');
  if (objective !== undefined) {
    if (!(PLAN_OBJECTIVES as readonly string[]).includes(objective)) {
      throw new UsageError(`--objective: unknown objective '${objective}'; allowed: ${PLAN_OBJECTIVES.join(', ')}`);
    }
    request.objective = objective as PlanObjective;
  }
  const output = numberFlag(values, 'output', true);
  if (output !== undefined) request.outputTokens = output;
  const ceiling = numberFlag(values, 'max-quality-loss');
  if (ceiling !== undefined) request.maxQualityLoss = ceiling;
  const usable = numberFlag(values, 'usable-tps');
  if (usable !== undefined) request.usableTps = usable;
  const slow = numberFlag(values, 'slow-tps');
  if (slow !== undefined) request.slowTps = slow;
  if (values.compare) request.compare = true;
  return request;
}

// ------------------------------------------------------------------------------ --commands

/** The CommandOptions of --commands and its flags; undefined without --commands. */
function commandOptions(values: Values): CommandOptions | undefined {
  const flags = Object.keys(commandFlags).filter((flag) => flag !== 'commands' && values[flag] !== undefined);
  if (!values.commands) {
    if (flags.length > 0) throw new UsageError(`--${flags[0]} sets what --commands prints; add --commands`);
    return undefined;
  }
  const options: CommandOptions = {};
  const paths = [['model-path', 'modelPath'], ['source-path', 'sourcePath'], ['hf-repo', 'hfRepo'], ['imatrix-path', 'imatrixPath']] as const;
  for (const [flag, key] of paths) {
    const value = text(values, flag);
    if (value !== undefined) options[key] = value;
  }
  const build = text(values, 'llama-cpp');
  if (build !== undefined) {
    if (!(LLAMA_CPP_BUILDS as readonly string[]).includes(build)) {
      throw new UsageError(`--llama-cpp: unknown build '${build}'; allowed: ${LLAMA_CPP_BUILDS.join(', ')}`);
    }
    options.llamaCppBuild = build as LlamaCppBuild;
  }
  const threads = numberFlag(values, 'threads', true);
  const port = numberFlag(values, 'port', true);
  if (threads !== undefined) options.threads = threads;
  if (port !== undefined) options.port = port;
  return options;
}

/** The plan's commands, or why there are none (an infeasible plan). Bad options are errors. */
function planCommands(planner: Planner, plan: Plan, options: CommandOptions): { value: Commands | null; why: string } {
  try {
    return { value: planner.commands(plan, options), why: '' };
  } catch (error) {
    if (error instanceof FitplanError && error.code === 'infeasible') return { value: null, why: error.message };
    throw error;
  }
}

/** A word as the shell reads it back: bare when safe, else single-quoted (like the core's shell_quote). */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** Each runtime: a header (applicability), the version it targets, the text, its files, its caveats. */
function commandsText({ value, why }: { value: Commands | null; why: string }, pareto: boolean): string {
  const which = pareto ? 'the chosen plan (above the frontier)' : 'this plan';
  if (!value) return `\nCOMMANDS: none for ${which}: ${why}\n`;
  const runtimes: RuntimeCommand[] = [value.llamaCpp, value.llamaQuantize, value.ollama, value.transformers, value.vllm, value.mlx];
  const sections = runtimes.map((c) =>
    [
      `=== ${c.runtime}: ${c.applicable ? 'runs on this machine' : 'does not run on this machine (written for reference)'} ===`,
      `targets: ${c.targets}`,
      c.text.trimEnd(),
      `files: ${c.files.length > 0 ? c.files.map(shellWord).join(' ') : 'none'}`,
      ...(c.caveats.length > 0 ? ['caveats:', ...c.caveats.map((caveat) => `- ${caveat}`)] : []),
    ].join('\n'),
  );
  return `\nCOMMANDS for ${which} (file names: --model-path, --source-path, --imatrix-path)\n\n${sections.join('\n\n')}\n`;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function modelOf(plan: Plan, planner: Planner): ModelInfo | undefined {
  return planner.models().find((m) => m.id === plan.model);
}

function hardwareName(plan: PlanResult, planner: Planner): string {
  const hardware = plan.request.hardware;
  if (typeof hardware !== 'string' && 'preset' in hardware) return `${plan.hardwareName} (${hardware.preset})`;
  if (typeof hardware !== 'string') return hardware.name;
  const info = planner.hardware().find((h) => h.id === hardware);
  return info ? `${info.name} (${info.id})` : hardware;
}

/** The answer first: the verdict, the rule, the published file to download and how to run it, then what the mix takes. */
function answerText(plan: PlanResult): string {
  const lines = [`ANSWER: ${plan.headline}`, `why this plan: ${plan.objectiveRule}`];
  if (plan.requirements) lines.push(`what would run it: ${describeRequirements(plan.requirements, plan.request.contextLength)}`);
  const published = plan.published;
  if (published) {
    const file = published.plan;
    lines.push(
      '',
      `DOWNLOAD THIS FILE: ${describePublishedFile(published)}`,
      `  as it runs here: ${file.headline} Quality proxy +${file.qualityProxy.toFixed(3)} %, ` +
        `decode ${formatBand(file.decodeTokensPerSecond, file.decodeTokensPerSecondLow, file.decodeTokensPerSecondHigh)} tok/s, ` +
        `context ${file.contextLength}, KV ${describeKvCache(file)}`,
      `  memory: ${describePlanMemory(file)}`,
    );
    if (file.feasible) {
      lines.push('  llama.cpp (downloads on first run):', ...published.commands.llamaServer.trimEnd().split('\n').map((l) => `    ${l}`));
      lines.push('  Ollama:', ...published.commands.ollama.trimEnd().split('\n').map((l) => `    ${l}`));
    }
    if (published.otherRepos.length > 0) lines.push(`  also published by: ${published.otherRepos.join(', ')}`);
  } else {
    lines.push('', `DOWNLOAD THIS FILE: ${describeNoPublishedFile(plan.customBuild)} To compare with a repository's files, import it (--model hf:org/name).`);
  }
  if (plan.feasible) {
    lines.push('', `OR BUILD THE CUSTOM MIX (per-block precision, from ${plan.customBuild.startsFrom}): ${describeMixOption(published, plan.customBuild)}`);
  }
  return lines.join('\n') + '\n\n';
}

/** The human-readable plan (the layout of the original planner's report). */
function planText(plan: PlanResult, planner: Planner): string {
  const model = modelOf(plan, planner);
  const lines = [
    `PLAN ${model ? describeModel(model) : plan.model} on ${hardwareName(plan, planner)}`,
    `feasible: ${yesNo(plan.feasible)}`,
    `context length: ${plan.contextLength}${plan.contextLength < plan.request.contextLength ? ` (shrunk from ${plan.request.contextLength} to fit)` : ''}`,
    `KV cache: ${describeKvCache(plan)}`,
    `per-layer quant: ${histogramEntries(plan).map(([type, count]) => `${type} ${count}`).join(', ')} (blocks per file type)`,
    `placement (${plan.placement.kind}): ${describePlacement(plan)}`,
    ...plan.placement.tensorOverrides.map((pattern) => `tensor override: -ot '${pattern}'`),
    `est decode tok/s: ${formatBand(plan.decodeTokensPerSecond, plan.decodeTokensPerSecondLow, plan.decodeTokensPerSecondHigh, (n) => n.toFixed(2))}` +
      (plan.targetTps > 0 ? `; target ${plan.targetTps} ${plan.decodeTokensPerSecond >= plan.targetTps ? 'met' : 'not met'}` : ''),
    `est prefill tok/s: ${plan.prefillTokensPerSecond.toFixed(0)} (time to first token ${plan.timeToFirstTokenSeconds.toFixed(1)} s for ${plan.promptTokens} tokens)`,
    `memory: ${describePlanMemory(plan)}`,
    ...(plan.hardwareAssumptions.length > 0 ? [assumedLine(plan.hardwareAssumptions).trimEnd()] : []),
    ...(plan.feasible && plan.maxGpuContext > 0
      ? [`largest context fully on the GPU (${plan.baseFileType}, KV ${plan.kvCacheTypeK}): ${plan.maxGpuContext} tokens`]
      : []),
    ...(plan.request.objective === 'workload'
      ? [`workload: ${plan.workloadSeconds.toFixed(2)} s for ${plan.promptTokens} prompt + ${plan.request.outputTokens ?? 256} output tokens`]
      : []),
    `usability: ${plan.usability.message}`,
    `quality proxy (rel-PPL %): ${plan.qualityProxy.toFixed(3)} (estimated degradation vs fp16; lower is better)`,
    'notes:',
    ...plan.notes.map((note) => `  - ${note}`),
  ];
  const baseline = plan.baseline;
  if (baseline) {
    const context = baseline.contextLength === plan.contextLength ? 'same context' : `context ${baseline.contextLength}`;
    lines.push(
      `--- uniform ${baseline.baseFileType} baseline (${context}) ---`,
      `feasible: ${yesNo(baseline.feasible)}; GPU layers ${baseline.placement.nGpuLayers} of ${baseline.layers.length + 1} (-ngl); ` +
        `decode ${formatRate(baseline.decodeTokensPerSecond)} tok/s; quality proxy ${baseline.qualityProxy.toFixed(3)} %`,
    );
  }
  return lines.join('\n') + '\n';
}

function frontierTable(points: readonly FrontierPoint[]): string {
  return renderColumns(
    [
      { header: 'quality proxy %', align: 'right', cell: (p) => p.qualityProxy.toFixed(3) },
      { header: 'decode tok/s', align: 'right', cell: (p) => p.decodeTokensPerSecond.toFixed(2) },
      { header: 'total GiB', align: 'right', cell: (p) => formatGiB(p.totalBytes) },
      { header: 'KV', align: 'left', cell: (p) => describeKvCache(p.plan) },
      { header: 'placement', align: 'left', cell: (p) => p.plan.placement.kind },
      { header: 'ngl', align: 'right', cell: (p) => String(p.plan.placement.nGpuLayers) },
    ],
    points,
  );
}

// ------------------------------------------------------------------------------ rank / compare


const GRADE_WORD: Record<string, string> = { usable: 'usable', slow: 'slow', impractical: 'impractical', infeasible: 'cannot run' };
const FIT_WORD: Record<string, string> = { gpu: 'GPU', 'gpu+ram': 'GPU + RAM', disk: 'disk', none: '—' };
/** Where a plan runs, in a word; "GPU + RAM" is RAM alone on a machine without a GPU. */
const whereWord = (fit: string, hasGpu: boolean) => (fit === 'gpu+ram' && !hasGpu ? 'RAM' : FIT_WORD[fit] ?? fit);

/** The file a row downloads, in a few words ("Qwen/Qwen3-32B-GGUF Q4_K_M, 19.8 GB"; "custom mix" without one). */
function rowFile(row: RankedRow): string {
  if (!row.feasible) return '—';
  if (!row.published) return `custom ${row.baseFileType} mix (no published file known)`;
  const size = `${(row.published.fileBytes / 1e9).toFixed(1)} GB`;
  return `${row.published.repo} ${row.published.fileType}, ${size}`;
}

function rankOrderFlag(values: Values): RankOrder | undefined {
  const order = text(values, 'sort');
  if (order === undefined) return undefined;
  if (!(RANK_ORDERS as readonly string[]).includes(order)) throw new UsageError(`--sort: unknown order '${order}'; allowed: ${RANK_ORDERS.join(', ')}`);
  return order as RankOrder;
}

const rankColumnsCommon = [
  { header: 'verdict', align: 'left', cell: (r: RankedRow) => GRADE_WORD[r.grade] ?? r.grade },
  { header: 'decode tok/s', align: 'right', cell: (r: RankedRow) => (r.feasible ? formatBand(r.decodeTokensPerSecond, r.decodeTokensPerSecondLow, r.decodeTokensPerSecondHigh) : '—') },
  { header: 'prefill tok/s', align: 'right', cell: (r: RankedRow) => (r.feasible ? formatRate(r.prefillTokensPerSecond) : '—') },
  { header: 'PPL +%', align: 'right', cell: (r: RankedRow) => (r.feasible ? r.qualityProxy.toFixed(2) : '—') },
  { header: 'context', align: 'right', cell: (r: RankedRow) => (r.feasible ? `${r.contextLength}${r.contextCapped || r.contextLength < r.askedContextLength ? '*' : ''}` : '—') },
  { header: 'where', align: 'left', cell: (r: RankedRow) => whereWord(r.fit, r.hardware.gpuCount > 0) },
] as const;

const rank: Command = {
  summary: 'what can I run (--hardware) or what should I buy (--model): every model or every machine, ranked',
  help: `Usage: fitplan rank --hardware ID|auto|custom ... [options]     every model on one machine
       fitplan rank --model ID [options]                        every machine for one model

Each row is the optimizer's own plan under the objective (the same plan 'fitplan optimize' gives for
that model and machine): verdict, decode and prefill tok/s, quality, context reached, where it runs
and the published file to download. The order is stated above the table.

Options:
  --hardware ID      rank every model on this machine: an id (see 'fitplan hardware'), 'custom'
                     (with the custom-hardware flags below) or 'auto' (read this machine)
  --model ID         rank every machine for this model (an id, or a model to import as in optimize)
  --sort KEY         ${RANK_ORDERS.join(', ')}                 default recommended
                     recommended (models): usable, then slow, then impractical; within a grade the models
                     that reach the context, then those within the quality ceiling, then the larger
                     model (effective parameters: sqrt(total x active) for MoE), then the faster
                     recommended (machines): the grade, then the faster, then the least GPU memory
  --family F         models whose family contains F (case-insensitive; qwen: Qwen 2, 2.5, 3)
  --max-params B     models with at most B billion parameters
  --add MODEL        also rank this model (a .gguf file, URL, hf:org/name or config.json); repeatable
  --no-catalog       rank only the --add models
  --all              (--model) also list the machines that cannot run it at all
  --context N        context asked of every model, tokens       default ${DEFAULT_RANK_CONTEXT} (each model's maximum when smaller)
  --target-tps X, --objective X, --max-quality-loss P, --kv TYPE, --min-quant TYPE, --min-context N,
  --no-disk, --prompt N, --output N, --usable-tps X, --slow-tps X     as in 'fitplan optimize'
  --json             print the ranking as JSON (the API's rankModels() / rankHardware() object)
  --help             show this help

${customHardwareHelp}
Examples:
  fitplan rank --hardware rtx4090
  fitplan rank --hardware auto --family qwen --context 32768
  fitplan rank --hardware cpu-ddr5-dual-32g --max-params 15 --sort speed
  fitplan rank --model qwen3-32b --target-tps 20
`,
  options: {
    model: { type: 'string' },
    gguf: { type: 'string' },
    sort: { type: 'string' },
    family: { type: 'string' },
    'max-params': { type: 'string' },
    add: { type: 'string', multiple: true },
    'no-catalog': { type: 'boolean' },
    all: { type: 'boolean' },
    ...planOptionFlagSpecs,
    ...hardwareOptions,
    ...jsonOption,
  },
  async run(values, load, io) {
    const hasHardware = text(values, 'hardware') !== undefined;
    const modelFlag = text(values, 'model');
    if (hasHardware === (modelFlag !== undefined)) {
      throw new UsageError('give either --hardware (every model on that machine) or --model (every machine for that model)');
    }
    const planner = await load();
    const order = rankOrderFlag(values);
    const context = numberFlag(values, 'context', true);
    if (modelFlag !== undefined) {
      for (const flag of ['family', 'max-params', 'add', 'no-catalog']) {
        if (values[flag] !== undefined) throw new UsageError(`--${flag} filters models; it applies with --hardware, not --model`);
      }
      const model = await resolveModelFlag(modelFlag, text(values, 'gguf'), io.err);
      const ranking = planner.rankHardware({
        model,
        ...(context !== undefined && { contextLength: context }),
        ...planOptionFlags(values),
        ...(order && { order }),
        ...(values.all ? { includeInfeasible: true } : {}),
      });
      if (values.json) return io.out(json(ranking));
      return io.out(hardwareRankingText(ranking, planner));
    }
    if (values.all) throw new UsageError('--all lists machines that cannot run a model; it applies with --model');
    const added = await Promise.all(((values.add as unknown as string[] | undefined) ?? []).map((m) => resolveModelFlag(m, undefined, io.err)));
    const maxParams = numberFlag(values, 'max-params');
    const ranking = planner.rankModels({
      hardware: machine(values),
      ...(context !== undefined && { contextLength: context }),
      ...planOptionFlags(values),
      ...(added.length > 0 && { models: added }),
      ...(values['no-catalog'] ? { catalog: false } : {}),
      ...(text(values, 'family') !== undefined && { family: text(values, 'family') }),
      ...(maxParams !== undefined && { maxParamsB: maxParams }),
      ...(order && { order }),
    });
    if (values.json) return io.out(json(ranking));
    io.out(modelRankingText(ranking, planner));
  },
};

/** The row first in the recommended order, whatever order the table is in (--sort). */
function firstRecommended(rows: readonly RankedRow[]): RankedRow | undefined {
  return rows.reduce<RankedRow | undefined>((best, row) => (best && best.ranks.recommended < row.ranks.recommended ? best : row), undefined);
}

function modelRankingText(ranking: ModelRanking, planner: Planner): string {
  const r = ranking.request;
  const hw = typeof r.hardware === 'string' ? planner.hardware().find((h) => h.id === r.hardware)?.name ?? r.hardware : ranking.rows[0]?.hardware.name ?? 'custom';
  const usable = ranking.rows.filter((row) => row.grade === 'usable');
  const best = firstRecommended(usable) ?? firstRecommended(ranking.rows.filter((row) => row.feasible));
  const lines = [
    `WHAT RUNS ON ${hw}: ${usable.length} of ${ranking.rows.length} models at a usable speed, context ${r.contextLength}, objective ${r.objective ?? 'balanced'}.`,
    best
      ? `Best pick: ${best.model.name} — ${best.headline}${best.published ? ` Download ${best.published.repo} (${best.published.fileType}).` : ''}`
      : 'Nothing runs on this machine at this context.',
    assumedLine(ranking.hardwareAssumptions).trimEnd(),
    ranking.orderRule,
    ranking.filteredOut > 0 ? `${ranking.filteredOut} models left out by --family / --max-params.` : '',
    '',
  ].filter((line, i) => line !== '' || i === 5);
  const table = renderColumns(
    [
      { header: '#', align: 'right', cell: (row: RankedRow) => String(row.rank) },
      { header: 'model', align: 'left', cell: (row: RankedRow) => row.model.id },
      { header: 'params', align: 'right', cell: (row: RankedRow) => `${formatParams(row.model.totalParams)}${row.model.moe ? ` (${formatParams(row.model.activeParams)} active)` : ''}` },
      ...rankColumnsCommon,
      { header: 'download', align: 'left', cell: rowFile },
    ],
    ranking.rows,
  );
  const starred = ranking.rows.some((row) => row.feasible && (row.contextCapped || row.contextLength < row.askedContextLength));
  const foot = [
    starred ? '* below the context asked: the model\'s maximum, or what fits.' : '',
    'download: the published file that serves the objective best; the plan may be a per-block mix around it (optimize shows both).',
    `Open a row: fitplan optimize --model ID --hardware ${typeof r.hardware === 'string' ? r.hardware : '...'}${r.contextLength !== DEFAULT_RANK_CONTEXT ? ` --context ${r.contextLength}` : ''}`,
  ].filter(Boolean);
  return `${lines.join('\n')}\n${table}\n${foot.join('\n')}\n`;
}

function hardwareRankingText(ranking: HardwareRanking, planner: Planner): string {
  const r = ranking.request;
  const model = typeof r.model === 'string' ? planner.models().find((m) => m.id === r.model)?.name ?? r.model : r.model.name ?? r.model.id ?? 'the model';
  const usable = ranking.rows.filter((row) => row.grade === 'usable');
  const fastest = firstRecommended(usable);
  const smallestGpu = smallestUsableGpu(ranking.rows);
  const leastMemory = smallestUsableMachine(ranking.rows);
  const lines = [
    `MACHINES FOR ${model}: ${usable.length} of ${ranking.rows.length + (r.includeInfeasible ? 0 : ranking.leftOut)} machines run it at a usable speed, context ${r.contextLength}, objective ${r.objective ?? 'balanced'}.`,
    fastest ? `Fastest, on the least hardware: ${fastest.hardware.name} — ${fastest.headline}` : '',
    smallestGpu ? `Smallest GPU that runs it at a usable speed: ${smallestGpu.hardware.name} — ${smallestGpu.headline}` : '',
    leastMemory && leastMemory !== smallestGpu ? `Least memory in all (GPU + RAM): ${leastMemory.hardware.name} — ${leastMemory.headline}` : '',
    ranking.orderRule,
    '',
  ].filter(Boolean);
  const gib = (bytes: number) => `${formatGiB(bytes, 0)}`;
  const table = renderColumns(
    [
      { header: '#', align: 'right', cell: (row: RankedRow) => String(row.rank) },
      { header: 'machine', align: 'left', cell: (row: RankedRow) => row.hardware.id },
      { header: 'GPU GiB', align: 'right', cell: (row: RankedRow) => (row.hardware.gpuCount === 0 ? '—' : `${row.hardware.gpuCount > 1 ? `${row.hardware.gpuCount}x` : ''}${gib(row.hardware.vramBytes)}`) },
      { header: 'RAM GiB', align: 'right', cell: (row: RankedRow) => gib(row.hardware.ramBytes) },
      ...rankColumnsCommon,
      { header: 'download', align: 'left', cell: rowFile },
    ],
    ranking.rows,
  );
  const needs = renderColumns(
    [
      { header: 'file type', align: 'left', cell: (n: MachineNeed) => n.fileType },
      { header: 'file GB', align: 'right', cell: (n: MachineNeed) => (n.fileBytes / 1e9).toFixed(1) },
      { header: 'PPL +%', align: 'right', cell: (n: MachineNeed) => n.qualityProxy.toFixed(2) },
      { header: 'all on one GPU: VRAM GiB', align: 'right', cell: (n: MachineNeed) => formatGiB(n.vramBytes, 1) },
      { header: `GPU GB/s for ${formatRate(ranking.needsTokensPerSecond)} tok/s`, align: 'right', cell: (n: MachineNeed) => (n.gpuBandwidthGBps > 0 ? n.gpuBandwidthGBps.toFixed(0) : 'none reaches it') },
      { header: 'GPU + RAM GiB', align: 'right', cell: (n: MachineNeed) => formatGiB(n.gpuRamBytes, 1) },
    ],
    ranking.needs,
  );
  const left = ranking.leftOut > 0 ? `${ranking.leftOut} machines cannot run it at all (--all lists them).\n` : '';
  return `${lines.join('\n')}\n\n${table}\n${left}\nWHAT IT TAKES at context ${r.contextLength} (f16 KV cache; first-order: one CUDA GPU sized to fit; GPU + RAM is before the OS's own RAM):\n${needs}`;
}

const compare: Command = {
  summary: 'one model on several machines, side by side',
  help: `Usage: fitplan compare --model ID --hardware A,B,C [options]

The plan of one model on each machine (the optimizer's plan under the objective), side by side:
verdict, speed, quality, context, where it runs, memory and the file to download.

Options:
  --model ID         model id, or a model to import (as in optimize)                  required
  --hardware A,B,C   two or more hardware ids, comma-separated ('auto' reads this machine)  required
  --context N, --target-tps X, --objective X, ...        as in 'fitplan optimize'
  --json             print the plans as JSON (an array of the API's plan() objects)
  --help             show this help

Example:
  fitplan compare --model qwen3-32b --hardware rtx4090,rtx5090,m4-max-128g
`,
  options: { model: { type: 'string' }, gguf: { type: 'string' }, hardware: { type: 'string' }, ...planOptionFlagSpecs, ...jsonOption },
  async run(values, load, io) {
    const ids = (text(values, 'hardware') ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    if (ids.length < 2) throw new UsageError('--hardware needs two or more hardware ids, comma-separated (e.g. rtx4090,rtx5090)');
    const planner = await load();
    const model = await resolveModelFlag(requiredModel(values), text(values, 'gguf'), io.err);
    const context = numberFlag(values, 'context', true);
    const contextLength = context ?? defaultContext(planner, model);
    const machines: HardwareSpec[] = [];
    for (const id of ids) machines.push(id === 'auto' ? await autoMachine(planner, io) : id);
    const plans = machines.map((hardware) => planner.plan({ model, hardware, contextLength, ...planOptionFlags(values) }));
    if (values.json) return io.out(json(plans));
    const rows: [string, (p: PlanResult) => string][] = [
      ['machine', (p) => p.hardwareName],
      ['verdict', (p) => GRADE_WORD[p.usability.grade] ?? p.usability.grade],
      ['decode tok/s', (p) => (p.feasible ? formatBand(p.decodeTokensPerSecond, p.decodeTokensPerSecondLow, p.decodeTokensPerSecondHigh) : '—')],
      ['prefill tok/s', (p) => (p.feasible ? formatRate(p.prefillTokensPerSecond) : '—')],
      ['PPL +% vs F16', (p) => (p.feasible ? p.qualityProxy.toFixed(2) : '—')],
      ['context, KV', (p) => (p.feasible ? `${p.contextLength}, ${p.kvCacheTypeK}` : '—')],
      ['where', (p) => whereWord(p.fit, p.memory.gpus.length > 0)],
      ['GPU GiB', (p) => formatGiB(p.memory.gpuTotalBytes)],
      ['RAM GiB', (p) => formatGiB(p.memory.cpu.totalBytes)],
      ['download', (p) => (p.published ? `${p.published.repo} ${p.published.fileType}` : '—')],
    ];
    const header = ['', ...plans.map((_, i) => ids[i] ?? '')];
    const body = rows.map(([label, cell]) => [label, ...plans.map(cell)]);
    io.out(`${renderTable(header, body, ['left', ...plans.map(() => 'left' as const)])}\n`);
    for (const p of plans) io.out(`${p.hardwareName}: ${p.headline}\n`);
  },
};

// ------------------------------------------------------------------------------ --hardware auto

/** Reads this machine (nvidia-smi, rocm-smi, sysctl / system_profiler, /proc/meminfo, lscpu), reports what it found and assumed on stderr. */
async function autoMachine(planner: Planner, io: Io): Promise<HardwareSpec> {
  const detected = await detectHardware(planner.hardware());
  const lines = [
    `detected: ${detected.name} (${detected.presetId ? `preset ${detected.presetId}` : 'a custom machine'}; confidence ${detected.confidence})`,
    ...detected.found.map((f) => `  found: ${f}`),
    ...detected.assumed.map((a) => `  assumed: ${a}`),
    ...detected.missing.map((m) => `  not read: ${m}`),
  ];
  io.err(`${lines.join('\n')}\n`);
  return detected.spec;
}

/**
 * --hardware auto: the detected machine as the flags that describe it (a preset id with --ram /
 * --cores / --gpus / --ram-bw, or --hardware custom with its figures), so every command reads it
 * as if typed; flags the user gave win over the detected ones.
 */
async function applyAutoHardware(values: Values, planner: Planner, io: Io): Promise<void> {
  const spec = await autoMachine(planner, io);
  const set = (flag: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && values[flag] === undefined) values[flag] = typeof value === 'boolean' ? value : String(value);
  };
  if (typeof spec === 'string') {
    values.hardware = spec;
    return;
  }
  if ('preset' in spec) {
    values.hardware = spec.preset;
    set('ram', spec.ramGiB);
    set('ram-bw', spec.ramBandwidthGBps);
    set('cores', spec.cpuCores);
    set('gpus', spec.gpuCount);
    set('disk-bw', spec.diskBandwidthGBps);
    return;
  }
  values.hardware = 'custom';
  set('vram', spec.vramGiB ?? (spec.vramBytes !== undefined ? spec.vramBytes / 2 ** 30 : undefined));
  set('ram', spec.ramGiB ?? (spec.ramBytes !== undefined ? spec.ramBytes / 2 ** 30 : undefined));
  set('gpu-bw', spec.gpuBandwidthGBps);
  set('ram-bw', spec.ramBandwidthGBps);
  set('disk-bw', spec.diskBandwidthGBps);
  set('gpu-tflops', spec.gpuTflops);
  set('pcie-bw', spec.pcieBandwidthGBps);
  set('gpus', spec.gpuCount);
  set('cores', spec.cpuCores);
  set('backend', spec.backend);
  if (spec.unifiedMemory) set('unified', true);
}

const commands: Record<string, Command> = { models, hardware, analyze, optimize, rank, compare };

const topHelp = `fitplan: will this LLM fit, and how fast will it run? (llama.cpp GGUF models)

Usage: fitplan <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run 'fitplan <command> --help' for a command's options, 'fitplan --version' for the version.
Exit status: 0 done, 1 internal error, 2 usage error.
`;

// ------------------------------------------------------------------------------ main

/** The package's version (package.json beside dist/, as installed and in the repository). */
function packageVersion(): string {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  const version: unknown = (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}

/** A flag given twice would silently take its last value: refused, naming both. */
function refuseRepeatedFlags(tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>, options: NonNullable<ParseArgsConfig['options']>): void {
  const seen = new Map<string, string | undefined>();
  for (const token of tokens) {
    if (token.kind !== 'option' || options[token.name]?.multiple) continue;
    if (seen.has(token.name)) {
      const values = [seen.get(token.name), token.value].filter((v) => v !== undefined);
      throw new UsageError(`--${token.name} is given twice${values.length === 2 ? ` ('${values[0]}' and '${values[1]}')` : ''}; give it once`);
    }
    seen.set(token.name, token.value);
  }
}

/** Runs the CLI on `argv` (without node and the script); returns the exit status. */
async function main(argv: readonly string[], io: Io, planner: () => Promise<Planner> = () => createPlanner()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`fitplan ${packageVersion()}\n`);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(topHelp);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  let values: Values | undefined;  // read by the error report too
  try {
    if (command === undefined) throw new UsageError(`unknown command '${name}'; commands: ${Object.keys(commands).join(', ')}`);
    const options: ParseArgsConfig['options'] = { ...command.options, help: { type: 'boolean', short: 'h' } };
    let tokens: ReturnType<typeof parseArgs>['tokens'];
    try {
      const parsed = parseArgs({ args: [...rest], options, strict: true, allowPositionals: false, tokens: true });
      values = parsed.values as Values;
      tokens = parsed.tokens;
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    refuseRepeatedFlags(tokens ?? [], options ?? {});
    if (values.help) {
      io.out(command.help);
      return 0;
    }
    // --hardware auto (compare reads 'auto' inside its list).
    if (name !== 'compare' && values.hardware === 'auto') await applyAutoHardware(values, await planner(), io);
    await command.run(values, planner, io);
    return 0;
  } catch (error) {
    const where = command ? `fitplan ${name}` : 'fitplan';
    if (error instanceof UsageError) {
      io.err(`${where}: ${error.message}\nRun '${command ? `fitplan ${name} --help` : 'fitplan --help'}' for usage.\n`);
      return 2;
    }
    if (error instanceof FitplanError && error.code !== 'internal') {
      // A field of the model (an imported model's architecture: 'model.architecture.nHeadKv') is --model's.
      const flag = FLAG_OF_FIELD[error.field] ?? (error.field.startsWith('model.') ? FLAG_OF_FIELD.model : undefined);
      const model = flag === FLAG_OF_FIELD.model && error.field !== 'model' && typeof values?.model === 'string' ? `${values.model}: ` : '';
      io.err(`${where}: ${flag ? `${flag}: ` : ''}${model}${error.message}\n`);
      return 2;
    }
    io.err(`${where}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

// Everything the CLI prints may carry names from imported files: escaped for the terminal.
const io: Io = { out: (t) => process.stdout.write(escapeTerminal(t)), err: (t) => process.stderr.write(escapeTerminal(t)) };
// `fitplan ... | head`: the reader went away; stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
process.exitCode = await main(process.argv.slice(2), io);
