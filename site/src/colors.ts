// Colours of the charts, chosen to read on the light and the dark background alike (SVG fill
// attributes and the legends' swatches: no inline styles). WCAG non-text contrast: every colour
// here has a relative luminance between 0.16 and 0.27, which keeps at least 3:1 against the light
// panels (#ffffff, #f4f5f8) and the dark ones (#1a1e25, #111418) of style.css; hues, not
// lightness, tell them apart, so each chart also has a legend and a table of its figures.
import { FILE_TYPE_NAMES, type FileTypeName, type Tier } from 'fitplan';

/** Precision: blue (most bits) through green, olive, amber, orange and red to orchid (fewest). */
const PRECISION_STOPS: [number, string][] = [
  [16, '#1c7ed6'],
  [8.5, '#1098ad'],
  [6.5, '#2f9e44'],
  [5.5, '#8a8a00'],
  [4.8, '#c08000'],
  [4.3, '#e8590c'],
  [3.5, '#e03131'],
  [2.6, '#d6336c'],
  [0, '#be4bdb'],
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
export const TIER_COLOR: Record<Tier, string> = { gpu: '#7950f2', cpu: '#868e96', disk: '#e64980' };
export const TIER_LABEL: Record<Tier, string> = { gpu: 'GPU', cpu: 'CPU', disk: 'disk' };

export const MEMORY_PARTS = ['weights', 'KV cache', 'compute', 'overhead', 'free'] as const;
export type MemoryPart = (typeof MEMORY_PARTS)[number];
/** Free memory is drawn as an outline in its colour over a faint fill of it (FREE_FILL_OPACITY). */
export const MEMORY_COLOR: Record<MemoryPart, string> = {
  weights: '#4c6ef5',
  'KV cache': '#e8590c',
  compute: '#ae3ec9',
  overhead: '#868e96',
  free: '#2f9e44',
};
export const FREE_FILL_OPACITY = 0.2;

/** The ring around the current plan on the frontier, and the speed chart's target line. */
export const CURRENT_COLOR = '#e8590c';
/** A plan's bar in the speed chart, and the reference's. */
export const PLAN_COLOR = '#4c6ef5';
export const REFERENCE_COLOR = '#868e96';
/** Memory over capacity. */
export const OVER_COLOR = '#e03131';

/** Sorts file types from the most to the least precise (the core's order). */
export function byPrecision(a: FileTypeName, b: FileTypeName): number {
  return FILE_TYPE_NAMES.indexOf(a) - FILE_TYPE_NAMES.indexOf(b);
}
