// plan() and frontier() through the public API, on the real module: field names, the request each
// plan carries, defaults, consistency of the figures, and the issue #3 scenarios.
import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import createFitplanCore from '../../wasm/src/native/fitplan_core.mjs';
import { defaultPlanOptions, FILE_TYPE_NAMES, wasmUrl, type Plan, type PlanRequest } from '../../wasm/src/node.js';
import { planner } from './setup.js';

const PLAN_FIELDS = [
  'feasible', 'model', 'hardware', 'contextLength', 'kvCacheTypeK', 'kvCacheTypeV', 'flashAttention', 'baseFileType', 'layers',
  'histogram', 'placement', 'memory', 'fileBytes', 'decodeTokensPerSecond', 'decodeTokensPerSecondLow', 'decodeTokensPerSecondHigh',
  'prefillTokensPerSecond', 'prefillTokensPerSecondLow', 'prefillTokensPerSecondHigh', 'promptTokens', 'timeToFirstTokenSeconds',
  'qualityProxy', 'usability', 'notes', 'knapsackBucketBytes', 'workloadSeconds', 'maxGpuContext', 'request',
  'fit', 'requestedContextLength', 'headline',
].sort();
const LAYER_FIELDS = ['index', 'type', 'tier', 'attentionTier', 'ffnTier', 'gpuIndex', 'bytes'].sort();
const PLACEMENT_FIELDS = ['gpu', 'cpu', 'disk', 'nGpuLayers', 'nCpuMoe', 'kind', 'tensorOverrides'].sort();
const MEMORY_FIELDS = [
  'gpus', 'cpu', 'diskBytes', 'gpuTotalBytes', 'totalBytes', 'kvCacheKBytes', 'kvCacheVBytes', 'osReserveBytes', 'gpuMarginBytes',
].sort();
const TIER_FIELDS = ['weightsBytes', 'kvCacheBytes', 'computeBytes', 'outputBytes', 'overheadBytes', 'totalBytes', 'capacityBytes', 'headroomBytes'].sort();

const keys = (o: object) => Object.keys(o).sort();

/** Field names and internal consistency of one plan. */
function expectWellFormed(plan: Plan, nLayer: number): void {
  expect(keys(plan)).toEqual(expect.arrayContaining(PLAN_FIELDS));
  expect(plan.layers).toHaveLength(nLayer);
  plan.layers.forEach((layer, i) => {
    expect(keys(layer)).toEqual(LAYER_FIELDS);
    expect(layer.index).toBe(i);
    expect(FILE_TYPE_NAMES).toContain(layer.type);
    expect(Number.isSafeInteger(layer.bytes) && layer.bytes > 0).toBe(true);
  });
  // The histogram counts the layers' types.
  const counts: Record<string, number> = {};
  for (const layer of plan.layers) counts[layer.type] = (counts[layer.type] ?? 0) + 1;
  expect(plan.histogram).toEqual(counts);
  expect(keys(plan.placement)).toEqual(PLACEMENT_FIELDS);
  const { gpu, cpu, disk } = plan.placement;
  expect(gpu + cpu + disk).toBe(nLayer);
  expect(plan.layers.filter((l) => l.tier === 'gpu')).toHaveLength(gpu);
  expect(plan.layers.filter((l) => l.tier === 'disk')).toHaveLength(disk);
  expect(keys(plan.memory)).toEqual(MEMORY_FIELDS);
  for (const tier of [...plan.memory.gpus, plan.memory.cpu]) {
    expect(keys(tier)).toEqual(TIER_FIELDS);
    expect(tier.totalBytes).toBe(tier.weightsBytes + tier.kvCacheBytes + tier.computeBytes + tier.outputBytes + tier.overheadBytes);
    expect(tier.headroomBytes).toBe(tier.capacityBytes - tier.totalBytes);
  }
  const gpuTotal = plan.memory.gpus.reduce((sum, g) => sum + g.totalBytes, 0);
  expect(plan.memory.gpuTotalBytes).toBe(gpuTotal);
  expect(plan.memory.totalBytes).toBe(gpuTotal + plan.memory.cpu.totalBytes + plan.memory.diskBytes);
  expect(plan.decodeTokensPerSecondLow).toBeLessThanOrEqual(plan.decodeTokensPerSecond);
  expect(plan.decodeTokensPerSecondHigh).toBeGreaterThanOrEqual(plan.decodeTokensPerSecond);
  expect(plan.prefillTokensPerSecondLow).toBeLessThanOrEqual(plan.prefillTokensPerSecond);
  expect(plan.prefillTokensPerSecondHigh).toBeGreaterThanOrEqual(plan.prefillTokensPerSecond);
  expect(plan.timeToFirstTokenSeconds).toBeGreaterThan(0);
  expect(plan.qualityProxy).toBeGreaterThanOrEqual(0);
  expect(plan.usability.message).toMatch(new RegExp(`^${plan.usability.grade}\\b`));
  expect(plan.notes.length).toBeGreaterThan(0);
}

const llama70b: PlanRequest = { model: 'llama3-70b', hardware: 'rtx4090', contextLength: 8192, targetTps: 3, compare: true };

describe('plan()', () => {
  const result = planner.plan(llama70b);

  it('has the contract field names, and targetTps and baseline on the result', () => {
    expect(keys(result)).toEqual(
      [...PLAN_FIELDS, 'baseline', 'targetTps', 'hardwareName', 'hardwareAssumptions', 'objectiveRule', 'published', 'customBuild', 'requirements'].sort(),
    );
    expect(keys(result.published!.plan)).toEqual(PLAN_FIELDS);
    expectWellFormed(result.published!.plan, 80);
    expectWellFormed(result, 80);
    expect(result).toMatchObject({ model: 'llama3-70b', hardware: 'rtx4090', targetTps: 3, promptTokens: 512 });
    expect(result.baseline).not.toBeNull();
    expect(keys(result.baseline!)).toEqual(PLAN_FIELDS);
    expectWellFormed(result.baseline!, 80);
    expect(result.baseline!.histogram).toEqual({ Q4_K_M: 80 });
  });

  it('carries the request with the defaults applied, on the plan and on its baseline', () => {
    const expected = { ...llama70b, minContextLength: 2048, kv: 'auto', allowDisk: true, promptTokens: 512 };
    expect(result.request).toEqual(expected);
    expect(result.baseline!.request).toEqual(expected);
    // The request reproduces the plan.
    const { request: _request, ...again } = planner.plan(result.request);
    const { request: _first, ...first } = result;
    expect(again).toEqual(first);
  });

  it('applies the documented defaults, which are the core\'s own', async () => {
    const { minContextLength: minContextCap, ...rest } = defaultPlanOptions;
    const bare = planner.plan({ model: 'llama3-8b', hardware: 'rtx4060-8g', contextLength: 1024 });
    expect(bare.request).toEqual({ model: 'llama3-8b', hardware: 'rtx4060-8g', contextLength: 1024, ...rest, minContextLength: 1024 });
    expect(bare).toMatchObject({ targetTps: 0, baseline: null, promptTokens: rest.promptTokens });
    const explicit = planner.plan({ model: 'llama3-8b', hardware: 'rtx4060-8g', contextLength: 1024, ...rest, minContextLength: 1024 });
    expect(explicit).toEqual(bare);

    // The raw module with only the required fields plans exactly what the defaulted request plans.
    const core = await createFitplanCore({ wasmBinary: await readFile(wasmUrl) });
    const request = { model: 'llama3-70b', hardware: 'rtx3050-4g', contextLength: 8192 };
    const raw = core.plan(request);
    if (!raw.ok) throw new Error(raw.error.message);
    const { request: resolved, hardwareAssumptions, ...plan } = planner.plan(request);
    expect(resolved.minContextLength).toBe(Math.min(minContextCap, 8192));
    expect(hardwareAssumptions).toEqual([]); // added in TypeScript: a preset assumes nothing
    // TypeScript adds the request to the published file's plan too.
    const { request: _published, ...publishedPlan } = plan.published!.plan;
    expect({ ...plan, published: { ...plan.published!, plan: publishedPlan } }).toEqual(raw.value);
  });

  it('keeps plans independent: modifying one request does not touch another', () => {
    const a = planner.plan(llama70b);
    a.request.contextLength = 1;
    expect(a.baseline!.request.contextLength).toBe(8192);
  });

  it('accepts custom hardware and records it with its defaults', () => {
    const custom = planner.plan({
      model: 'llama3-8b',
      hardware: { vramGiB: 8, ramGiB: 32, gpuBandwidthGBps: 272, ramBandwidthGBps: 60, diskBandwidthGBps: 3 },
      contextLength: 8192,
    });
    expect(custom.hardware).toBe('custom');
    expect(custom.request.hardware).toMatchObject({ vramGiB: 8, backend: 'cuda', gpuCount: 1, cpuCores: 8, unifiedMemory: false });
    expectWellFormed(custom, 32);
  });

  it('honours kv, minQuant, allowDisk and promptTokens', () => {
    const q8 = planner.plan({ model: 'llama3-8b', hardware: 'rtx4060-8g', contextLength: 8192, kv: 'q8_0', promptTokens: 1024 });
    expect(q8).toMatchObject({ kvCacheTypeK: 'q8_0', kvCacheTypeV: 'q8_0', flashAttention: true, promptTokens: 1024 });
    const floor = planner.plan({ model: 'llama3-70b', hardware: 'rtx4090', contextLength: 8192, targetTps: 100, minQuant: 'Q4_K_M' });
    const rank = (type: string) => FILE_TYPE_NAMES.indexOf(type as never);
    for (const layer of floor.layers) expect(rank(layer.type)).toBeLessThanOrEqual(rank('Q4_K_M'));
    const noDisk = planner.plan({ model: 'llama3-70b', hardware: 'rtx3050-4g', contextLength: 8192, allowDisk: false });
    expect(noDisk.placement.disk).toBe(0);
    expect(noDisk.memory.diskBytes).toBe(0);
  });

  it('runs a CPU-only machine without GPU memory records', () => {
    const cpu = planner.plan({ model: 'qwen2.5-0.5b', hardware: 'cpu-32g', contextLength: 4096 });
    expect(cpu.memory.gpus).toEqual([]);
    expect(cpu.placement).toMatchObject({ kind: 'cpu-only', gpu: 0, nGpuLayers: 0 });
  });
});

describe('plan() scenarios (issue #3)', () => {
  it('Llama-3-70B on an RTX 4090 at 8192 with a 3 tok/s target: feasible, at least 3 tok/s, faster than uniform Q4_K_M', () => {
    const plan = planner.plan(llama70b);
    expect(plan.feasible).toBe(true);
    expect(plan.contextLength).toBe(8192);
    expect(plan.decodeTokensPerSecond).toBeGreaterThanOrEqual(3);
    expect(plan.baseline!.feasible).toBe(true);
    expect(plan.decodeTokensPerSecond).toBeGreaterThan(plan.baseline!.decodeTokensPerSecond);
    // Whole blocks or, since the GPU compute buffer holds one row of logits (issue #17), some FFNs on the CPU.
    expect(['layer-split', 'ffn-offload']).toContain(plan.placement.kind);
    expect(plan.memory.gpus[0]!.headroomBytes).toBeGreaterThanOrEqual(0);
  });

  it('Llama-3-70B on a 4 GiB RTX 3050 is not usable (impractical or infeasible)', () => {
    const plan = planner.plan({ model: 'llama3-70b', hardware: 'rtx3050-4g', contextLength: 8192 });
    expect(['impractical', 'infeasible']).toContain(plan.usability.grade);
  });

  it('Llama-3-8B on an RTX 4090: everything on the GPU, usable', () => {
    const plan = planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 8192 });
    expect(plan.placement).toMatchObject({ kind: 'all-gpu', gpu: 32, cpu: 0, disk: 0, nGpuLayers: 33 });
    expect(plan.usability.grade).toBe('usable');
  });

  it('Qwen3-30B-A3B on an 8 GiB RTX 4060: MoE expert offload (--n-cpu-moe)', () => {
    const plan = planner.plan({ model: 'qwen3-30b-a3b', hardware: 'rtx4060-8g', contextLength: 8192 });
    expect(plan.placement.kind).toBe('expert-offload');
    expect(plan.placement.nCpuMoe).toBeGreaterThan(0);
    expect(plan.layers.filter((l) => l.ffnTier === 'cpu')).toHaveLength(plan.placement.nCpuMoe);
    expect(plan.layers.every((l) => l.attentionTier === 'gpu')).toBe(true);
  });
});

describe('frontier()', () => {
  const request: PlanRequest = { model: 'llama3-8b', hardware: 'rtx4060-8g', contextLength: 8192 };
  const points = planner.frontier(request);

  it('returns points with the contract field names, each with a full plan and its request', () => {
    expect(points.length).toBeGreaterThan(1);
    for (const point of points) {
      expect(keys(point)).toEqual(['decodeTokensPerSecond', 'plan', 'qualityProxy', 'totalBytes']);
      expect(keys(point.plan)).toEqual(PLAN_FIELDS);
      expectWellFormed(point.plan, 32);
      expect(point.qualityProxy).toBe(point.plan.qualityProxy);
      expect(point.decodeTokensPerSecond).toBe(point.plan.decodeTokensPerSecond);
      expect(point.totalBytes).toBe(point.plan.memory.totalBytes);
      expect(point.plan.request).toEqual({ ...request, minContextLength: 2048, kv: 'auto', allowDisk: true, promptTokens: 512, compare: false });
    }
  });

  it('is sorted by quality and has no dominated point', () => {
    for (let i = 1; i < points.length; ++i) expect(points[i]!.qualityProxy).toBeGreaterThanOrEqual(points[i - 1]!.qualityProxy);
    for (const a of points) {
      for (const b of points) {
        if (a === b) continue;
        const dominates =
          a.qualityProxy <= b.qualityProxy && a.decodeTokensPerSecond >= b.decodeTokensPerSecond && a.totalBytes <= b.totalBytes &&
          (a.qualityProxy < b.qualityProxy || a.decodeTokensPerSecond > b.decodeTokensPerSecond || a.totalBytes < b.totalBytes);
        expect(dominates).toBe(false);
      }
    }
  });

  it('trades quality for speed: the last point is faster than the first', () => {
    expect(points.at(-1)!.decodeTokensPerSecond).toBeGreaterThan(points[0]!.decodeTokensPerSecond);
  });
});
