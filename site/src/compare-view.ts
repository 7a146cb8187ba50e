// The plan beside the uniform Q4_K_M baseline (f16 KV, the most GPU layers that fit, at the
// requested context), and the notes that explain the plan's decisions.
import { describeKvCache, formatBand, formatGiB, histogramEntries, totalGpuMemory, type Plan } from 'fitplan';

import { element, h } from './dom';
import { PLACEMENT_KIND } from './verdict';

export type Row = [label: string, cell: (p: Plan) => string];

/** The figures of a plan, one table row each (the machines view uses them too). */
export const ROWS: Row[] = [
  ['verdict', (p) => p.usability.grade],
  ['where it runs', (p) => ({ gpu: 'on the GPU', 'gpu+ram': 'GPU + RAM', disk: 'streams from disk', none: 'cannot run' })[p.fit]],
  ['decode tok/s', (p) => (p.feasible ? formatBand(p.decodeTokensPerSecond, p.decodeTokensPerSecondLow, p.decodeTokensPerSecondHigh) : '—')],
  ['prefill tok/s', (p) => (p.feasible ? formatBand(p.prefillTokensPerSecond, p.prefillTokensPerSecondLow, p.prefillTokensPerSecondHigh) : '—')],
  ['PPL +% vs F16', (p) => p.qualityProxy.toFixed(3)],
  ['precision', (p) => histogramEntries(p).map(([t, n]) => `${t}×${n}`).join(' ')],
  ['context, KV', (p) => `${p.contextLength}, ${describeKvCache(p)}`],
  ['placement', (p) => `${PLACEMENT_KIND[p.placement.kind]}, -ngl ${p.placement.nGpuLayers}${p.placement.nCpuMoe ? ` --n-cpu-moe ${p.placement.nCpuMoe}` : ''}`],
  ['GPU GiB', (p) => { const g = totalGpuMemory(p); return g ? `${formatGiB(g.totalBytes)} / ${formatGiB(g.capacityBytes)}` : '—'; }],
  ['RAM GiB', (p) => `${formatGiB(p.memory.cpu.totalBytes)} / ${formatGiB(p.memory.cpu.capacityBytes)}`],
  ['disk GiB', (p) => formatGiB(p.memory.diskBytes)],
];

export function renderCompare(plan: Plan, baseline: Plan | null, baselineLabel = 'uniform Q4_K_M'): void {
  const table = element<HTMLTableElement>('compare');
  const columns = baseline ? [plan, baseline] : [plan];
  table.replaceChildren(
    h('thead', {}, h('tr', {}, h('td', {}), h('th', { scope: 'col' }, 'this plan'), baseline ? h('th', { scope: 'col' }, baselineLabel) : null)),
    h('tbody', {}, ...ROWS.map(([label, cell]) => h('tr', { 'data-row': label }, h('th', { scope: 'row' }, label), ...columns.map((p) => h('td', {}, cell(p)))))),
  );
  element('notes').replaceChildren(...plan.notes.map((note) => h('li', {}, note)));
}
