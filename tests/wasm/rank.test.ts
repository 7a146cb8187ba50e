// rankModels() / rankHardware(): the public API over the core's rankings, and `fitplan rank` /
// `fitplan compare` / `--hardware auto` as a user runs them.
import { describe, expect, it } from 'vitest';

import { FitplanError, RANK_ORDERS } from '../../wasm/src/node.js';
import { runCli } from './run-cli.js';
import { planner } from './setup.js';

describe('rankModels', () => {
  const ranking = planner.rankModels({ hardware: 'rtx4090' });

  it('ranks every catalog model, each row the plan plan() gives for it', () => {
    expect(ranking.rows.map((r) => r.model.id).sort()).toEqual(planner.models().map((m) => m.id).sort());
    expect(ranking.rows.map((r) => r.rank)).toEqual(ranking.rows.map((_, i) => i + 1));
    expect(ranking.request.contextLength).toBe(8192);
    expect(ranking.orderRule).toMatch(/^Order \(recommended\): usable/);
    for (const id of ['qwen3-32b', 'llama3.1-70b', 'gpt-oss-20b']) {
      const row = ranking.rows.find((r) => r.model.id === id)!;
      const plan = planner.plan({ model: id, hardware: 'rtx4090', contextLength: 8192 });
      expect(row.decodeTokensPerSecond).toBe(plan.decodeTokensPerSecond);
      expect(row.qualityProxy).toBe(plan.qualityProxy);
      expect(row.grade).toBe(plan.usability.grade);
      expect(row.headline).toBe(plan.headline);
      expect(row.published?.repo).toBe(plan.published?.repo);
      expect(row.published?.fileType).toBe(plan.published?.fileType);
    }
  });

  it('puts a usable 32B above an impractical or slow 70B on a 24 GiB GPU, and usable rows first', () => {
    const at = (id: string) => ranking.rows.findIndex((r) => r.model.id === id);
    expect(ranking.rows.find((r) => r.model.id === 'qwen3-32b')!.grade).toBe('usable');
    expect(ranking.rows.find((r) => r.model.id === 'llama3.1-70b')!.grade).not.toBe('usable');
    expect(at('qwen3-32b')).toBeLessThan(at('llama3.1-70b'));
    const grades = ranking.rows.map((r) => ['usable', 'slow', 'impractical', 'infeasible'].indexOf(r.grade));
    expect(grades).toEqual([...grades].sort((a, b) => a - b));
  });

  it('ranks small models first on a CPU machine', () => {
    const cpu = planner.rankModels({ hardware: 'cpu-ddr5-dual-32g' });
    const top = cpu.rows.slice(0, 5);
    for (const row of top) expect(row.model.activeParams).toBeLessThan(10e9);
    for (const row of cpu.rows.filter((r) => r.model.totalParams > 60e9)) expect(row.rank).toBeGreaterThan(10);
  });

  it('filters by family and size, counts what it left out, and sorts by the key asked', () => {
    const qwen = planner.rankModels({ hardware: 'rtx4090', family: 'qwen', maxParamsB: 15, order: 'speed' });
    expect(qwen.rows.length).toBeGreaterThan(3);
    expect(qwen.filteredOut + qwen.rows.length).toBe(planner.models().length);
    for (const row of qwen.rows) {
      expect(row.model.family.toLowerCase()).toContain('qwen');
      expect(row.model.totalParams).toBeLessThanOrEqual(15e9);
    }
    const speeds = qwen.rows.map((r) => r.decodeTokensPerSecond);
    expect(speeds).toEqual([...speeds].sort((a, b) => b - a));
    expect(qwen.orderRule).toMatch(/^Order \(speed\)/);
    expect(RANK_ORDERS).toContain(qwen.order);
  });

  it('ranks imported models beside (or instead of) the catalog', () => {
    const spec = planner.models().find((m) => m.id === 'llama3.2-1b')!;
    const imported = { id: 'my-model', name: 'My model', family: 'Mine', architecture: spec.architecture };
    const only = planner.rankModels({ hardware: 'rtx4060-8g', models: [imported], catalog: false });
    expect(only.rows).toHaveLength(1);
    expect(only.rows[0]!.model.name).toBe('My model');
    expect(only.rows[0]!.published).toBeNull();
    const both = planner.rankModels({ hardware: 'rtx4060-8g', models: [imported], family: 'mine' });
    expect(both.rows.map((r) => r.model.id)).toEqual(['my-model']);
  });

  it('marks a model planned below the context asked (its maximum)', () => {
    const long = planner.rankModels({ hardware: 'rtx4090', contextLength: 32768, family: 'llama 2' });
    for (const row of long.rows) {
      expect(row.contextCapped).toBe(true);
      expect(row.askedContextLength).toBe(4096);
    }
  });

  it('names the field of a bad request', () => {
    const error = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as FitplanError;
      }
      throw new Error('no error');
    };
    expect(error(() => planner.rankModels({ hardware: 'rtx4090', order: 'fastest' as never })).field).toBe('order');
    expect(error(() => planner.rankModels({ hardware: 'rtx4090', family: 'falcon' })).field).toBe('filter.family');
    expect(error(() => planner.rankModels({ hardware: 'rtx4090', models: [42 as never] })).field).toBe('models[0]');
    expect(error(() => planner.rankModels({ hardware: 'rtx4090', catalog: false })).field).toBe('models');
    expect(error(() => planner.rankModels({ hardware: 'nope' })).field).toBe('hardware');
    expect(error(() => planner.rankModels({ hardware: 'rtx4090', model: 'x' } as never)).field).toBe('model');
  });
});

describe('rankHardware', () => {
  it('ranks machines, leaves out those that cannot run it, and sizes what it needs', () => {
    const ranking = planner.rankHardware({ model: 'qwen3-32b', contextLength: 8192 });
    expect(ranking.rows.length + ranking.leftOut).toBe(planner.hardware().length);
    expect(ranking.rows[0]!.grade).toBe('usable');
    expect(ranking.needsTokensPerSecond).toBe(8);
    expect(ranking.needs.map((n) => n.fileType)).toEqual(['Q8_0', 'Q6_K', 'Q5_K_M', 'Q4_K_M', 'Q3_K_M', 'Q2_K']);
    const machines = planner.rankHardware({ model: 'qwen3-32b', contextLength: 8192, machines: ['rtx4060-8g', { preset: 'rtx4090', ramGiB: 32 }] });
    expect(machines.rows.map((r) => r.hardware.id)).toEqual(['rtx4090', 'rtx4060-8g']);
    expect(machines.rows[0]!.hardware.name).toContain('32 GiB');
  });

  it('names the machine a bad entry is', () => {
    try {
      planner.rankHardware({ model: 'qwen3-32b', machines: ['rtx4090', { vramGiB: -1, ramGiB: 8 }] });
      throw new Error('no error');
    } catch (e) {
      expect((e as FitplanError).field).toMatch(/^machines\[1\]/);
    }
  });
});

describe('fitplan rank / compare', () => {
  it('rank --hardware prints the answer, the order rule and the table as the API ranks it', async () => {
    const run = await runCli(['rank', '--hardware', 'rtx4090', '--family', 'qwen 3', '--context', '16384']);
    expect(run.code).toBe(0);
    const api = planner.rankModels({ hardware: 'rtx4090', family: 'qwen 3', contextLength: 16384 });
    expect(run.stdout).toMatch(/^WHAT RUNS ON NVIDIA GeForce RTX 4090/);
    expect(run.stdout).toContain(`${api.rows.filter((r) => r.grade === 'usable').length} of ${api.rows.length} models at a usable speed`);
    expect(run.stdout).toContain(api.orderRule);
    const ids = run.stdout.split("\n").flatMap((line) => /^\s*\d+\s+(\S+)\s+[\d.]+ B/.exec(line)?.[1] ?? []);
    expect(ids).toEqual(api.rows.map((r) => r.model.id));
  });

  it('rank --model lists machines and what the model needs; --json is the API object', async () => {
    const run = await runCli(['rank', '--model', 'llama3.1-8b', '--target-tps', '40']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^MACHINES FOR Llama-3.1-8B/);
    expect(run.stdout).toContain('WHAT IT TAKES');
    expect(run.stdout).toContain('GPU GB/s for 40.0 tok/s');
    const json = await runCli(['rank', '--model', 'llama3.1-8b', '--target-tps', '40', '--json']);
    const parsed = JSON.parse(json.stdout);
    const api = planner.rankHardware({ model: 'llama3.1-8b', contextLength: 8192, targetTps: 40 });
    expect(parsed.rows.map((r: { hardware: { id: string } }) => r.hardware.id)).toEqual(api.rows.map((r) => r.hardware.id));
    expect(parsed.needs).toEqual(api.needs);
  });

  it('rank usage errors name the flag', async () => {
    const both = await runCli(['rank', '--hardware', 'rtx4090', '--model', 'llama3.1-8b']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give either --hardware');
    const sort = await runCli(['rank', '--hardware', 'rtx4090', '--sort', 'fast']);
    expect(sort.code).toBe(2);
    expect(sort.stderr).toContain("--sort: unknown order 'fast'");
    const family = await runCli(['rank', '--hardware', 'rtx4090', '--family', 'falcon']);
    expect(family.code).toBe(2);
    expect(family.stderr).toMatch(/no model matches family 'falcon'; families: .*Qwen 3/);
    const misplaced = await runCli(['rank', '--model', 'llama3.1-8b', '--family', 'qwen']);
    expect(misplaced.code).toBe(2);
  });

  it('compare puts the plans side by side', async () => {
    const run = await runCli(['compare', '--model', 'qwen3-32b', '--hardware', 'rtx4090,m4-max-128g,cpu-ddr5-dual-64g']);
    expect(run.code).toBe(0);
    const header = run.stdout.split('\n')[0]!;
    expect(header).toMatch(/rtx4090\s+m4-max-128g\s+cpu-ddr5-dual-64g/);
    for (const id of ['rtx4090', 'm4-max-128g', 'cpu-ddr5-dual-64g']) {
      const plan = planner.plan({ model: 'qwen3-32b', hardware: id, contextLength: 8192 });
      expect(run.stdout).toContain(`${plan.hardwareName}: ${plan.headline}`);
    }
    expect(run.stdout).toMatch(/where\s+GPU\s+GPU\s+RAM/);
    const one = await runCli(['compare', '--model', 'qwen3-32b', '--hardware', 'rtx4090']);
    expect(one.code).toBe(2);
  });

  it('--hardware auto reads this machine, says what it found and assumed, and plans for it', async () => {
    const run = await runCli(['optimize', '--model', 'qwen2.5-0.5b', '--hardware', 'auto']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^detected: /);
    expect(run.stderr).toMatch(/found: RAM: \d/);
    expect(run.stdout).toMatch(/^ANSWER: /);
    // A flag given beside auto corrects what was detected.
    const corrected = await runCli(['rank', '--hardware', 'auto', '--ram-bw', '123', '--max-params', '2', '--json']);
    expect(corrected.code).toBe(0);
    const request = JSON.parse(corrected.stdout).request;
    const bandwidth = typeof request.hardware === 'object' ? request.hardware.ramBandwidthGBps : undefined;
    expect(bandwidth).toBe(123);
  });
});
