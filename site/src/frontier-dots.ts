// A lean frontier point (leanFrontier(): figures and decisions, no plan) as the frontier chart's dot
// and table row. No chart library here: the page keeps the points as dots before the charts load.
import { describeKvCache, histogramEntries, type LeanFrontierPoint } from 'fitplan';

import type { FrontierDot } from './frontier-chart';
import { PLACEMENT_KIND } from './verdict';

export function dotOfPoint(point: LeanFrontierPoint): FrontierDot {
  const p = point.placement;
  return {
    qualityProxy: point.qualityProxy,
    decodeTokensPerSecond: point.decodeTokensPerSecond,
    decodeLow: point.decodeTokensPerSecondLow,
    decodeHigh: point.decodeTokensPerSecondHigh,
    totalBytes: point.totalBytes,
    kvLabel: describeKvCache(point),
    placementLabel: `${PLACEMENT_KIND[p.kind]}, -ngl ${p.nGpuLayers}${p.nCpuMoe > 0 ? ` --n-cpu-moe ${p.nCpuMoe}` : ''}`,
    precisionLabel: histogramEntries(point)
      .map(([type, count]) => `${type}×${count}`)
      .join(' '),
  };
}
