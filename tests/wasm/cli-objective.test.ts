// fitplan optimize: the workload objective, verdict thresholds and the largest GPU context.
import { describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';
import { planner } from './setup.js';

const fitplan = (...args: string[]) => runCli(args);

const workload = ['optimize', '--model', 'llama3.1-8b', '--hardware', 'rtx3060-12g', '--context', '16384', '--prompt', '4000', '--output', '200'];

describe('fitplan optimize --objective workload', () => {
  it('prints the fastest plan for the workload and its total time, as the API computes it', async () => {
    const run = await fitplan(...workload, '--objective', 'workload');
    expect(run.code).toBe(0);
    const api = planner.plan({ model: 'llama3.1-8b', hardware: 'rtx3060-12g', contextLength: 16384, promptTokens: 4000, outputTokens: 200, objective: 'workload' });
    expect(run.stdout).toContain(`workload: ${api.workloadSeconds.toFixed(2)} s for 4000 prompt + 200 output tokens`);
    expect(api.notes[0]).toMatch(/^Fastest plan for the workload of 4000 prompt tokens and 200 output tokens/);
    const quality = planner.plan({ model: 'llama3.1-8b', hardware: 'rtx3060-12g', contextLength: 16384, promptTokens: 4000, outputTokens: 200 });
    expect(api.workloadSeconds).toBeLessThanOrEqual(quality.workloadSeconds);
  });

  it('--json carries the objective in the request', async () => {
    const run = await fitplan(...workload, '--objective', 'workload', '--json');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.request.objective).toBe('workload');
    expect(plan.request.outputTokens).toBe(200);
  });

  it('rejects an unknown objective with exit code 2 naming the flag', async () => {
    const run = await fitplan(...workload, '--objective', 'fastest');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--objective');
    expect(run.stderr).toContain('balanced, quality, speed, workload');
  });
});

describe('fitplan optimize verdict thresholds and GPU context', () => {
  it('--usable-tps moves the verdict', async () => {
    const args = ['optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--context', '8192'];
    expect((await fitplan(...args)).stdout).toContain('usability: usable');
    const strict = await fitplan(...args, '--usable-tps', '1000', '--slow-tps', '500');
    expect(strict.code).toBe(0);
    expect(strict.stdout).toContain('usability: impractical');
  });

  it('prints the largest context that stays fully on the GPU', async () => {
    const run = await fitplan('optimize', '--model', 'llama3.1-8b', '--hardware', 'rtx4090', '--context', '8192');
    const api = planner.plan({ model: 'llama3.1-8b', hardware: 'rtx4090', contextLength: 8192 });
    expect(api.maxGpuContext).toBeGreaterThanOrEqual(8192);
    expect(run.stdout).toContain(`largest context fully on the GPU (${api.baseFileType}, KV ${api.kvCacheTypeK}): ${api.maxGpuContext} tokens`);
  });

  it('rejects thresholds in the wrong order, naming the field', async () => {
    const run = await fitplan('optimize', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--usable-tps', '1', '--slow-tps', '5');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--usable-tps|usableTps/);
  });
});
