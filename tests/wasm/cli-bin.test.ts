// The bin as users run it: node dist/cli.js (built by `npm run build:lib`), one process per case:
// it is main() with the process's streams (the same output), its exit status is the process's, and
// a reader that goes away (`| head`) ends it quietly. The other CLI tests call main() in process.
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { CLI, runCli, spawnCli } from './run-cli.js';

describe('dist/cli.js', () => {
  it('is an executable node script', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
  });

  it('prints what main() prints, exit 0', async () => {
    const args = ['optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--commands'];
    const [bin, inProcess] = await Promise.all([spawnCli(args), runCli(args)]);
    expect(bin.code).toBe(0);
    expect(bin.stderr).toBe('');
    expect(bin.stdout).toBe(inProcess.stdout);
  });

  it('exits 2 on a usage error and on an API error, naming the flag', async () => {
    const usage = await spawnCli(['optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--ram-bw', '0.1']);
    expect(usage).toEqual({ code: 2, stdout: '', stderr: "fitplan optimize: --ram-bw 0.1: allowed 0.5 to 100000 GB/s\nRun 'fitplan optimize --help' for usage.\n" });
    const api = await spawnCli(['analyze', '--model', 'llama3-8', '--hardware', 'rtx4090']);
    expect(api.code).toBe(2);
    expect(api.stderr).toMatch(/^fitplan analyze: --model: unknown model id 'llama3-8'/);
  });

  it('exits 2 with the usage when no command is given, 0 for --help and --version', async () => {
    const none = await spawnCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Usage: fitplan <command>');
    expect((await spawnCli(['optimize', '--help'])).code).toBe(0);
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await spawnCli(['--version'])).toEqual({ code: 0, stdout: `fitplan ${version}\n`, stderr: '' });
  });

  it('stops quietly when piped into head (EPIPE): exit 0, no stack trace', async () => {
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      // The shell's status is head's; PIPESTATUS[0] is the CLI's.
      const script = `"${process.execPath}" "${CLI}" optimize --model llama3-8b --hardware rtx4090 --pareto --commands | head -1; echo "cli=\${PIPESTATUS[0]}" >&2`;
      execFile('bash', ['-c', script], { encoding: 'utf8' }, (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr }));
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ANSWER: /);
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.stderr).toContain('cli=0');
  });
});
