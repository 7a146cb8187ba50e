// The frontier: every non-dominated plan, quality proxy against decode speed, memory as colour.
// The current plan is ringed; hovering shows a point's figures, clicking one makes it the current
// plan. The same points as a table, with a button per plan, for keyboards and screen readers.
import { dot, pointer, tip } from '@observablehq/plot';
import { describeKvCache, formatGiB, formatRate, type FrontierPoint, type Plan } from 'fitplan';

import { h } from './dom';
import { renderPlot, widthOf } from './plot';
import { PLACEMENT_KIND } from './verdict';

const GIB = 2 ** 30;

interface Datum {
  index: number;
  quality: number;
  tps: number;
  gib: number;
  plan: Plan;
}

/** Log scales need positive values: F16 has a quality proxy of 0. */
const floorQuality = (q: number) => Math.max(q, 0.001);

function isSame(a: Plan, b: Plan): boolean {
  return a.decodeTokensPerSecond === b.decodeTokensPerSecond && a.qualityProxy === b.qualityProxy && a.memory.totalBytes === b.memory.totalBytes;
}

export function renderFrontier(
  container: HTMLElement,
  table: HTMLTableElement,
  points: FrontierPoint[],
  current: Plan,
  onPick: (index: number) => void,
): void {
  const data: Datum[] = points.map((p, index) => ({ index, quality: floorQuality(p.qualityProxy), tps: p.decodeTokensPerSecond, gib: p.totalBytes / GIB, plan: p.plan }));
  const selected = data.filter((d) => isSame(d.plan, current));
  const currentDatum = selected.length > 0 ? selected : current.feasible ? [{ index: -1, quality: floorQuality(current.qualityProxy), tps: current.decodeTokensPerSecond, gib: current.memory.totalBytes / GIB, plan: current }] : [];
  const width = widthOf(container);
  const chart = renderPlot(container, {
    width,
    height: Math.min(420, Math.max(260, Math.round(width * 0.5))),
    marginLeft: 56,
    marginRight: 20,
    x: { label: 'decode tok/s →', type: 'log', grid: true, inset: 12, ticks: width < 500 ? 4 : 8, tickFormat: '~g' },
    y: { label: '↑ better: perplexity increase vs F16, %', type: 'log', reverse: true, grid: true, ticks: 6, tickFormat: '~g' },
    color: { type: 'linear', scheme: 'viridis', label: 'memory GiB', legend: false },
    marks: [
      dot(data, { x: 'tps', y: 'quality', fill: 'gib', r: 5, stroke: 'currentColor', strokeOpacity: 0.25 }),
      dot(currentDatum, { x: 'tps', y: 'quality', r: 10, stroke: '#e8590c', strokeWidth: 2.5, fill: 'none' }),
      tip(
        data,
        pointer({
          x: 'tps',
          y: 'quality',
          title: (d: Datum) =>
            `plan ${d.index + 1} of ${data.length}\n` +
            `decode ${formatRate(d.tps)} tok/s (${formatRate(d.plan.decodeTokensPerSecondLow)}–${formatRate(d.plan.decodeTokensPerSecondHigh)})\n` +
            `quality +${d.plan.qualityProxy.toFixed(3)} % PPL\n` +
            `memory ${d.gib.toFixed(2)} GiB, KV ${describeKvCache(d.plan)}\n` +
            `${PLACEMENT_KIND[d.plan.placement.kind]}, -ngl ${d.plan.placement.nGpuLayers}\n` +
            'click to use this plan',
        }),
      ),
    ],
    ariaLabel: 'Frontier of plans: quality against decode speed',
    ariaDescription: `${data.length} plans from ${formatRate(Math.min(...data.map((d) => d.tps)))} to ${formatRate(Math.max(...data.map((d) => d.tps)))} tok/s`,
  });
  chart.addEventListener('click', () => {
    const value = (chart as unknown as { value?: Datum | null }).value;
    if (value) onPick(value.index);
  });

  const head = h('tr', {}, ...['#', 'decode tok/s', 'PPL +%', 'memory GiB', 'KV', 'placement', ''].map((t) => h('th', { scope: 'col', class: t === '' || t === 'KV' || t === 'placement' ? '' : 'right' }, t)));
  table.replaceChildren(
    h('thead', {}, head),
    h(
      'tbody',
      {},
      ...data.map((d) => {
        const isCurrent = selected.includes(d);
        return h(
          'tr',
          { class: isCurrent ? 'current' : undefined, 'data-point': d.index },
          h('td', { class: 'right' }, String(d.index + 1)),
          h('td', { class: 'right' }, formatRate(d.tps)),
          h('td', { class: 'right' }, d.plan.qualityProxy.toFixed(3)),
          h('td', { class: 'right' }, formatGiB(d.plan.memory.totalBytes)),
          h('td', {}, describeKvCache(d.plan)),
          h('td', {}, `${PLACEMENT_KIND[d.plan.placement.kind]} (-ngl ${d.plan.placement.nGpuLayers})`),
          h('td', {}, h('button', { type: 'button', class: 'small', 'data-point': d.index, 'aria-pressed': isCurrent ? 'true' : 'false' }, isCurrent ? 'Current' : 'Use')),
        );
      }),
    ),
  );
  table.onclick = (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-point]');
    if (button) onPick(Number(button.dataset.point));
  };
}
