import { describe, expect, it } from 'vitest';

import { defaultAnalyzeOptions, FILE_TYPE_NAMES, FitplanError, type FileTypeAnalysis, type FileTypeName } from '../../wasm/src/node.js';
import { CONTRACT_HARDWARE_IDS, CONTRACT_MODEL_IDS, planner } from './setup.js';

const GIB = 2 ** 30;
const FILE_TYPE_FIELDS = [
  'fileType', 'weightsBytes', 'kvCacheBytes', 'computeBytes', 'overheadBytes', 'totalBytes', 'gpuLayers', 'fitsVram',
  'fitsMemory', 'decodeTokensPerSecond', 'decodeTokensPerSecondLow', 'decodeTokensPerSecondHigh', 'prefillTokensPerSecond',
  'prefillTokensPerSecondLow', 'prefillTokensPerSecondHigh', 'qualityRelPplPercent', 'bitsPerWeight',
];

describe('analyze()', () => {
  const analysis = planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 8192 });

  it('has the contract field names', () => {
    expect(Object.keys(analysis).sort()).toEqual(['capacity', 'contextLength', 'file', 'fileTypes', 'hardware', 'hardwareAssumptions', 'kvCacheType', 'model']);
    expect(analysis.file).toBeNull();
    expect(Object.keys(analysis.model).sort()).toEqual(['activeParams', 'id', 'name', 'totalParams']);
    expect(analysis.hardware.id).toBe('rtx4090');
    expect(analysis.contextLength).toBe(8192);
    expect(analysis.kvCacheType).toBe('f16');
    for (const row of analysis.fileTypes) expect(Object.keys(row).sort()).toEqual([...FILE_TYPE_FIELDS].sort());
  });

  it('reports every whole-file type from F16 down, each once', () => {
    const types = analysis.fileTypes.map((r) => r.fileType);
    expect(types[0]).toBe('F16');
    expect(types).toContain('Q4_K_M');
    expect(types).toContain('Q8_0');
    expect(new Set(types).size).toBe(types.length);
  });

  it('has consistent figures in every row', () => {
    for (const row of analysis.fileTypes) {
      for (const key of ['weightsBytes', 'kvCacheBytes', 'computeBytes', 'overheadBytes', 'totalBytes'] as const) {
        expect(Number.isSafeInteger(row[key]), `${row.fileType} ${key}`).toBe(true);
      }
      expect(row.totalBytes).toBeGreaterThanOrEqual(row.weightsBytes + row.kvCacheBytes);
      expect(row.decodeTokensPerSecondLow).toBeLessThanOrEqual(row.decodeTokensPerSecond);
      expect(row.decodeTokensPerSecondHigh).toBeGreaterThanOrEqual(row.decodeTokensPerSecond);
      expect(row.prefillTokensPerSecondLow).toBeLessThanOrEqual(row.prefillTokensPerSecond);
      expect(row.prefillTokensPerSecondHigh).toBeGreaterThanOrEqual(row.prefillTokensPerSecond);
      expect(row.bitsPerWeight).toBeCloseTo((row.weightsBytes * 8) / analysis.model.totalParams, 12);
    }
  });

  it('fits Llama-3-8B Q4_K_M entirely on a 24 GiB RTX 4090 (about 4.6 GiB of weights, 1 GiB of f16 KV at 8192)', () => {
    const q4 = analysis.fileTypes.find((r) => r.fileType === 'Q4_K_M')!;
    expect(q4.weightsBytes / GIB).toBeGreaterThan(4.4);
    expect(q4.weightsBytes / GIB).toBeLessThan(4.8);
    expect(q4.kvCacheBytes).toBe(32 * 2 * 8 * 128 * 8192 * 2); // layers x (K,V) x kv heads x head dim x ctx x f16
    expect(q4).toMatchObject({ fitsVram: true, fitsMemory: true, gpuLayers: 33 });
  });

  it('applies the defaults (context 4096, f16 KV, prompt 512)', () => {
    const defaults = planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090' });
    expect(defaults.contextLength).toBe(defaultAnalyzeOptions.contextLength);
    expect(defaults.kvCacheType).toBe(defaultAnalyzeOptions.kvCacheType);
    expect(defaults).toEqual(planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090', ...defaultAnalyzeOptions }));
  });

  it('shrinks the KV cache with a quantized KV type', () => {
    const q8 = planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 8192, kvCacheType: 'q8_0' });
    const kv = (rows: FileTypeAnalysis[]) => rows.find((r) => r.fileType === 'Q4_K_M')!.kvCacheBytes;
    expect(kv(q8.fileTypes)).toBe((kv(analysis.fileTypes) * 34) / 64); // q8_0: 34 bytes per 32 values
  });

  it('does not fit Llama-3-70B F16 in VRAM on one RTX 4090, and offloads part of Q4_K_M', () => {
    const big = planner.analyze({ model: 'llama3-70b', hardware: 'rtx4090' });
    const f16 = big.fileTypes.find((r) => r.fileType === 'F16')!;
    expect(f16.fitsVram).toBe(false);
    const q4 = big.fileTypes.find((r) => r.fileType === 'Q4_K_M')!;
    expect(q4.gpuLayers).toBeGreaterThan(0);
    expect(q4.gpuLayers).toBeLessThan(81);
    expect(q4.fitsMemory).toBe(true);
  });

  it('runs every contract model on every contract machine', () => {
    for (const model of CONTRACT_MODEL_IDS) {
      for (const hardware of CONTRACT_HARDWARE_IDS) {
        const result = planner.analyze({ model, hardware, contextLength: 2048 });
        for (const row of result.fileTypes) {
          expect(row.decodeTokensPerSecond, `${model} ${hardware} ${row.fileType}`).toBeGreaterThan(0);
          expect(Number.isFinite(row.prefillTokensPerSecond), `${model} ${hardware} ${row.fileType}`).toBe(true);
        }
      }
    }
  });
});

describe('analyze() on custom hardware', () => {
  const base = { ramGiB: 64, ramBandwidthGBps: 89.6, diskBandwidthGBps: 7 };

  it('matches the catalog entry it copies', () => {
    const rtx4090 = planner.hardware().find((h) => h.id === 'rtx4090')!;
    const custom = planner.analyze({
      model: 'llama3-8b',
      hardware: { ...base, vramGiB: 24, gpuBandwidthGBps: 1008, gpuTflops: 165.2, pcieBandwidthGBps: 32, cpuCores: 16, backend: 'cuda' },
    });
    const catalog = planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090' });
    expect(custom.fileTypes).toEqual(catalog.fileTypes);
    expect(custom.hardware).toMatchObject({ id: 'custom', vramBytes: rtx4090.vramBytes, ramBytes: rtx4090.ramBytes, gpuCount: 1 });
  });

  it('accepts bytes as well as GiB', () => {
    const gib = planner.analyze({ model: 'mistral-7b', hardware: { ...base, vramGiB: 12, gpuBandwidthGBps: 360 } });
    const { ramGiB: _ramGiB, ...rest } = base;
    const bytes = planner.analyze({ model: 'mistral-7b', hardware: { ...rest, ramBytes: 64 * GIB, vramBytes: 12 * GIB, gpuBandwidthGBps: 360 } });
    expect(bytes).toEqual(gib);
  });

  it('treats --vram 0 as a CPU-only machine (no GPU layers, backend cpu)', () => {
    const cpu = planner.analyze({ model: 'llama3-8b', hardware: { ...base, vramGiB: 0 } });
    expect(cpu.hardware).toMatchObject({ backend: 'cpu', gpuCount: 0, vramBytes: 0, gpuTflops: 0, pcieBandwidthGBps: 0 });
    for (const row of cpu.fileTypes) expect(row).toMatchObject({ gpuLayers: 0, fitsVram: false });
  });

  it('derives the defaults of omitted fields', () => {
    const result = planner.analyze({ model: 'llama3-8b', hardware: { ...base, vramGiB: 16, gpuBandwidthGBps: 500 } });
    expect(result.hardware).toMatchObject({ backend: 'cuda', gpuCount: 1, gpuTflops: 50, pcieBandwidthGBps: 32, cpuCores: 8, unifiedMemory: false });
    const mac = planner.analyze({ model: 'llama3-8b', hardware: { ...base, vramGiB: 48, gpuBandwidthGBps: 400, unifiedMemory: true } });
    expect(mac.hardware).toMatchObject({ backend: 'metal', pcieBandwidthGBps: 0, unifiedMemory: true });
  });
});

describe('analyze() fileTypes', () => {
  const DEFAULT_TYPES = [
    'F16', 'Q8_0', 'Q6_K', 'Q5_K_M', 'Q5_K_S', 'Q4_K_M', 'Q4_K_S', 'Q4_0', 'IQ4_XS', 'Q3_K_L', 'Q3_K_M', 'Q3_K_S', 'IQ3_M',
    'IQ3_XXS', 'Q2_K', 'IQ2_M', 'IQ2_XXS', 'IQ1_M',
  ];
  const types = (analysis: { fileTypes: FileTypeAnalysis[] }) => analysis.fileTypes.map((r) => r.fileType);

  it('defaults to the 18 common types, plus MXFP4_MOE for gpt-oss (its native file)', () => {
    expect(types(planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090' }))).toEqual(DEFAULT_TYPES);
    const oss = planner.analyze({ model: 'gpt-oss-20b', hardware: 'rtx4090' });
    const expected = [...DEFAULT_TYPES];
    expected.splice(expected.indexOf('IQ4_XS') + 1, 0, 'MXFP4_MOE');
    expect(types(oss)).toEqual(expected);
    const mxfp4 = oss.fileTypes.find((r) => r.fileType === 'MXFP4_MOE')!;
    // ggml-org/gpt-oss-20b-GGUF and bartowski's gpt-oss-20b-MXFP4.gguf: 12.1 GB.
    expect(mxfp4.weightsBytes / 1e9).toBeCloseTo(12.1, 1);
    expect(mxfp4.qualityRelPplPercent).toBe(0);
  });

  it("analyzes every llama-quantize type but F32 with 'all'", () => {
    const all = types(planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090', fileTypes: 'all' }));
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(FILE_TYPE_NAMES.filter((name) => name !== 'F32').sort());
    expect(all.slice(0, 3)).toEqual(['F16', 'BF16', 'Q8_0']);
  });

  it('takes a list: case-insensitive, duplicates dropped, from large to small', () => {
    const request = { model: 'llama3-8b', hardware: 'rtx4090' } as const;
    const some = planner.analyze({ ...request, fileTypes: ['iq4_nl', 'Q5_1', 'Q4_1', 'IQ4_NL', 'q2_k_s'] as FileTypeName[] });
    expect(types(some)).toEqual(['Q5_1', 'Q4_1', 'IQ4_NL', 'Q2_K_S']);
    // A row is the same row whichever list it comes in.
    const defaults = planner.analyze(request);
    const q4 = planner.analyze({ ...request, fileTypes: ['Q4_K_M'] });
    expect(q4.fileTypes).toEqual([defaults.fileTypes.find((r) => r.fileType === 'Q4_K_M')]);
  });

  it('names fileTypes in its errors', () => {
    const error = (fileTypes: unknown) => {
      try {
        planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090', fileTypes } as never);
      } catch (caught) {
        expect(caught).toBeInstanceOf(FitplanError);
        return caught as FitplanError;
      }
      throw new Error('no error');
    };
    const unknown = error(['Q4_K_M', 'Q4_K_XL']);
    expect(unknown).toMatchObject({ code: 'invalid_argument', field: 'fileTypes' });
    expect(unknown.message).toContain("'Q4_K_XL'");
    expect(unknown.message).toContain('allowed: all, F32, F16');
    expect(error('everything')).toMatchObject({ code: 'invalid_argument', field: 'fileTypes' });
    expect(error(['Q4_K_M', 4])).toMatchObject({ code: 'invalid_argument', field: 'fileTypes[1]' });
  });
});
