// Issue #16 (hostile input), the CLI: every flag of every command, given a hostile value, ends in
// exit 0 or exit 2 with a message (never exit 1, a JavaScript error or a stack trace), within a
// time bound, and prints nothing a terminal would act on. A flag given twice is refused (item 9).
// The cases call the CLI's main() in this process (run-cli.ts): the flags are read from each --help.
import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { runCli, type CliRun } from './run-cli.js';

const BASES: Record<string, string[]> = {
  analyze: ['--model', 'qwen2.5-0.5b', '--hardware', 'rtx4090'],
  optimize: ['--model', 'qwen2.5-0.5b', '--hardware', 'rtx4090'],
  rank: ['--hardware', 'rtx4090', '--family', 'qwen 2.5'],
  compare: ['--model', 'qwen2.5-0.5b', '--hardware', 'rtx4090,cpu-32g'],
  models: [],
  hardware: [],
};

// A value that is numerically absurd, and one a terminal would act on (and long).
const HOSTILE_VALUES = ['1e-320', `\u001b]0;pwned\u0007\u001b[2J${'y'.repeat(3000)}`];
const JS_ERROR = /TypeError|RangeError|ReferenceError|SyntaxError|Maximum call stack|\n\s+at .+:\d+:\d+/;

/** The flags of `command` that take a value, read from its --help (placeholders are upper-case: ID, N, GiB). */
async function valueFlags(command: string): Promise<string[]> {
  const help = await runCli([command, '--help']);
  expect(help.code).toBe(0);
  const flags = new Set<string>();
  for (const line of help.stdout.split('\n')) {
    if (!line.startsWith('  --')) continue;
    // "--vram GiB", "--hardware A,B,C", and lines listing several: "--context N, --target-tps X, ...".
    for (const match of line.matchAll(/(--[a-z0-9-]+) ([A-Z][A-Za-z/.]*(?:,[A-Z])*|GiB|GB\/s)(?=[\s,]|$)/g)) flags.add(match[1]!);
  }
  return [...flags];
}

/** Runs `cases` two at a time (interleaved: each awaits its imports). */
async function runAll(cases: string[][]): Promise<{ args: string[]; run: CliRun; ms: number }[]> {
  const results: { args: string[]; run: CliRun; ms: number }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const args = cases[next++]!;
      const start = performance.now();
      const run = await runCli(args);
      results.push({ args, run, ms: performance.now() - start });
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

function withFlag(base: string[], flag: string, value: string): string[] {
  const at = base.indexOf(flag);
  if (at < 0) return [...base, flag, value];
  const copy = [...base];
  copy[at + 1] = value;
  return copy;
}

describe('fitplan CLI under hostile flag values', () => {
  it('every value flag of every command: exit 0 or 2, no JavaScript error, nothing raw for the terminal, within 30 s', async () => {
    const cases: string[][] = [];
    for (const [command, base] of Object.entries(BASES)) {
      const flags = await valueFlags(command);
      if (command !== 'models' && command !== 'hardware') expect(flags.length, command).toBeGreaterThan(3);
      for (const flag of flags) for (const value of HOSTILE_VALUES) cases.push([command, ...withFlag(base, flag, value)]);
    }
    expect(cases.length).toBeGreaterThan(100);
    const results = await runAll(cases);
    for (const { args, run, ms } of results) {
      const label = `${args.slice(0, 1).join(' ')} ${args.slice(1).map((a) => (a.length > 20 ? `${JSON.stringify(a.slice(0, 12))}…` : a)).join(' ')}`;
      expect([0, 2], `${label}: exit ${run.code}\n${run.stderr.slice(0, 500)}`).toContain(run.code);
      expect(run.stderr, label).not.toMatch(JS_ERROR);
      expect(run.stdout + run.stderr, label).not.toContain('\u001b');
      if (run.code === 2) expect(run.stderr.trim().length, label).toBeGreaterThan(0);
      expect(ms, label).toBeLessThan(30_000);
    }
  }, 900_000);

  it('prints its version: the package.json one', async () => {
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const run = await runCli([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`fitplan ${version}\n`);
    }
  });

  it('refuses a flag given twice, naming both values (item 9)', async () => {
    const twice = await runCli(['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--hardware', 'rtx3090']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("fitplan analyze: --hardware is given twice ('rtx4090' and 'rtx3090'); give it once");
    const json = await runCli(['models', '--json', '--json']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--json is given twice; give it once');
    // rank --add is a list: it may repeat.
    const add = await runCli(['rank', '--hardware', 'rtx4090', '--family', 'nothing-matches', '--add', 'a.gguf', '--add', 'b.gguf']);
    expect(add.stderr).not.toContain('given twice');
  }, 60_000);
});
