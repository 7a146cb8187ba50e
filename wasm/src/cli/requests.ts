// The flags of a command line -> the API's requests (analyze, plan, rankings, commands options),
// read through the flag table (flags.ts): each value is checked there, and errors name the flag.
import { defaultOf } from '../fields.js';
import { detectHardware } from '../detect/node.js';
import type {
  AnalyzeRequest,
  CommandOptions,
  CustomHardware,
  FileTypeName,
  HardwareReserve,
  HardwareSpec,
  KvCacheType,
  ModelSpec,
  PlanRequest,
  Planner,
  PresetHardware,
} from '../types.js';
import { CUSTOM_FLAGS, PRESET_FLAGS, UsageError, fieldOf, flagsOf, type FlagValues } from './flags.js';

/** Where a command writes: stdout and stderr. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The environment imports read (HF_ENDPOINT, HF_TOKEN); default process.env. */
  env?: NodeJS.ProcessEnv;
}

export function requiredModel(flags: FlagValues): string {
  const model = flags.text('model');
  if (model === undefined) throw new UsageError('--model is required (see fitplan models)');
  return model;
}

// ------------------------------------------------------------------------------ the machine

/** --os-reserve and --gpu-margin (any machine). */
function reserveFlags(flags: FlagValues): HardwareReserve {
  return flags.fields<HardwareReserve>('reserve');
}

const flagList = (names: readonly string[]) => names.map((name) => `--${name}`).join(', ');

/**
 * --hardware ID (with --ram and the other host flags: the preset with your figures), or
 * --hardware custom with the custom-hardware flags; --os-reserve / --gpu-margin with either.
 */
export function machine(flags: FlagValues): HardwareSpec {
  const hardwareId = flags.text('hardware');
  if (hardwareId === undefined) throw new UsageError('--hardware is required (see fitplan hardware, or use --hardware custom)');
  if (hardwareId !== 'custom') {
    const misplaced = CUSTOM_FLAGS.find((flag) => flags.given(flag.name) && !PRESET_FLAGS.includes(flag));
    if (misplaced !== undefined) {
      throw new UsageError(
        `--${misplaced.name} describes custom hardware; use it with --hardware custom (with a preset only ` +
          `${flagList(PRESET_FLAGS.map((f) => f.name))}, --os-reserve and --gpu-margin apply)`,
      );
    }
    const preset: PresetHardware = { preset: hardwareId, ...reserveFlags(flags) };
    for (const flag of PRESET_FLAGS) {
      const value = flags.fieldValue(flag.name);
      if (value !== undefined) Object.assign(preset, { [flag.field![1]]: value });
    }
    return Object.keys(preset).length > 1 ? preset : hardwareId;
  }
  const vramGiB = flags.number('vram');
  const ramGiB = flags.number('ram');
  if (vramGiB === undefined) throw new UsageError('--hardware custom needs --vram (GiB of one GPU; 0 for a CPU-only machine)');
  if (ramGiB === undefined) throw new UsageError('--hardware custom needs --ram (GiB of system RAM)');
  // Left out: the API assumes customHardwareDefaults and lists them in hardwareAssumptions.
  return { vramGiB, ramGiB, ...reserveFlags(flags), ...flags.fields<Omit<CustomHardware, 'vramGiB' | 'ramGiB'>>('custom', ['vramGiB', 'ramGiB']) };
}

/** Reads this machine (nvidia-smi, rocm-smi, sysctl / system_profiler, /proc/meminfo, lscpu), reports what it found and assumed on stderr. */
export async function autoMachine(planner: Planner, io: Io): Promise<HardwareSpec> {
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
 * --hardware auto: the detected machine as the flags that describe it (a preset id with its host
 * figures, or --hardware custom with its figures), so every command reads it as if typed; flags
 * the user gave win over the detected ones.
 */
export async function applyAutoHardware(flags: FlagValues, planner: Planner, io: Io): Promise<void> {
  const spec = await autoMachine(planner, io);
  const { values } = flags;
  if (typeof spec === 'string') {
    values.hardware = spec;
    return;
  }
  const figures = spec as Record<string, unknown>;
  const isPreset = 'preset' in spec;
  values.hardware = isPreset ? spec.preset : 'custom';
  for (const flag of isPreset ? PRESET_FLAGS : CUSTOM_FLAGS) {
    const field = fieldOf(flag)!;
    // A memory size may come in bytes: the flag takes GiB.
    const bytes = field.gibName !== undefined && typeof figures[field.name] === 'number' ? (figures[field.name] as number) / 2 ** 30 : undefined;
    const value = figures[flag.field![1]] ?? bytes;
    if (values[flag.name] !== undefined) continue;
    if (value === true) values[flag.name] = true;
    else if (typeof value === 'number' || typeof value === 'string') values[flag.name] = String(value);
  }
}

// ------------------------------------------------------------------------------ analyze

export function analyzeRequest(flags: FlagValues): AnalyzeRequest {
  const request: AnalyzeRequest = { model: requiredModel(flags), hardware: machine(flags) };
  const context = flags.number('context');
  const prompt = flags.number('prompt');
  const kv = flags.choice<KvCacheType>('kv');
  if (context !== undefined) request.contextLength = context;
  if (prompt !== undefined) request.promptTokens = prompt;
  if (kv !== undefined) request.kvCacheType = kv;
  const types = flags.text('types');
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

// ------------------------------------------------------------------------------ plans

/** The context optimize and compare ask when --context is left out (lowered to the model's maximum). */
const PLAN_CONTEXT = defaultOf<number>('plan', 'contextLength');

/** --context left out: the field's default, lowered to the model's maximum (an unknown id is left to the API's error). */
export function defaultContext(planner: Planner, model: string | ModelSpec): number {
  const maxContext = typeof model === 'string' ? planner.models().find((m) => m.id === model)?.maxContext : model.architecture.nCtxTrain;
  return Math.min(PLAN_CONTEXT, maxContext ?? PLAN_CONTEXT);
}

/** The plan options the flags set (every field but model, hardware and contextLength). */
export type PlanOptionFields = Omit<PlanRequest, 'model' | 'hardware' | 'contextLength'>;
export function planOptionFlags(flags: FlagValues): PlanOptionFields {
  return flags.fields<PlanOptionFields>('plan', ['contextLength']);
}

export function planRequest(flags: FlagValues, planner: Planner, model: string | ModelSpec): PlanRequest {
  const hardware = machine(flags);
  const context = flags.number('context');
  return { model, hardware, contextLength: context ?? defaultContext(planner, model), ...planOptionFlags(flags) };
}

// ------------------------------------------------------------------------------ --commands

/** The CommandOptions of --commands and its flags; undefined without --commands. */
export function commandOptions(flags: FlagValues): CommandOptions | undefined {
  const given = flagsOf(flags.command).filter((f) => f.section === 'commands' && f.name !== 'commands' && flags.given(f.name));
  if (!flags.switch('commands')) {
    if (given.length > 0) throw new UsageError(`--${given[0]!.name} sets what --commands prints; add --commands`);
    return undefined;
  }
  return flags.fields<CommandOptions>('commands');
}
