// The page's pure helpers of the rankings (site/src/rank-rows.ts) and of the detection
// (site/src/detect-words.ts): the rows re-sorted on the page in every order must come out as the
// core sorts them; the filters; the answers in plain words; a suggestion mapped onto the picker.
import { describe, expect, it } from 'vitest';

import { RANK_ORDERS, suggestHardware, type HardwareRanking, type ModelRanking, type RankedRow } from 'fitplan';

import { pageWords, pickerOf } from '../../site/src/detect-words.js';
import {
  answerCompare,
  answerMachines,
  answerModels,
  downloadWords,
  familiesOf,
  filterRows,
  NO_FILTER,
  paramsWords,
  smallestUsable,
  sortRows,
} from '../../site/src/rank-rows.js';
import { planner } from '../wasm/setup.js';

const ranking: ModelRanking = planner.rankModels({ hardware: 'rtx4090', contextLength: 8192 });
const MACHINES = ['rtx4090', 'rtx3090', 'rtx3060-12g', 'rtx4060-8g', 'rtx3050-4g', 'a100-80g', 'm2-max', 'm3-pro', 'm4-max-128g', 'cpu-64g', 'cpu-32g', '2x-rtx3090', 'laptop-8g'];
const machines: HardwareRanking = planner.rankHardware({ model: 'llama3-70b', contextLength: 8192, machines: MACHINES, includeInfeasible: true });
const ids = (rows: readonly RankedRow[], kind: 'models' | 'machines' = 'models') => rows.map((r) => (kind === 'models' ? r.model.id : r.hardware.id));
/** A fixed shuffle: sorting must not depend on the order the rows come in. */
const shuffled = <T>(rows: readonly T[]) => rows.map((row, i) => ({ row, k: (i * 7919) % 101 })).sort((a, b) => a.k - b.k).map((x) => x.row);

describe('sorting the rows on the page', () => {
  it('puts the models in the order the core ranks them, for every order', () => {
    for (const order of RANK_ORDERS) {
      const core = order === 'recommended' ? ranking : planner.rankModels({ hardware: 'rtx4090', contextLength: 8192, order });
      expect(ids(sortRows(shuffled(ranking.rows), order)), order).toEqual(ids(core.rows));
    }
  });

  it('puts the machines in the order the core ranks them, for every order', () => {
    for (const order of RANK_ORDERS) {
      const core = order === 'recommended' ? machines : planner.rankHardware({ model: 'llama3-70b', contextLength: 8192, machines: MACHINES, includeInfeasible: true, order });
      expect(ids(sortRows(shuffled(machines.rows), order), 'machines'), order).toEqual(ids(core.rows, 'machines'));
    }
  });

  it('keeps the rows that cannot run last, whatever the order', () => {
    const rows = planner.rankModels({ hardware: 'rtx3050-4g', contextLength: 32768, allowDisk: false }).rows;
    const infeasible = rows.filter((r) => !r.feasible).length;
    expect(infeasible).toBeGreaterThan(0);
    for (const order of RANK_ORDERS) {
      const sorted = sortRows(rows, order);
      expect(sorted.slice(-infeasible).every((r) => !r.feasible), order).toBe(true);
    }
  });
});

describe('filtering the rows', () => {
  it('keeps a family, a largest size, and the usable rows', () => {
    expect(filterRows(ranking.rows, NO_FILTER, 'models')).toHaveLength(ranking.rows.length);
    const qwen = filterRows(ranking.rows, { ...NO_FILTER, family: 'Qwen 3' }, 'models');
    expect(qwen.length).toBeGreaterThan(3);
    expect(qwen.every((r) => r.model.family === 'Qwen 3')).toBe(true);
    const small = filterRows(ranking.rows, { ...NO_FILTER, maxParamsB: 8 }, 'models');
    expect(small.every((r) => r.model.totalParams <= 8e9)).toBe(true);
    expect(ids(small)).toContain('qwen2.5-7b');
    expect(ids(small)).not.toContain('qwen3-8b'); // 8.19 B > 8: left out
    const usable = filterRows(ranking.rows, { ...NO_FILTER, usableOnly: true }, 'models');
    expect(usable.every((r) => r.grade === 'usable')).toBe(true);
    expect(usable.length).toBeLessThan(ranking.rows.length);
    // The machines' family, not the model's, in the buy view.
    expect(filterRows(machines.rows, { ...NO_FILTER, family: 'Apple M2' }, 'machines').every((r) => r.hardware.family === 'Apple M2')).toBe(true);
    // Filtering keeps the order it was given.
    const bySpeed = sortRows(ranking.rows, 'speed');
    expect(ids(filterRows(bySpeed, { ...NO_FILTER, usableOnly: true }, 'models'))).toEqual(ids(bySpeed.filter((r) => r.grade === 'usable')));
  });

  it('lists the families in alphabetical order', () => {
    const families = familiesOf(ranking.rows, 'models');
    expect(families).toEqual([...new Set(ranking.rows.map((r) => r.model.family))].sort((a, b) => a.localeCompare(b)));
  });
});

describe('the answers in plain words', () => {
  it('says how many models run at a usable speed, the best pick and its file', () => {
    const usable = ranking.rows.filter((r) => r.grade === 'usable').length;
    const best = ranking.rows[0]!;
    const { text, best: pick } = answerModels(ranking.rows, 'NVIDIA GeForce RTX 4090', NO_FILTER);
    expect(pick).toBe(best);
    expect(text).toContain(`${usable} of ${ranking.rows.length} models run at a usable speed on NVIDIA GeForce RTX 4090.`);
    expect(text).toContain(`Best pick: ${best.model.name} (~`);
    expect(text).toContain(`download ${best.published!.repo}, ${best.published!.fileType}`);
    const filtered = answerModels(filterRows(ranking.rows, { ...NO_FILTER, family: 'Qwen 3', maxParamsB: 14 }, 'models'), 'X', { ...NO_FILTER, family: 'Qwen 3', maxParamsB: 14 });
    expect(filtered.text).toMatch(/^\d+ of \d+ Qwen 3 models of at most 14 B parameters run at a usable speed on X\./);
    expect(answerModels([], 'X', NO_FILTER).text).toBe('No models to rank: loosen the filters.');
  });

  it('names the fastest when no model is usable, and says so when none fits', () => {
    const slow = planner.rankModels({ hardware: 'laptop-8g', contextLength: 8192, family: 'Llama 3', catalog: true }).rows.filter((r) => r.grade !== 'usable');
    const { text } = answerModels(slow, 'a laptop', NO_FILTER);
    expect(text).toMatch(/^None of the \d+ models runs at a usable speed on a laptop; .* Fastest: /);
    const none = slow.map((r) => ({ ...r, feasible: false, grade: 'infeasible' as const }));
    expect(answerModels(none, 'a laptop', NO_FILTER).text).toBe(`None of the ${none.length} models fits on a laptop, even at the lowest precision and shortest context.`);
  });

  it('says on how many machines a model is usable, the fastest and the least memory that is usable', () => {
    const { text, best } = answerMachines(machines.rows, 'Llama-3-70B', 0);
    const usable = machines.rows.filter((r) => r.grade === 'usable');
    expect(text).toContain(`Llama-3-70B runs at a usable speed on ${usable.length} of ${machines.rows.length} machines.`);
    expect(best).toBe(smallestUsable(machines.rows));
    expect(text).toContain(`The smallest that is usable: ${best!.hardware.name} (`);
    const memory = (r: RankedRow) => (r.hardware.unifiedMemory ? r.hardware.ramBytes : r.hardware.vramBytes * r.hardware.gpuCount + r.hardware.ramBytes);
    expect(usable.every((r) => memory(r) >= memory(best!))).toBe(true);
    expect(answerMachines(machines.rows, 'M', 3).text).toContain('(3 machines cannot run it at all)');
  });

  it('compares one model on several machines', () => {
    const plans = ['rtx4090', 'a100-80g'].map((hw) => ({ name: hw, plan: planner.plan({ model: 'llama3-70b', hardware: hw, contextLength: 8192 }) }));
    expect(answerCompare('Llama-3-70B', plans)).toMatch(/^Llama-3-70B runs at a usable speed on 1 of 2 machines\. Fastest: a100-80g \(~\d+\.\d tok\/s, usable, all on the GPU\)\.$/);
    expect(answerCompare('M', [{ name: 'x', plan: undefined }])).toBe('M runs on none of the 1 machines.');
  });

  it('writes the file to download and the parameters of a row', () => {
    const scout = ranking.rows.find((r) => r.model.id === 'llama4-scout')!;
    expect(downloadWords(scout)).toMatch(/^unsloth\/Llama-4-Scout-17B-16E-Instruct-GGUF, Q4_K_M, \d+\.\d GB$/);
    expect(paramsWords(scout)).toMatch(/^\d+ B \(\d+\.\d\d B active\)$/);
    expect(downloadWords({ ...scout, published: null })).toMatch(/^no published file known \(plan: Q4_K_M mix, /);
  });
});

describe('a detected machine on the hardware picker', () => {
  const catalog = planner.hardware();

  it('maps a preset, a preset with RAM, and a custom machine', () => {
    expect(pickerOf('rtx4090', catalog)).toEqual({ hardware: 'rtx4090', presetRam: '', dropped: [] });
    expect(pickerOf({ preset: 'rtx4090', ramGiB: 32 }, catalog)).toEqual({ hardware: 'rtx4090', presetRam: '32', dropped: [] });
    expect(pickerOf({ preset: 'rtx4090', ramBytes: 62.7 * 2 ** 30, cpuCores: 12 }, catalog)).toMatchObject({ hardware: 'rtx4090', presetRam: '62.7', dropped: ['12 CPU cores (the preset\'s 16 are used)'] });
    // Three GPUs of a one-GPU preset: a custom machine of the preset's figures.
    const three = pickerOf({ preset: 'rtx4090', gpuCount: 3, ramGiB: 128 }, catalog);
    expect(three).toMatchObject({ hardware: 'custom', custom: { vram: '24', gpus: '3', ram: '128', gpuBw: '1008' } });
    expect(pickerOf({ name: 'x', vramGiB: 12, ramGiB: 32, gpuBandwidthGBps: 360 }, catalog)).toMatchObject({
      hardware: 'custom',
      custom: { vram: '12', ram: '32', gpuBw: '360', ramBw: '', gpus: '1', unified: false },
    });
  });

  it('maps the suggestion for a browser that reports an NVIDIA Lovelace GPU', () => {
    const suggestion = suggestHardware({ source: 'browser', gpus: [{ name: '', vendor: 'nvidia', architecture: 'lovelace' }], notes: [], ramBytes: 8 * 2 ** 30, ramAtLeast: true }, catalog);
    const choice = pickerOf(suggestion.spec, catalog);
    expect(choice.hardware).toBe(suggestion.presetId);
    expect(catalog.find((hw) => hw.id === choice.hardware)?.family).toBe('NVIDIA RTX 40');
  });

  it("says the command line's corrections in the page's words", () => {
    expect(pageWords("RAM 32 GiB: the preset's (the browser vouches only for 8 GiB); pass --ram with yours")).toBe(
      "RAM 32 GiB: the preset's (the browser vouches only for 8 GiB); set the RAM field with yours",
    );
    expect(pageWords('CPU cores 8: half the 16 threads (2 threads per core); pass --cores to correct')).toBe(
      'CPU cores 8: half the 16 threads (2 threads per core); correct it as a custom machine',
    );
    expect(pageWords('X is not in the catalog: bandwidth 1 GB/s; pass --gpu-bw / --gpu-tflops to correct')).toBe('X is not in the catalog: bandwidth 1 GB/s; correct it as a custom machine');
    expect(pageWords('nothing to change')).toBe('nothing to change');
  });
});
