// Hardware detection: canned outputs of the tools (tests/wasm/fixtures/detect/) -> facts -> the
// hardware spec, and every spec is planned by the real core, so a field it does not take fails here.
import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import {
  browserFacts,
  detectHardware,
  parseLscpu,
  parseMeminfo,
  parseNvidiaSmi,
  parseRocmSmi,
  parseSysctl,
  parseSystemProfiler,
  suggestHardware,
  type HardwareSpec,
  type HardwareSuggestion,
  type MachineFacts,
  type NavigatorLike,
} from '../../wasm/src/node.js';
import { planner } from './setup.js';

const GIB = 2 ** 30;
const catalog = planner.hardware();
/** A fixture's text; a missing file rejects (ENOENT, with its path), an empty one throws: "" reads as a missing tool. */
async function fixture(name: string): Promise<string> {
  const text = await readFile(new URL(`./fixtures/detect/${name}`, import.meta.url), 'utf8');
  if (text.trim() === '') throw new Error(`tests/wasm/fixtures/detect/${name} is empty`);
  return text;
}

interface Tools {
  nvidia?: string;
  rocm?: string;
  meminfo?: string;
  lscpu?: string;
  sysctl?: string;
  profiler?: string;
}

/** detectHardware on a machine whose tools answer with fixture files; a tool not given is missing. */
async function machine(platform: string, tools: Tools, system: { totalmem(): number; cpus(): { model: string }[] } | null = null) {
  const text: Record<string, string | undefined> = {};
  for (const [key, file] of Object.entries(tools)) text[key] = await fixture(file);
  const commands: Record<string, string | undefined> = {
    'nvidia-smi': text.nvidia,
    'rocm-smi': text.rocm,
    lscpu: text.lscpu,
    sysctl: text.sysctl,
    system_profiler: text.profiler,
  };
  return detectHardware(catalog, {
    platform,
    run: async (command) => commands[command] ?? null,
    readFile: async (path) => (path === '/proc/meminfo' ? (text.meminfo ?? null) : null),
    system,
  });
}

/** The real planner takes the spec (a wrong field or value throws). */
function planned(spec: HardwareSpec) {
  const plan = planner.plan({ model: 'llama3.1-8b', hardware: spec, contextLength: 4096 });
  expect(plan.model).toBe('llama3.1-8b');
  return plan;
}

function facts(partial: Partial<MachineFacts>): MachineFacts {
  return { gpus: [], notes: [], ...partial };
}

const ryzen7950x = { lscpu: 'lscpu-ryzen9-7950x.txt', meminfo: 'meminfo-64g.txt' };

describe('detectHardware on Linux machines (canned tool outputs)', () => {
  it('1x RTX 4090: the preset with the RAM read', async () => {
    const s = await machine('linux', { nvidia: 'nvidia-smi-rtx4090.csv', ...ryzen7950x });
    expect(s.spec).toEqual({ preset: 'rtx4090', ramGiB: 62.7 });
    expect(s.presetId).toBe('rtx4090');
    expect(s.confidence).toBe('exact');
    expect(s.found).toContain('GPU: NVIDIA GeForce RTX 4090, 24 GiB (driver 550.54.14)');
    expect(s.found).toContain('RAM: 62.7 GiB');
    expect(s.found).toContain('CPU: AMD Ryzen 9 7950X 16-Core Processor, 16 cores, 32 threads');
    expect(s.assumed.some((a) => a.startsWith('RAM bandwidth 89.6 GB/s') && a.includes('--ram-bw'))).toBe(true);
    expect(s.facts.cpuCores).toBe(16);
    expect(planned(s.spec).hardwareName).toContain('RTX 4090');
  });

  it('2x RTX 3090: the 2x preset', async () => {
    const s = await machine('linux', { nvidia: 'nvidia-smi-2x-rtx3090.csv', lscpu: 'lscpu-ryzen9-5950x.txt', meminfo: 'meminfo-128g.txt' });
    expect(s.spec).toEqual({ preset: '2x-rtx3090', ramGiB: 125.7 });
    expect(s.found[0]).toBe('GPU: 2× NVIDIA GeForce RTX 3090, 24 GiB each (driver 535.183.01)');
    expect(s.confidence).toBe('exact');
    expect(planned(s.spec).memory.gpus).toHaveLength(2);
  });

  it('a laptop RTX 4060: the laptop preset, with the laptop CPU cores and its RAM', async () => {
    const s = await machine('linux', { nvidia: 'nvidia-smi-rtx4060-laptop.csv', lscpu: 'lscpu-i7-13700h.txt', meminfo: 'meminfo-16g.txt' });
    expect(s.spec).toEqual({ preset: 'rtx4060-laptop', ramGiB: 15.3, cpuCores: 14 });
    expect(s.confidence).toBe('exact');
    planned(s.spec);
  });

  it('an H100 in a 2-socket EPYC server: h100-sxm with the cores and the server RAM bandwidth', async () => {
    const s = await machine('linux', { nvidia: 'nvidia-smi-h100.csv', lscpu: 'lscpu-epyc-9554-2s.txt', meminfo: 'meminfo-2t.txt' });
    expect(s.spec).toEqual({ preset: 'h100-sxm', ramGiB: 2015.6, cpuCores: 128, ramBandwidthGBps: 460.8 });
    expect(s.assumed.find((a) => a.startsWith('RAM bandwidth 460.8'))).toContain('EPYC');
    planned(s.spec);
  });

  it.each(['rocm-smi-rx7900xtx.json', 'rocm-smi-rx7900xtx-navi31.csv', 'rocm-smi-rx7900xtx.txt'])('RX 7900 XTX from %s', async (file) => {
    const s = await machine('linux', { rocm: file, ...ryzen7950x });
    expect(s.spec).toEqual({ preset: 'rx7900xtx', ramGiB: 62.7 });
    expect(s.confidence).toBe('exact');
    expect(s.facts.gpus).toEqual([expect.objectContaining({ vendor: 'amd', vramBytes: 25753026560 })]);
    planned(s.spec);
  });

  it('nvidia-smi without a driver: no GPU, says so, and a cpu-* preset of the same RAM and memory class', async () => {
    const s = await machine('linux', { nvidia: 'nvidia-smi-no-driver.txt', ...ryzen7950x });
    expect(s.facts.gpus).toEqual([]);
    expect(s.missing.some((m) => m.startsWith('nvidia-smi answered without a GPU line'))).toBe(true);
    const preset = catalog.find((h) => h.id === s.presetId)!;
    expect(preset).toMatchObject({ gpuCount: 0, ramBytes: 64 * GIB, ramBandwidthGBps: 89.6 });
    expect(s.confidence).toBe('close');
    planned(s.spec);
  });

  it('an empty machine (every tool missing): a stated CPU-only guess', async () => {
    for (const platform of ['linux', 'darwin', 'win32']) {
      const s = await machine(platform, {});
      expect(s.spec).toEqual({ name: 'CPU only: unknown CPU', vramGiB: 0, ramGiB: 32, ramBandwidthGBps: 51.2, cpuCores: 8 });
      expect(s.presetId).toBeNull();
      expect(s.confidence).toBe('guess');
      expect(s.missing).toEqual(expect.arrayContaining(['RAM size', 'CPU model']));
      expect(s.assumed).toEqual(expect.arrayContaining([expect.stringMatching(/^RAM 32 GiB: not read/), expect.stringMatching(/^RAM bandwidth 51.2 GB\/s: DDR4-3200/)]));
      planned(s.spec);
    }
  });

  it('falls back to node:os figures (RAM, CPU model, threads) when the tools say nothing', async () => {
    const system = { totalmem: () => 33_413_554_176, cpus: () => Array.from({ length: 8 }, () => ({ model: 'Intel(R) Core(TM) i7-9700K CPU @ 3.60GHz' })) };
    const s = await machine('win32', {}, system);
    expect(s.facts).toMatchObject({ ramBytes: 33_413_554_176, cpuThreads: 8, cpuModel: 'Intel(R) Core(TM) i7-9700K CPU @ 3.60GHz' });
    expect(s.assumed).toContain('CPU cores 4: half the 8 threads (2 threads per core); pass --cores to correct');
    expect(catalog.find((h) => h.id === s.presetId)).toMatchObject({ ramBytes: 32 * GIB, ramBandwidthGBps: 51.2 });
    planned(s.spec);
  });

  it('reads this machine with its real tools without throwing', async () => {
    const s = await detectHardware(catalog);
    expect(s.facts.source).toBe('tools');
    planned(s.spec);
  });
});

describe('detectHardware on macOS (sysctl + system_profiler)', () => {
  it('M2 Max, 38-core GPU, 64 GB: m2-max-64g', async () => {
    const s = await machine('darwin', { sysctl: 'sysctl-m2max.txt', profiler: 'system_profiler-m2max.json' });
    expect(s.facts).toMatchObject({ appleChip: 'Apple M2 Max', appleGpuCores: 38, ramBytes: 64 * GIB, cpuCores: 8, cpuThreads: 12 });
    expect(s.spec).toBe('m2-max-64g');
    expect(s.confidence).toBe('exact');
    expect(s.found.slice(0, 2)).toEqual(['Chip: Apple M2 Max, 38-core GPU', 'Unified memory: 64 GiB']);
    planned(s.spec);
  });

  it('M3 Pro, 18-core GPU, 36 GB: m3-pro-36g', async () => {
    const s = await machine('darwin', { sysctl: 'sysctl-m3pro.txt', profiler: 'system_profiler-m3pro.json' });
    expect(s.spec).toBe('m3-pro-36g');
    expect(s.confidence).toBe('exact');
    planned(s.spec);
  });

  it('a RAM size no preset has: the nearest preset of the chip, stated', () => {
    const s = suggestHardware(facts({ appleChip: 'Apple M2 Max', appleGpuCores: 38, ramBytes: 48 * GIB, cpuCores: 8 }), catalog);
    expect(['m2-max', 'm2-max-64g']).toContain(s.presetId);
    expect(s.confidence).toBe('close');
    expect(s.assumed.some((a) => a.includes('nearest Apple M2 Max preset to the 48 GiB'))).toBe(true);
    planned(s.spec);
  });

  it('a chip the catalog lacks: a unified custom machine from the newest preset of its tier', () => {
    const s = suggestHardware(facts({ appleChip: 'Apple M9 Max', appleGpuCores: 40, ramBytes: 64 * GIB, cpuCores: 12 }), catalog);
    expect(s.presetId).toBeNull();
    expect(s.spec).toMatchObject({ unifiedMemory: true, backend: 'metal', ramGiB: 64, vramGiB: 48, cpuCores: 12 });
    expect(s.confidence).toBe('guess');
    planned(s.spec);
  });
});

describe('suggestHardware: GPU names to presets', () => {
  const gpu = (line: string) => suggestHardware(facts({ ...parseNvidiaSmi(line), ramBytes: 64 * GIB, cpuCores: 16 }), catalog);

  it.each([
    ['NVIDIA GeForce RTX 3060, 12288, 550.54.14', 'rtx3060-12g'],
    ['NVIDIA GeForce RTX 3060, 8192, 550.54.14', 'rtx3060-8g'],
    ['NVIDIA GeForce RTX 4060 Ti, 16380, 550.54.14', 'rtx4060-ti-16g'],
    ['NVIDIA GeForce RTX 4070 Ti SUPER, 16376, 550.54.14', 'rtx4070-ti-super'],
    ['NVIDIA A100-SXM4-80GB, 81920, 535.104.05', 'a100-80g'],
    ['NVIDIA A100 80GB PCIe, 81920, 535.104.05', 'a100-80g-pcie'],
    ['NVIDIA A100-PCIE-40GB, 40960, 535.104.05', 'a100-40g'],
    ['NVIDIA H100 PCIe, 81559, 550.90.07', 'h100-pcie'],
    ['NVIDIA H100 NVL, 95830, 550.90.07', 'h100-nvl'],
    ['NVIDIA RTX A6000, 49140, 550.54.14', 'rtx-a6000'],
    ['Tesla T4, 15360, 535.104.05', 't4'],
    ['NVIDIA L40S, 46068, 550.90.07', 'l40s'],
    ['NVIDIA GB10, [N/A], 580.95.05', 'dgx-spark'],
  ])('%s -> %s', (line, id) => {
    const s = gpu(line);
    expect(s.presetId).toBe(id);
    planned(s.spec);
  });

  it('N identical GPUs without an Nx preset: the preset with gpuCount', () => {
    const s = gpu('NVIDIA GeForce RTX 4090, 24564, 550\nNVIDIA GeForce RTX 4090, 24564, 550\nNVIDIA GeForce RTX 4090, 24564, 550');
    expect(s.spec).toEqual({ preset: 'rtx4090', gpuCount: 3 }); // 64 GiB RAM: the preset's own
    expect(planned(s.spec).memory.gpus).toHaveLength(3);
  });

  it('8x MI300X: the preset with gpuCount 8; an MI250X (two GCDs): its preset as it is', () => {
    const mi300x = JSON.stringify(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`card${i}`, { 'Card Series': 'AMD Instinct MI300X', 'VRAM Total Memory (B)': String(192 * GIB) }])));
    const s = suggestHardware(facts({ ...parseRocmSmi(mi300x), ramBytes: 1536 * GIB, cpuCores: 96 }), catalog);
    expect(s.spec).toEqual({ preset: 'mi300x', gpuCount: 8, ramGiB: 1536, cpuCores: 96 });
    expect(planned(s.spec).memory.gpus).toHaveLength(8);
    const gcds = JSON.stringify({ card0: { 'Card Series': 'AMD Instinct MI250X', 'VRAM Total Memory (B)': String(64 * GIB) }, card1: { 'Card Series': 'AMD Instinct MI250X', 'VRAM Total Memory (B)': String(64 * GIB) } });
    const t = suggestHardware(facts({ ...parseRocmSmi(gcds), ramBytes: 512 * GIB, cpuCores: 64 }), catalog);
    expect(t.spec).toBe('mi250x');
    planned(t.spec);
  });

  it('a Strix Halo: the unified preset of its whole memory (RAM read + GPU carve-out)', async () => {
    const s = await machine('linux', { rocm: 'rocm-smi-strix-halo.json', lscpu: 'lscpu-ryzen-ai-max-395.txt', meminfo: 'meminfo-128g-carveout-64g.txt' });
    expect(s.spec).toBe('strix-halo-128g');
    expect(s.confidence).toBe('exact');
    expect(s.found[0]).toBe('GPU: AMD Radeon 8060S Graphics, 64 GiB set aside for it (integrated)');
    planned(s.spec);
  });

  it('no GPU: a laptop cpu preset for a laptop CPU, a desktop one otherwise', () => {
    const laptop = suggestHardware(facts({ cpuModel: 'AMD Ryzen 7 7840HS w/ Radeon 780M Graphics', cpuCores: 8, ramBytes: 30.6 * GIB }), catalog);
    const desktop = suggestHardware(facts({ cpuModel: 'AMD Ryzen 7 7700X 8-Core Processor', cpuCores: 8, ramBytes: 30.6 * GIB }), catalog);
    expect(catalog.find((h) => h.id === laptop.presetId)!.name).toMatch(/^Laptop/);
    expect(catalog.find((h) => h.id === desktop.presetId)!.name).toMatch(/^CPU only/);
    for (const s of [laptop, desktop]) expect(catalog.find((h) => h.id === s.presetId)).toMatchObject({ ramBytes: 32 * GIB, ramBandwidthGBps: 89.6 });
    planned(laptop.spec);
    planned(desktop.spec);
  });

  it('mixed GPUs: the largest group, the other named as left out', () => {
    const s = gpu('NVIDIA GeForce RTX 3060, 12288, 550\nNVIDIA GeForce RTX 4090, 24564, 550');
    expect(s.presetId).toBe('rtx4090');
    expect(s.confidence).toBe('close');
    expect(s.assumed.some((a) => a.includes('RTX 3060') && a.includes('left out'))).toBe(true);
  });

  it('an unknown GPU: a custom machine with its VRAM and a stated class bandwidth', () => {
    const s = gpu('NVIDIA RTX A7777, 49140, 550.54.14'); // fictional: not in any catalog
    expect(s.spec).toMatchObject({ vramGiB: 48, ramGiB: 64, gpuCount: 1, backend: 'cuda', gpuBandwidthGBps: 768, cpuCores: 16 });
    expect(s.assumed.some((a) => a.startsWith('GPU bandwidth 768 GB/s') && a.includes('--gpu-bw'))).toBe(true);
    expect(s.confidence).toBe('guess');
    planned(s.spec);
  });

  it('a known name with other VRAM: the preset figures with the VRAM read', () => {
    const s = gpu('NVIDIA GeForce RTX 3080 Laptop GPU, 8192, 550.54.14');
    const like = catalog.find((h) => h.id === 'rtx3080-laptop')!;
    expect(s.spec).toMatchObject({ vramGiB: 8, gpuBandwidthGBps: like.gpuBandwidthGBps, gpuTflops: like.gpuTflops });
    expect(s.confidence).toBe('close');
    planned(s.spec);
  });

  it('an integrated GPU is not a GPU', () => {
    const s = suggestHardware(facts({ gpus: [{ name: 'AMD Radeon Graphics', vendor: 'amd', vramBytes: 512 * 2 ** 20 }], ramBytes: 32 * GIB }), catalog);
    expect(s.found[0]).toBe('GPU: none found');
    planned(s.spec);
  });
});

describe('junk does not throw', () => {
  const junk: unknown[] = [
    '', '\n\n', 'garbage', '{', '{"card0": null, "card1": 5, "system": []}', '[1,2,3]', 'null', '{"SPDisplaysDataType": "x"}',
    '{"SPDisplaysDataType": [null, 1, {"sppci_model": 7}]}', ',,,\n,,', '\u0000\u0001\uffff', 'x'.repeat(100_000), undefined, null, 42, {},
  ];
  it.each([parseNvidiaSmi, parseRocmSmi, parseMeminfo, parseLscpu, parseSysctl, parseSystemProfiler])('%o', (parse) => {
    for (const input of junk) {
      const out = (parse as (text: unknown) => Partial<MachineFacts>)(input);
      expect(out.gpus ?? []).toEqual([]);
    }
  });

  it('suggestHardware takes half-filled or wrong facts', () => {
    const odd = [
      {},
      { gpus: [{}] },
      { gpus: [{ name: '' }], ramBytes: -1 },
      { gpus: [{ name: 'NVIDIA GeForce RTX 4090' }], ramAtLeast: true },
      { appleChip: 'Apple', gpus: [] },
      { gpus: [{ name: 'Mystery GPU', vramBytes: 1e12 }], cpuThreads: 3 },
    ] as unknown as MachineFacts[];
    for (const f of odd) planned(suggestHardware(f, catalog).spec);
  });

  it('detectHardware survives tools that throw or answer junk', async () => {
    const s = await detectHardware(catalog, {
      platform: 'linux',
      run: async (command) => {
        if (command === 'lscpu') throw new Error('boom');
        return '\u0000garbage';
      },
      readFile: () => {
        throw new Error('no file');
      },
      system: { totalmem: () => Number.NaN, cpus: () => [] },
    });
    planned(s.spec);
  });
});

describe('browserFacts: what a page can see', () => {
  const nav = (info: object | null, extra: Partial<NavigatorLike> = {}): NavigatorLike => ({
    gpu: { requestAdapter: async () => (info ? { info } : null) },
    deviceMemory: 8,
    hardwareConcurrency: 24,
    userAgentData: { platform: 'Windows' },
    ...extra,
  });
  const suggest = async (n: NavigatorLike): Promise<HardwareSuggestion & { cannotSee: string[] }> => {
    const f = await browserFacts(n);
    return { ...suggestHardware(f, catalog), cannotSee: f.cannotSee };
  };

  it.each(['webgpu-nvidia-lovelace.json', 'webgpu-nvidia-ada.json'])('NVIDIA %s: an RTX 40 guess', async (file) => {
    const s = await suggest(nav(JSON.parse(await fixture(file))));
    expect(catalog.find((h) => h.id === s.presetId)!.name).toMatch(/RTX 40\d0/);
    expect(s.confidence).toBe('guess');
    expect(s.alternatives.length).toBeGreaterThan(3);
    expect(s.found).toContain('RAM: at least 8 GiB (the browser\'s figure, capped)');
    expect(s.spec).toMatchObject({ cpuCores: 12 });
    expect(s.cannotSee).toEqual(expect.arrayContaining([expect.stringMatching(/exact GPU model and its VRAM/), expect.stringMatching(/RAM above 8 GiB/), expect.stringMatching(/bandwidth/)]));
    planned(s.spec);
  });

  it('Apple metal-3 on a Mac: which chip? an Apple preset, as a guess', async () => {
    const s = await suggest(nav(JSON.parse(await fixture('webgpu-apple-metal3.json')), { userAgentData: { platform: 'macOS' } }));
    expect(catalog.find((h) => h.id === s.presetId)).toMatchObject({ unifiedMemory: true, backend: 'metal' });
    expect(s.confidence).toBe('guess');
    expect(s.missing.some((m) => m.startsWith('which Apple chip'))).toBe(true);
    expect(s.cannotSee.some((c) => c.startsWith('which Apple chip'))).toBe(true);
    planned(s.spec);
  });

  it('no WebGPU, no adapter, a failing adapter: a CPU-only guess that says it cannot see a GPU', async () => {
    const failing: NavigatorLike = { gpu: { requestAdapter: () => Promise.reject(new Error('blocked')) } };
    for (const n of [nav(null, { gpu: undefined }), nav(null), failing, {}]) {
      const s = await suggest(n);
      expect(s.found[0]).toBe('GPU: none found');
      expect(s.confidence).toBe('guess');
      expect(s.cannotSee.some((c) => c.startsWith('whether there is a GPU'))).toBe(true);
      planned(s.spec);
    }
  });
});
