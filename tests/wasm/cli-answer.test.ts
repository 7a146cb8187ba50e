// fitplan optimize puts the answer first: the verdict in one sentence, the rule that chose the plan,
// the published file to download with the commands that fetch it, then the custom mix. The original
// tool's README examples run verbatim.
import { spawn } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import { CLI, runCli } from './run-cli.js';
import { planner } from './setup.js';

const fitplan = (...args: string[]) => runCli(args);

describe("the original tool's README examples", () => {
  it.each([
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090']],
    [['optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--context', '8192', '--target-tps', '3', '--commands', '--compare']],
    [['optimize', '--model', 'phi3-mini', '--hardware', 'custom', '--vram', '4', '--ram', '32']],
    [['optimize', '--model', 'llama3-8b', '--hardware', 'rtx3050-4g', '--pareto']],
  ])('fitplan %j runs', async (args) => {
    const run = await fitplan(...args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(200);
  });
});

describe('fitplan optimize: the answer first', () => {
  it('names the published file before the custom mix, with commands that fetch it', async () => {
    const run = await fitplan('optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090');
    expect(run.code).toBe(0);
    const plan = planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 8192 });
    const out = run.stdout;
    const download = out.indexOf('DOWNLOAD THIS FILE: ');
    const build = out.indexOf('OR BUILD THE CUSTOM MIX');
    const report = out.indexOf('\nPLAN ');
    expect(download).toBeGreaterThan(0);
    expect(build).toBeGreaterThan(download);
    expect(report).toBeGreaterThan(build);
    expect(plan.published).not.toBeNull();
    expect(out).toContain(`DOWNLOAD THIS FILE: ${plan.published!.repo}, ${plan.published!.fileType} (`);
    expect(out).toContain(`llama-server -hf ${plan.published!.repo}:${plan.published!.fileType} -c 8192`);
    expect(out).toContain(`ollama run hf.co/${plan.published!.repo}:${plan.published!.fileType}`);
    expect(out).toContain(plan.objectiveRule);
    // Default objective: not the F16 plan; at least as fast as the Q4_K_M file.
    expect(plan.decodeTokensPerSecond).toBeGreaterThanOrEqual(plan.published!.plan.decodeTokensPerSecond - 1e-9);
  });

  it('keeps the original objective as --objective quality and adds speed', async () => {
    const quality = JSON.parse((await fitplan('optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--objective', 'quality', '--json')).stdout);
    const speed = JSON.parse((await fitplan('optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--objective', 'speed', '--json')).stdout);
    const balanced = JSON.parse((await fitplan('optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--json')).stdout);
    expect(quality.qualityProxy).toBeLessThan(balanced.qualityProxy);
    expect(speed.decodeTokensPerSecond).toBeGreaterThan(balanced.decodeTokensPerSecond);
    expect(balanced.request.objective).toBeUndefined();
    expect(balanced.objectiveRule).toMatch(/^Default rule \(balanced\)/);
  });

  it('--max-quality-loss is checked and named', async () => {
    const run = await fitplan('optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--max-quality-loss', '-2');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--max-quality-loss');
  });

  it('says there is nothing to build when the plan is the published file itself', async () => {
    const api = planner.plan({ model: 'deepseek-v3', hardware: 'rtx4090', contextLength: 8192 });
    expect(api.published).not.toBeNull();
    // The mix would only match the Q4_K_M file (the default keeps the asked context): no gain.
    expect([api.published!.gainDecodeTokensPerSecond, api.published!.gainQualityProxy, api.published!.gainContextLength]).toEqual([0, 0, 0]);
    const run = await fitplan('optimize', '--model', 'deepseek-v3', '--hardware', 'rtx4090');
    expect(run.stdout).toContain('OR BUILD THE CUSTOM MIX (per-block precision, from the original weights (safetensors of deepseek-ai/DeepSeek-V3), converted to an F16 GGUF): nothing to build');
    const mix = await fitplan('optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090');
    expect(mix.stdout).toMatch(/OR BUILD THE CUSTOM MIX \(per-block precision, from the original weights \(safetensors of [\w./-]+\), converted to an F16 GGUF\): it gains .* over the published file; it takes download /);
  });

  it('says what would run it when nothing does', async () => {
    const run = await fitplan('optimize', '--model', 'deepseek-v3', '--hardware', 'rtx3050-4g', '--no-disk');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ANSWER: Cannot run/m);
    expect(run.stdout).toMatch(/what would run it: To run at 8192 tokens in GPU \+ RAM it needs at least [\d.]+ GiB/);
  });
});

describe('imported models name their own published files', () => {
  it('uses the repository list and exact size a ModelSpec carries', () => {
    const catalog = planner.models().find((m) => m.id === 'qwen2.5-7b')!;
    const plan = planner.plan({
      model: {
        id: 'hf:someone/Qwen-GGUF',
        architecture: catalog.architecture,
        published: [{ repo: 'someone/Qwen-GGUF', files: [{ fileType: 'Q4_K_M', fileBytes: 4_683_073_248, fileName: 'q-Q4_K_M.gguf' }] }],
      },
      hardware: 'rtx4090',
      contextLength: 8192,
    });
    expect(plan.published).toMatchObject({ repo: 'someone/Qwen-GGUF', fileType: 'Q4_K_M', fileBytes: 4_683_073_248, fileBytesExact: true });
    expect(plan.published!.commands.llamaServer).toContain('llama-server -hf someone/Qwen-GGUF:Q4_K_M');
  });

  it('rejects a malformed repository list, naming the field', () => {
    const catalog = planner.models().find((m) => m.id === 'qwen2.5-7b')!;
    expect(() =>
      planner.plan({ model: { architecture: catalog.architecture, published: [{ repo: 'no-slash', files: [] }] }, hardware: 'rtx4090', contextLength: 4096 }),
    ).toThrow(/model\.published\[0\]\.repo/);
  });
});

describe('fitplan piped into a reader that stops early', () => {
  it('exits quietly on EPIPE (no stack trace): the bin, in a process of its own', async () => {
    const child = spawn(process.execPath, [CLI, 'optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--pareto'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Read the first chunk, then close the pipe as `head -1` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
