// leanFrontier() and frontierPlan() through the public API, on the real module: the lean points are
// frontier()'s points in the same order with the same figures, a point's plan is frontier()'s plan
// at its index (every field, the request included), and bad input is an error naming its field.
import { describe, expect, it } from 'vitest';

import { FILE_TYPE_NAMES, FitplanError, type LeanFrontierPoint, type Plan, type PlanRequest } from '../../wasm/src/node.js';
import { planner } from './setup.js';

// A dense model split between GPU and RAM (the case), a MoE offloading experts, a CPU-only
// machine, two GPUs, one KV type asked, and a small model all on the GPU.
const REQUESTS: PlanRequest[] = [
  { model: 'llama3.1-70b', hardware: 'rtx4090', contextLength: 8192 },
  { model: 'qwen3-30b-a3b', hardware: 'rtx4060-8g', contextLength: 8192 },
  { model: 'llama3-8b', hardware: 'cpu-32g', contextLength: 4096 },
  { model: 'llama3-70b', hardware: { preset: 'rtx3090', gpuCount: 2 }, contextLength: 8192 },
  { model: 'gemma2-9b', hardware: 'rtx4060-8g', contextLength: 4096, kv: 'q8_0', promptTokens: 1024 },
  { model: 'llama3-8b', hardware: 'rtx4090', contextLength: 8192 },
];

const label = (request: PlanRequest) => `${request.model as string} on ${JSON.stringify(request.hardware)}`;

/** A point's runs, one entry per block. */
function blocksOf<T extends { count: number }>(runs: T[]): Omit<T, 'count'>[] {
  return runs.flatMap(({ count, ...run }) => Array.from({ length: count }, () => run));
}

/** No two neighbouring runs are equal (each run is as long as it can be), and none is empty. */
function expectLongestRuns<T extends { count: number }>(runs: T[], at: string): void {
  runs.forEach(({ count, ...run }, r) => {
    expect(count, at).toBeGreaterThan(0);
    if (r > 0) expect(run, at).not.toEqual((({ count: _, ...before }) => before)(runs[r - 1]!));
  });
}

describe('leanFrontier()', () => {
  for (const request of REQUESTS) {
    it(`has frontier()'s points, in the same order with the same figures: ${label(request)}`, () => {
      const lean = planner.leanFrontier(request);
      const full = planner.frontier(request);
      expect(lean.length).toBeGreaterThan(1);
      expect(lean).toHaveLength(full.length);
      lean.forEach((point, i) => {
        const plan = full[i]!.plan;
        const at = `${label(request)} point ${i}`;
        expect(point, at).toEqual({
          qualityProxy: plan.qualityProxy,
          decodeTokensPerSecond: plan.decodeTokensPerSecond,
          decodeTokensPerSecondLow: plan.decodeTokensPerSecondLow,
          decodeTokensPerSecondHigh: plan.decodeTokensPerSecondHigh,
          prefillTokensPerSecond: plan.prefillTokensPerSecond,
          totalBytes: plan.memory.totalBytes,
          gpuBytes: plan.memory.gpuTotalBytes,
          ramBytes: plan.memory.cpu.totalBytes,
          diskBytes: plan.memory.diskBytes,
          fit: plan.fit,
          contextLength: plan.contextLength,
          kvCacheTypeK: plan.kvCacheTypeK,
          kvCacheTypeV: plan.kvCacheTypeV,
          baseFileType: plan.baseFileType,
          histogram: plan.histogram,
          placement: { kind: plan.placement.kind, nGpuLayers: plan.placement.nGpuLayers, nCpuMoe: plan.placement.nCpuMoe },
          typeRuns: point.typeRuns,
          tierRuns: point.tierRuns,
        });
        expect(point.qualityProxy, at).toBe(full[i]!.qualityProxy);
        expect(point.totalBytes, at).toBe(full[i]!.totalBytes);
        // The runs are the plan's blocks in order, each run as long as it can be.
        expect(blocksOf(point.typeRuns), at).toEqual(plan.layers.map(({ type }) => ({ type })));
        expect(blocksOf(point.tierRuns), at).toEqual(plan.layers.map(({ attentionTier, ffnTier }) => ({ attentionTier, ffnTier })));
        expectLongestRuns(point.typeRuns, at);
        expectLongestRuns(point.tierRuns, at);
        // The histogram from the most to the least precise type.
        const order = Object.keys(point.histogram).map((type) => FILE_TYPE_NAMES.indexOf(type as never));
        expect(order, at).toEqual([...order].sort((a, b) => a - b));
      });
    });
  }

  it('is a fraction of frontier()\'s JSON (llama3.1-70b on rtx4090 at 8192)', () => {
    const request = REQUESTS[0]!;
    const lean = JSON.stringify(planner.leanFrontier(request)).length;
    const full = JSON.stringify(planner.frontier(request).map(({ plan: { request: _, ...plan }, ...point }) => ({ ...point, plan }))).length;
    expect(lean * 5).toBeLessThan(full);
  });
});

describe('frontierPlan()', () => {
  for (const request of REQUESTS) {
    it(`is frontier()'s plan at the point's index, request included: ${label(request)}`, () => {
      const lean = planner.leanFrontier(request);
      const full = planner.frontier(request);
      lean.forEach((point, i) => expect(planner.frontierPlan(request, point), `${label(request)} point ${i}`).toEqual(full[i]!.plan));
    });
  }

  it('gives a plan commands() takes, and the same commands as the frontier()\'s plan', () => {
    const request = REQUESTS[0]!;
    const point = planner.leanFrontier(request)[10]!;
    const plan: Plan = planner.frontierPlan(request, point);
    expect(plan.request).toMatchObject(request);
    expect(planner.commands(plan)).toEqual(planner.commands(planner.frontier(request)[10]!.plan));
  });

  it('takes a point that went through JSON', () => {
    const request = REQUESTS[1]!;
    const [point] = planner.leanFrontier(request);
    const copy = JSON.parse(JSON.stringify(point)) as LeanFrontierPoint;
    expect(planner.frontierPlan(request, copy)).toEqual(planner.frontierPlan(request, point!));
  });
});

describe('bad input is an error naming its field', () => {
  const request: PlanRequest = { model: 'llama3-8b', hardware: 'rtx4090', contextLength: 8192 };
  const point = planner.leanFrontier(request)[3]!;
  const [first, ...rest] = point.typeRuns;
  const [tiers, ...otherTiers] = point.tierRuns;

  const fieldOf = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(FitplanError);
      return (error as FitplanError).field;
    }
    throw new Error('no error');
  };

  it('in the request of leanFrontier()', () => {
    expect(fieldOf(() => planner.leanFrontier({ ...request, contextLength: 10_000_000 }))).toBe('contextLength');
    expect(fieldOf(() => planner.leanFrontier({ ...request, kv: 'q3' as never }))).toBe('kv');
    expect(fieldOf(() => planner.leanFrontier({ ...request, model: 'no-such-model' }))).toBe('model');
    expect(fieldOf(() => planner.leanFrontier({ ...request, hardware: { preset: 'rtx4090', ramGiB: -1 } }))).toBe('hardware.ramGiB');
  });

  it('in the request of frontierPlan()', () => {
    expect(fieldOf(() => planner.frontierPlan({ ...request, contextLength: 0 }, point))).toBe('contextLength');
    expect(fieldOf(() => planner.frontierPlan({ ...request, minQuant: 'Q9' as never }, point))).toBe('minQuant');
  });

  it('in the point of frontierPlan(), under "point"', () => {
    const bad = (changes: object): LeanFrontierPoint => ({ ...point, ...changes });
    expect(fieldOf(() => planner.frontierPlan(request, null as never))).toBe('point');
    expect(fieldOf(() => planner.frontierPlan(request, [] as never))).toBe('point');
    expect(fieldOf(() => planner.frontierPlan(request, new Date() as never))).toBe('point');
    expect(fieldOf(() => planner.frontierPlan(request, bad({ contextLength: 0 })))).toBe('point.contextLength');
    expect(fieldOf(() => planner.frontierPlan(request, bad({ kvCacheTypeK: 'q3' })))).toBe('point.kvCacheTypeK');
    expect(fieldOf(() => planner.frontierPlan(request, bad({ baseFileType: 'Q9_K' })))).toBe('point.baseFileType');
    expect(fieldOf(() => planner.frontierPlan(request, bad({ placement: null })))).toBe('point.placement');
    expect(fieldOf(() => planner.frontierPlan(request, bad({ placement: { ...point.placement, kind: 'sideways' } })))).toBe('point.placement.kind');
    expect(fieldOf(() => planner.frontierPlan(request, bad({ typeRuns: 'x' })))).toBe('point.typeRuns');
    expect(fieldOf(() => planner.frontierPlan(request, bad({ typeRuns: [null] })))).toBe('point.typeRuns[0]');
    expect(fieldOf(() => planner.frontierPlan(request, bad({ typeRuns: [{ ...first, type: 'Q9_K' }, ...rest] })))).toBe('point.typeRuns[0].type');
    expect(fieldOf(() => planner.frontierPlan(request, bad({ typeRuns: [{ ...first, count: 0 }, ...rest] })))).toBe('point.typeRuns[0].count');
    expect(fieldOf(() => planner.frontierPlan(request, bad({ typeRuns: [{ ...first, count: 1.5 }, ...rest] })))).toBe('point.typeRuns[0].count');
    expect(fieldOf(() => planner.frontierPlan(request, bad({ tierRuns: undefined })))).toBe('point.tierRuns');
    expect(fieldOf(() => planner.frontierPlan(request, bad({ tierRuns: [{ ...tiers, ffnTier: 'cloud' }, ...otherTiers] })))).toBe('point.tierRuns[0].ffnTier');
  });

  it('when the runs do not count the model\'s blocks', () => {
    const short = { ...point, typeRuns: [{ ...first!, count: first!.count - 1 }, ...rest] };
    const long = { ...point, tierRuns: [{ ...tiers!, count: tiers!.count + 1 }, ...otherTiers] };
    expect(() => planner.frontierPlan(request, short)).toThrow(/'point\.typeRuns' counts 31 blocks; the model has 32/);
    expect(() => planner.frontierPlan(request, long)).toThrow(/'point\.tierRuns' counts more blocks than the model's 32/);
    expect(fieldOf(() => planner.frontierPlan(request, short))).toBe('point.typeRuns');
  });

  it('when the point does not fit the request\'s machine', () => {
    // A GPU point on a machine without one: the core names the tiers' runs, not a plan's layers.
    expect(fieldOf(() => planner.frontierPlan({ ...request, hardware: 'cpu-32g' }, point))).toBe('point.tierRuns');
    expect(() => planner.frontierPlan({ ...request, hardware: 'cpu-32g' }, point)).toThrow(/on the GPU but the hardware has none/);
    // Another model's point: its runs count another number of blocks.
    expect(fieldOf(() => planner.frontierPlan({ ...request, model: 'llama3-70b' }, point))).toBe('point.typeRuns');
  });
});
