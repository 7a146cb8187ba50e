// Machines as people own them: a preset's GPU with your RAM ({ preset, ramGiB }), custom machines
// that need only VRAM and RAM (the figures left out are listed as assumed), the memory kept back
// for the OS and the GPU margin (stated in every result, adjustable), and analyze()'s default
// context for models shorter than it.
import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { customHardwareDefaults, defaultAnalyzeOptions, importModel, reserveDefaults, type FileTypeAnalysis } from '../../wasm/src/node.js';
import { planner } from './setup.js';

const GIB = 2 ** 30;
const row = (rows: FileTypeAnalysis[], type: string) => rows.find((r) => r.fileType === type)!;

describe('a preset with the RAM you have', () => {
  it('keeps the GPU figures, takes the RAM, and says so in the name', () => {
    const preset = planner.hardware().find((h) => h.id === 'rtx4090')!;
    const analysis = planner.analyze({ model: 'llama3-70b', hardware: { preset: 'rtx4090', ramGiB: 32 } });
    expect(analysis.hardware).toEqual({
      ...preset,
      name: 'NVIDIA GeForce RTX 4090 (24 GiB) + 32 GiB RAM',
      ramBytes: 32 * GIB,
      source: expect.stringContaining('host figures given by the user: RAM 32 GiB'),
    });
    expect(analysis.hardwareAssumptions).toEqual([]);
    // Every figure the core sees is the preset's but the RAM: the same as the preset without the name.
    const same = planner.analyze({ model: 'llama3-70b', hardware: { preset: 'rtx4090' } });
    expect(same.hardware).toEqual(preset);
  });

  it('gives a 4090 with 32 GiB less room than with 128 GiB, and plans llama3-70b within it', () => {
    const small = planner.analyze({ model: 'llama3-70b', hardware: { preset: 'rtx4090', ramGiB: 32 } });
    const large = planner.analyze({ model: 'llama3-70b', hardware: { preset: 'rtx4090', ramGiB: 128 } });
    expect(small.capacity.ramCapacityBytes).toBeLessThan(large.capacity.ramCapacityBytes);
    expect(small.capacity.gpuCapacityBytes).toBe(large.capacity.gpuCapacityBytes);
    // A 70B Q8_0 file (~70 GiB) fits 24 GiB of VRAM + 115 GiB of RAM, not + 28.8 GiB.
    expect(row(small.fileTypes, 'Q8_0').fitsMemory).toBe(false);
    expect(row(large.fileTypes, 'Q8_0').fitsMemory).toBe(true);

    const request = { model: 'llama3-70b', contextLength: 8192 } as const;
    const with32 = planner.plan({ ...request, hardware: { preset: 'rtx4090', ramGiB: 32 } });
    const with128 = planner.plan({ ...request, hardware: { preset: 'rtx4090', ramGiB: 128 } });
    expect(with32.hardwareName).toBe('NVIDIA GeForce RTX 4090 (24 GiB) + 32 GiB RAM');
    expect(with32.hardware).toBe('rtx4090');
    expect(with32.request.hardware).toEqual({ preset: 'rtx4090', ramGiB: 32 });
    expect(with32.memory.cpu.capacityBytes).toBe(small.capacity.ramCapacityBytes);
    expect(with128.memory.cpu.capacityBytes).toBe(large.capacity.ramCapacityBytes);
    for (const plan of [with32, with128]) {
      expect(plan.feasible).toBe(true);
      expect(plan.memory.cpu.totalBytes).toBeLessThanOrEqual(plan.memory.cpu.capacityBytes);
    }
    expect(with32.memory.cpu.totalBytes + with32.memory.gpuTotalBytes).toBeLessThan(24 * GIB + 32 * GIB);
    // The plan's commands come from the same machine.
    expect(planner.commands(with32).llamaCpp.applicable).toBe(true);
  });

  it('takes the other host figures, and more of the same GPU', () => {
    const analysis = planner.analyze({
      model: 'llama3-8b',
      hardware: { preset: 'rtx3090', ramGiB: 128, ramBandwidthGBps: 60, diskBandwidthGBps: 7, cpuCores: 16, gpuCount: 2 },
    });
    expect(analysis.hardware).toMatchObject({ gpuCount: 2, ramBandwidthGBps: 60, diskBandwidthGBps: 7, cpuCores: 16, ramBytes: 128 * GIB });
    expect(analysis.hardware.name).toBe('2x NVIDIA GeForce RTX 3090 (24 GiB each) + 128 GiB RAM (RAM 60 GB/s, disk 7 GB/s, 16 CPU cores)');
    // Disk and cores are host figures on a unified-memory machine too.
    const mac = planner.analyze({ model: 'llama3-8b', hardware: { preset: 'm2-max', diskBandwidthGBps: 3, cpuCores: 12 } });
    expect(mac.hardware).toMatchObject({ unifiedMemory: true, diskBandwidthGBps: 3, cpuCores: 12 });
  });
});

describe('a custom machine from VRAM and RAM alone', () => {
  it('assumes the documented bandwidths and says which figures it assumed', () => {
    const analysis = planner.analyze({ model: 'phi3-mini', hardware: { vramGiB: 4, ramGiB: 32 } });
    expect(analysis.hardware).toMatchObject({
      gpuBandwidthGBps: customHardwareDefaults.gpuBandwidthGBps,
      ramBandwidthGBps: customHardwareDefaults.ramBandwidthGBps,
      diskBandwidthGBps: customHardwareDefaults.diskBandwidthGBps,
    });
    // The original tool's documented defaults.
    expect(customHardwareDefaults).toMatchObject({ gpuBandwidthGBps: 200, ramBandwidthGBps: 50, diskBandwidthGBps: 3.5 });
    expect(analysis.hardwareAssumptions.map((a) => [a.field, a.value])).toEqual([
      ['hardware.gpuBandwidthGBps', 200],
      ['hardware.gpuTflops', 200 * customHardwareDefaults.tflopsPerGBps],
      ['hardware.pcieBandwidthGBps', customHardwareDefaults.pcieBandwidthGBps],
      ['hardware.ramBandwidthGBps', 50],
      ['hardware.diskBandwidthGBps', 3.5],
      ['hardware.cpuCores', customHardwareDefaults.cpuCores],
    ]);
    expect(analysis.hardwareAssumptions[0]).toEqual({
      field: 'hardware.gpuBandwidthGBps',
      value: 200,
      text: 'GPU bandwidth 200 GB/s',
      why: 'not given; the default of customHardwareDefaults.gpuBandwidthGBps',
    });
    const plan = planner.plan({ model: 'phi3-mini', hardware: { vramGiB: 4, ramGiB: 32 }, contextLength: 4096 });
    expect(plan.hardwareAssumptions).toEqual(analysis.hardwareAssumptions);
    expect(plan.request.hardware).toMatchObject({ gpuBandwidthGBps: 200, ramBandwidthGBps: 50, diskBandwidthGBps: 3.5 });
  });

  it('needs no GPU figure for a CPU-only machine, and lists only what was left out', () => {
    const cpu = planner.analyze({ model: 'qwen2.5-0.5b', hardware: { vramGiB: 0, ramGiB: 16, ramBandwidthGBps: 40 } });
    expect(cpu.hardware).toMatchObject({ gpuCount: 0, gpuBandwidthGBps: 0, backend: 'cpu' });
    expect(cpu.hardwareAssumptions.map((a) => a.field)).toEqual(['hardware.diskBandwidthGBps', 'hardware.cpuCores']);
    expect(planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090' }).hardwareAssumptions).toEqual([]);
    const given = { vramGiB: 8, ramGiB: 32, gpuBandwidthGBps: 272, ramBandwidthGBps: 60, diskBandwidthGBps: 3, gpuTflops: 40, pcieBandwidthGBps: 16, cpuCores: 8 };
    expect(planner.analyze({ model: 'llama3-8b', hardware: given }).hardwareAssumptions).toEqual([]);
  });
});

describe('the memory kept back for the OS and the GPU margin', () => {
  const osReserve = (ramGiB: number) => Math.max(reserveDefaults.osReserveMinGiB, ramGiB / reserveDefaults.osReserveRamDivisor);
  const margin = (vramGiB: number) => Math.min(reserveDefaults.gpuMarginMaxGiB, vramGiB / reserveDefaults.gpuMarginVramDivisor);

  it('is stated in every result, as reserveDefaults describes the core', () => {
    for (const [vramGiB, ramGiB] of [[24, 64], [4, 8], [12, 32], [80, 256]] as const) {
      const { capacity, hardware } = planner.analyze({ model: 'llama3-8b', hardware: { vramGiB, ramGiB } });
      expect(capacity.osReserveBytes / GIB, `${ramGiB} GiB`).toBeCloseTo(osReserve(ramGiB), 8);
      expect(capacity.gpuMarginBytes / GIB, `${vramGiB} GiB`).toBeCloseTo(margin(vramGiB), 8);
      expect(capacity.ramCapacityBytes).toBe(hardware.ramBytes - capacity.osReserveBytes);
      expect(capacity.gpuCapacityBytes).toBe(hardware.vramBytes - capacity.gpuMarginBytes);
    }
    // Unified memory keeps no GPU margin; a CPU-only machine has none to keep.
    expect(planner.analyze({ model: 'llama3-8b', hardware: 'm2-max' }).capacity.gpuMarginBytes).toBe(0);
    expect(planner.analyze({ model: 'llama3-8b', hardware: 'cpu-32g' }).capacity).toMatchObject({ gpuMarginBytes: 0, gpuCapacityBytes: 0 });
    const plan = planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096 });
    expect(plan.memory.osReserveBytes).toBe(Math.floor((64 * GIB) / reserveDefaults.osReserveRamDivisor));
    expect(plan.memory.gpuMarginBytes).toBe(0.5 * GIB);
    expect(plan.memory.cpu.capacityBytes + plan.memory.osReserveBytes).toBe(64 * GIB);
  });

  it('can be set on a preset or a custom machine', () => {
    const analysis = planner.analyze({ model: 'llama3-8b', hardware: { preset: 'rtx4090', osReserveGiB: 4, gpuMarginGiB: 1 } });
    expect(analysis.capacity).toEqual({ osReserveBytes: 4 * GIB, ramCapacityBytes: 60 * GIB, gpuMarginBytes: 1 * GIB, gpuCapacityBytes: 23 * GIB });
    expect(analysis.hardware.name).toBe('NVIDIA GeForce RTX 4090 (24 GiB) + 64 GiB DDR5 (4 GiB kept for the OS, 1 GiB GPU margin)');
    const none = planner.plan({ model: 'llama3-8b', hardware: { vramGiB: 8, ramGiB: 16, osReserveGiB: 0, gpuMarginGiB: 0 }, contextLength: 4096 });
    expect(none.memory).toMatchObject({ osReserveBytes: 0, gpuMarginBytes: 0 });
    expect(none.memory.cpu.capacityBytes).toBe(16 * GIB);
    expect(none.memory.gpus[0]!.capacityBytes).toBe(8 * GIB);
    // A larger reserve is less room: fewer layers of the same file on an 8 GiB card.
    const q8 = (gpuMarginGiB: number) =>
      row(planner.analyze({ model: 'llama3-8b', hardware: { preset: 'rtx4060-8g', gpuMarginGiB } }).fileTypes, 'Q8_0').gpuLayers;
    expect(q8(2)).toBeLessThan(q8(0));
  });
});

describe("analyze()'s default context", () => {
  it('is the smaller of the default and the model maximum (an imported 2048-token model)', async () => {
    const config = JSON.parse(await readFile(new URL('./fixtures/configs/llama3.2-1b.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const { model } = await importModel(JSON.stringify({ ...config, max_position_embeddings: 2048 }));
    expect(model.architecture.nCtxTrain).toBe(2048);
    expect(planner.analyze({ model, hardware: 'rtx4090' }).contextLength).toBe(2048);
    // A longer model keeps the default; an explicit context beyond the maximum is still an error naming it.
    expect(planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090' }).contextLength).toBe(defaultAnalyzeOptions.contextLength);
    expect(() => planner.analyze({ model, hardware: 'rtx4090', contextLength: 4096 })).toThrow(/contextLength/);
  });

  it("applies to catalog models through the catalog's maximum", () => {
    const short = planner.models().filter((m) => m.maxContext < defaultAnalyzeOptions.contextLength);
    for (const m of short) expect(planner.analyze({ model: m.id, hardware: 'rtx4090' }).contextLength, m.id).toBe(m.maxContext);
    // An unknown id is the core's error, not a default's.
    expect(() => planner.analyze({ model: 'nope', hardware: 'rtx4090' })).toThrow(/unknown model id 'nope'/);
  });
});

describe('rates too small to mean anything (issue #16, item 2)', () => {
  const base = { vramGiB: 8, ramGiB: 32, gpuBandwidthGBps: 360, ramBandwidthGBps: 50, diskBandwidthGBps: 3 };

  it('are refused with the field named, 0 still meaning "not known"', () => {
    for (const [field, value] of [['gpuTflops', 1e-320], ['gpuTflops', 0.05], ['pcieBandwidthGBps', 1e-320]] as const) {
      expect(() => planner.plan({ model: 'llama3-8b', hardware: { ...base, [field]: value }, contextLength: 4096 }), field).toThrow(
        new RegExp(`'hardware\\.${field}' is [-+.e\\d]+; allowed 0 or 0\\.1 to`),
      );
    }
    const known = planner.plan({ model: 'llama3-70b', hardware: { ...base, gpuTflops: 0.1, pcieBandwidthGBps: 0.1 }, contextLength: 4096 });
    expect(Number.isFinite(known.timeToFirstTokenSeconds)).toBe(true);
    const unknown = planner.plan({ model: 'llama3-8b', hardware: { ...base, gpuTflops: 0, pcieBandwidthGBps: 0 }, contextLength: 4096 });
    expect(Number.isFinite(unknown.timeToFirstTokenSeconds)).toBe(true);
  });
});
