// One cell per transformer block, coloured by its precision; the rows below mark where it runs
// (GPU / CPU / disk). When attention and FFN are split (MoE expert offload, FFN offload), one row
// for each.
import { cell } from '@observablehq/plot';
import { formatGiB, type FileTypeName, type Plan, type PlanLayer, type Tier } from 'fitplan';

import { byPrecision, precisionColor, TIER_COLOR, TIER_LABEL } from './colors';
import { renderLegend } from './legend';
import { renderPlot, widthOf } from './plot';

interface Cell {
  block: number;
  row: string;
  color: string;
  layer: PlanLayer;
}

export function renderBlocks(container: HTMLElement, legend: HTMLElement, plan: Plan): void {
  const split = plan.layers.some((l) => l.attentionTier !== l.ffnTier);
  const ffnRow = plan.placement.kind === 'expert-offload' ? 'experts' : 'FFN';
  const rows = split ? ['precision', 'attention', ffnRow] : ['precision', 'runs on'];
  const cells: Cell[] = plan.layers.flatMap((layer) => {
    const tiers: [string, Tier][] = split ? [['attention', layer.attentionTier], [ffnRow, layer.ffnTier]] : [['runs on', layer.tier]];
    return [
      { block: layer.index, row: 'precision', color: precisionColor(layer.type), layer },
      ...tiers.map(([row, tier]) => ({ block: layer.index, row, color: TIER_COLOR[tier], layer })),
    ];
  });
  const width = widthOf(container);
  const n = plan.layers.length;
  const every = n > 60 ? 10 : n > 24 ? 5 : 1;
  renderPlot(container, {
    width,
    height: 34 + 26 * rows.length,
    marginLeft: 70,
    marginRight: 8,
    padding: 0,
    x: { type: 'band', label: 'block', domain: plan.layers.map((l) => l.index), ticks: plan.layers.map((l) => l.index).filter((i) => i % every === 0), tickSize: 0, paddingInner: n > 100 ? 0 : 0.08 },
    y: { label: null, domain: rows, tickSize: 0, paddingInner: 0.18 },
    color: { type: 'identity' },
    marks: [
      cell(cells, {
        x: 'block',
        y: 'row',
        fill: 'color',
        title: (d: Cell) =>
          `block ${d.block}: ${d.layer.type}, ${formatGiB(d.layer.bytes)} GiB; attention on ${TIER_LABEL[d.layer.attentionTier]}, ` +
          `${ffnRow} on ${TIER_LABEL[d.layer.ffnTier]}${plan.memory.gpus.length > 1 && d.layer.tier === 'gpu' ? ` (GPU ${d.layer.gpuIndex})` : ''}`,
      }),
    ],
    ariaLabel: 'Per-block precision and placement',
    ariaDescription: `${n} blocks; ${Object.entries(plan.histogram).map(([t, c]) => `${c} ${t}`).join(', ')}; ${plan.placement.gpu} on GPU, ${plan.placement.cpu} on CPU, ${plan.placement.disk} on disk`,
  });
  const types = (Object.keys(plan.histogram) as FileTypeName[]).sort(byPrecision);
  const tiers = (['gpu', 'cpu', 'disk'] as Tier[]).filter((t) => plan.layers.some((l) => l.attentionTier === t || l.ffnTier === t));
  renderLegend(legend, [
    ...types.map((t) => [`${t} ×${plan.histogram[t]}`, precisionColor(t)] as const),
    ...tiers.map((t) => [TIER_LABEL[t], TIER_COLOR[t]] as const),
  ]);
}
