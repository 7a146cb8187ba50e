// Memory per tier as stacked bars against capacity: each GPU, the system RAM and (when blocks are
// streamed) the disk; weights, KV cache, compute buffers, overhead and what is left free.
import { barX, ruleX, text, tickX } from '@observablehq/plot';
import { describePlanMemory, formatGiB, type Plan, type TierMemory } from 'fitplan';

import { MEMORY_COLOR, MEMORY_PARTS, type MemoryPart } from './colors';
import { renderLegend } from './legend';
import { renderPlot, widthOf } from './plot';

const GIB = 2 ** 30;

interface Segment {
  tier: string;
  part: MemoryPart;
  gib: number;
}

function segments(tier: string, memory: TierMemory): Segment[] {
  const parts: [MemoryPart, number][] = [
    ['weights', memory.weightsBytes],
    ['KV cache', memory.kvCacheBytes],
    ['compute', memory.computeBytes],
    ['overhead', memory.overheadBytes + memory.outputBytes],
    ['free', Math.max(0, memory.headroomBytes)],
  ];
  return parts.filter(([, bytes]) => bytes > 0).map(([part, bytes]) => ({ tier, part, gib: bytes / GIB }));
}

export function renderMemory(container: HTMLElement, legend: HTMLElement, textLine: HTMLElement, plan: Plan): void {
  const gpus = plan.memory.gpus;
  const tiers: { name: string; memory?: TierMemory; diskGiB?: number }[] = [
    ...gpus.map((memory, i) => ({ name: gpus.length > 1 ? `GPU ${i}` : 'GPU', memory })),
    { name: 'RAM', memory: plan.memory.cpu },
    ...(plan.memory.diskBytes > 0 ? [{ name: 'disk', diskGiB: plan.memory.diskBytes / GIB }] : []),
  ];
  const data: Segment[] = tiers.flatMap((t) => (t.memory ? segments(t.name, t.memory) : [{ tier: t.name, part: 'weights' as const, gib: t.diskGiB! }]));
  const capacities = tiers.filter((t) => t.memory).map((t) => ({ tier: t.name, gib: t.memory!.capacityBytes / GIB, over: t.memory!.headroomBytes < 0 }));
  const labels = tiers.map((t) => ({
    tier: t.name,
    gib: Math.max(t.memory ? Math.max(t.memory.capacityBytes, t.memory.totalBytes) : 0, (t.diskGiB ?? 0) * GIB) / GIB,
    label: t.memory ? `${formatGiB(t.memory.totalBytes)} / ${formatGiB(t.memory.capacityBytes)} GiB` : `${t.diskGiB!.toFixed(2)} GiB streamed`,
  }));
  const width = widthOf(container);
  renderPlot(container, {
    width,
    height: 34 + 34 * tiers.length,
    marginLeft: 44,
    marginRight: width < 500 ? 12 : 130,
    x: { label: 'GiB', grid: true, nice: true },
    y: { label: null, domain: tiers.map((t) => t.name) },
    color: { domain: [...MEMORY_PARTS], range: MEMORY_PARTS.map((p) => MEMORY_COLOR[p]) },
    marks: [
      barX(data, { x: 'gib', y: 'tier', fill: 'part', order: [...MEMORY_PARTS], insetTop: 3, insetBottom: 3, title: (d: Segment) => `${d.tier} ${d.part}: ${d.gib.toFixed(2)} GiB` }),
      tickX(capacities, { x: 'gib', y: 'tier', stroke: (d: { over: boolean }) => (d.over ? '#e03131' : 'currentColor'), strokeWidth: 2 }),
      ...(width < 500 ? [] : [text(labels, { x: 'gib', y: 'tier', text: 'label', textAnchor: 'start', dx: 8 })]),
      ruleX([0]),
    ],
    ariaLabel: 'Memory per tier',
    ariaDescription: describePlanMemory(plan),
  });
  renderLegend(legend, MEMORY_PARTS.map((p) => [p, MEMORY_COLOR[p]] as const));
  textLine.textContent = describePlanMemory(plan);
}
