// The hand-written declaration (wasm/src/native/fitplan_core.d.mts) against the real module:
// every declared embind function exists, every embind function is declared, and every record the
// module returns has exactly the declared fields (embind does not see value shapes, so a field
// added in bindings.cpp but not in types.ts fails here).
import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import createFitplanCore, { type FitplanCoreEntryPoints, type FitplanCoreModule } from '../../wasm/src/native/fitplan_core.mjs';
import { wasmUrl, type Analysis, type FileTypeAnalysis, type HardwareInfo, type ModelArchitecture, type ModelInfo, type ModelSummary } from '../../wasm/src/node.js';

const core: FitplanCoreModule = await createFitplanCore({ wasmBinary: await readFile(wasmUrl) });

/** camelCase runtime names that are not embind entry points (embind's own and Emscripten's). */
const RUNTIME = new Set(['run', 'ready', 'calledRun', 'asm', 'wasmBinary', 'stackSave', 'stackRestore', 'stackAlloc',
  'flushPendingDeletes', 'getInheritedInstanceCount', 'getLiveInheritedInstances', 'setDelayFunction',
  'count_emval_handles', 'get_first_emval', 'preloadedImages', 'preloadedAudios']);

/** Method names declared in `interface FitplanCoreEntryPoints { ... }` of the .d.mts. */
async function declaredEntryPoints(): Promise<string[]> {
  const source = await readFile(new URL('../../wasm/src/native/fitplan_core.d.mts', import.meta.url), 'utf8');
  const body = /interface FitplanCoreEntryPoints \{([^}]*)\}/.exec(source)?.[1] ?? '';
  return [...body.matchAll(/^\s*(\w+)\(/gm)].map((m) => m[1]!).sort();
}

/** Exactly the keys of T (the compiler rejects a missing or an extra key). */
function keysOf<T>(keys: { [K in keyof Required<T>]: true }): string[] {
  return Object.keys(keys).sort();
}

const ENTRY_POINTS = keysOf<FitplanCoreEntryPoints>({ models: true, hardware: true, analyze: true, plan: true, frontier: true });
const MODEL_INFO = keysOf<ModelInfo>({
  id: true, name: true, family: true, totalParams: true, activeParams: true, maxContext: true, moe: true,
  slidingWindow: true, mla: true, source: true, architecture: true,
});
const ARCHITECTURE = keysOf<ModelArchitecture>({
  family: true, ggufArch: true, nLayer: true, nEmbd: true, nHead: true, nHeadKv: true, headDimK: true, headDimV: true,
  nFf: true, gatedFfn: true, nVocab: true, tiedEmbeddings: true, attnQkvBias: true, attnOutputBias: true, ffnBias: true,
  ropeFreqs: true, nExpert: true, nExpertUsed: true, nFfExp: true, nExpertShared: true, nFfShexp: true,
  nLeadingDense: true, slidingWindow: true, swaPattern: true, qLoraRank: true, kvLoraRank: true, qkRopeHeadDim: true,
  qkNopeHeadDim: true, nCtxTrain: true,
});
const HARDWARE_INFO = keysOf<HardwareInfo>({
  id: true, name: true, family: true, backend: true, gpuCount: true, vramBytes: true, ramBytes: true,
  gpuBandwidthGBps: true, ramBandwidthGBps: true, diskBandwidthGBps: true, gpuTflops: true, pcieBandwidthGBps: true,
  cpuCores: true, unifiedMemory: true, source: true,
});
const ANALYSIS = keysOf<Analysis>({ model: true, hardware: true, contextLength: true, kvCacheType: true, fileTypes: true });
const MODEL_SUMMARY = keysOf<ModelSummary>({ id: true, name: true, totalParams: true, activeParams: true });
const FILE_TYPE = keysOf<FileTypeAnalysis>({
  fileType: true, weightsBytes: true, kvCacheBytes: true, computeBytes: true, overheadBytes: true, totalBytes: true,
  gpuLayers: true, fitsVram: true, fitsMemory: true, decodeTokensPerSecond: true, decodeTokensPerSecondLow: true,
  decodeTokensPerSecondHigh: true, prefillTokensPerSecond: true, prefillTokensPerSecondLow: true,
  prefillTokensPerSecondHigh: true, qualityRelPplPercent: true, bitsPerWeight: true,
});

const sorted = (o: object) => Object.keys(o).sort();

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
    expect(sorted(analysis.value.model)).toEqual(MODEL_SUMMARY);
    expect(sorted(analysis.value.hardware)).toEqual(HARDWARE_INFO);
    for (const row of analysis.value.fileTypes) expect(sorted(row)).toEqual(FILE_TYPE);
  });

  it('never lets a C++ exception reach JavaScript, even for raw input embind does not check', () => {
    for (const request of [undefined, null, 42, 'x', [], { model: 'llama3-8b' }, { model: {}, hardware: [] }]) {
      const result = core.analyze(request as never);
      expect(result.ok).toBe(false);
      expect(['invalid_argument', 'unknown_id', 'out_of_range']).toContain(result.error?.code);
    }
  });
});
