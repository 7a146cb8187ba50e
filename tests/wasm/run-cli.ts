// `fitplan ARGS` for the tests: exit status, stdout and stderr.
// runCli calls the CLI's main() in this process (the same code the bin runs, from source, with the
// shared planner of setup.ts): no process per case. spawnCli runs `node dist/cli.js ARGS` as a user
// does (built by `npm run build:lib`), for what needs a process: the bin itself, its exit status, a
// pipe closed early, a heap limit (NODE_OPTIONS).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { main } from '../../wasm/src/cli/main.js';
import { planner } from './setup.js';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI on `args` in this process; `env` is what imports read (HF_ENDPOINT, HF_TOKEN). NODE_OPTIONS needs a process: spawnCli. */
export async function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  if ('NODE_OPTIONS' in env) return spawnCli(args, env);
  let stdout = '';
  let stderr = '';
  const io = {
    out: (text: string) => void (stdout += text),
    err: (text: string) => void (stderr += text),
    env: { ...process.env, ...env },
  };
  const code = await main(args, io, async () => planner);
  return { code, stdout, stderr };
}

/** `node dist/cli.js ARGS` in a new process. */
export function spawnCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
