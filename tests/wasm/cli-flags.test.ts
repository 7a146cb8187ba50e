// The CLI's flag table (wasm/src/cli/flags.ts) against the core's request-field table: every flag
// bound to a field shows the field's range and default in --help, no number in a bound flag's help
// disagrees with the field, and parsing and the API field -> flag mapping come from the same rows.
import { describe, expect, it } from 'vitest';

import { COMMANDS, commandHelp } from '../../wasm/src/cli/commands.js';
import {
  COMMAND_NAMES,
  CUSTOM_FLAGS,
  FLAGS,
  FLAG_OF_FIELD,
  PRESET_FLAGS,
  fieldFacts,
  fieldOf,
  flagsOf,
  parseOptions,
  type CommandName,
  type Flag,
} from '../../wasm/src/cli/flags.js';
import { allowedRange, requestField, type RequestField } from '../../wasm/src/fields.js';

/** The lines of --name in a help text: its first line and the indented lines under it. */
function block(help: string, flag: Flag): string | undefined {
  const lines = help.split('\n');
  const start = lines.findIndex((line) => line === `  --${flag.name}` || line.startsWith(`  --${flag.name} `));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && /^ {5,}\S/.test(lines[end]!)) end++;
  return lines.slice(start, end).join('\n');
}

/** Numbers as a reader sees them: not inside a name (Q4_K_M, F16, x16, GB10), not a date (2025-08-30). */
function numbersIn(text: string): number[] {
  const words = text.replace(/\b\d{4}-\d{2}(?:-\d{2})?\b/g, ' ');
  return [...words.matchAll(/(?<![\w.-])\d+(?:\.\d+)?(?!\w|\.\d)/g)].map((m) => Number(m[0]));
}

/** Every number the field's table row states: range, default, and those in its help and default rule. */
function fieldNumbers(field: RequestField): Set<number> {
  const stated = [field.min, field.max, typeof field.default === 'number' ? field.default : undefined];
  return new Set([...stated.filter((n): n is number => n !== undefined), ...numbersIn(`${field.help} ${field.defaultRule ?? ''} ${field.unit}`)]);
}

const bound = FLAGS.filter((f) => f.field !== undefined);
const numeric = (field: RequestField) => field.kind === 'integer' || field.kind === 'number' || field.kind === 'bytes';

/** [command, flag] for every row each of its commands lists in a block of its own (rank and compare list the plan options in one line). */
const shown: [CommandName, Flag][] = COMMAND_NAMES.flatMap((command) =>
  flagsOf(command)
    .filter((f) => !(f.section === 'plan' && (command === 'rank' || command === 'compare')))
    .map((f): [CommandName, Flag] => [command, f]),
);
const label = ([command, flag]: [CommandName, Flag]) => `${command} --${flag.name}`;

describe('the flag table', () => {
  it('binds each flag to a field of the core table (requestField throws for a missing one)', () => {
    for (const flag of bound) expect(fieldOf(flag), flag.name).toBeDefined();
  });

  it('gives each command one row per flag name', () => {
    for (const command of COMMAND_NAMES) {
      const names = flagsOf(command).map((f) => f.name);
      expect(new Set(names).size, command).toBe(names.length);
    }
  });

  it('is what parseArgs takes: a value flag per placeholder, a switch per row without one', () => {
    for (const command of COMMAND_NAMES) {
      const options = parseOptions(command);
      expect(Object.keys(options).sort(), command).toEqual(flagsOf(command).map((f) => f.name).sort());
      for (const flag of flagsOf(command)) {
        expect(options[flag.name]!.type, `${command} --${flag.name}`).toBe(flag.value === undefined ? 'boolean' : 'string');
        // A switch sets a true/false field; a value flag sets any other kind.
        const field = fieldOf(flag);
        if (field) expect(field.kind === 'boolean', `${command} --${flag.name}`).toBe(flag.value === undefined);
      }
    }
  });

  it('maps each API field to the flag that sets it, and only from the table', () => {
    const prefix = { plan: '', analyze: '', rank: '', hardware: 'hardware.', commands: 'options.' } as const;
    for (const flag of bound) expect(FLAG_OF_FIELD.get(prefix[flag.field![0]] + flag.field![1]), flag.name).toBe(`--${flag.name}`);
    const fromTable = new Set(FLAGS.flatMap((f) => [...(f.field ? [prefix[f.field[0]] + f.field[1]] : []), ...(f.errorFields ?? [])]));
    expect([...FLAG_OF_FIELD.keys()].sort()).toEqual([...fromTable].sort());
    expect(FLAG_OF_FIELD.get('hardware.ramBandwidthGBps')).toBe('--ram-bw');
    expect(FLAG_OF_FIELD.get('options.port')).toBe('--port');
    expect(FLAG_OF_FIELD.get('kvCacheType')).toBe('--kv');
    expect(FLAG_OF_FIELD.get('hardware.preset')).toBe('--hardware');
  });

  it("takes a preset's host figures from the fields that may go beside a preset", () => {
    expect(PRESET_FLAGS.map((f) => f.name)).toEqual(CUSTOM_FLAGS.filter((f) => requestField('hardware', f.field![1]).withPreset).map((f) => f.name));
    expect(PRESET_FLAGS.map((f) => f.name)).toEqual(['ram', 'ram-bw', 'disk-bw', 'cores', 'gpus']);
  });

  it('has a command for every command name', () => {
    expect(Object.keys(COMMANDS)).toEqual([...COMMAND_NAMES]);
  });
});

describe('--help and the core table', () => {
  it.each(shown.map((s) => [label(s), ...s] as const))('%s is listed', (_, command, flag) => {
    expect(block(commandHelp(command), flag)).toBeDefined();
  });

  it('rank and compare list each plan option in their one line, as in optimize', () => {
    for (const command of ['rank', 'compare'] as const) {
      const help = commandHelp(command);
      const line = help.slice(help.indexOf('\nOptions:'), help.indexOf("as in 'fitplan optimize'"));
      for (const flag of flagsOf(command).filter((f) => f.section === 'plan')) {
        expect(line, `${command} --${flag.name}`).toContain(`--${flag.name}${flag.value ? ` ${flag.value}` : ''}`);
        expect(block(commandHelp('optimize'), flagsOf('optimize').find((f) => f.name === flag.name)!), flag.name).toBeDefined();
      }
    }
  });

  const boundShown = shown.filter(([, flag]) => flag.field !== undefined);

  it.each(boundShown.map((s) => [label(s), ...s] as const))("%s shows its field's range and default", (_, command, flag) => {
    const text = block(commandHelp(command), flag)!;
    const field = fieldOf(flag)!;
    if (numeric(field)) expect(text).toContain(`allowed ${allowedRange(field)}`);
    if (field.kind === 'choice' && field.choices!.length <= 10) expect(text).toContain(`allowed ${field.choices!.join(', ')}`);
    if (field.kind === 'boolean') return; // a switch: off unless given
    if (field.required) expect(text).toMatch(/; required$/m);
    else if (field.default !== undefined) expect(text).toMatch(new RegExp(`default (.*[^\\w.])?${String(field.default).replace('.', '\\.')}($|[^\\w.])`, 'm'));
    else if (field.defaultRule !== undefined && !flag.defaultText) expect(text).toContain(`default ${field.defaultRule}`);
    expect(text).toContain(fieldFacts(flag));
  });

  it.each(boundShown.map((s) => [label(s), ...s] as const))('%s states no number the field does not', (_, command, flag) => {
    const field = fieldOf(flag)!;
    const allowed = fieldNumbers(field);
    for (const n of numbersIn(block(commandHelp(command), flag)!)) expect(allowed.has(n), `${n} in the help of --${flag.name}; the table has ${[...allowed].join(', ')}`).toBe(true);
  });

  it('catches a number that disagrees (the check itself)', () => {
    expect(numbersIn('allowed 0.5 to 100000 GB/s; default 50 (PCIe 4.0 x16, Q4_K_M, 2025-08-30)')).toEqual([0.5, 100000, 50, 4]);
    expect(fieldNumbers(requestField('hardware', 'ramBandwidthGBps')).has(60)).toBe(false);
  });
});
