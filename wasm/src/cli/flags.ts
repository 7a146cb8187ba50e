// THE table of the CLI's flags, and everything derived from it: the parseArgs options of each
// command, the value checks (numbers, whole numbers, choices, ranges; errors name the flag), the
// option lines of every --help, and the API field -> flag mapping that points an API error at what
// the user typed.
//
// A flag bound to a request field (`field: ['hardware', 'ramBandwidthGBps']`) takes its kind, unit,
// range, choices, default and description from the core's request-field table (../fields.ts):
// no number of a bound flag is written here. To add a flag: one row below, then read it in
// requests.ts (or commands.ts for a CLI-only flag).
import { parseArgs, type ParseArgsConfig } from 'node:util';

import { allowedRange, inRange, requestField, type FieldGroup, type RequestField } from '../fields.js';

/** The commands, in the order of the top-level help. */
export const COMMAND_NAMES = ['models', 'hardware', 'analyze', 'optimize', 'rank', 'compare'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** A mistake in the command line: printed with a hint, exit status 2. */
export class UsageError extends Error {}

/** The parsed command line: flag name (no dashes) -> its text, true for a switch, a list for --add. */
export type Values = Record<string, string | boolean | string[] | undefined>;

/**
 * Where a flag is listed in --help: 'options' (under "Options:"), 'plan' (also under "Options:"; the
 * plan options, which rank and compare list in one line "as in 'fitplan optimize'"), 'commands'
 * (what --commands prints), 'custom' (custom hardware; those whose field may go beside a preset are
 * also the preset's host figures), 'reserve' (memory kept back, any machine).
 */
export type Section = 'options' | 'plan' | 'commands' | 'custom' | 'reserve';

/** One row: a flag as some commands take it (a flag that means another field in another command, e.g. --kv, has a row per meaning). */
export interface Flag {
  /** The flag without its dashes: 'gpu-bw'. */
  readonly name: string;
  /** The placeholder of its value in --help ('GB/s', 'N', 'ID'); none for a switch. */
  readonly value?: string;
  /** The request field it sets: group and the request's key (a memory size: its GiB key). None: a CLI-only flag. */
  readonly field?: readonly [FieldGroup, string];
  /** The commands that take it. */
  readonly commands: readonly CommandName[];
  readonly section: Section;
  /**
   * The description in --help, one string or one per command; for a bound flag, CLI wording where the
   * field's help reads badly in a terminal (no numbers: the facts line states the field's). Lines
   * after the first are indented under it.
   */
  readonly help?: string | Partial<Record<CommandName, string>>;
  /** A line added under the field's own help. */
  readonly note?: string;
  /** The default in CLI words, built from the field (its numbers come from it). */
  readonly defaultText?: (field: RequestField) => string;
  /** A choice field the CLI checks: the noun of "unknown <noun> 'x'". Left out, the core checks the value (--min-quant: file types, any case). */
  readonly noun?: string;
  /** A switch that sets its boolean field to false (--no-disk: allowDisk false). */
  readonly negates?: true;
  /** May be given more than once (a list). */
  readonly multiple?: true;
  readonly short?: string;
  /** API error fields besides its field's that this flag sets (--hardware: 'hardware', 'hardware.preset'). */
  readonly errorFields?: readonly string[];
}

const MACHINE: readonly CommandName[] = ['analyze', 'optimize', 'rank'];
const PLANS: readonly CommandName[] = ['optimize', 'rank', 'compare'];

export const FLAGS: readonly Flag[] = [
  // ---------------------------------------------------------------- the model and the machine
  { name: 'model', value: 'ID', commands: ['analyze', 'optimize'], section: 'options', errorFields: ['model'],
    help: `required: a model id (see 'fitplan models'), or a model to import:
a .gguf file (all shards of a split one next to it), a GGUF URL,
hf:org/name (a Hugging Face repository), or a config.json file` },
  { name: 'model', value: 'ID', commands: ['rank'], section: 'options', errorFields: ['model'],
    help: 'rank every machine for this model (an id, or a model to import as in optimize)' },
  { name: 'model', value: 'ID', commands: ['compare'], section: 'options', errorFields: ['model'],
    help: 'required: a model id, or a model to import (as in optimize)' },
  { name: 'gguf', value: 'FILE', commands: ['analyze', 'optimize', 'rank', 'compare'], section: 'options',
    help: "with --model hf:org/name: the repository's GGUF file to import" },
  { name: 'hardware', value: 'ID', commands: ['analyze', 'optimize'], section: 'options', errorFields: ['hardware', 'hardware.preset'],
    help: "required: a hardware id (see 'fitplan hardware'), 'custom', or 'auto' (read this machine)" },
  { name: 'hardware', value: 'ID', commands: ['rank'], section: 'options', errorFields: ['hardware', 'hardware.preset'],
    help: "rank every model on this machine: an id (see 'fitplan hardware'), 'custom'\n(with the custom-hardware flags below) or 'auto' (read this machine)" },
  { name: 'hardware', value: 'A,B,C', commands: ['compare'], section: 'options', errorFields: ['hardware'],
    help: "required: two or more hardware ids, comma-separated ('auto' reads this machine)" },

  // ---------------------------------------------------------------- analyze
  { name: 'context', value: 'N', field: ['analyze', 'contextLength'], commands: ['analyze'], section: 'options' },
  { name: 'kv', value: 'TYPE', field: ['analyze', 'kvCacheType'], commands: ['analyze'], section: 'options', noun: 'KV-cache type' },
  { name: 'prompt', value: 'N', field: ['analyze', 'promptTokens'], commands: ['analyze'], section: 'options' },
  { name: 'types', value: 'LIST', field: ['analyze', 'fileTypes'], commands: ['analyze'], section: 'options',
    note: `comma-separated names, case-insensitive (e.g. Q4_K_M,IQ4_NL,Q5_1); 'all': every
llama-quantize type but F32; the common ones: F16 ... IQ1_M (native: MXFP4_MOE for gpt-oss)` },

  // ---------------------------------------------------------------- rank
  { name: 'sort', value: 'KEY', field: ['rank', 'order'], commands: ['rank'], section: 'options', noun: 'order',
    note: `recommended (models): usable, then slow, then impractical; within a grade the models
that reach the context, then those within the quality ceiling, then the larger
model (effective parameters: sqrt(total x active) for MoE), then the faster
recommended (machines): the grade, then the faster, then the least GPU memory` },
  { name: 'family', value: 'F', field: ['rank', 'family'], commands: ['rank'], section: 'options',
    help: 'models whose family contains F (case-insensitive: qwen matches every Qwen family)' },
  { name: 'max-params', value: 'B', field: ['rank', 'maxParamsB'], commands: ['rank'], section: 'options',
    help: 'models with at most B billion parameters' },
  { name: 'add', value: 'MODEL', commands: ['rank'], section: 'options', multiple: true,
    help: 'also rank this model (a .gguf file, URL, hf:org/name or config.json); repeatable' },
  { name: 'no-catalog', commands: ['rank'], section: 'options', help: 'rank only the --add models' },
  { name: 'all', field: ['rank', 'includeInfeasible'], commands: ['rank'], section: 'options',
    help: '(--model) also list the machines that cannot run it at all' },
  { name: 'context', value: 'N', field: ['plan', 'contextLength'], commands: ['rank'], section: 'options',
    help: 'context asked of every model', defaultText: (f) => `${f.default} (each model's maximum when smaller)` },

  // ---------------------------------------------------------------- plan options (optimize; rank and compare list them in one line)
  { name: 'context', value: 'N', field: ['plan', 'contextLength'], commands: ['optimize', 'compare'], section: 'plan',
    defaultText: (f) => `${f.default}, capped at the model's maximum` },
  { name: 'min-context', value: 'N', field: ['plan', 'minContextLength'], commands: PLANS, section: 'plan',
    defaultText: (f) => `min(${f.default}, --context)` },
  { name: 'target-tps', value: 'X', field: ['plan', 'targetTps'], commands: PLANS, section: 'plan' },
  { name: 'kv', value: 'TYPE', field: ['plan', 'kv'], commands: PLANS, section: 'plan', noun: 'KV-cache type' },
  { name: 'min-quant', value: 'TYPE', field: ['plan', 'minQuant'], commands: PLANS, section: 'plan', note: 'e.g. Q4_K_M (case-insensitive)' },
  { name: 'no-disk', field: ['plan', 'allowDisk'], commands: PLANS, section: 'plan', negates: true,
    help: 'never stream weights from disk (by default only as a last resort)' },
  { name: 'prompt', value: 'N', field: ['plan', 'promptTokens'], commands: PLANS, section: 'plan' },
  { name: 'objective', value: 'X', field: ['plan', 'objective'], commands: PLANS, section: 'plan', noun: 'objective',
    note: `balanced: the rule above
quality: the most accurate plan that fits (and meets --target-tps)
speed: the fastest plan (of those about as fast, the most accurate)
workload: the fastest plan for --prompt tokens in + --output tokens out` },
  { name: 'max-quality-loss', value: 'P', field: ['plan', 'maxQualityLoss'], commands: PLANS, section: 'plan' },
  { name: 'output', value: 'N', field: ['plan', 'outputTokens'], commands: PLANS, section: 'plan' },
  { name: 'usable-tps', value: 'X', field: ['plan', 'usableTps'], commands: PLANS, section: 'plan' },
  { name: 'slow-tps', value: 'X', field: ['plan', 'slowTps'], commands: PLANS, section: 'plan',
    help: 'decode speed below which a plan is impractical (slow between it and --usable-tps)' },
  { name: 'compare', field: ['plan', 'compare'], commands: ['optimize'], section: 'plan' },
  { name: 'pareto', commands: ['optimize'], section: 'plan', help: 'also show the Pareto frontier: quality vs decode speed vs memory' },

  // ---------------------------------------------------------------- every command
  { name: 'json', commands: COMMAND_NAMES, section: 'options', help: {
    models: "print the list as JSON (the API's models() records)",
    hardware: "print the list as JSON (the API's hardware() records)",
    analyze: "print the result as JSON (exactly the API's analyze() object)",
    optimize: `print the result as JSON (exactly the API's plan() object; with --pareto
it has a "frontier" field: the API's frontier() points; with --commands
a "commands" field: the API's commands() object, null for an infeasible plan)`,
    rank: "print the ranking as JSON (the API's rankModels() / rankHardware() object)",
    compare: "print the plans as JSON (an array of the API's plan() objects)",
  } },
  { name: 'help', short: 'h', commands: COMMAND_NAMES, section: 'options', help: 'show this help' },

  // ---------------------------------------------------------------- --commands (optimize)
  { name: 'commands', commands: ['optimize'], section: 'commands',
    help: `after the report, for each runtime (llama.cpp, llama-quantize, Ollama,
Transformers, vLLM, MLX): the version it targets, whether it runs on this
machine, the commands, the files they expect, and the caveats` },
  { name: 'model-path', value: 'FILE', field: ['commands', 'modelPath'], commands: ['optimize'], section: 'commands' },
  { name: 'source-path', value: 'FILE', field: ['commands', 'sourcePath'], commands: ['optimize'], section: 'commands' },
  { name: 'hf-repo', value: 'ORG/NAME', field: ['commands', 'hfRepo'], commands: ['optimize'], section: 'commands' },
  { name: 'imatrix-path', value: 'F', field: ['commands', 'imatrixPath'], commands: ['optimize'], section: 'commands' },
  { name: 'llama-cpp', value: 'BUILD', field: ['commands', 'llamaCppBuild'], commands: ['optimize'], section: 'commands', noun: 'build',
    note: 'current: master 2026-08; legacy: builds of 2025-08-30 .. 2025-12-14' },
  { name: 'threads', value: 'N', field: ['commands', 'threads'], commands: ['optimize'], section: 'commands' },
  { name: 'port', value: 'N', field: ['commands', 'port'], commands: ['optimize'], section: 'commands' },

  // ---------------------------------------------------------------- custom hardware, and a preset's host figures
  { name: 'vram', value: 'GiB', field: ['hardware', 'vramGiB'], commands: MACHINE, section: 'custom', note: '0 = a CPU-only machine' },
  { name: 'ram', value: 'GiB', field: ['hardware', 'ramGiB'], commands: MACHINE, section: 'custom' },
  { name: 'gpu-bw', value: 'GB/s', field: ['hardware', 'gpuBandwidthGBps'], commands: MACHINE, section: 'custom' },
  { name: 'ram-bw', value: 'GB/s', field: ['hardware', 'ramBandwidthGBps'], commands: MACHINE, section: 'custom' },
  { name: 'disk-bw', value: 'GB/s', field: ['hardware', 'diskBandwidthGBps'], commands: MACHINE, section: 'custom' },
  { name: 'gpu-tflops', value: 'T', field: ['hardware', 'gpuTflops'], commands: MACHINE, section: 'custom' },
  { name: 'unified', field: ['hardware', 'unifiedMemory'], commands: MACHINE, section: 'custom', note: '--vram is the GPU limit' },
  { name: 'cores', value: 'N', field: ['hardware', 'cpuCores'], commands: MACHINE, section: 'custom' },
  { name: 'gpus', value: 'N', field: ['hardware', 'gpuCount'], commands: MACHINE, section: 'custom' },
  { name: 'pcie-bw', value: 'GB/s', field: ['hardware', 'pcieBandwidthGBps'], commands: MACHINE, section: 'custom' },
  { name: 'backend', value: 'B', field: ['hardware', 'backend'], commands: MACHINE, section: 'custom', noun: 'backend' },

  // ---------------------------------------------------------------- memory kept back (any machine)
  { name: 'os-reserve', value: 'GiB', field: ['hardware', 'osReserveGiB'], commands: MACHINE, section: 'reserve' },
  { name: 'gpu-margin', value: 'GiB', field: ['hardware', 'gpuMarginGiB'], commands: MACHINE, section: 'reserve' },
];

// ------------------------------------------------------------------------------ lookups

/** The request field a row sets (undefined for a CLI-only flag). */
export function fieldOf(flag: Flag): RequestField | undefined {
  return flag.field && requestField(flag.field[0], flag.field[1]);
}

/** The rows `command` takes, in table order. */
export function flagsOf(command: CommandName): Flag[] {
  return FLAGS.filter((f) => f.commands.includes(command));
}

/** The row of `--name` as `command` takes it; a missing one is a bug in the caller. */
export function flagOf(command: CommandName, name: string): Flag {
  const flag = FLAGS.find((f) => f.name === name && f.commands.includes(command));
  if (!flag) throw new Error(`fitplan ${command} has no flag --${name} (wasm/src/cli/flags.ts)`);
  return flag;
}

/** The custom-hardware flags (--hardware custom), and those a preset also takes (its field may go beside a preset). */
export const CUSTOM_FLAGS: readonly Flag[] = FLAGS.filter((f) => f.section === 'custom');
export const PRESET_FLAGS: readonly Flag[] = CUSTOM_FLAGS.filter((f) => fieldOf(f)?.withPreset === true);

/** How the API names a field of each group in its errors ('hardware.ramGiB', 'options.port', 'contextLength'). */
const ERROR_PATH_PREFIX: Record<FieldGroup, string> = { plan: '', analyze: '', rank: '', hardware: 'hardware.', commands: 'options.' };

/** API error field -> the flag that sets it ('hardware.ramBandwidthGBps' -> '--ram-bw'), from the table. */
export const FLAG_OF_FIELD: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const flag of FLAGS) {
    const paths = [...(flag.field ? [ERROR_PATH_PREFIX[flag.field[0]] + flag.field[1]] : []), ...(flag.errorFields ?? [])];
    for (const path of paths) {
      const known = map.get(path);
      if (known !== undefined && known !== `--${flag.name}`) throw new Error(`API field '${path}' is set by both ${known} and --${flag.name}`);
      map.set(path, `--${flag.name}`);
    }
  }
  return map;
})();

/** The flag that sets the API field `path`, if one does. */
export function flagOfField(path: string): string | undefined {
  return FLAG_OF_FIELD.get(path);
}

// ------------------------------------------------------------------------------ parsing

/** The parseArgs options of `command`. */
export function parseOptions(command: CommandName): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const flag of flagsOf(command)) {
    options[flag.name] = {
      type: flag.value === undefined ? 'boolean' : 'string',
      ...(flag.multiple && { multiple: true }),
      ...(flag.short !== undefined && { short: flag.short }),
    };
  }
  return options;
}

/** The command line of `command` (without the command's name), parsed; unknown flags, positionals and a flag given twice are usage errors. */
export function parseFlags(command: CommandName, args: readonly string[]): Values {
  const options = parseOptions(command);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  refuseRepeatedFlags(parsed.tokens ?? [], options);
  return parsed.values as Values;
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

/** The values of one command line, read through the table: each check names the flag. */
export class FlagValues {
  constructor(
    readonly command: CommandName,
    readonly values: Values,
  ) {}

  /** Whether --name was given (or set by --hardware auto). */
  given(name: string): boolean {
    return this.values[name] !== undefined;
  }

  /** A switch: whether it was given. */
  switch(name: string): boolean {
    return this.values[name] === true;
  }

  /** The text of --name as typed (a repeatable flag: undefined; see list()). */
  text(name: string): string | undefined {
    const value = this.values[name];
    return typeof value === 'string' ? value : undefined;
  }

  /** Every value of a repeatable flag (--add). */
  list(name: string): string[] {
    const value = this.values[name];
    return Array.isArray(value) ? value : [];
  }

  /** A number of a bound flag: finite, whole for an integer field, within the field's range. */
  number(name: string): number | undefined {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    const field = this.#field(name);
    const value = raw.trim() === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(value)) throw new UsageError(`--${name} expects a number, got '${raw}'`);
    if (field.kind === 'integer' && !Number.isInteger(value)) throw new UsageError(`--${name} expects a whole number, got '${raw}'`);
    if (!inRange(field, value)) throw new UsageError(`--${name} ${raw}: allowed ${allowedRange(field)}`);
    return value;
  }

  /** A choice of a bound flag: one of the field's choices where the CLI checks them (the row's noun), else as typed (the core checks it). */
  choice<T extends string>(name: string): T | undefined {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    const flag = flagOf(this.command, name);
    const choices = this.#field(name).choices ?? [];
    if (flag.noun !== undefined && !choices.includes(raw)) {
      throw new UsageError(`--${name}: unknown ${flag.noun} '${raw}'; allowed: ${choices.join(', ')}`);
    }
    return raw as T;
  }

  /** The request value of a bound flag, read as its field's kind (undefined when not given). */
  fieldValue(name: string): unknown {
    const flag = flagOf(this.command, name);
    const field = this.#field(name);
    switch (field.kind) {
      case 'integer':
      case 'number':
      case 'bytes':
        return this.number(name);
      case 'boolean':
        return this.switch(name) ? !flag.negates : undefined;
      case 'choice':
        return this.choice(name);
      default:
        return this.text(name);
    }
  }

  /**
   * The request fields the command's flags of `section` set, keyed as the request names them, in
   * table order (`skip`: keys the caller sets itself).
   */
  fields<T extends object = Record<string, unknown>>(section: Section, skip: readonly string[] = []): T {
    const out: Record<string, unknown> = {};
    for (const flag of flagsOf(this.command)) {
      if (flag.section !== section || !flag.field || skip.includes(flag.field[1])) continue;
      const value = this.fieldValue(flag.name);
      if (value !== undefined) out[flag.field[1]] = value;
    }
    return out as T;
  }

  #field(name: string): RequestField {
    const field = fieldOf(flagOf(this.command, name));
    if (!field) throw new Error(`--${name} of fitplan ${this.command} sets no request field`);
    return field;
  }
}

// ------------------------------------------------------------------------------ help

/** The facts of a bound flag's field, as --help states them: "allowed 0.5 to 100000 GB/s; default 50". */
export function fieldFacts(flag: Flag): string {
  const field = fieldOf(flag);
  if (!field || field.kind === 'boolean') return '';
  const numeric = field.kind === 'integer' || field.kind === 'number' || field.kind === 'bytes';
  const allowed = numeric
    ? allowedRange(field)
    : field.kind === 'choice' && field.choices && field.choices.length <= 10
      ? field.choices.join(', ')
      : undefined;
  const facts = [allowed !== undefined ? `allowed ${allowed}` : undefined, defaultWords(field, flag)];
  return facts.filter((f) => f !== undefined).join('; ');
}

/** "required", "default 50", "default 200 (machines with a GPU; 0 without)", "default 0 = no target". */
function defaultWords(field: RequestField, flag: Flag): string | undefined {
  if (field.required) return 'required';
  if (flag.defaultText) return `default ${flag.defaultText(field)}`;
  const { default: value, defaultRule: rule } = field;
  if (value === undefined) return rule === undefined ? undefined : `default ${rule}`;
  if (rule === undefined) return `default ${value}`;
  // A rule that states the value itself ("0 = no target") reads alone.
  const word = String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w.])${word}($|[^\\w.])`).test(rule) ? `default ${rule}` : `default ${value} (${rule})`;
}

/** The description of a row in `command`'s help: the row's words, else the field's help (and the row's note). */
function describe(flag: Flag, command: CommandName): string {
  const own = typeof flag.help === 'string' ? flag.help : flag.help?.[command];
  const text = own ?? fieldOf(flag)?.help ?? '';
  return flag.note ? `${text}\n${flag.note}` : text;
}

const usageOf = (flag: Flag) => `--${flag.name}${flag.value !== undefined ? ` ${flag.value}` : ''}`;

/** A row's lines: "  --ram-bw GB/s      system RAM bandwidth", then its facts line, indented under the description. */
function flagLines(flag: Flag, command: CommandName, column: number): string[] {
  const left = `  ${usageOf(flag)}`;
  const lines = [...describe(flag, command).split('\n'), fieldFacts(flag)].filter((line) => line !== '');
  const indent = ' '.repeat(column);
  return lines.map((line, i) => (i === 0 ? (left.length + 2 <= column ? left.padEnd(column) : `${left}  `) + line : indent + line));
}

const HEADINGS: Record<Exclude<Section, 'plan'>, string> = {
  options: 'Options:',
  commands: "Commands that realise the plan (with --pareto: the chosen plan's only):",
  custom: 'Custom hardware (--hardware custom):',
  reserve: 'Memory kept back from the model (any machine; the output states it):',
};

const FEET: Partial<Record<Section, string>> = {
  commands: '  Paths and names are shell-quoted in the commands, whatever characters they hold.',
  custom: '  Figures left out are assumed; the output says which (an "assumed:" line; hardwareAssumptions in --json).',
};

/** rank and compare list the plan options in lines of "--flag VALUE", as in optimize (where each has its own lines). */
const BRIEF_PLAN_OPTIONS: readonly CommandName[] = ['rank', 'compare'];
const WIDTH = 100;

function briefLines(flags: readonly Flag[]): string[] {
  const words = flags.map(usageOf);
  const lines: string[] = [];
  let line = '';
  for (const [i, word] of words.entries()) {
    const piece = i < words.length - 1 ? `${word},` : word;
    if (line !== '' && line.length + 1 + piece.length > WIDTH) {
      lines.push(line);
      line = '';
    }
    line = line === '' ? `  ${piece}` : `${line} ${piece}`;
  }
  lines.push(`${line}     as in 'fitplan optimize'`);
  return lines;
}

/** The preset's host figures: one line of the flags whose field may go beside a preset. */
function presetLines(command: CommandName): string[] {
  const custom = PRESET_FLAGS.filter((f) => f.commands.includes(command));
  return [
    'A preset with your own host figures (--hardware ID and any of these; the name says what changed):',
    `  ${custom.map(usageOf).join(', ')}     replace the preset's figures`,
    "  (not --ram, --ram-bw or --gpus on unified-memory presets: there the memory is the chip's)",
  ];
}

/**
 * The option sections of `command`'s --help, from the table: "Options:" (with the plan options; in
 * rank and compare one line of them), then --commands', custom hardware with the preset's host
 * figures, and the memory kept back, each where the command takes them.
 */
export function optionsHelp(command: CommandName): string {
  const flags = flagsOf(command);
  const column = Math.min(21, Math.max(...flags.map((f) => usageOf(f).length + 6)));
  const brief = BRIEF_PLAN_OPTIONS.includes(command);
  const blocks: string[][] = [];
  const options: string[] = [HEADINGS.options];
  const planned = flags.filter((f) => f.section === 'plan');
  for (const flag of flags.filter((f) => f.section === 'options' || f.section === 'plan')) {
    if (brief && flag.section === 'plan') {
      if (flag === planned[0]) options.push(...briefLines(planned));
      continue;
    }
    options.push(...flagLines(flag, command, column));
  }
  blocks.push(options);
  for (const section of ['commands', 'custom', 'reserve'] as const) {
    const rows = flags.filter((f) => f.section === section);
    if (rows.length === 0) continue;
    blocks.push([HEADINGS[section], ...rows.flatMap((f) => flagLines(f, command, column)), ...(FEET[section] ? [FEET[section]] : [])]);
    if (section === 'custom') blocks.push(presetLines(command));
  }
  return blocks.map((lines) => `${lines.join('\n')}\n`).join('\n');
}
