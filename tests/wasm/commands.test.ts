// commands(plan, options?) through the public API and `fitplan optimize --commands`, on the real
// module: the issue #4 scenarios carry the plan's own flags, a frontier point gets its own
// placement, hostile paths reach the text only shell-quoted, bad options name their field.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { FitplanError, type CommandOptions, type Commands, type Plan, type PlanRequest, type RuntimeCommand } from '../../wasm/src/node.js';
import { planner } from './setup.js';

const RUNTIMES = {
  llamaCpp: 'llama.cpp',
  llamaQuantize: 'llama-quantize',
  ollama: 'ollama',
  transformers: 'transformers',
  vllm: 'vllm',
  mlx: 'mlx',
} as const;
const RUNTIME_FIELDS = ['runtime', 'text', 'files', 'caveats', 'targets', 'applicable'].sort();

const keys = (o: object) => Object.keys(o).sort();

/** The FitplanError that commands(plan, options) throws. */
function commandsError(plan: unknown, options?: unknown): FitplanError {
  try {
    planner.commands(plan as Plan, options as CommandOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(FitplanError);
    return error as FitplanError;
  }
  throw new Error(`commands(..., ${JSON.stringify(options)}) did not throw`);
}

/** Every runtime, with exactly the declared fields and a text. */
function expectWellFormed(commands: Commands): void {
  expect(keys(commands)).toEqual(keys(RUNTIMES));
  for (const [key, runtime] of Object.entries(RUNTIMES)) {
    const command: RuntimeCommand = commands[key as keyof Commands];
    expect(keys(command), key).toEqual(RUNTIME_FIELDS);
    expect(command.runtime).toBe(runtime);
    expect(command.text.length, key).toBeGreaterThan(0);
    expect(command.targets.length, key).toBeGreaterThan(0);
    expect(typeof command.applicable).toBe('boolean');
    for (const item of [...command.files, ...command.caveats]) expect(typeof item).toBe('string');
  }
}

/** The llama-server invocation: its flags, one per word (the text continues lines with " \"). */
function serverFlags(commands: Commands): string {
  const server = commands.llamaCpp.text.split('\n').findIndex((line) => line.startsWith('llama-server '));
  expect(server).toBeGreaterThanOrEqual(0);
  const lines: string[] = [];
  for (const line of commands.llamaCpp.text.split('\n').slice(server)) {
    lines.push(line.replace(/\s*\\$/, ''));
    if (!line.endsWith('\\')) break;
  }
  return ` ${lines.join(' ').replace(/\s+/g, ' ')} `;
}

/** The request's model as test names and file names show it: its catalog id, or an imported spec's id. */
function modelId(request: PlanRequest): string {
  return typeof request.model === 'string' ? request.model : (request.model.id ?? 'imported');
}

// ------------------------------------------------------------------------------ scenarios

const SCENARIOS: { label: string; request: PlanRequest }[] = [
  { label: 'llama3-70b on rtx4090, 8192 tokens, target 3 tok/s', request: { model: 'llama3-70b', hardware: 'rtx4090', contextLength: 8192, targetTps: 3 } },
  { label: 'qwen3-30b-a3b (MoE) on rtx4060-8g', request: { model: 'qwen3-30b-a3b', hardware: 'rtx4060-8g', contextLength: 8192 } },
  { label: 'llama3-8b on cpu-32g (CPU only)', request: { model: 'llama3-8b', hardware: 'cpu-32g', contextLength: 8192 } },
  { label: 'llama3.1-8b on m2-max (unified memory)', request: { model: 'llama3.1-8b', hardware: 'm2-max', contextLength: 8192 } },
];

describe('commands() for the issue #4 scenarios', () => {
  it.each(SCENARIOS)('$label: llama.cpp flags are the plan\'s', ({ request }) => {
    const model = modelId(request);
    const plan = planner.plan(request);
    expect(plan.feasible).toBe(true);
    const commands = planner.commands(plan);
    expectWellFormed(commands);
    const flags = serverFlags(commands);
    expect(flags).toContain(` -m ${model}-fitplan.gguf `);
    expect(flags).toContain(` -ngl ${plan.placement.nGpuLayers} `);
    expect(flags).toContain(` -c ${plan.contextLength} `);
    expect(flags).toContain(` -ctk ${plan.kvCacheTypeK} `);
    expect(flags).toContain(` -ctv ${plan.kvCacheTypeV} `);
    if (plan.flashAttention) expect(flags).toContain(' -fa on ');
    if (plan.placement.nCpuMoe > 0) expect(flags).toContain(` --n-cpu-moe ${plan.placement.nCpuMoe} `);
    else expect(flags).not.toContain('--n-cpu-moe');
    // The same placement for llama-cli.
    expect(commands.llamaCpp.text).toMatch(new RegExp(`llama-cli [^]*-ngl ${plan.placement.nGpuLayers}\\b`));
    expect(commands.llamaCpp.files).toEqual([`${model}-fitplan.gguf`]);
    expect(commands.llamaCpp.applicable).toBe(true);
  });

  it.each(SCENARIOS)('$label: llama-quantize writes the plan\'s per-block mix into the GGUF llama.cpp runs', ({ request }) => {
    const model = modelId(request);
    const plan = planner.plan(request);
    const quantize = planner.commands(plan).llamaQuantize;
    expect(quantize.text).toMatch(new RegExp(`llama-quantize [^]*${model}-F16\\.gguf ${model}-fitplan\\.gguf ${plan.baseFileType}\\b`));
    expect(quantize.files).toEqual(expect.arrayContaining([`${model}-F16.gguf`, `${model}-fitplan.gguf`]));
    // A mix of file types needs per-tensor overrides; a uniform plan needs none.
    if (Object.keys(plan.histogram).length > 1) expect(quantize.text).toMatch(/--tensor-type/);
  });

  it("the plan's tensorOverrides are exactly the -ot patterns its llama.cpp command passes (one generator)", () => {
    const requests: PlanRequest[] = [
      { model: 'llama3-70b', hardware: 'rtx4090', contextLength: 8192, targetTps: 3 }, // FFN offload of dense blocks
      { model: 'qwen3-30b-a3b', hardware: 'rtx4060-8g', contextLength: 8192 }, // routed experts: --n-cpu-moe
      { model: 'llama3-8b', hardware: 'rtx3050-4g', contextLength: 8192 }, // layer split
      { model: 'llama3-8b', hardware: 'rtx4090', contextLength: 8192 }, // all on the GPU
    ];
    let withOverrides = 0;
    for (const request of requests) {
      const plan = planner.plan(request);
      const text = planner.commands(plan).llamaCpp.text;
      const server = text.slice(text.indexOf('llama-server'), text.indexOf('# Interactive'));
      const passed = [...server.matchAll(/ -ot '([^']+)'/g)].map((m) => m[1]);
      expect(plan.placement.tensorOverrides, modelId(request)).toEqual(passed);
      if (passed.length > 0) withOverrides++;
      // Anchored to the tensor name, as llama.cpp's own --n-cpu-moe pattern is.
      for (const pattern of plan.placement.tensorOverrides) expect(pattern).toMatch(/^\^blk\\\./);
    }
    expect(withOverrides).toBeGreaterThan(0);
  });

  it('says where each runtime applies', () => {
    const applicable = (request: PlanRequest) => {
      const commands = planner.commands(planner.plan(request));
      return Object.fromEntries(Object.entries(commands).map(([key, c]: [string, RuntimeCommand]) => [key, c.applicable]));
    };
    const [cuda, moe, cpu, mac] = SCENARIOS.map((s) => applicable(s.request));
    expect(cuda).toMatchObject({ llamaCpp: true, vllm: true, mlx: false });
    expect(moe).toMatchObject({ llamaCpp: true, vllm: true, mlx: false });
    expect(cpu).toMatchObject({ llamaCpp: true, vllm: false, mlx: false });
    expect(mac).toMatchObject({ llamaCpp: true, vllm: false, mlx: true });
    const mlx = planner.commands(planner.plan(SCENARIOS[0]!.request)).mlx;
    expect(mlx.caveats.join('\n')).toMatch(/Apple Silicon/);
  });

  it('takes the options: threads, port, llama.cpp build, file names, repo', () => {
    const plan = planner.plan(SCENARIOS[0]!.request);
    const commands = planner.commands(plan, {
      threads: 4, port: 9000, llamaCppBuild: 'legacy', modelPath: 'models/mix.gguf', sourcePath: 'models/f16.gguf',
      hfRepo: 'someone/Llama-3-70B', imatrixPath: 'models/l3.imatrix',
    });
    const flags = serverFlags(commands);
    expect(flags).toContain(' -m models/mix.gguf ');
    expect(flags).toContain(' -t 4 ');
    expect(flags).toContain(' --port 9000 ');
    expect(flags).not.toContain('--fit'); // legacy builds have no --fit
    expect(commands.llamaCpp.targets).toMatch(/2025-12-14/);
    expect(commands.llamaQuantize.text).toContain('hf download someone/Llama-3-70B');
    expect(commands.llamaQuantize.text).toMatch(/models\/f16\.gguf models\/mix\.gguf /);
    expect(commands.vllm.text).toContain('--port 9000');
    // Defaults: the current build with --fit off, the machine's cores, port 8080.
    const defaults = serverFlags(planner.commands(plan));
    expect(defaults).toContain(' --fit off ');
    expect(defaults).toContain(' --port 8080 ');
    expect(defaults).toContain(` -t ${planner.hardware().find((h) => h.id === 'rtx4090')!.cpuCores} `);
  });

  it('works for the baseline, and the same plan always gives the same text', () => {
    const plan = planner.plan({ ...SCENARIOS[0]!.request, compare: true });
    const baseline = planner.commands(plan.baseline!);
    expectWellFormed(baseline);
    expect(serverFlags(baseline)).toContain(` -ngl ${plan.baseline!.placement.nGpuLayers} `);
    expect(baseline.llamaQuantize.text).toMatch(/ Q4_K_M\b/);
    expect(planner.commands(plan)).toEqual(planner.commands(structuredClone(plan)));
  });
});

describe('commands() for a frontier point', () => {
  const request: PlanRequest = { model: 'llama3.1-8b', hardware: 'rtx4060-8g', contextLength: 32768 };

  it('uses the point\'s own placement, which differs from the chosen plan\'s', () => {
    const chosen = planner.plan(request);
    const frontier = planner.frontier(request);
    const other = frontier.find((p) => p.plan.placement.nGpuLayers !== chosen.placement.nGpuLayers);
    expect(other).toBeDefined();
    const mine = planner.commands(other!.plan);
    expectWellFormed(mine);
    expect(serverFlags(mine)).toContain(` -ngl ${other!.plan.placement.nGpuLayers} `);
    expect(serverFlags(mine)).toContain(` -ctk ${other!.plan.kvCacheTypeK} `);
    const theirs = planner.commands(chosen);
    expect(serverFlags(theirs)).toContain(` -ngl ${chosen.placement.nGpuLayers} `);
    expect(mine.llamaCpp.text).not.toBe(theirs.llamaCpp.text);
  });

  it('works for every point of the frontier', () => {
    for (const point of planner.frontier(request)) {
      const commands = planner.commands(point.plan);
      expect(serverFlags(commands)).toContain(` -ngl ${point.plan.placement.nGpuLayers} `);
      expect(serverFlags(commands)).toContain(` -c ${point.plan.contextLength} `);
    }
  });
});

// ------------------------------------------------------------------------------ shell quoting

describe('commands() quote every path for the shell', () => {
  const sandbox = mkdtempSync(join(tmpdir(), 'fitplan-quote-'));
  const canary = join(sandbox, 'pwned');
  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));
  /** Spaces, both quotes, $(...), backticks, a variable, a glob and a newline. */
  const hostile = `/tmp/my models/it's a "test" $(rm -rf /) \`touch ${canary}\` $HOME *\nsecond line.gguf`;

  /** A word the shell cannot expand: only '...' runs and \' between them. */
  const SINGLE_QUOTED = /^(?:'[^']*'|\\')+$/;

  /** What `sh -c 'printf %s WORD'` prints: the word as the shell reads it back. */
  function shellReads(word: string): string {
    expect(word).toMatch(SINGLE_QUOTED); // checked first: nothing in it can run
    return execFileSync('/bin/sh', ['-c', `printf %s ${word}`], { encoding: 'utf8' });
  }

  it('writes a hostile model path as one single-quoted word that the shell reads back unchanged', () => {
    const commands = planner.commands(planner.plan(SCENARIOS[0]!.request), { modelPath: hostile });
    const word = /\nllama-server -m ('[^]*?') \\\n/.exec(commands.llamaCpp.text)?.[1];
    expect(word).toBeDefined();
    expect(shellReads(word!)).toBe(hostile);
    expect(existsSync(canary)).toBe(false);
    // Everywhere the path is used it is this word; nothing of it appears outside the quotes.
    for (const key of ['llamaCpp', 'llamaQuantize', 'vllm'] as const) {
      const text = commands[key].text;
      expect(text, key).toContain(word);
      const rest = text.replaceAll(word!, 'MODEL');
      for (const piece of ['rm -rf', 'touch', '$HOME', 'second line', 'my models']) expect(rest, key).not.toContain(piece);
    }
    for (const command of Object.values(commands) as RuntimeCommand[]) expect(command.text).not.toContain(hostile);
    // The files list holds the path itself (data, not shell text).
    expect(commands.llamaCpp.files).toEqual([hostile]);
    expect(commands.ollama.files).toContain(hostile);
  });

  it('quotes hostile source, imatrix and repo names too', () => {
    const sourcePath = `src dir/'f16' $(touch ${canary}).gguf`;
    const hfRepo = `org/name';touch ${canary};'`;
    const commands = planner.commands(planner.plan(SCENARIOS[0]!.request), { sourcePath, hfRepo });
    const quantize = commands.llamaQuantize.text;
    const source = /--outfile ('[^\n]*')\n/.exec(quantize)?.[1];
    expect(shellReads(source!)).toBe(sourcePath);
    const repo = /hf download ('[^\n]*?') --local-dir/.exec(quantize)?.[1];
    expect(shellReads(repo!)).toBe(hfRepo);
    expect(existsSync(canary)).toBe(false);
  });
});

// ------------------------------------------------------------------------------ errors

describe('commands() errors', () => {
  const plan = planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096 });

  it.each([
    [{ threads: -1 }, 'out_of_range', 'options.threads'],
    [{ threads: 4097 }, 'out_of_range', 'options.threads'],
    [{ threads: 2.5 }, 'invalid_argument', 'options.threads'],
    [{ threads: '8' }, 'invalid_argument', 'options.threads'],
    [{ port: 0 }, 'out_of_range', 'options.port'],
    [{ port: 65536 }, 'out_of_range', 'options.port'],
    [{ port: Number.NaN }, 'invalid_argument', 'options.port'],
    [{ modelPath: 'a\0b.gguf' }, 'invalid_argument', 'options.modelPath'],
    [{ modelPath: 42 }, 'invalid_argument', 'options.modelPath'],
    [{ sourcePath: null }, 'invalid_argument', 'options.sourcePath'],
    [{ hfRepo: ['org/name'] }, 'invalid_argument', 'options.hfRepo'],
    [{ imatrixPath: 'x\0' }, 'invalid_argument', 'options.imatrixPath'],
    [{ llamaCppBuild: 'b4000' }, 'invalid_argument', 'options.llamaCppBuild'],
    [{ thread: 4 }, 'invalid_argument', 'options.thread'],
    ['fast', 'invalid_argument', 'options'],
    [null, 'invalid_argument', 'options'],
  ])('%j: %s naming %s', (options, code, field) => {
    const error = commandsError(plan, options);
    expect(error).toMatchObject({ code, field });
    expect(error.message).toContain(field);
  });

  it('accepts the limits of each range', () => {
    for (const options of [{ threads: 0 }, { threads: 4096 }, { port: 1 }, { port: 65535 }, { modelPath: '' }, {}]) {
      expect(() => planner.commands(plan, options)).not.toThrow();
    }
  });

  it('refuses an infeasible plan and its baseline, saying why', () => {
    const infeasible = planner.plan({ model: 'llama3-70b', hardware: 'rtx3050-4g', contextLength: 8192, allowDisk: false, compare: true });
    expect(infeasible.feasible).toBe(false);
    for (const p of [infeasible, infeasible.baseline!]) {
      expect(p.feasible).toBe(false);
      const error = commandsError(p);
      expect(error).toMatchObject({ code: 'infeasible', field: 'plan' });
      expect(error.message).toMatch(/infeasible.*nothing to run/);
    }
  });

  it('names the plan field at fault when a plan is not one the API returned', () => {
    expect(commandsError(undefined)).toMatchObject({ code: 'invalid_argument', field: 'plan' });
    expect(commandsError('plan')).toMatchObject({ code: 'invalid_argument', field: 'plan' });
    const { request: _request, ...withoutRequest } = plan;
    expect(commandsError(withoutRequest)).toMatchObject({ code: 'invalid_argument', field: 'plan.request' });
    expect(commandsError({ ...plan, request: { ...plan.request, contextLength: 10 ** 6 } })).toMatchObject({
      code: 'out_of_range',
      field: 'plan.request.contextLength',
    });
    expect(commandsError({ ...plan, request: { ...plan.request, model: 'nope' } })).toMatchObject({ code: 'unknown_id', field: 'plan.request.model' });
    expect(commandsError({ ...plan, kvCacheTypeK: 'q3' })).toMatchObject({ field: 'plan.kvCacheTypeK' });
    expect(commandsError({ ...plan, placement: { ...plan.placement, kind: 'elsewhere' } })).toMatchObject({ field: 'plan.placement.kind' });
  });
});

// ------------------------------------------------------------------------------ CLI

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function fitplan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const OPTIMIZE_70B = ['optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--context', '8192', '--target-tps', '3'];
const REQUEST_70B = SCENARIOS[0]!.request;

describe('fitplan optimize --commands', () => {
  it('prints every runtime after the plan report: header, target version, text, files, caveats', async () => {
    const run = await fitplan(...OPTIMIZE_70B, '--commands');
    expect(run.code).toBe(0);
    const commands = planner.commands(planner.plan(REQUEST_70B));
    const [report, listing] = run.stdout.split(/\nCOMMANDS for this plan[^\n]*\n/);
    expect(report).toMatch(/^ANSWER: /);
    expect(report).toMatch(/\nPLAN Llama-3-70B/);
    expect(listing).toBeDefined();
    const sections = listing!.trim().split(/\n\n(?====)/);
    expect(sections).toHaveLength(6);
    (Object.values(commands) as RuntimeCommand[]).forEach((command, i) => {
      const lines = sections[i]!.split('\n');
      expect(lines[0]).toBe(`=== ${command.runtime}: ${command.applicable ? 'runs on this machine' : 'does not run on this machine (written for reference)'} ===`);
      expect(lines[1]).toBe(`targets: ${command.targets}`);
      expect(sections[i]).toContain(`\n${command.text.trimEnd()}\nfiles: `);
      expect(sections[i]).toContain(`\nfiles: ${command.files.join(' ')}\n`);
      const tail = command.caveats.length > 0 ? ['caveats:', ...command.caveats.map((c) => `- ${c}`)] : [`files: ${command.files.join(' ')}`];
      expect(sections[i]!.endsWith(tail.join('\n'))).toBe(true);
    });
    expect(sections[0]).toContain(` -ngl ${planner.plan(REQUEST_70B).placement.nGpuLayers} `);
    expect(sections[5]).toMatch(/^=== mlx: does not run on this machine/);
  });

  it('passes the command options through, quoted', async () => {
    const run = await fitplan(...OPTIMIZE_70B, '--commands', '--model-path', 'my model.gguf', '--source-path', 'f16.gguf', '--hf-repo', 'me/l3',
      '--imatrix-path', 'l3.imatrix', '--llama-cpp', 'legacy', '--threads', '6', '--port', '9001');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("llama-server -m 'my model.gguf' \\");
    expect(run.stdout).toContain('-t 6 --no-mmap');
    expect(run.stdout).toContain('--port 9001');
    expect(run.stdout).toContain('hf download me/l3');
    expect(run.stdout).toContain("files: 'my model.gguf'\n");
  });

  it('includes the API\'s commands() object as "commands" with --json', async () => {
    const run = await fitplan(...OPTIMIZE_70B, '--commands', '--json', '--port', '9002');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    const plan = planner.plan(REQUEST_70B);
    expect(printed.commands).toEqual(planner.commands(plan, { port: 9002 }));
    const { commands: _commands, ...rest } = printed;
    expect(rest).toEqual(JSON.parse(JSON.stringify(plan)));
  });

  it('with --pareto, prints the chosen plan\'s commands only', async () => {
    const args = ['optimize', '--model', 'llama3-8b', '--hardware', 'rtx4060-8g', '--pareto', '--commands'];
    const request: PlanRequest = { model: 'llama3-8b', hardware: 'rtx4060-8g', contextLength: 8192 };
    const text = await fitplan(...args);
    expect(text.code).toBe(0);
    expect(text.stdout.match(/^=== llama\.cpp:/gm)).toHaveLength(1);
    expect(text.stdout).toMatch(/PARETO FRONTIER[^]*COMMANDS for the chosen plan/);
    expect(text.stdout).toContain(` -ngl ${planner.plan(request).placement.nGpuLayers} `);
    const json = JSON.parse((await fitplan(...args, '--json')).stdout);
    expect(json.frontier.length).toBeGreaterThan(1);
    expect(json.frontier.every((point: object) => !('commands' in point))).toBe(true);
    expect(json.commands).toEqual(planner.commands(planner.plan(request)));
  });

  it('says there are none for an infeasible plan (exit 0; null in JSON)', async () => {
    const args = ['optimize', '--model', 'llama3-70b', '--hardware', 'rtx3050-4g', '--no-disk', '--commands'];
    const run = await fitplan(...args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/feasible: no[^]*\nCOMMANDS: none for this plan: the plan is infeasible/);
    const json = JSON.parse((await fitplan(...args, '--json')).stdout);
    expect(json).toMatchObject({ feasible: false, commands: null });
  });

  it('leaves commands out without --commands', async () => {
    const run = await fitplan(...OPTIMIZE_70B, '--json');
    expect(JSON.parse(run.stdout)).not.toHaveProperty('commands');
    expect((await fitplan(...OPTIMIZE_70B)).stdout).not.toContain('COMMANDS');
  });

  it('documents the flags in --help', async () => {
    const run = await fitplan('optimize', '--help');
    for (const flag of ['--commands', '--model-path', '--source-path', '--hf-repo', '--imatrix-path', '--llama-cpp', '--threads', '--port']) {
      expect(run.stdout).toContain(flag);
    }
  });

  it.each([
    [['--threads', '5000'], /--threads 5000: allowed 0 to 4096/],
    [['--threads', '1.5'], /--threads expects a whole number, got '1\.5'/],
    [['--port', '0'], /--port 0: allowed 1 to 65535/],
    [['--port', 'http'], /--port expects a number, got 'http'/],
    [['--llama-cpp', 'b4000'], /--llama-cpp: unknown build 'b4000'; allowed: current, legacy/],
  ])('exits 2 for %j', async (flags, message) => {
    const run = await fitplan(...OPTIMIZE_70B, '--commands', ...flags);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 for a command option without --commands', async () => {
    const run = await fitplan(...OPTIMIZE_70B, '--port', '9000');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--port sets what --commands prints; add --commands/);
  });
});
