// One cell per transformer block, coloured by its precision; the rows below mark where it runs
// (GPU / CPU / disk). When attention and FFN are split (MoE expert offload, FFN offload), one row
// for each. The same facts follow as a folded table: the blocks in runs of the same precision and
// placement.
import { cell } from '@observablehq/plot';
import { formatGiB, type FileTypeName, type Plan, type PlanLayer, type Tier } from 'fitplan';

import { BLOCKS_PLOT_HEIGHT } from './chart-sizes';
import { byPrecision, precisionColor, TIER_COLOR, TIER_LABEL } from './colors';
import { renderLegend } from './legend';
import { makePlot, renderWithTable, widthOf } from './plot';

interface Cell {
  block: number;
  row: string;
  color: string;
  layer: PlanLayer;
}

/** Consecutive blocks with the same precision and placement. */
interface Run {
  first: number;
  last: number;
  type: FileTypeName;
  attention: string;
  ffn: string;
  bytes: number;
}

function runs(plan: Plan, where: (tier: Tier, layer: PlanLayer) => string): Run[] {
  const out: Run[] = [];
  for (const layer of plan.layers) {
    const attention = where(layer.attentionTier, layer);
    const ffn = where(layer.ffnTier, layer);
    const last = out[out.length - 1];
    if (last && last.last === layer.index - 1 && last.type === layer.type && last.attention === attention && last.ffn === ffn) {
      last.last = layer.index;
      last.bytes += layer.bytes;
    } else {
      out.push({ first: layer.index, last: layer.index, type: layer.type, attention, ffn, bytes: layer.bytes });
    }
  }
  return out;
}

export function renderBlocks(container: HTMLElement, legend: HTMLElement, plan: Plan): void {
  const split = plan.layers.some((l) => l.attentionTier !== l.ffnTier);
  const ffnRow = plan.placement.kind === 'expert-offload' ? 'experts' : 'FFN';
  const rows = split ? ['precision', 'attention', ffnRow] : ['precision', 'runs on'];
  const multiGpu = plan.memory.gpus.length > 1;
  const where = (tier: Tier, layer: PlanLayer) => (tier === 'gpu' && multiGpu ? `GPU ${layer.gpuIndex}` : TIER_LABEL[tier]);
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
  const chart = makePlot({
    width,
    height: BLOCKS_PLOT_HEIGHT,
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
          `block ${d.block}: ${d.layer.type}, ${formatGiB(d.layer.bytes)} GiB; attention on ${where(d.layer.attentionTier, d.layer)}, ` +
          `${ffnRow} on ${where(d.layer.ffnTier, d.layer)}`,
      }),
    ],
    ariaLabel: 'Per-block precision and placement',
    ariaDescription: `${n} blocks; ${Object.entries(plan.histogram).map(([t, c]) => `${c} ${t}`).join(', ')}; ${plan.placement.gpu} on GPU, ${plan.placement.cpu} on CPU, ${plan.placement.disk} on disk`,
  });
  const list = runs(plan, where);
  renderWithTable(container, [chart], {
    summary: 'Blocks as a table',
    caption: `The ${n} blocks in runs of the same precision and placement`,
    columns: split ? ['blocks', 'count', 'precision', 'attention on', `${ffnRow} on`, 'GiB'] : ['blocks', 'count', 'precision', 'runs on', 'GiB'],
    numeric: split ? [false, true, false, false, false, true] : [false, true, false, false, true],
    rows: list.map((r) => {
      const head = [r.first === r.last ? String(r.first) : `${r.first}–${r.last}`, String(r.last - r.first + 1), r.type];
      return split ? [...head, r.attention, r.ffn, formatGiB(r.bytes)] : [...head, r.attention === r.ffn ? r.attention : `${r.attention} / ${r.ffn}`, formatGiB(r.bytes)];
    }),
  });
  const types = (Object.keys(plan.histogram) as FileTypeName[]).sort(byPrecision);
  const tiers = (['gpu', 'cpu', 'disk'] as Tier[]).filter((t) => plan.layers.some((l) => l.attentionTier === t || l.ffnTier === t));
  renderLegend(legend, [
    ...types.map((t) => [`${t} ×${plan.histogram[t]}`, precisionColor(t)] as const),
    ...tiers.map((t) => [TIER_LABEL[t], TIER_COLOR[t]] as const),
  ]);
}
