import { describe, expect, it } from 'vitest';

import { FitplanError, type AnalyzeRequest } from '../../wasm/src/node.js';
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

  it('names a missing required field', () => {
    const { ramBandwidthGBps: _omit, ...rest } = custom;
    expect(analyzeError({ model: 'llama3-8b', hardware: rest })).toMatchObject({ field: 'hardware.ramBandwidthGBps', code: 'invalid_argument' });
    const { gpuBandwidthGBps: _gpu, ...noGpuBw } = custom;
    expect(analyzeError({ model: 'llama3-8b', hardware: noGpuBw })).toMatchObject({ field: 'hardware.gpuBandwidthGBps' });
    const { vramGiB: _vram, ...noVram } = custom;
    expect(analyzeError({ model: 'llama3-8b', hardware: noVram })).toMatchObject({ field: 'hardware.vramGiB' });
  });
});
