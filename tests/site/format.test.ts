// The table logic the page and the CLI share (wasm/src/format.ts).
import { describe, expect, it } from 'vitest';

import { analysisColumns, describeAnalysis, formatGiB, formatParams, formatRate } from 'fitplan';

import { planner } from '../wasm/setup.js';

describe('formatting', () => {
  it('formats GiB, rates and parameter counts', () => {
    expect(formatGiB(2 ** 30)).toBe('1.00');
    expect(formatGiB(4.58 * 2 ** 30)).toBe('4.58');
    expect(formatRate(6545.2)).toBe('6545');
    expect(formatRate(55.81)).toBe('55.8');
    expect(formatRate(0.384)).toBe('0.38');
    expect(formatParams(8_030_261_248)).toBe('8.03 B');
    expect(formatParams(405_000_000_000)).toBe('405 B');
  });

  it('puts a unit in every numeric column header', () => {
    const headers = analysisColumns.map((c) => c.header);
    expect(headers).toEqual([
      'type', 'bits/weight', 'weights GiB', 'KV GiB', 'compute GiB', 'overhead GiB', 'total GiB', 'GPU layers', 'fits VRAM',
      'fits VRAM+RAM', 'decode tok/s (low–high)', 'prefill tok/s', 'PPL +%',
    ]);
  });

  it('renders one cell per column from an API row', () => {
    const analysis = planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 8192 });
    const row = analysis.fileTypes.find((r) => r.fileType === 'Q4_K_M')!;
    const cells = Object.fromEntries(analysisColumns.map((c) => [c.header, c.cell(row)]));
    expect(cells['type']).toBe('Q4_K_M');
    expect(cells['KV GiB']).toBe('1.00');
    expect(cells['fits VRAM']).toBe('yes');
    expect(cells['decode tok/s (low–high)']).toMatch(/^\d+\.\d \(\d+\.\d–\d+\.\d\)$/);
    expect(describeAnalysis(analysis)).toBe(
      'Llama-3-8B (llama3-8b, 8.03 B params) on NVIDIA GeForce RTX 4090 (24 GiB) + 64 GiB DDR5 (rtx4090); context 8192 tokens, KV cache f16',
    );
  });
});
