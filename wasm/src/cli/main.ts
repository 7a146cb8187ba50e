// `fitplan <command> [flags]` as a function: main(argv, io, planner?) runs one command line and
// returns its exit status (0 done, 1 internal error, 2 usage error: bad flag or value, unknown id,
// value out of range). The bin (../cli.ts) gives it the process's streams; tests give it strings.
import { readFileSync } from 'node:fs';

import { escapeTerminal } from '../format.js';
import { FitplanError } from '../errors.js';
import { createPlanner } from '../node.js';
import type { Planner } from '../types.js';
import { COMMANDS, TOP_HELP, commandHelp, isCommand } from './commands.js';
import { FlagValues, UsageError, flagOfField, parseFlags, type Values } from './flags.js';
import { applyAutoHardware, type Io } from './requests.js';

export type { Io } from './requests.js';

/** The package's version: the nearest package.json named fitplan above this file (dist/cli/ installed, wasm/src/cli/ in the repository). */
function packageVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const json = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (json.name === 'fitplan') return typeof json.version === 'string' ? json.version : 'unknown';
    } catch {
      // not there: one level up
    }
  }
  return 'unknown';
}

/**
 * Runs the CLI on `argv` (without node and the script); returns the exit status. Everything it
 * writes may carry names from imported files: it reaches `io` escaped for the terminal.
 * `planner`: the planner to use (default: a new one, loaded on first use).
 */
export async function main(argv: readonly string[], io: Io, planner: () => Promise<Planner> = () => createPlanner()): Promise<number> {
  const safe: Io = { out: (t) => io.out(escapeTerminal(t)), err: (t) => io.err(escapeTerminal(t)), ...(io.env && { env: io.env }) };
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    safe.out(`fitplan ${packageVersion()}\n`);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    safe.out(TOP_HELP);
    return name === undefined ? 2 : 0;
  }
  const command = isCommand(name) ? name : undefined;
  let values: Values | undefined; // read by the error report too
  try {
    if (command === undefined) throw new UsageError(`unknown command '${name}'; commands: ${Object.keys(COMMANDS).join(', ')}`);
    values = parseFlags(command, rest);
    if (values.help) {
      safe.out(commandHelp(command));
      return 0;
    }
    const flags = new FlagValues(command, values);
    if (!COMMANDS[command].ownAuto && values.hardware === 'auto') await applyAutoHardware(flags, await planner(), safe);
    await COMMANDS[command].run(flags, planner, safe);
    return 0;
  } catch (error) {
    const where = command ? `fitplan ${name}` : 'fitplan';
    if (error instanceof UsageError) {
      safe.err(`${where}: ${error.message}\nRun '${command ? `fitplan ${name} --help` : 'fitplan --help'}' for usage.\n`);
      return 2;
    }
    if (error instanceof FitplanError && error.code !== 'internal') {
      // A field of the model (an imported model's architecture: 'model.architecture.nHeadKv') is --model's.
      const modelFlag = flagOfField('model');
      const flag = flagOfField(error.field) ?? (error.field.startsWith('model.') ? modelFlag : undefined);
      const model = flag === modelFlag && error.field !== 'model' && typeof values?.model === 'string' ? `${values.model}: ` : '';
      safe.err(`${where}: ${flag ? `${flag}: ` : ''}${model}${error.message}\n`);
      return 2;
    }
    safe.err(`${where}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
