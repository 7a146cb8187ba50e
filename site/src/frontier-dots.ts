// A frontier point (leanFrontier(): figures and decisions, no plan) or a whole plan as the frontier
// chart's dot and table row. No chart library here: the page keeps the points as dots before the
// charts load. Points and plans name their figures alike; only the memory total and the tensor
// overrides (a plan's alone) differ.
import { describeKvCache, histogramEntries, type LeanFrontierPoint, type Plan } from 'fitplan';

import type { FrontierDot } from './frontier-chart';
import { PLACEMENT_KIND } from './verdict';

type DotSource = Pick<
  LeanFrontierPoint,
  'qualityProxy' | 'decodeTokensPerSecond' | 'decodeTokensPerSecondLow' | 'decodeTokensPerSecondHigh' | 'kvCacheTypeK' | 'kvCacheTypeV' | 'histogram' | 'placement'
>;

function dotOf(source: DotSource, totalBytes: number, tensorOverrides: number): FrontierDot {
  const p = source.placement;
  return {
    qualityProxy: source.qualityProxy,
    decodeTokensPerSecond: source.decodeTokensPerSecond,
    decodeLow: source.decodeTokensPerSecondLow,
    decodeHigh: source.decodeTokensPerSecondHigh,
    totalBytes,
    kvLabel: describeKvCache(source),
    placementLabel: `${PLACEMENT_KIND[p.kind]}, -ngl ${p.nGpuLayers}${p.nCpuMoe > 0 ? ` --n-cpu-moe ${p.nCpuMoe}` : ''}${tensorOverrides > 0 ? ' + -ot' : ''}`,
    precisionLabel: histogramEntries(source)
      .map(([type, count]) => `${type}×${count}`)
      .join(' '),
  };
}

export const dotOfPoint = (point: LeanFrontierPoint): FrontierDot => dotOf(point, point.totalBytes, 0);

export const dotOfPlan = (plan: Plan): FrontierDot => dotOf(plan, plan.memory.totalBytes, plan.placement.tensorOverrides.length);
