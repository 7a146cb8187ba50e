import { describe, expect, it } from 'vitest';

import { FitplanError, type AnalyzeRequest, type PlanRequest } from '../../wasm/src/node.js';
import { planner } from './setup.js';

/** The FitplanError that analyze(request) throws. */
function analyzeError(request: unknown): FitplanError {
  try {
    planner.analyze(request as AnalyzeRequest);
  } catch (error) {
    expect(error).toBeInstanceOf(FitplanError);
    return error as FitplanError;
  }
  throw new Error(`analyze(${JSON.stringify(request)}) did not throw`);
}

const custom = { vramGiB: 24, ramGiB: 64, gpuBandwidthGBps: 1000, ramBandwidthGBps: 90, diskBandwidthGBps: 7 };

describe('analyze() errors', () => {
  it('lists the closest ids for an unknown model', () => {
    const error = analyzeError({ model: 'llama3-8', hardware: 'rtx4090' });
    expect(error).toMatchObject({ code: 'unknown_id', field: 'model', name: 'FitplanError' });
    expect(error.message).toContain("unknown model id 'llama3-8'");
    expect(error.message).toMatch(/closest: .*llama3-8b/);
  });

  it('lists the closest ids for an unknown hardware id', () => {
    const error = analyzeError({ model: 'llama3-8b', hardware: 'rtx409' });
    expect(error).toMatchObject({ code: 'unknown_id', field: 'hardware' });
    expect(error.message).toMatch(/closest: .*rtx4090/);
  });

  it('rejects a context beyond the model maximum, naming the maximum', () => {
    const error = analyzeError({ model: 'llama2-7b', hardware: 'rtx4090', contextLength: 8192 });
    expect(error).toMatchObject({ code: 'out_of_range', field: 'contextLength' });
    expect(error.message).toContain('4096');
  });

  it.each([
    [{ contextLength: 0 }, 'contextLength', 'out_of_range'],
    [{ contextLength: -5 }, 'contextLength', 'out_of_range'],
    [{ contextLength: 1.5 }, 'contextLength', 'invalid_argument'],
    [{ contextLength: Number.NaN }, 'contextLength', 'invalid_argument'],
    [{ contextLength: Number.POSITIVE_INFINITY }, 'contextLength', 'invalid_argument'],
    [{ contextLength: '4096' }, 'contextLength', 'invalid_argument'],
    [{ promptTokens: 'many' }, 'promptTokens', 'invalid_argument'],
    [{ promptTokens: 0 }, 'promptTokens', 'out_of_range'],
    [{ kvCacheType: 'q3_k' }, 'kvCacheType', 'invalid_argument'],
    [{ model: 42 }, 'model', 'invalid_argument'],
    [{ model: '' }, 'model', 'invalid_argument'],
    [{ hardware: null }, 'hardware', 'invalid_argument'],
    [{ hardware: 7 }, 'hardware', 'invalid_argument'],
    [{ colour: 'blue' }, 'colour', 'invalid_argument'],
  ])('rejects %j (field %s)', (override, field, code) => {
    const error = analyzeError({ model: 'llama3-8b', hardware: 'rtx4090', ...override });
    expect(error).toMatchObject({ field, code });
    expect(error.message).toContain(field);
  });

  it('rejects a request that is not an object', () => {
    expect(analyzeError(undefined)).toMatchObject({ code: 'invalid_argument', field: '' });
    expect(analyzeError('llama3-8b')).toMatchObject({ code: 'invalid_argument', field: '' });
  });
});

describe('custom hardware errors', () => {
  it.each([
    [{ vramGiB: -1 }, 'hardware.vramGiB', 'out_of_range'],
    [{ vramGiB: 1e9 }, 'hardware.vramGiB', 'out_of_range'],
    [{ ramGiB: 0 }, 'hardware.ramGiB', 'out_of_range'],
    [{ ramGiB: 100_000 }, 'hardware.ramGiB', 'out_of_range'],
    [{ ramGiB: 'lots' }, 'hardware.ramGiB', 'invalid_argument'],
    [{ vramBytes: 24 * 2 ** 30 }, 'hardware.vramGiB', 'invalid_argument'], // both vramGiB and vramBytes
    [{ gpuBandwidthGBps: 0 }, 'hardware.gpuBandwidthGBps', 'out_of_range'],
    [{ ramBandwidthGBps: Number.NaN }, 'hardware.ramBandwidthGBps', 'invalid_argument'],
    [{ diskBandwidthGBps: -3 }, 'hardware.diskBandwidthGBps', 'out_of_range'],
    [{ cpuCores: 0 }, 'hardware.cpuCores', 'out_of_range'],
    [{ cpuCores: 2.5 }, 'hardware.cpuCores', 'invalid_argument'],
    [{ gpuCount: 65 }, 'hardware.gpuCount', 'out_of_range'],
    [{ backend: 'directml' }, 'hardware.backend', 'invalid_argument'],
    [{ unifiedMemory: 'yes' }, 'hardware.unifiedMemory', 'invalid_argument'],
    [{ vram: 24 }, 'hardware.vram', 'invalid_argument'],
    [{ unifiedMemory: true, vramGiB: 128 }, 'hardware.vramGiB', 'out_of_range'], // GPU limit above the shared RAM
  ])('rejects %j (field %s)', (override, field, code) => {
    const error = analyzeError({ model: 'llama3-8b', hardware: { ...custom, ...override } });
    expect(error).toMatchObject({ field, code });
  });

  it('names a missing required field (VRAM and RAM; the bandwidths have defaults)', () => {
    const { vramGiB: _vram, ...noVram } = custom;
    expect(analyzeError({ model: 'llama3-8b', hardware: noVram })).toMatchObject({ field: 'hardware.vramGiB', code: 'invalid_argument' });
    const { ramGiB: _ram, ...noRam } = custom;
    expect(analyzeError({ model: 'llama3-8b', hardware: noRam })).toMatchObject({ field: 'hardware.ramGiB', code: 'invalid_argument' });
  });

  it.each([
    [{ osReserveGiB: 64 }, 'hardware.osReserveGiB', 'out_of_range'], // the whole RAM
    [{ osReserveGiB: -1 }, 'hardware.osReserveGiB', 'out_of_range'],
    [{ osReserveGiB: 'some' }, 'hardware.osReserveGiB', 'invalid_argument'],
    [{ osReserveGiB: 4, osReserveBytes: 4 * 2 ** 30 }, 'hardware.osReserveGiB', 'invalid_argument'],
    [{ gpuMarginGiB: 24 }, 'hardware.gpuMarginGiB', 'out_of_range'], // the whole GPU
    [{ gpuMarginGiB: 1, vramGiB: 0, gpuCount: 0 }, 'hardware.gpuMarginGiB', 'out_of_range'], // no GPU to keep it on
  ])('rejects the reserve %j (field %s)', (override, field, code) => {
    const error = analyzeError({ model: 'llama3-8b', hardware: { ...custom, ...override } });
    expect(error).toMatchObject({ field, code });
    expect(error.message).toContain(field.slice('hardware.'.length));
  });
});

describe('preset-with-your-figures errors', () => {
  it.each([
    [{ preset: 'm2-max', ramGiB: 32 }, 'hardware.ramGiB', 'invalid_argument', /unified-memory/],
    [{ preset: 'm2-max', ramBandwidthGBps: 100 }, 'hardware.ramBandwidthGBps', 'invalid_argument', /unified-memory/],
    [{ preset: 'dgx-spark', ramGiB: 64 }, 'hardware.ramGiB', 'invalid_argument', /unified-memory/],
    [{ preset: 'm2-max', gpuCount: 2 }, 'hardware.gpuCount', 'invalid_argument', /one GPU/],
    [{ preset: 'cpu-32g', gpuCount: 2 }, 'hardware.gpuCount', 'invalid_argument', /no GPU/],
    [{ preset: 'rtx4090', gpuCount: 0 }, 'hardware.gpuCount', 'out_of_range', /1 to 64/],
    [{ preset: 'rtx4090', ramGiB: 0 }, 'hardware.ramGiB', 'out_of_range', /ramGiB/],
    [{ preset: 'rtx4090', ramGiB: 'lots' }, 'hardware.ramGiB', 'invalid_argument', /ramGiB/],
    [{ preset: 'rtx4090', osReserveGiB: 64 }, 'hardware.osReserveGiB', 'out_of_range', /less than the RAM/],
    [{ preset: 'rtx4090', vramGiB: 12 }, 'hardware.vramGiB', 'invalid_argument', /cannot be set with 'hardware.preset'/],
    [{ preset: 'rtx4090', unifiedMemory: true }, 'hardware.unifiedMemory', 'invalid_argument', /allowed with a preset: .*ramGiB/],
    [{ preset: 'rtx409', ramGiB: 32 }, 'hardware', 'unknown_id', /closest: .*rtx4090/],
    [{ preset: '', ramGiB: 32 }, 'hardware.preset', 'invalid_argument', /non-empty string/],
  ])('rejects %j (field %s)', (hardware, field, code, message) => {
    const error = analyzeError({ model: 'llama3-8b', hardware });
    expect(error).toMatchObject({ field, code });
    expect(error.message).toMatch(message);
  });
});

/** The FitplanError that plan(request) throws; frontier(request) must throw the same. */
function planError(request: unknown): FitplanError {
  const caught = (call: () => unknown): FitplanError => {
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(FitplanError);
      return error as FitplanError;
    }
    throw new Error(`${JSON.stringify(request)} did not throw`);
  };
  const error = caught(() => planner.plan(request as PlanRequest));
  const frontier = caught(() => planner.frontier(request as PlanRequest));
  expect({ code: frontier.code, field: frontier.field, message: frontier.message }).toEqual({ code: error.code, field: error.field, message: error.message });
  return error;
}

const planBase = { model: 'llama3-70b', hardware: 'rtx4090', contextLength: 8192 };

describe('plan() and frontier() errors', () => {
  it('lists the closest ids for an unknown model', () => {
    const error = planError({ ...planBase, model: 'llama3-70' });
    expect(error).toMatchObject({ code: 'unknown_id', field: 'model' });
    expect(error.message).toMatch(/closest: .*llama3-70b/);
  });

  it('rejects a negative target', () => {
    const error = planError({ ...planBase, targetTps: -1 });
    expect(error).toMatchObject({ code: 'out_of_range', field: 'targetTps' });
    expect(error.message).toContain("'targetTps' is -1");
  });

  it('rejects a context beyond the model maximum, naming the maximum', () => {
    const error = planError({ ...planBase, contextLength: 16384 });
    expect(error).toMatchObject({ code: 'out_of_range', field: 'contextLength' });
    expect(error.message).toContain('8192');
  });

  it('rejects an unknown KV type, listing the allowed ones', () => {
    const error = planError({ ...planBase, kv: 'q5_0' });
    expect(error).toMatchObject({ code: 'invalid_argument', field: 'kv' });
    expect(error.message).toContain('allowed: auto, f16, q8_0, q4_0');
  });

  it('rejects an unknown minQuant, listing the file types', () => {
    const error = planError({ ...planBase, minQuant: 'Q9_K' });
    expect(error).toMatchObject({ code: 'invalid_argument', field: 'minQuant' });
    expect(error.message).toMatch(/'minQuant' is 'Q9_K'; allowed: .*Q4_K_M/);
  });

  it('accepts minQuant in any case and the llama-quantize aliases', () => {
    expect(planner.plan({ ...planBase, minQuant: 'q4_k_m' as never }).feasible).toBe(true);
    expect(planner.plan({ ...planBase, minQuant: 'Q4_K' as never }).feasible).toBe(true);
  });

  it.each([
    [{ contextLength: undefined }, 'contextLength', 'invalid_argument'],
    [{ contextLength: 0 }, 'contextLength', 'out_of_range'],
    [{ contextLength: 2048.5 }, 'contextLength', 'invalid_argument'],
    [{ minContextLength: 9000 }, 'minContextLength', 'out_of_range'],
    [{ minContextLength: 0 }, 'minContextLength', 'out_of_range'],
    [{ minContextLength: '2k' }, 'minContextLength', 'invalid_argument'],
    [{ targetTps: Number.NaN }, 'targetTps', 'invalid_argument'],
    [{ targetTps: '3' }, 'targetTps', 'invalid_argument'],
    [{ targetTps: 1e6 }, 'targetTps', 'out_of_range'],
    [{ kv: 'bf16' }, 'kv', 'invalid_argument'],
    [{ minQuant: 4 }, 'minQuant', 'invalid_argument'],
    [{ allowDisk: 'no' }, 'allowDisk', 'invalid_argument'],
    [{ compare: 1 }, 'compare', 'invalid_argument'],
    [{ promptTokens: 0 }, 'promptTokens', 'out_of_range'],
    [{ outputTokens: 1.5 }, 'outputTokens', 'invalid_argument'],
    [{ usableTps: 1 }, 'usableTps', 'out_of_range'], // below the default slowTps
    [{ objective: 'fastest' }, 'objective', 'invalid_argument'],
    [{ blockSensitivity: 'flat' }, 'blockSensitivity', 'invalid_argument'],
    [{ blockSensitivity: [1, 'x'] }, 'blockSensitivity[1]', 'invalid_argument'],
    [{ blockSensitivity: [1, 2, 3] }, 'blockSensitivity', 'invalid_argument'],
    [{ kvCacheType: 'q8_0' }, 'kvCacheType', 'invalid_argument'], // analyze's field name, not plan's
    [{ hardware: { vramGiB: 24, gpuBandwidthGBps: 1000, diskBandwidthGBps: 7 } }, 'hardware.ramGiB', 'invalid_argument'],
    [{ hardware: { preset: 'm3-max-64g', ramGiB: 128 } }, 'hardware.ramGiB', 'invalid_argument'],
  ])('rejects %j (field %s)', (override, field, code) => {
    const error = planError({ ...planBase, ...override });
    expect(error).toMatchObject({ field, code });
    expect(error.message).toContain(field.replace(/\[\d+\]$/, ''));
  });

  it('rejects a request that is not an object', () => {
    expect(planError(null)).toMatchObject({ code: 'invalid_argument', field: '' });
  });
});
