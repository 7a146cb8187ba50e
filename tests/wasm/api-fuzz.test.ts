// Issue #16 (hostile input), the API: every request ends in a result or a FitplanError naming the
// field, within a time bound, with the WebAssembly memory where it started. Regression cases first
// (items 2, 4 and 9), then a fuzz over every field of every entry point: each field (and each
// nested field) replaced by hostile values, removed, and joined by an unknown member.
import { readFile } from 'node:fs/promises';

import { beforeAll, describe, expect, it } from 'vitest';

import createFitplanCore from '../../wasm/src/native/fitplan_core.mjs';
import { plannerOf } from '../../wasm/src/planner.js';
import { FitplanError, REQUEST_LIMITS, wasmUrl, type LeanFrontierPoint, type Plan, type Planner, type PlanRequest } from '../../wasm/src/node.js';

let planner: Planner;
let heapBytes: () => number;
let basePlan: Plan;
let basePoint: LeanFrontierPoint;
const leanRequest: PlanRequest = { model: 'qwen2.5-0.5b', hardware: 'rtx4090', contextLength: 2048 };

beforeAll(async () => {
  const core = await createFitplanCore({ wasmBinary: await readFile(wasmUrl) });
  planner = plannerOf(core);
  heapBytes = () => core.HEAP8.length;
  // Warm up: the catalogs, a plan, a ranking (the memory every later call may reuse).
  planner.models();
  planner.hardware();
  basePlan = planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096 });
  planner.rankModels({ hardware: 'rtx4090', family: 'qwen 3', contextLength: 4096 });
  planner.rankHardware({ model: 'llama3-8b', machines: ['rtx4090', 'cpu-32g'], contextLength: 4096 });
  planner.commands(basePlan, { modelPath: 'model.gguf' });
  basePoint = planner.leanFrontier(leanRequest)[2]!;
  planner.frontierPlan(leanRequest, basePoint);
}, 60_000);

/** The FitplanError `call` throws (fails the test if it returns or throws anything else). */
function refusal(call: () => unknown): FitplanError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(FitplanError);
    return error as FitplanError;
  }
  throw new Error('expected a FitplanError, got a result');
}

function timed<T>(call: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = call();
  return { value, ms: performance.now() - start };
}

describe('bounded work (item 4)', () => {
  it('refuses a 10-million-character hardware or model id at once, without growing memory', () => {
    const before = heapBytes();
    const huge = 'x'.repeat(10_000_000);
    const { value: hardware, ms } = timed(() => refusal(() => planner.plan({ model: 'llama3-8b', hardware: huge, contextLength: 4096 })));
    expect(hardware.field).toBe('hardware');
    expect(hardware.message).toBe(`'hardware' is 10000000 characters long; the limit is ${REQUEST_LIMITS.maxStringLength}`);
    expect(ms).toBeLessThan(1000);
    const model = refusal(() => planner.analyze({ model: huge, hardware: 'rtx4090' }));
    expect(model.field).toBe('model');
    // Below the transport limit the core refuses ids past 128 characters before matching them.
    const long = refusal(() => planner.plan({ model: 'llama3-8b', hardware: 'y'.repeat(60_000), contextLength: 4096 }));
    expect(long.message).toBe('the hardware id is 60000 characters long; ids are at most 128');
    expect(heapBytes()).toBe(before);
  });

  it('refuses a sparse blockSensitivity of length 2^32 - 1 and a 2*10^7-element one at once, without growing memory', () => {
    const before = heapBytes();
    const sparse: number[] = [];
    sparse.length = 2 ** 32 - 1;
    const { value: error, ms } = timed(() => refusal(() => planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096, blockSensitivity: sparse })));
    expect(error.field).toBe('blockSensitivity');
    expect(error.code).toBe('out_of_range');
    expect(ms).toBeLessThan(1000);
    const dense = new Array<number>(2e7).fill(1);
    expect(refusal(() => planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096, blockSensitivity: dense })).field).toBe('blockSensitivity');
    // One past the most blocks a model may have (the core's nLayer range) and one value per block.
    const past = refusal(() => planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096, blockSensitivity: new Array<number>(1025).fill(1) }));
    expect(past.message).toBe(`'blockSensitivity' has 1025 values; allowed at most ${REQUEST_LIMITS.maxBlocks}`);
    const tooManyLayers = refusal(() =>
      planner.plan({ model: { id: 'deep', architecture: { ...planner.models().find((m) => m.id === 'llama3-8b')!.architecture, nLayer: 1025 } }, hardware: 'rtx4090', contextLength: 4096 }),
    );
    expect(tooManyLayers.message).toContain(`allowed 1 to ${REQUEST_LIMITS.maxBlocks}`);
    const atLimit = refusal(() => planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096, blockSensitivity: new Array<number>(1024).fill(1) }));
    expect(atLimit.message).toBe("'blockSensitivity' needs one value per block (32)");
    expect(heapBytes()).toBe(before);
  });

  it('refuses more models or machines than a ranking takes, and arrays or strings past the limits anywhere', () => {
    const models = new Array(REQUEST_LIMITS.maxRankedItems + 1).fill('llama3-8b');
    expect(refusal(() => planner.rankModels({ hardware: 'rtx4090', models, catalog: false })).message).toBe(
      `'models' has ${REQUEST_LIMITS.maxRankedItems + 1} entries; allowed at most ${REQUEST_LIMITS.maxRankedItems}`,
    );
    const machines = new Array(REQUEST_LIMITS.maxRankedItems + 1).fill('rtx4090');
    expect(refusal(() => planner.rankHardware({ model: 'llama3-8b', machines })).field).toBe('machines');
    const name = refusal(() =>
      planner.plan({ model: 'llama3-8b', hardware: { name: 'n'.repeat(REQUEST_LIMITS.maxStringLength + 1), vramGiB: 8, ramGiB: 32, gpuBandwidthGBps: 300, ramBandwidthGBps: 50 }, contextLength: 4096 }),
    );
    expect(name.field).toBe('hardware.name');
    const sparse: unknown[] = [];
    sparse.length = REQUEST_LIMITS.maxArrayLength + 1;
    expect(refusal(() => planner.rankModels({ hardware: 'rtx4090', models: sparse as string[] })).field).toBe('models');
  });
});

describe('a model too large to count (item 2)', () => {
  it('is refused naming the model, not an internal error about 2^53', () => {
    const llama = planner.models().find((m) => m.id === 'llama3-8b')!.architecture;
    const huge = { ...llama, nLayer: 1024, nHead: 4096, nHeadKv: 4096, headDimK: 4096, headDimV: 4096, nEmbd: 4096, nCtxTrain: 2 ** 24 };
    const error = refusal(() => planner.plan({ model: { id: 'huge', architecture: huge }, hardware: 'rtx4090', contextLength: 4096 }));
    expect(error.code).toBe('out_of_range');
    expect(error.field).toBe('model.architecture');
    expect(error.message).toContain('the limit is 2^50');
  });
});

describe('silently ignored input (item 9)', () => {
  it('refuses a Date, a Map or a class instance where an object is expected', () => {
    for (const [value, kind] of [
      [new Date(), 'a Date'],
      [new Map([['modelPath', 'm.gguf']]), 'a Map'],
      [new (class Options {})(), 'an Options'],
    ] as const) {
      const error = refusal(() => planner.commands(basePlan, value as never));
      expect(error.field).toBe('options');
      expect(error.message).toBe(`'options' must be a plain object or array (got ${kind})`);
    }
    const hardware = refusal(() => planner.plan({ model: 'llama3-8b', hardware: new Map() as never, contextLength: 4096 }));
    expect(hardware.field).toBe('hardware');
    expect(refusal(() => planner.plan(new Date() as never)).message).toBe('the request must be a plain object or array (got a Date)');
  });

  it('refuses a gpuIndex beyond the machine\'s GPUs', () => {
    const plan = structuredClone(basePlan);
    plan.layers[3]!.gpuIndex = 64;
    const error = refusal(() => planner.commands(plan));
    expect(error.field).toBe('plan.layers');
    expect(error.code).toBe('out_of_range');
    expect(error.message).toBe('block 3 has gpuIndex 64; the machine has 1 GPU (allowed 0 to 0)');
  });
});

// ------------------------------------------------------------------------------ fuzz

const HOSTILE: readonly unknown[] = [
  undefined, null, true, false, 0, -1, 0.5, 1e-320, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53 + 2,
  '', ' ', 'x', '-1', '1e999', '__proto__', 'constructor', 'é'.repeat(300), 'z'.repeat(REQUEST_LIMITS.maxStringLength + 1),
  [], [1, 2, 3], ['a'], [[[]]], {}, { a: 1 }, new Date(0), new Map(), 10n, Symbol('s'), () => 1,
];

/** Every path to a value in `value` (objects and arrays included), e.g. ['hardware', 'vramGiB']. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) value.slice(0, 2).forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** A copy of `base` with the value at `path` replaced (`remove`: deleted). */
function mutate<T>(base: T, path: (string | number)[], replacement: unknown, remove = false): T {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete at[last];
  else at[last] = replacement;
  return copy as T;
}

interface Entry {
  name: string;
  base: unknown;
  call: (request: never) => unknown;
}

const CUSTOM = { name: 'box', backend: 'cuda', gpuCount: 1, vramGiB: 8, ramGiB: 32, gpuBandwidthGBps: 360, ramBandwidthGBps: 50, cpuCores: 8 };

describe('fuzz: every field of every entry point', () => {
  const entries = (): Entry[] => [
    { name: 'analyze', base: { model: 'llama3-8b', hardware: CUSTOM, contextLength: 4096, kvCacheType: 'q8_0', fileTypes: ['Q4_K_M'] }, call: (r) => planner.analyze(r) },
    { name: 'plan', base: { model: 'qwen2.5-0.5b', hardware: CUSTOM, contextLength: 4096, targetTps: 5, kv: 'auto', objective: 'balanced' }, call: (r) => planner.plan(r) },
    { name: 'frontier', base: { model: 'qwen2.5-0.5b', hardware: 'rtx4090', contextLength: 2048 }, call: (r) => planner.frontier(r) },
    { name: 'rankModels', base: { hardware: 'rtx4090', family: 'qwen 2.5', maxParamsB: 2, contextLength: 4096, order: 'speed' }, call: (r) => planner.rankModels(r) },
    { name: 'rankHardware', base: { model: 'qwen2.5-0.5b', machines: ['rtx4090', CUSTOM], contextLength: 4096 }, call: (r) => planner.rankHardware(r) },
    { name: 'commands', base: { modelPath: 'model.gguf', threads: 4, port: 8080, llamaCppBuild: 'cuda' }, call: (r) => planner.commands(basePlan, r) },
    { name: 'leanFrontier', base: leanRequest, call: (r) => planner.leanFrontier(r) },
    { name: 'frontierPlan', base: basePoint, call: (r) => planner.frontierPlan(leanRequest, r) },
  ];

  for (const index of [0, 1, 2, 3, 4, 5, 6, 7]) {
    it(`entry ${index}: a result or a FitplanError naming a field, quickly, memory unchanged`, () => {
      const entry = entries()[index]!;
      const before = heapBytes();
      let cases = 0;
      let slowest = 0;
      const check = (request: unknown, label: string) => {
        cases++;
        const start = performance.now();
        try {
          entry.call(request as never);
        } catch (error) {
          if (!(error instanceof FitplanError)) throw new Error(`${entry.name} ${label}: ${String(error)}`);
          expect(error.code, `${entry.name} ${label}: ${error.message}`).not.toBe('internal');
          expect(typeof error.field).toBe('string');
          expect(error.message.length, label).toBeLessThan(2000);
        }
        slowest = Math.max(slowest, performance.now() - start);
      };
      for (const path of paths(entry.base)) {
        const label = path.join('.');
        for (const value of HOSTILE) check(mutate(entry.base, path, value), `${label} = ${typeof value === 'string' ? JSON.stringify(value.slice(0, 20)) : String(typeof value === 'symbol' ? 'symbol' : typeof value === 'bigint' ? '10n' : value)}`);
        check(mutate(entry.base, path, undefined, true), `${label} removed`);
      }
      check({ ...(entry.base as object), unknownMember: 1 }, 'an unknown member');
      for (const value of HOSTILE) check(value, `the whole request = ${String(typeof value === 'symbol' ? 'symbol' : typeof value === 'bigint' ? '10n' : value)}`);
      expect(cases).toBeGreaterThan(50);
      expect(slowest).toBeLessThan(3000);
      expect(heapBytes()).toBe(before);
    }, 120_000);
  }
});
