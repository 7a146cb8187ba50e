// Memory per tier as stacked bars against capacity: each GPU, the system RAM and the disk (a row
// always, so that the chart's height depends on the machine only); weights, KV cache, compute
// buffers, overhead and what is left free (an outline). The same figures follow as a folded table.
import { barX, ruleX, text, tickX } from '@observablehq/plot';
import { describePlanMemory, formatGiB, type Plan, type TierMemory } from 'fitplan';

import { memoryPlotHeight } from './chart-sizes';
import { FREE_FILL_OPACITY, MEMORY_COLOR, MEMORY_PARTS, OVER_COLOR, type MemoryPart } from './colors';
import { renderLegend } from './legend';
import { makePlot, renderWithTable, widthOf } from './plot';

const GIB = 2 ** 30;

interface Segment {
  tier: string;
  part: MemoryPart;
  /** Stacked extent, GiB. */
  x1: number;
  x2: number;
}

interface Tier {
  name: string;
  memory?: TierMemory;
  /** The disk row: weights streamed, bytes. */
  diskBytes?: number;
}

function parts(memory: TierMemory): [MemoryPart, number][] {
  return [
    ['weights', memory.weightsBytes],
    ['KV cache', memory.kvCacheBytes],
    ['compute', memory.computeBytes],
    ['overhead', memory.overheadBytes + memory.outputBytes],
    ['free', Math.max(0, memory.headroomBytes)],
  ];
}

function segments(tier: Tier): Segment[] {
  const list: [MemoryPart, number][] = tier.memory ? parts(tier.memory) : [['weights', tier.diskBytes ?? 0]];
  let at = 0;
  const out: Segment[] = [];
  for (const [part, bytes] of list) {
    if (bytes <= 0) continue;
    out.push({ tier: tier.name, part, x1: at, x2: at + bytes / GIB });
    at += bytes / GIB;
  }
  return out;
}

const gib = (bytes: number) => formatGiB(bytes);

export function renderMemory(container: HTMLElement, legend: HTMLElement, textLine: HTMLElement, plan: Plan): void {
  const gpus = plan.memory.gpus;
  const tiers: Tier[] = [
    ...gpus.map((memory, i) => ({ name: gpus.length > 1 ? `GPU ${i}` : 'GPU', memory })),
    { name: 'RAM', memory: plan.memory.cpu },
    { name: 'disk', diskBytes: plan.memory.diskBytes },
  ];
  const data = tiers.flatMap(segments);
  const used = data.filter((d) => d.part !== 'free');
  const free = data.filter((d) => d.part === 'free');
  const capacities = tiers.filter((t) => t.memory).map((t) => ({ tier: t.name, gib: t.memory!.capacityBytes / GIB, over: t.memory!.headroomBytes < 0 }));
  const labels = tiers.map((t) => ({
    tier: t.name,
    gib: t.memory ? Math.max(t.memory.capacityBytes, t.memory.totalBytes) / GIB : (t.diskBytes ?? 0) / GIB,
    label: t.memory
      ? `${gib(t.memory.totalBytes)} / ${gib(t.memory.capacityBytes)} GiB${t.memory.headroomBytes < 0 ? ' (over)' : ''}`
      : (t.diskBytes ?? 0) > 0
        ? `${gib(t.diskBytes!)} GiB streamed`
        : 'nothing streamed',
  }));
  const width = widthOf(container);
  const title = (d: Segment) => `${d.tier} ${d.part}: ${(d.x2 - d.x1).toFixed(2)} GiB`;
  const chart = makePlot({
    width,
    height: memoryPlotHeight(gpus.length),
    marginLeft: 44,
    marginRight: width < 500 ? 12 : 150,
    x: { label: 'GiB →', grid: true, nice: true },
    y: { label: null, domain: tiers.map((t) => t.name) },
    marks: [
      // Used memory: one colour per part, separated by thin lines of the panel's colour (charts.css).
      barX(used, { x1: 'x1', x2: 'x2', y: 'tier', fill: (d: Segment) => MEMORY_COLOR[d.part], insetTop: 4, insetBottom: 4, className: 'chart-separated', title }),
      // Free memory: an outline over a faint fill.
      barX(free, {
        x1: 'x1',
        x2: 'x2',
        y: 'tier',
        fill: MEMORY_COLOR.free,
        fillOpacity: FREE_FILL_OPACITY,
        stroke: MEMORY_COLOR.free,
        strokeWidth: 1.5,
        insetTop: 5,
        insetBottom: 5,
        insetLeft: 1,
        insetRight: 0.75,
        title,
      }),
      tickX(capacities, { x: 'gib', y: 'tier', stroke: (d: { over: boolean }) => (d.over ? OVER_COLOR : 'currentColor'), strokeWidth: 2 }),
      ...(width < 500 ? [] : [text(labels, { x: 'gib', y: 'tier', text: 'label', textAnchor: 'start', dx: 8 })]),
      ruleX([0]),
    ],
    ariaLabel: 'Memory per tier',
    ariaDescription: describePlanMemory(plan),
  });
  const cells = (m: TierMemory) => parts(m).map(([part, bytes]) => (part === 'free' && m.headroomBytes < 0 ? `over by ${gib(-m.headroomBytes)}` : gib(bytes)));
  renderWithTable(container, [chart], {
    summary: 'Memory per tier as a table',
    caption: 'Memory per tier, GiB: weights, KV cache, compute buffers, overhead, free, and used of the capacity',
    columns: ['tier', ...MEMORY_PARTS, 'used / capacity'],
    numeric: [false, true, true, true, true, true, true],
    rows: tiers.map((t) =>
      t.memory ? [t.name, ...cells(t.memory), `${gib(t.memory.totalBytes)} / ${gib(t.memory.capacityBytes)}`] : [t.name, gib(t.diskBytes ?? 0), '–', '–', '–', '–', (t.diskBytes ?? 0) > 0 ? 'streamed from disk' : 'nothing streamed'],
    ),
  });
  renderLegend(
    legend,
    MEMORY_PARTS.map((p) => [p, MEMORY_COLOR[p], p === 'free' ? 'outline' : 'square'] as const),
  );
  textLine.textContent = describePlanMemory(plan);
}
