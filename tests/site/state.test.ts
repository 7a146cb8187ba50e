// The page's state in the URL (site/src/state.ts) and the custom machine's checks
// (site/src/validate.ts): round trips, hostile query strings, every field's message.
import { describe, expect, it } from 'vitest';

import { FILE_TYPE_NAMES, type FileTypeName } from 'fitplan';

import { DEFAULT_STATE, parseState, serializeState, type PageState } from '../../site/src/state.js';
import { fieldOfError, validateCustom, validatePresetRam } from '../../site/src/validate.js';
import { planner } from '../wasm/setup.js';

const isFileType = (name: string): name is FileTypeName => (FILE_TYPE_NAMES as readonly string[]).includes(name);

describe('the state in the URL', () => {
  it('round-trips every field', () => {
    const state: PageState = {
      model: 'hf:Qwen/Qwen2.5-7B-Instruct',
      hardware: 'custom',
      presetRam: '',
      custom: { vram: '12', ram: '32', gpuBw: '360', ramBw: '50', diskBw: '3', tflops: '', gpus: '2', cores: '12', unified: false },
      context: 8192,
      target: 3.5,
      prompt: 2048,
      kv: 'q8_0',
      minQuant: 'Q4_K_M',
      disk: false,
      point: 7,
      view: 'plan',
      objective: 'balanced',
      order: 'recommended',
      family: '',
      machineFamily: '',
      maxParams: 0,
      usableOnly: false,
      machines: [],
    };
    const query = serializeState(state);
    expect(query).toBe(
      'model=hf%3AQwen%2FQwen2.5-7B-Instruct&hw=custom&vram=12&ram=32&gpubw=360&rambw=50&diskbw=3&gpus=2&cores=12&ctx=8192&target=3.5&prompt=2048&kv=q8_0&minq=Q4_K_M&disk=0&point=7',
    );
    expect(parseState(`?${query}`, isFileType)).toEqual({ ...state, custom: { ...state.custom, tflops: '' } });
  });

  it("round-trips a preset's RAM as `ram` (a custom machine's RAM only with hw=custom)", () => {
    const state: PageState = { ...DEFAULT_STATE, hardware: 'rtx4090', presetRam: '32' };
    const query = serializeState(state);
    expect(query).toBe('model=llama3-8b&hw=rtx4090&ram=32&ctx=4096');
    expect(parseState(`?${query}`, isFileType)).toEqual(state);
    // With a preset, `ram` is not the custom machine's; with hw=custom it is not a preset's.
    expect(parseState('?hw=rtx4090&ram=32', isFileType).custom).toEqual(DEFAULT_STATE.custom);
    expect(parseState('?hw=custom&ram=32', isFileType)).toMatchObject({ presetRam: '', custom: { ram: '32' } });
    expect(serializeState({ ...state, presetRam: '' })).toBe('model=llama3-8b&hw=rtx4090&ctx=4096');
  });

  it('leaves defaults out and reads an empty query as the defaults', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('model=llama3-8b&hw=rtx4090&ctx=4096');
    expect(parseState('', isFileType)).toEqual(DEFAULT_STATE);
    expect(serializeState({ ...DEFAULT_STATE, model: '' })).toBe('hw=rtx4090&ctx=4096'); // a local file: no token
  });

  it('falls back to defaults for malformed values and ignores unknown keys', () => {
    const state = parseState('?ctx=-5&target=abc&prompt=1e9x&kv=f32&minq=Q9_Z&point=../1&disk=maybe&evil=<script>', isFileType);
    expect(state).toMatchObject({ context: 4096, target: 0, prompt: 512, kv: 'auto', minQuant: '', point: null, disk: true });
    expect(parseState('?minq=q4_k_m', isFileType).minQuant).toBe('Q4_K_M');
    expect(parseState(`?model=${'x'.repeat(5000)}`, isFileType).model).toBe('llama3-8b');
    // Custom fields come back as typed: validation (not parsing) reports what is wrong.
    expect(parseState('?hw=custom&vram=-5', isFileType).custom.vram).toBe('-5');
  });
});

describe('the views in the URL', () => {
  it('round-trips the view, objective, order, filters and compared machines', () => {
    const state: PageState = {
      ...DEFAULT_STATE,
      view: 'rank',
      objective: 'speed',
      order: 'quality',
      family: 'Qwen 3',
      machineFamily: 'NVIDIA RTX 40',
      maxParams: 14.5,
      usableOnly: true,
      machines: ['rtx4090', 'm4-max-64g', '2x-rtx3090'],
    };
    const query = serializeState(state);
    expect(query).toBe(
      'model=llama3-8b&hw=rtx4090&ctx=4096&obj=speed&view=rank&order=quality&fam=Qwen+3&hfam=NVIDIA+RTX+40&maxp=14.5&usable=1&cmp=rtx4090%2Cm4-max-64g%2C2x-rtx3090',
    );
    expect(parseState(`?${query}`, isFileType)).toEqual(state);
    // A shared "what can I run" link: the view and the machine are all it needs.
    expect(parseState('?view=rank&hw=rtx3060-12g', isFileType)).toMatchObject({ view: 'rank', hardware: 'rtx3060-12g', order: 'recommended' });
  });

  it('falls back to the defaults for unknown views, objectives and orders, and cleans the machine list', () => {
    const state = parseState('?view=admin&obj=cheap&order=price&maxp=-3&usable=yes&cmp=rtx4090,,<b>,rtx4090,a,b,c,d', isFileType);
    expect(state).toMatchObject({ view: 'plan', objective: 'balanced', order: 'recommended', maxParams: 0, usableOnly: false });
    expect(state.machines).toEqual(['rtx4090', 'a', 'b', 'c']);
    expect(parseState(`?fam=${'x'.repeat(100)}`, isFileType).family).toHaveLength(64);
    // Defaults stay out of the link.
    expect(serializeState({ ...DEFAULT_STATE, view: 'plan', objective: 'balanced', machines: [] })).toBe('model=llama3-8b&hw=rtx4090&ctx=4096');
  });
});

describe('the custom machine', () => {
  const valid = { vram: '12', ram: '32', gpuBw: '360', ramBw: '50', diskBw: '3', tflops: '', gpus: '1', cores: '8', unified: false };

  it('builds the API machine from valid fields, and plans with it', () => {
    const { hardware, errors } = validateCustom(valid);
    expect(errors).toEqual({});
    expect(hardware).toEqual({ vramGiB: 12, ramGiB: 32, gpuBandwidthGBps: 360, ramBandwidthGBps: 50, diskBandwidthGBps: 3, unifiedMemory: false, gpuCount: 1, cpuCores: 8 });
    expect(planner.plan({ model: 'llama3-8b', hardware: hardware!, contextLength: 4096 }).feasible).toBe(true);
  });

  it('reports each bad field with its own message', () => {
    expect(validateCustom({ ...valid, vram: '-5' }).errors).toEqual({ vram: 'VRAM per GPU cannot be negative' });
    expect(validateCustom({ ...valid, vram: 'abc' }).errors).toEqual({ vram: 'VRAM per GPU must be a number' });
    expect(validateCustom({ ...valid, vram: '0x10' }).errors.vram).toBe('VRAM per GPU must be a number');
    expect(validateCustom({ ...valid, ram: '0' }).errors).toEqual({ ram: 'RAM must be more than 0 up to 65536 GiB' });
    expect(validateCustom({ ...valid, diskBw: '5000' }).errors).toEqual({ diskBw: 'Disk bandwidth must be 0.01 to 1000 GB/s' });
    expect(validateCustom({ ...valid, gpus: '1.5' }).errors).toEqual({ gpus: 'Identical GPUs must be a whole number' });
    expect(validateCustom({ ...valid, unified: true, gpus: '2' }).errors).toEqual({ gpus: 'A unified-memory machine has one GPU' });
    expect(validateCustom({ ...valid, unified: true, vram: '64' }).errors).toEqual({ vram: 'On unified memory the GPU limit cannot exceed the shared RAM' });
    expect(validateCustom({ ...valid, vram: '', ram: 'x' }).errors).toEqual({ vram: 'VRAM per GPU is required', ram: 'RAM must be a number' });
  });

  it('leaves empty bandwidths to the API, which says what it assumed', () => {
    const { hardware, errors } = validateCustom({ ...valid, gpuBw: '', ramBw: '', diskBw: '' });
    expect(errors).toEqual({});
    expect(hardware).toEqual({ vramGiB: 12, ramGiB: 32, unifiedMemory: false, gpuCount: 1, cpuCores: 8 });
    const plan = planner.plan({ model: 'llama3-8b', hardware: hardware!, contextLength: 4096 });
    expect(plan.hardwareAssumptions.map((a) => a.field)).toEqual(
      expect.arrayContaining(['hardware.gpuBandwidthGBps', 'hardware.ramBandwidthGBps', 'hardware.diskBandwidthGBps']),
    );
  });

  it("checks a preset's RAM like the custom machine's", () => {
    expect(validatePresetRam('')).toEqual({});
    expect(validatePresetRam('32')).toEqual({ value: 32 });
    expect(validatePresetRam('0').error).toBe('RAM must be more than 0 up to 65536 GiB');
    expect(validatePresetRam('lots').error).toBe('RAM must be a number');
    // The API's refusal for a unified-memory preset names the field the page shows it on.
    let caught: unknown;
    try {
      planner.plan({ model: 'llama3-8b', hardware: { preset: 'm2-max', ramGiB: 32 }, contextLength: 4096 });
    } catch (error) {
      caught = error;
    }
    expect(fieldOfError((caught as { field: string }).field)).toBe('ram');
  });

  it('makes a CPU-only machine of VRAM 0 (no GPU bandwidth needed)', () => {
    const { hardware, errors } = validateCustom({ ...valid, vram: '0', gpuBw: '' });
    expect(errors).toEqual({});
    expect(hardware).toMatchObject({ vramGiB: 0, gpuCount: 0 });
    expect(planner.plan({ model: 'qwen2.5-0.5b', hardware: hardware!, contextLength: 4096 }).placement.kind).toBe('cpu-only');
  });

  it('agrees with the API about what is out of range, and places the API error on its field', () => {
    for (const [field, value, apiField] of [
      ['vram', 70000, 'vramGiB'],
      ['ram', 0, 'ramGiB'],
      ['ramBw', 0.1, 'ramBandwidthGBps'],
      ['diskBw', 0.001, 'diskBandwidthGBps'],
      ['cores', 2000, 'cpuCores'],
    ] as const) {
      const fields = { ...valid, [field]: String(value) };
      expect(validateCustom(fields).errors[field], field).toBeDefined();
      const spec = { vramGiB: 12, ramGiB: 32, gpuBandwidthGBps: 360, ramBandwidthGBps: 50, diskBandwidthGBps: 3, cpuCores: 8, [apiField]: value };
      let caught: unknown;
      try {
        planner.plan({ model: 'llama3-8b', hardware: spec, contextLength: 4096 });
      } catch (error) {
        caught = error;
      }
      expect(caught, field).toBeDefined();
      expect(fieldOfError((caught as { field: string }).field), field).toBe(field);
    }
    expect(fieldOfError('contextLength')).toBeUndefined();
  });
});
