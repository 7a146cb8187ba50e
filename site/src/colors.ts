// Colours of the charts, chosen to read on the light and the dark background alike (SVG fill
// attributes and the legends' swatches: no inline styles).
import { FILE_TYPE_NAMES, type FileTypeName, type Tier } from 'fitplan';

/** Precision: blue (most bits) through green and yellow to red (fewest). */
const PRECISION_STOPS: [number, string][] = [
  [16, '#1864ab'],
  [8.5, '#4dabf7'],
  [6.5, '#0ca678'],
  [5.5, '#37b24d'],
  [4.8, '#94d82d'],
  [4.3, '#fcc419'],
  [3.5, '#fd7e14'],
  [2.6, '#f03e3e'],
  [0, '#a61e4d'],
];

/** Approximate bits per weight of each file type (for the colour only). */
const BITS: Partial<Record<FileTypeName, number>> = {
  F32: 32, F16: 16, BF16: 16, Q8_0: 8.5, Q6_K: 6.56, Q5_K_M: 5.7, Q5_K_S: 5.5, Q5_1: 6, Q5_0: 5.5, Q4_K_M: 4.85, Q4_K_S: 4.6,
  Q4_1: 5, Q4_0: 4.5, IQ4_NL: 4.5, IQ4_XS: 4.25, MXFP4_MOE: 4.25, Q3_K_L: 4.0, Q3_K_M: 3.9, Q3_K_S: 3.5, IQ3_M: 3.7, IQ3_S: 3.44,
  IQ3_XS: 3.3, IQ3_XXS: 3.06, Q2_K: 2.96, Q2_K_S: 2.7, IQ2_M: 2.7, IQ2_S: 2.5, IQ2_XS: 2.31, IQ2_XXS: 2.06, IQ1_M: 1.75, IQ1_S: 1.56,
  TQ2_0: 2.06, TQ1_0: 1.69,
};

export function precisionColor(type: FileTypeName): string {
  const bits = BITS[type] ?? 4;
  for (const [atLeast, color] of PRECISION_STOPS) if (bits >= atLeast) return color;
  return PRECISION_STOPS[PRECISION_STOPS.length - 1]![1];
}

/** Tiers in colours the precision scale does not use: violet, grey, pink. */
export const TIER_COLOR: Record<Tier, string> = { gpu: '#7048e8', cpu: '#adb5bd', disk: '#e64980' };
export const TIER_LABEL: Record<Tier, string> = { gpu: 'GPU', cpu: 'CPU', disk: 'disk' };

export const MEMORY_PARTS = ['weights', 'KV cache', 'compute', 'overhead', 'free'] as const;
export type MemoryPart = (typeof MEMORY_PARTS)[number];
export const MEMORY_COLOR: Record<MemoryPart, string> = {
  weights: '#4c6ef5',
  'KV cache': '#f59f00',
  compute: '#ae3ec9',
  overhead: '#868e96',
  free: '#8ce99a',
};

/** Sorts file types from the most to the least precise (the core's order). */
export function byPrecision(a: FileTypeName, b: FileTypeName): number {
  return FILE_TYPE_NAMES.indexOf(a) - FILE_TYPE_NAMES.indexOf(b);
}
