// The commands of `fitplan`: each is its help prose (usage, what it does, examples: the option
// lines between come from the flag table, flags.ts) and its run (flags -> request -> planner ->
// report). A new capability is one more entry of COMMANDS, its flags rows of FLAGS.
import { defaultAnalyzeOptions } from '../defaults.js';
import { FitplanError } from '../errors.js';
import { BALANCED_RULE } from '../format.js';
import { resolveModelFlag } from '../import/cli-model.js';
import type { CommandOptions, Commands, HardwareSpec, Plan, Planner, RankOrder } from '../types.js';
import { COMMAND_NAMES, UsageError, optionsHelp, type CommandName, type FlagValues } from './flags.js';
import {
  analysisText,
  answerText,
  commandsText,
  compareText,
  frontierTable,
  hardwareRankingText,
  hardwareTable,
  json,
  modelRankingText,
  modelsTable,
  planText,
} from './report.js';
import {
  analyzeRequest,
  autoMachine,
  commandOptions,
  defaultContext,
  machine,
  planOptionFlags,
  planRequest,
  requiredModel,
  type Io,
} from './requests.js';

export interface Command {
  summary: string;
  /** The help above the option lines: usage and what the command does. */
  head: string;
  /** The help below the option lines: examples and notes. */
  tail?: string;
  /** Whether it reads --hardware auto itself (compare: 'auto' inside its list); the others get the detected machine as flags. */
  ownAuto?: true;
  run(flags: FlagValues, planner: () => Promise<Planner>, io: Io): Promise<void>;
}

const UNITS = 'GiB = 2^30 bytes; GB/s = 10^9 bytes per second.';

const models: Command = {
  summary: 'list the built-in models',
  head: `Usage: fitplan models [--json]

Lists the built-in models: id (use it with --model), name, parameters and maximum context.
`,
  async run(flags, planner, io) {
    const list = (await planner()).models();
    io.out(flags.switch('json') ? json(list) : modelsTable(list));
  },
};

const hardware: Command = {
  summary: 'list the built-in hardware',
  head: `Usage: fitplan hardware [--json]

Lists the built-in machines: id (use it with --hardware), name, memory and bandwidths.
${UNITS}
`,
  async run(flags, planner, io) {
    const list = (await planner()).hardware();
    io.out(flags.switch('json') ? json(list) : hardwareTable(list));
  },
};

const IMPORT_NOTE = `Imports read only a GGUF header (HTTP Range requests for URLs), a config.json and safetensors
headers; progress and warnings go to stderr. HF_ENDPOINT sets the Hugging Face endpoint, HF_TOKEN
an access token for gated repositories.
`;

const analyze: Command = {
  summary: 'memory and speed of every quantization of a model on a machine',
  head: `Usage: fitplan analyze --model ID --hardware ID [options]
       fitplan analyze --model ID --hardware ID --ram GiB [options]
       fitplan analyze --model ID --hardware custom --vram GiB --ram GiB [--gpu-bw GB/s --ram-bw GB/s --disk-bw GB/s] [options]

For each GGUF file type (by default F16 ... IQ1_M and the model's native type; --types for
others): weights, KV cache, compute and overhead memory, how many layers llama.cpp offloads to
the GPU, whether it fits, and decode / prefill speed.
${UNITS}
`,
  tail: `Examples:
  fitplan analyze --model llama3-8b --hardware rtx4090
  fitplan analyze --model llama3-70b --hardware m2-max --context 8192 --kv q8_0
  fitplan analyze --model gpt-oss-20b --hardware rtx4090 --types mxfp4_moe,q8_0,q4_k_m
  fitplan analyze --model llama3-8b --hardware rtx4090 --types all
  fitplan analyze --model llama3-70b --hardware rtx4090 --ram 32
  fitplan analyze --model mistral-7b --hardware custom --vram 0 --ram 32 --ram-bw 50 --disk-bw 3
  fitplan analyze --model ./Qwen2.5-7B-Instruct-Q4_K_M.gguf --hardware rtx4060-8g
  fitplan analyze --model hf:Qwen/Qwen2.5-7B-Instruct --hardware rtx4090

${IMPORT_NOTE}`,
  async run(flags, planner, io) {
    const request = analyzeRequest(flags);
    request.model = await resolveModelFlag(requiredModel(flags), flags.text('gguf'), io.err, io.env);
    const analysis = (await planner()).analyze(request);
    io.out(flags.switch('json') ? json(analysis) : analysisText(analysis, request.promptTokens ?? defaultAnalyzeOptions.promptTokens));
  },
};

/** The plan's commands, or why there are none (an infeasible plan). Bad options are errors. */
function planCommands(planner: Planner, plan: Plan, options: CommandOptions): { value: Commands | null; why: string } {
  try {
    return { value: planner.commands(plan, options), why: '' };
  } catch (error) {
    if (error instanceof FitplanError && error.code === 'infeasible') return { value: null, why: error.message };
    throw error;
  }
}

const optimize: Command = {
  summary: 'the best plan: per-layer precision, KV cache, context and GPU/CPU placement',
  head: `Usage: fitplan optimize --model ID --hardware ID [options]
       fitplan optimize --model ID --hardware ID --ram GiB [options]
       fitplan optimize --model ID --hardware custom --vram GiB --ram GiB [--gpu-bw GB/s --ram-bw GB/s --disk-bw GB/s] [options]

Chooses together the precision of every block (an exact knapsack over llama.cpp file types), the
KV-cache type, the context and the placement (GPU layers, MoE expert offload, FFN offload, disk)
for one model on one machine, and names the published GGUF file that serves the same objective,
with the commands that download and run it. ${BALANCED_RULE}
With --target-tps: the most accurate plan that reaches that decode speed.
GiB = 2^30 bytes; GB = 10^9 bytes (file sizes); GB/s = 10^9 bytes per second.
`,
  tail: `Examples:
  fitplan optimize --model llama3-70b --hardware rtx4090 --context 8192 --target-tps 3 --compare
  fitplan optimize --model qwen3-30b-a3b --hardware rtx4060-8g
  fitplan optimize --model llama3.1-70b --hardware rtx4090 --pareto
  fitplan optimize --model llama3-70b --hardware rtx4090 --target-tps 3 --commands --model-path ~/models/llama3-70b.gguf
`,
  async run(flags, load, io) {
    const options = commandOptions(flags);
    const planner = await load();
    const model = await resolveModelFlag(requiredModel(flags), flags.text('gguf'), io.err, io.env);
    const request = planRequest(flags, planner, model);
    const plan = planner.plan(request);
    const frontier = flags.switch('pareto') ? planner.frontier(request) : undefined;
    const commands = options ? planCommands(planner, plan, options) : undefined;
    if (flags.switch('json')) {
      return io.out(json({ ...plan, ...(frontier && { frontier }), ...(commands && { commands: commands.value }) }));
    }
    io.out(answerText(plan));
    io.out(planText(plan, planner));
    if (frontier) io.out(`\nPARETO FRONTIER (${frontier.length} plans; none is better in quality, decode speed and memory at once)\n${frontierTable(frontier)}`);
    if (commands) io.out(commandsText(commands, frontier !== undefined));
  },
};

const rank: Command = {
  summary: 'what can I run (--hardware) or what should I buy (--model): every model or every machine, ranked',
  head: `Usage: fitplan rank --hardware ID|auto|custom ... [options]     every model on one machine
       fitplan rank --model ID [options]                        every machine for one model

Each row is the optimizer's own plan under the objective (the same plan 'fitplan optimize' gives for
that model and machine): verdict, decode and prefill tok/s, quality, context reached, where it runs
and the published file to download. The order is stated above the table.
`,
  tail: `Examples:
  fitplan rank --hardware rtx4090
  fitplan rank --hardware auto --family qwen --context 32768
  fitplan rank --hardware cpu-ddr5-dual-32g --max-params 15 --sort speed
  fitplan rank --model qwen3-32b --target-tps 20
`,
  async run(flags, load, io) {
    const hasHardware = flags.given('hardware');
    const modelFlag = flags.text('model');
    if (hasHardware === (modelFlag !== undefined)) {
      throw new UsageError('give either --hardware (every model on that machine) or --model (every machine for that model)');
    }
    const planner = await load();
    const order = flags.choice<RankOrder>('sort');
    const context = flags.number('context');
    if (modelFlag !== undefined) {
      for (const flag of ['family', 'max-params', 'add', 'no-catalog']) {
        if (flags.given(flag)) throw new UsageError(`--${flag} filters models; it applies with --hardware, not --model`);
      }
      const model = await resolveModelFlag(modelFlag, flags.text('gguf'), io.err, io.env);
      const ranking = planner.rankHardware({
        model,
        ...(context !== undefined && { contextLength: context }),
        ...planOptionFlags(flags),
        ...(order && { order }),
        ...(flags.switch('all') ? { includeInfeasible: true } : {}),
      });
      return io.out(flags.switch('json') ? json(ranking) : hardwareRankingText(ranking, planner));
    }
    if (flags.switch('all')) throw new UsageError('--all lists machines that cannot run a model; it applies with --model');
    const added = await Promise.all(flags.list('add').map((m) => resolveModelFlag(m, undefined, io.err, io.env)));
    const maxParams = flags.number('max-params');
    const family = flags.text('family');
    const ranking = planner.rankModels({
      hardware: machine(flags),
      ...(context !== undefined && { contextLength: context }),
      ...planOptionFlags(flags),
      ...(added.length > 0 && { models: added }),
      ...(flags.switch('no-catalog') ? { catalog: false } : {}),
      ...(family !== undefined && { family }),
      ...(maxParams !== undefined && { maxParamsB: maxParams }),
      ...(order && { order }),
    });
    io.out(flags.switch('json') ? json(ranking) : modelRankingText(ranking, planner));
  },
};

const compare: Command = {
  summary: 'one model on several machines, side by side',
  head: `Usage: fitplan compare --model ID --hardware A,B,C [options]

The plan of one model on each machine (the optimizer's plan under the objective), side by side:
verdict, speed, quality, context, where it runs, memory and the file to download.
`,
  tail: `Example:
  fitplan compare --model qwen3-32b --hardware rtx4090,rtx5090,m4-max-128g
`,
  ownAuto: true,
  async run(flags, load, io) {
    const ids = (flags.text('hardware') ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    if (ids.length < 2) throw new UsageError('--hardware needs two or more hardware ids, comma-separated (e.g. rtx4090,rtx5090)');
    const planner = await load();
    const model = await resolveModelFlag(requiredModel(flags), flags.text('gguf'), io.err, io.env);
    const context = flags.number('context');
    const contextLength = context ?? defaultContext(planner, model);
    const machines: HardwareSpec[] = [];
    for (const id of ids) machines.push(id === 'auto' ? await autoMachine(planner, io) : id);
    const plans = machines.map((hardware) => planner.plan({ model, hardware, contextLength, ...planOptionFlags(flags) }));
    io.out(flags.switch('json') ? json(plans) : compareText(plans, ids));
  },
};

export const COMMANDS: Record<CommandName, Command> = { models, hardware, analyze, optimize, rank, compare };

export function isCommand(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

/** The --help of `name`: its prose, with the option lines of the flag table between. */
export function commandHelp(name: CommandName): string {
  const command = COMMANDS[name];
  return `${command.head}\n${optionsHelp(name)}${command.tail ? `\n${command.tail}` : ''}`;
}

export const TOP_HELP = `fitplan: will this LLM fit, and how fast will it run? (llama.cpp GGUF models)

Usage: fitplan <command> [options]

Commands:
${COMMAND_NAMES.map((name) => `  ${name.padEnd(10)} ${COMMANDS[name].summary}`).join('\n')}

Run 'fitplan <command> --help' for a command's options, 'fitplan --version' for the version.
Exit status: 0 done, 1 internal error, 2 usage error.
`;
