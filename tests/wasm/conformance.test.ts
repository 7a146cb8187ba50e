// The hand-written declaration (wasm/src/native/fitplan_core.d.mts) against the real module:
// every declared embind function exists, every embind function is declared, and every record the
// module returns has exactly the declared fields (embind does not see value shapes, so a field
// added in bindings.cpp but not in types.ts fails here).
import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import createFitplanCore, {
  type FitplanCoreEntryPoints,
  type RawCommands,
  type RawRuntimeCommand,
  type FitplanCoreModule,
  type RawFrontierPoint,
  type RawLeanFrontierPoint,
  type RawAnalysis,
  type RawPlan,
  type RawPlanRequest,
  type RawPlanResult,
} from '../../wasm/src/native/fitplan_core.mjs';
import {
  FILE_TYPE_NAMES,
  wasmUrl,
  type FileTypeAnalysis,
  type HardwareInfo,
  type ImportedTensor,
  type TierRun,
  type TypeRun,
  type ModelArchitecture,
  type ModelInfo,
  type ModelSummary,
  type UsableCapacity,
  type PlanLayer,
  type PlanMemory,
  type PlanPlacement,
  type TierMemory,
  type Usability,
} from '../../wasm/src/node.js';

const core: FitplanCoreModule = await createFitplanCore({ wasmBinary: await readFile(wasmUrl) });

/** camelCase runtime names that are not embind entry points (embind's own and Emscripten's). */
const RUNTIME = new Set(['run', 'ready', 'calledRun', 'asm', 'wasmBinary', 'stackSave', 'stackRestore', 'stackAlloc',
  'flushPendingDeletes', 'getInheritedInstanceCount', 'getLiveInheritedInstances', 'setDelayFunction',
  'count_emval_handles', 'get_first_emval', 'preloadedImages', 'preloadedAudios']);

/** Method names declared in `interface FitplanCoreEntryPoints { ... }` of the .d.mts. */
async function declaredEntryPoints(): Promise<string[]> {
  const source = await readFile(new URL('../../wasm/src/native/fitplan_core.d.mts', import.meta.url), 'utf8');
  // The interface body up to its matching brace (parameter types may contain braces themselves).
  const start = source.indexOf('interface FitplanCoreEntryPoints {');
  let depth = 0;
  let body = '';
  for (const char of source.slice(source.indexOf('{', start))) {
    depth += char === '{' ? 1 : char === '}' ? -1 : 0;
    if (depth === 0) break;
    // Only the interface's own lines (depth 1) can start a member.
    body += depth === 1 || char === '\n' ? char : ' ';
  }
  return [...body.matchAll(/^\s*(\w+)\(/gm)].map((m) => m[1]!).sort();
}

/** Exactly the keys of T (the compiler rejects a missing or an extra key). */
function keysOf<T>(keys: { [K in keyof Required<T>]: true }): string[] {
  return Object.keys(keys).sort();
}

const ENTRY_POINTS = keysOf<FitplanCoreEntryPoints>({
  models: true, hardware: true, analyze: true, plan: true, frontier: true, leanFrontier: true, evaluatePlan: true, commands: true, tensorTable: true,
  rankModels: true, rankHardware: true, contract: true,
});
const MODEL_INFO = keysOf<ModelInfo>({
  id: true, name: true, family: true, totalParams: true, activeParams: true, maxContext: true, moe: true,
  slidingWindow: true, mla: true, source: true, architecture: true,
});
const ARCHITECTURE = keysOf<ModelArchitecture>({
  family: true, ggufArch: true, nLayer: true, nEmbd: true, nHead: true, nHeadKv: true, headDimK: true, headDimV: true,
  nFf: true, gatedFfn: true, nVocab: true, tiedEmbeddings: true, attnQkvBias: true, attnOutputBias: true, ffnBias: true,
  ropeFreqs: true, attnQkNorm: true, nExpert: true, nExpertUsed: true, nFfExp: true, nExpertShared: true, nFfShexp: true,
  nLeadingDense: true, moeLayerStep: true, nLayerNextn: true, slidingWindow: true, swaPattern: true, qLoraRank: true, kvLoraRank: true, qkRopeHeadDim: true,
  qkNopeHeadDim: true, nCtxTrain: true,
});
const HARDWARE_INFO = keysOf<HardwareInfo>({
  id: true, name: true, family: true, backend: true, gpuCount: true, vramBytes: true, ramBytes: true,
  gpuBandwidthGBps: true, ramBandwidthGBps: true, diskBandwidthGBps: true, gpuTflops: true, pcieBandwidthGBps: true,
  cpuCores: true, unifiedMemory: true, source: true,
});
const ANALYSIS = keysOf<RawAnalysis>({ model: true, hardware: true, contextLength: true, kvCacheType: true, capacity: true, fileTypes: true, file: true });
const CAPACITY = keysOf<UsableCapacity>({ gpuCapacityBytes: true, ramCapacityBytes: true, osReserveBytes: true, gpuMarginBytes: true });
const MODEL_SUMMARY = keysOf<ModelSummary>({ id: true, name: true, totalParams: true, activeParams: true });
const IMPORTED_TENSOR = keysOf<ImportedTensor>({ name: true, dims: true, type: true });
const FILE_TYPE = keysOf<FileTypeAnalysis>({
  fileType: true, weightsBytes: true, kvCacheBytes: true, computeBytes: true, overheadBytes: true, totalBytes: true,
  gpuLayers: true, fitsVram: true, fitsMemory: true, decodeTokensPerSecond: true, decodeTokensPerSecondLow: true,
  decodeTokensPerSecondHigh: true, prefillTokensPerSecond: true, prefillTokensPerSecondLow: true,
  prefillTokensPerSecondHigh: true, qualityRelPplPercent: true, bitsPerWeight: true,
});
const IMPORTED_FILE_ANALYSIS = [...FILE_TYPE, 'label'].sort();

const PLAN = keysOf<RawPlan>({
  feasible: true, model: true, hardware: true, contextLength: true, kvCacheTypeK: true, kvCacheTypeV: true,
  flashAttention: true, baseFileType: true, layers: true, histogram: true, placement: true, memory: true, fileBytes: true,
  decodeTokensPerSecond: true, decodeTokensPerSecondLow: true, decodeTokensPerSecondHigh: true, prefillTokensPerSecond: true,
  prefillTokensPerSecondLow: true, prefillTokensPerSecondHigh: true, promptTokens: true, timeToFirstTokenSeconds: true,
  qualityProxy: true, usability: true, notes: true, knapsackBucketBytes: true, workloadSeconds: true, maxGpuContext: true,
  fit: true, requestedContextLength: true, headline: true,
});
const PLAN_RESULT = keysOf<RawPlanResult>({
  ...Object.fromEntries(PLAN.map((k) => [k, true])) as { [K in keyof RawPlan]: true }, hardwareName: true, targetTps: true, baseline: true,
  objectiveRule: true, published: true, customBuild: true, requirements: true,
});
const PUBLISHED = keysOf<NonNullable<RawPlanResult['published']>>({
  repo: true, publisher: true, official: true, variant: true, source: true, fileType: true, fileName: true, fileBytes: true,
  fileBytesExact: true, otherRepos: true, gainDecodeTokensPerSecond: true, gainQualityProxy: true, gainContextLength: true,
  commands: true, plan: true,
});
const CUSTOM_BUILD = keysOf<RawPlanResult['customBuild']>({
  startsFrom: true, downloadBytes: true, diskBytes: true, tools: true, needsImatrix: true, approxMinutes: true, assumptions: true,
});
const PLAN_LAYER = keysOf<PlanLayer>({ index: true, type: true, tier: true, attentionTier: true, ffnTier: true, gpuIndex: true, bytes: true });
const PLACEMENT = keysOf<PlanPlacement>({ gpu: true, cpu: true, disk: true, nGpuLayers: true, nCpuMoe: true, kind: true, tensorOverrides: true });
const MEMORY = keysOf<PlanMemory>({
  gpus: true, cpu: true, diskBytes: true, gpuTotalBytes: true, totalBytes: true, kvCacheKBytes: true, kvCacheVBytes: true,
  osReserveBytes: true, gpuMarginBytes: true,
});
const TIER_MEMORY = keysOf<TierMemory>({
  weightsBytes: true, kvCacheBytes: true, computeBytes: true, outputBytes: true, overheadBytes: true, totalBytes: true,
  capacityBytes: true, headroomBytes: true,
});
const USABILITY = keysOf<Usability>({ grade: true, message: true });
const FRONTIER_POINT = keysOf<RawFrontierPoint>({ qualityProxy: true, decodeTokensPerSecond: true, totalBytes: true, plan: true });
const LEAN_POINT = keysOf<RawLeanFrontierPoint>({
  qualityProxy: true, decodeTokensPerSecond: true, decodeTokensPerSecondLow: true, decodeTokensPerSecondHigh: true, prefillTokensPerSecond: true,
  totalBytes: true, gpuBytes: true, ramBytes: true, diskBytes: true, fit: true, contextLength: true, kvCacheTypeK: true, kvCacheTypeV: true,
  baseFileType: true, histogram: true, placement: true, typeRuns: true, tierRuns: true,
});
const LEAN_PLACEMENT = keysOf<RawLeanFrontierPoint['placement']>({ kind: true, nGpuLayers: true, nCpuMoe: true });
const TYPE_RUN = keysOf<TypeRun>({ type: true, count: true });
const TIER_RUN = keysOf<TierRun>({ attentionTier: true, ffnTier: true, count: true });
const COMMANDS = keysOf<RawCommands>({ llamaCpp: true, llamaQuantize: true, ollama: true, transformers: true, vllm: true, mlx: true });
const RUNTIME_COMMAND = keysOf<RawRuntimeCommand>({ runtime: true, text: true, files: true, caveats: true, targets: true, applicable: true });

const sorted = (o: object) => Object.keys(o).sort();

/** Every record inside a plan has exactly the declared fields; enum-like values are declared ones. */
function expectPlanShape(plan: RawPlan, label: string): void {
  expect(sorted(plan.placement), label).toEqual(PLACEMENT);
  expect(sorted(plan.memory), label).toEqual(MEMORY);
  for (const tier of [...plan.memory.gpus, plan.memory.cpu]) expect(sorted(tier), label).toEqual(TIER_MEMORY);
  expect(sorted(plan.usability), label).toEqual(USABILITY);
  expect(['usable', 'slow', 'impractical', 'infeasible'], label).toContain(plan.usability.grade);
  expect(['all-gpu', 'layer-split', 'expert-offload', 'ffn-offload', 'cpu-only'], label).toContain(plan.placement.kind);
  expect(['f16', 'q8_0', 'q4_0'], label).toContain(plan.kvCacheTypeK);
  expect(['f16', 'q8_0', 'q4_0'], label).toContain(plan.kvCacheTypeV);
  expect(FILE_TYPE_NAMES, label).toContain(plan.baseFileType);
  for (const name of Object.keys(plan.histogram)) expect(FILE_TYPE_NAMES, label).toContain(name);
  for (const layer of plan.layers) {
    expect(sorted(layer), label).toEqual(PLAN_LAYER);
    expect(FILE_TYPE_NAMES, label).toContain(layer.type);
    for (const tier of [layer.tier, layer.attentionTier, layer.ffnTier]) expect(['gpu', 'cpu', 'disk'], label).toContain(tier);
  }
}

describe('the raw module matches fitplan_core.d.mts', () => {
  it('declares exactly the embind functions the module has', async () => {
    const onModule = Object.keys(core)
      .filter((k) => /^[a-z][A-Za-z0-9]*$/.test(k) && !RUNTIME.has(k))
      .filter((k) => typeof (core as unknown as Record<string, unknown>)[k] === 'function')
      .sort();
    expect(onModule).toEqual(ENTRY_POINTS);
    expect(await declaredEntryPoints()).toEqual(ENTRY_POINTS);
  });

  it('returns the { ok, error, value } envelope', () => {
    expect(sorted(core.models())).toEqual(['error', 'ok', 'value']);
    expect(core.models()).toMatchObject({ ok: true, error: null });
    const failed = core.analyze({ model: 'nope', hardware: 'rtx4090', contextLength: 1024, kvCacheType: 'f16', promptTokens: 1 });
    expect(failed).toMatchObject({ ok: false, value: null, error: { code: 'unknown_id', field: 'model' } });
    expect(sorted(failed.error!)).toEqual(['code', 'field', 'message']);
  });

  it('returns records with exactly the declared fields', () => {
    const models = core.models();
    const hardware = core.hardware();
    if (!models.ok || !hardware.ok) throw new Error('catalog call failed');
    for (const m of models.value) {
      expect(sorted(m), m.id).toEqual(MODEL_INFO);
      expect(sorted(m.architecture), m.id).toEqual(ARCHITECTURE);
    }
    for (const h of hardware.value) expect(sorted(h), h.id).toEqual(HARDWARE_INFO);

    const analysis = core.analyze({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096, kvCacheType: 'f16', promptTokens: 512 });
    if (!analysis.ok) throw new Error(analysis.error.message);
    expect(sorted(analysis.value)).toEqual(ANALYSIS);
    expect(sorted(analysis.value.capacity)).toEqual(CAPACITY);
    expect(sorted(analysis.value.model)).toEqual(MODEL_SUMMARY);
    expect(sorted(analysis.value.hardware)).toEqual(HARDWARE_INFO);
    // A preset with host figures of its own: the same records.
    const preset = core.analyze({ model: 'llama3-8b', hardware: { preset: 'rtx4090', ramGiB: 32, osReserveGiB: 4 }, contextLength: 4096, kvCacheType: 'f16', promptTokens: 512 });
    if (!preset.ok) throw new Error(preset.error.message);
    expect(sorted(preset.value)).toEqual(ANALYSIS);
    expect(sorted(preset.value.hardware)).toEqual(HARDWARE_INFO);
    expect(preset.value.capacity.osReserveBytes).toBe(4 * 2 ** 30);
    for (const row of analysis.value.fileTypes) expect(sorted(row)).toEqual(FILE_TYPE);
    expect(analysis.value.file).toBeNull();
  });

  it('takes a model object (architecture + GGUF tensor table) and returns the file row with exactly the declared fields', () => {
    const model = core.models().value!.find((m) => m.id === 'qwen2.5-0.5b')!;
    const table = core.tensorTable({ model: 'qwen2.5-0.5b', fileType: 'Q4_K_M' });
    if (!table.ok) throw new Error(table.error.message);
    for (const tensor of table.value) expect(sorted(tensor)).toEqual(IMPORTED_TENSOR);
    const file = { label: 'qwen.gguf', fileType: 'Q4_K_M', fileBytes: 0, tensors: table.value };
    const analysis = core.analyze({ model: { id: 'mine', architecture: model.architecture, file }, hardware: 'rtx4090', contextLength: 4096, kvCacheType: 'f16', promptTokens: 512 });
    if (!analysis.ok) throw new Error(analysis.error.message);
    expect(sorted(analysis.value)).toEqual(ANALYSIS);
    expect(sorted(analysis.value.file!)).toEqual(IMPORTED_FILE_ANALYSIS);
    expect(analysis.value.model.id).toBe('mine');
    const plan = core.plan({ model: { id: 'mine', architecture: model.architecture }, hardware: 'rtx4090', contextLength: 4096 });
    expect(plan).toMatchObject({ ok: true, value: { model: 'mine' } });
  });

  it('returns plan, baseline and frontier records with exactly the declared fields', () => {
    const requests: RawPlanRequest[] = [
      { model: 'llama3-70b', hardware: 'rtx4090', contextLength: 8192, targetTps: 3, compare: true },
      { model: 'qwen3-30b-a3b', hardware: 'rtx4060-8g', contextLength: 8192, compare: true },
      { model: 'llama3-70b', hardware: 'rtx3050-4g', contextLength: 8192, compare: true },
      { model: 'gemma2-9b', hardware: 'cpu-32g', contextLength: 4096, compare: true },
    ];
    for (const request of requests) {
      const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
      const label = `${shown(request.model)} on ${shown(request.hardware)}`;
      const result = core.plan(request);
      if (!result.ok) throw new Error(result.error.message);
      expect(sorted(result.value), label).toEqual(PLAN_RESULT);
      expectPlanShape(result.value, label);
      expect(result.value.baseline, label).not.toBeNull();
      expect(sorted(result.value.baseline!), `${label} baseline`).toEqual(PLAN);
      expectPlanShape(result.value.baseline!, `${label} baseline`);
      expect(sorted(result.value.customBuild), label).toEqual(CUSTOM_BUILD);
      // What would run it: only when the plan does not run at the asked context in GPU + RAM.
      const runs = ['gpu', 'gpu+ram'].includes(result.value.fit) && result.value.contextLength === request.contextLength;
      if (runs) expect(result.value.requirements, label).toBeNull();
      else expect(sorted(result.value.requirements!), label).toEqual(['minTotalBytes', 'q4KMTotalBytes']);
      const published = result.value.published;
      expect(published, `${label}: every catalog model in these cases has a published repository`).not.toBeNull();
      expect(sorted(published!), label).toEqual(PUBLISHED);
      expect(sorted(published!.commands), label).toEqual(['caveats', 'llamaServer', 'ollama']);
      expect(sorted(published!.plan), `${label} published`).toEqual(PLAN);
      expectPlanShape(published!.plan, `${label} published`);
      expect(['gpu', 'gpu+ram', 'disk', 'none'], label).toContain(result.value.fit);
    }
    const noBaseline = core.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096 });
    expect(noBaseline).toMatchObject({ ok: true, value: { baseline: null, targetTps: 0 } });

    const frontier = core.frontier({ model: 'llama3-8b', hardware: 'rtx4060-8g', contextLength: 8192 });
    if (!frontier.ok) throw new Error(frontier.error.message);
    expect(frontier.value.length).toBeGreaterThan(0);
    for (const point of frontier.value) {
      expect(sorted(point)).toEqual(FRONTIER_POINT);
      expect(sorted(point.plan)).toEqual(PLAN);
      expectPlanShape(point.plan, 'frontier point');
    }
  });

  it('returns lean frontier points, and the plan of one, with exactly the declared fields', () => {
    for (const request of [
      { model: 'llama3-8b', hardware: 'rtx4060-8g', contextLength: 8192 },
      { model: 'qwen3-30b-a3b', hardware: 'rtx4060-8g', contextLength: 8192 },
      { model: 'gemma2-9b', hardware: 'cpu-32g', contextLength: 4096 },
    ] satisfies RawPlanRequest[]) {
      const lean = core.leanFrontier(request);
      if (!lean.ok) throw new Error(lean.error.message);
      expect(lean.value.length).toBeGreaterThan(0);
      for (const point of lean.value) {
        const label = `${request.model} lean point`;
        expect(sorted(point), label).toEqual(LEAN_POINT);
        expect(sorted(point.placement), label).toEqual(LEAN_PLACEMENT);
        expect(['all-gpu', 'layer-split', 'expert-offload', 'ffn-offload', 'cpu-only'], label).toContain(point.placement.kind);
        expect(['gpu', 'gpu+ram', 'disk', 'none'], label).toContain(point.fit);
        for (const kv of [point.kvCacheTypeK, point.kvCacheTypeV]) expect(['f16', 'q8_0', 'q4_0'], label).toContain(kv);
        expect(FILE_TYPE_NAMES, label).toContain(point.baseFileType);
        for (const name of Object.keys(point.histogram)) expect(FILE_TYPE_NAMES, label).toContain(name);
        for (const run of point.typeRuns) {
          expect(sorted(run), label).toEqual(TYPE_RUN);
          expect(FILE_TYPE_NAMES, label).toContain(run.type);
        }
        for (const run of point.tierRuns) {
          expect(sorted(run), label).toEqual(TIER_RUN);
          for (const tier of [run.attentionTier, run.ffnTier]) expect(['gpu', 'cpu', 'disk'], label).toContain(tier);
        }
      }
      const plan = core.evaluatePlan({ request, plan: lean.value[0]! });
      if (!plan.ok) throw new Error(plan.error.message);
      expect(sorted(plan.value)).toEqual(PLAN);
      expectPlanShape(plan.value, 'evaluatePlan of a lean point');
      // A plan's own decisions too (what commands() reads).
      const again = core.evaluatePlan({ request, plan: plan.value });
      expect(again).toEqual(plan);
    }
  });

  it('returns commands records with exactly the declared fields', () => {
    const runtimes: Record<keyof RawCommands, RawRuntimeCommand['runtime']> = {
      llamaCpp: 'llama.cpp', llamaQuantize: 'llama-quantize', ollama: 'ollama', transformers: 'transformers', vllm: 'vllm', mlx: 'mlx',
    };
    const requests: RawPlanRequest[] = [
      { model: 'llama3-70b', hardware: 'rtx4090', contextLength: 8192, targetTps: 3 },
      { model: 'qwen3-30b-a3b', hardware: 'rtx4060-8g', contextLength: 8192 },
      { model: 'llama3-8b', hardware: 'cpu-32g', contextLength: 8192 },
      { model: 'llama3.1-8b', hardware: 'm2-max', contextLength: 8192 },
    ];
    for (const request of requests) {
      const plan = core.plan(request);
      if (!plan.ok) throw new Error(plan.error.message);
      const result = core.commands({ request, plan: plan.value, options: { threads: 4, port: 9000, llamaCppBuild: 'legacy' } });
      if (!result.ok) throw new Error(result.error.message);
      expect(sorted(result.value), request.model as string).toEqual(COMMANDS);
      for (const key of COMMANDS as (keyof RawCommands)[]) {
        const command = result.value[key];
        expect(sorted(command), key).toEqual(RUNTIME_COMMAND);
        expect(command.runtime, key).toBe(runtimes[key]);
        expect(typeof command.text === 'string' && typeof command.targets === 'string' && typeof command.applicable === 'boolean', key).toBe(true);
        for (const item of [...command.files, ...command.caveats]) expect(typeof item, key).toBe('string');
      }
    }
  });

  it('declares every file type the core knows (FILE_TYPE_NAMES, in the core\'s order)', () => {
    // The core lists its file types when it rejects one.
    const result = core.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096, minQuant: 'no-such-type' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_argument', field: 'minQuant' } });
    const listed = /allowed: (.*)$/.exec(result.error!.message)?.[1]?.split(', ');
    expect(listed).toEqual(FILE_TYPE_NAMES);
  });

  it('never lets a C++ exception reach JavaScript, even for raw input embind does not check', () => {
    const bad = [
      undefined, null, 42, 'x', [], { model: 'llama3-8b' }, { model: {}, hardware: [] },
      { model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096, blockSensitivity: 'x' },
      { model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096, blockSensitivity: [1, {}] },
      { model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096, kv: 7 },
    ];
    for (const entry of ['analyze', 'plan', 'frontier', 'leanFrontier'] as const) {
      for (const request of bad) {
        const result = core[entry](request as never);
        expect(result.ok, `${entry}(${JSON.stringify(request)})`).toBe(false);
        expect(['invalid_argument', 'unknown_id', 'out_of_range']).toContain(result.error?.code);
      }
    }
    const request = { model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096 };
    const plan = core.plan(request).value!;
    const badCommands = [
      ...bad, { request }, { request, plan: 'x' }, { request: 'x', plan }, { request, plan: { ...plan, layers: 'x' } },
      { request, plan: { ...plan, layers: [null] } }, { request, plan: { ...plan, placement: [] } }, { request, plan: { ...plan, placement: null } },
      { request: null, plan }, { request, plan: null }, { request, plan, options: null }, { request, plan, options: 'x' },
      { request, plan, options: { threads: 'x' } }, { request, plan, options: { port: 1e9 } }, { request, plan, options: { llamaCppBuild: 1 } },
    ];
    for (const input of badCommands) {
      const result = core.commands(input as never);
      expect(result.ok, `commands(${JSON.stringify(input)?.slice(0, 80)})`).toBe(false);
      expect(['invalid_argument', 'unknown_id', 'out_of_range']).toContain(result.error?.code);
    }
    const point = core.leanFrontier(request).value![0]!;
    const run = point.typeRuns[0]!;
    const tiers = point.tierRuns[0]!;
    const badPlans = [
      ...badCommands.filter((input) => typeof input !== 'object' || input === null || !('options' in input)),
      { request, plan: { ...point, typeRuns: 'x' } }, { request, plan: { ...point, typeRuns: [null] } },
      { request, plan: { ...point, typeRuns: [{ ...run, count: 1e9 }] } }, { request, plan: { ...point, typeRuns: [{ ...run, count: -1 }] } },
      { request, plan: { ...point, typeRuns: [{ ...run, count: 'x' }] } }, { request, plan: { ...point, typeRuns: [] } },
      { request, plan: { ...point, typeRuns: [{ ...run, type: 7 }] } }, { request, plan: { ...point, tierRuns: undefined } },
      { request, plan: { ...point, tierRuns: [{ ...tiers, ffnTier: null }] } }, { request: { ...request, hardware: 'cpu-32g' }, plan: point },
    ];
    for (const input of badPlans) {
      const result = core.evaluatePlan(input as never);
      expect(result.ok, `evaluatePlan(${JSON.stringify(input)?.slice(0, 80)})`).toBe(false);
      expect(['invalid_argument', 'unknown_id', 'out_of_range']).toContain(result.error?.code);
    }
  });
});
