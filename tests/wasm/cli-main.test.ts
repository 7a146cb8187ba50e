// The CLI's main(argv, io, planner?) called in this process with a fake io: what it writes, what it
// returns. No process is spawned (cli-bin.test.ts runs the bin itself).
import { describe, expect, it } from 'vitest';

import { main, type Io } from '../../wasm/src/cli/main.js';
import { COMMAND_NAMES } from '../../wasm/src/cli/flags.js';
import { allowedRange, requestField, type Planner } from '../../wasm/src/node.js';
import { planner } from './setup.js';

/** A fake io that keeps what main writes. */
function fakeIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
  };
  return io;
}

async function run(argv: string[], load: () => Promise<Planner> = async () => planner) {
  const io = fakeIo();
  const code = await main(argv, io, load);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('main() in process', () => {
  it('plans: the answer first, then the report, exit 0', async () => {
    const { code, stdout, stderr } = await run(['optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const plan = planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 8192 });
    expect(stdout.split('\n')[0]).toBe(`ANSWER: ${plan.headline}`);
    expect(stdout).toContain('\nPLAN Llama-3-8B (llama3-8b');
  });

  it('--json is exactly the API result', async () => {
    const { code, stdout } = await run(['optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--context', '4096', '--kv', 'q8_0', '--json']);
    expect(code).toBe(0);
    expect(stdout).toBe(JSON.stringify(planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096, kv: 'q8_0' }), null, 2) + '\n');
  });

  it('a value out of the field range: exit 2, naming the flag and the range of the core table', async () => {
    const { code, stdout, stderr } = await run(['optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--ram-bw', '0.1']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(allowedRange(requestField('hardware', 'ramBandwidthGBps'))).toBe('0.5 to 100000 GB/s');
    expect(stderr).toBe("fitplan optimize: --ram-bw 0.1: allowed 0.5 to 100000 GB/s\nRun 'fitplan optimize --help' for usage.\n");
  });

  it.each([
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--prompt', '2.5'], "fitplan analyze: --prompt expects a whole number, got '2.5'\n"],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--context', 'x'], "fitplan analyze: --context expects a number, got 'x'\n"],
    [['rank', '--hardware', 'rtx4090', '--max-params=-1'], `fitplan rank: --max-params -1: allowed ${allowedRange(requestField('rank', 'maxParamsB'))}\n`],
    [['optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--commands', '--port', '0'], `fitplan optimize: --port 0: allowed ${allowedRange(requestField('commands', 'port'))}\n`],
    [['optimize', '--model', 'llama3-8b', '--hardware', 'custom', '--vram', '8', '--ram', '32', '--gpu-bw', '0.5'], `fitplan optimize: --gpu-bw 0.5: allowed 0 or 1 to 100000 GB/s\n`],
    [['optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--objective', 'fast'], "fitplan optimize: --objective: unknown objective 'fast'; allowed: balanced, quality, speed, workload\n"],
  ])('usage error %j names the flag', async (argv, first) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(first), stderr).toBe(true);
  });

  it('an API error is mapped back to the flag the user typed', async () => {
    // In the field's range, beyond the model's: the core's error, on --context.
    const { code, stderr } = await run(['analyze', '--model', 'llama2-7b', '--hardware', 'rtx4090', '--context', '32768']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^fitplan analyze: --context: .*4096/);
  });

  it.each(COMMAND_NAMES)('%s --help: exit 0, its usage and option lines on stdout', async (command) => {
    const { code, stdout, stderr } = await run([command, '--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(new RegExp(`^Usage: fitplan ${command}`));
    expect(stdout).toMatch(/\nOptions:\n {2}--/);
    expect(stdout).toMatch(/\n {2}--help +show this help\n/);
  });

  it('top-level help (exit 0), no command (exit 2), an unknown command (exit 2), --version', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: fitplan <command>') });
    expect(await run([])).toMatchObject({ code: 2, stdout: expect.stringContaining('Usage: fitplan <command>') });
    expect(await run(['constructor'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command 'constructor'") });
    expect((await run(['--version'])).stdout).toMatch(/^fitplan \d+\.\d+\.\d+/);
  });

  it('loads no planner for --help or a usage error found in the flags', async () => {
    const load = async (): Promise<Planner> => {
      throw new Error('no planner here');
    };
    expect((await run(['optimize', '--help'], load)).code).toBe(0);
    expect((await run(['optimize', '--model', 'x', '--hardware', 'rtx4090', '--commands', '--threads', 'many'], load)).code).toBe(2);
  });

  it('exit 1 for an internal error, with its message', async () => {
    const load = async (): Promise<Planner> => {
      throw new Error('the planner broke');
    };
    const { code, stdout, stderr } = await run(['models'], load);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('fitplan models: the planner broke\n');
  });

  it('escapes what it writes for the terminal', async () => {
    const { code, stderr } = await run(['analyze', '--model', 'x\u001b[2J', '--hardware', 'rtx4090']);
    expect(code).toBe(2);
    expect(stderr).not.toContain('\u001b');
    expect(stderr).toContain('\\u001b[2J');
  });
});
