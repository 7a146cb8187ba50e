import { describe, expect, it } from 'vitest';

import { BACKENDS } from '../../wasm/src/node.js';
import { CONTRACT_HARDWARE_IDS, CONTRACT_MODEL_IDS, planner } from './setup.js';

describe('models()', () => {
  const models = planner.models();

  it('contains the contract ids, each once', () => {
    const ids = models.map((m) => m.id);
    for (const id of CONTRACT_MODEL_IDS) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes each model consistently', () => {
    for (const m of models) {
      expect(m.name, m.id).not.toBe('');
      expect(m.family, m.id).not.toBe('');
      expect(Number.isSafeInteger(m.totalParams), m.id).toBe(true);
      expect(m.activeParams, m.id).toBeGreaterThan(0);
      expect(m.activeParams, m.id).toBeLessThanOrEqual(m.totalParams);
      expect(m.maxContext, m.id).toBe(m.architecture.nCtxTrain);
      expect(m.moe, m.id).toBe(m.architecture.nExpert > 0);
      expect(m.slidingWindow, m.id).toBe(m.architecture.slidingWindow > 0);
      expect(m.mla, m.id).toBe(m.architecture.kvLoraRank > 0);
    }
  });

  it('counts Llama-3-8B parameters like its safetensors (8.03 B)', () => {
    const llama = models.find((m) => m.id === 'llama3-8b')!;
    expect(llama.totalParams / 1e9).toBeCloseTo(8.03, 2);
    expect(llama.architecture).toMatchObject({ nLayer: 32, nEmbd: 4096, nHead: 32, nHeadKv: 8, nVocab: 128256, nCtxTrain: 8192 });
  });

  it('returns fresh objects on every call', () => {
    const first = planner.models();
    first[0]!.name = 'changed';
    expect(planner.models()[0]!.name).not.toBe('changed');
  });
});

describe('hardware()', () => {
  const hardware = planner.hardware();

  it('contains the contract ids, each once', () => {
    const ids = hardware.map((h) => h.id);
    for (const id of CONTRACT_HARDWARE_IDS) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives exact byte counts and known backends', () => {
    for (const h of hardware) {
      expect(Number.isSafeInteger(h.ramBytes) && h.ramBytes > 0, h.id).toBe(true);
      expect(Number.isSafeInteger(h.vramBytes), h.id).toBe(true);
      expect(BACKENDS, h.id).toContain(h.backend);
      expect(h.cpuCores, h.id).toBeGreaterThan(0);
    }
  });

  it('describes the RTX 4090 and the CPU-only box', () => {
    const rtx4090 = hardware.find((h) => h.id === 'rtx4090')!;
    expect(rtx4090).toMatchObject({ backend: 'cuda', gpuCount: 1, vramBytes: 24 * 2 ** 30, gpuBandwidthGBps: 1008, unifiedMemory: false });
    const cpu = hardware.find((h) => h.id === 'cpu-64g')!;
    expect(cpu).toMatchObject({ backend: 'cpu', gpuCount: 0, vramBytes: 0, ramBytes: 64 * 2 ** 30 });
    expect(hardware.find((h) => h.id === 'm2-max')!.unifiedMemory).toBe(true);
  });

  it('covers workstation and datacenter cards, Apple through M5, Strix Halo and laptops without a GPU', () => {
    const GIB = 2 ** 30;
    const byId = (id: string) => {
      const h = hardware.find((x) => x.id === id);
      expect(h, id).toBeDefined();
      return h!;
    };
    expect(byId('rtx-pro-6000')).toMatchObject({ backend: 'cuda', vramBytes: 96 * GIB, gpuBandwidthGBps: 1792, unifiedMemory: false });
    expect(byId('b200')).toMatchObject({ backend: 'cuda', vramBytes: 180 * GIB, gpuBandwidthGBps: 8000, gpuTflops: 2250 });
    expect(byId('mi300x')).toMatchObject({ backend: 'rocm', vramBytes: 192 * GIB, gpuBandwidthGBps: 5300 });
    expect(byId('m5')).toMatchObject({ backend: 'metal', family: 'Apple M5', unifiedMemory: true, ramBytes: 16 * GIB, gpuBandwidthGBps: 153 });
    // Strix Halo: unified, driven through Vulkan, 3/4 of the pool for the GPU.
    expect(byId('strix-halo-128g')).toMatchObject({
      backend: 'vulkan', unifiedMemory: true, gpuCount: 1, ramBytes: 128 * GIB, vramBytes: 96 * GIB, gpuBandwidthGBps: 256, ramBandwidthGBps: 256,
    });
    for (const [id, ramGiB] of [['laptop-8g', 8], ['laptop-16g', 16], ['laptop-32g', 32], ['laptop-64g', 64]] as const) {
      expect(byId(id)).toMatchObject({ family: 'Laptop (no GPU)', backend: 'cpu', gpuCount: 0, vramBytes: 0, ramBytes: ramGiB * GIB });
    }
    // Every preset plans: a small model on the smallest laptop and on the unified Vulkan machine.
    for (const id of ['laptop-8g', 'strix-halo-64g', 'mi250x']) {
      expect(planner.plan({ model: 'qwen2.5-0.5b', hardware: id, contextLength: 4096 }).feasible, id).toBe(true);
    }
  });
});
