// The height of every chart, as a function of its width (and, for the memory chart, of the number
// of GPUs): the charts draw at exactly these heights, so the page can reserve the space before the
// chart library is loaded (no layout shift when they arrive). No Plot here: this module is tiny and
// may be imported by the page's first chunk.
//
// charts.css reserves the same heights in CSS for an empty container that no chart has been drawn
// into yet (no data-chart attribute; every render sets data-chart="drawn"). A container the page
// empties on purpose (no frontier, say) should go through clearChart(), or the reservation would
// leave a blank area.

export type ChartKind = 'speed' | 'memory' | 'blocks' | 'frontier';

/** Each of the two speed charts (decode, prefill): two rows, this plan and the reference. */
export const SPEED_PLOT_HEIGHT = 96;
/** From this container width on, the two speed charts stand side by side (else one above the other). */
export const SPEED_SIDE_BY_SIDE_MIN_WIDTH = 640;
/** The gap between the two speed charts side by side, px. */
export const SPEED_GAP = 16;
/** The block strip: three rows (precision, attention, FFN / experts; two rows use the same height). */
export const BLOCKS_PLOT_HEIGHT = 112;
/** The frontier's colour legend (an SVG under the chart), px. */
export const FRONTIER_LEGEND_HEIGHT = 44;
/** The folded table under a chart (its <summary> line and margin), in rem: see .chart-table in charts.css. */
export const TABLE_SUMMARY_REM = 1.9;

/** Width a chart is drawn at: the container's width, at least 280 px (the chart then scrolls). */
export const MIN_CHART_WIDTH = 280;

/**
 * The memory chart: one row per GPU (none on a CPU-only machine), one for RAM, one for disk (always
 * shown, so that the height depends on the machine, not on the plan).
 */
export function memoryPlotHeight(gpus: number): number {
  return 34 + 34 * (Math.max(0, gpus) + 2);
}

/** The frontier chart: half its width, between 280 and 420 px. */
export function frontierPlotHeight(width: number): number {
  return Math.min(420, Math.max(280, Math.round(Math.max(width, MIN_CHART_WIDTH) * 0.5)));
}

/** Whether the speed charts stand side by side in a container this wide. */
export function speedSideBySide(width: number): boolean {
  return width >= SPEED_SIDE_BY_SIDE_MIN_WIDTH;
}

function rootFontPx(): number {
  if (typeof document === 'undefined') return 15;
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 15;
}

/**
 * The height, in CSS px, that a chart container (#speed-chart, #memory-chart, #block-strip,
 * #frontier-chart) will have once its chart is drawn, for a container `width` px wide: the
 * chart(s), the frontier's colour legend, the folded table's summary line. `gpus`: the machine's
 * GPU count (memory chart only). The frontier's table lives outside its container and is not counted.
 */
export function reservedHeight(kind: ChartKind, width: number, gpus = 1): number {
  const w = Math.floor(width);
  // Under MIN_CHART_WIDTH the charts are drawn that wide and scaled down to fit (max-width: 100%).
  const scale = Math.min(1, w / MIN_CHART_WIDTH);
  const summary = TABLE_SUMMARY_REM * rootFontPx();
  switch (kind) {
    case 'speed':
      return Math.ceil((speedSideBySide(w) ? SPEED_PLOT_HEIGHT : 2 * SPEED_PLOT_HEIGHT) * scale) + summary;
    case 'memory':
      return Math.ceil(memoryPlotHeight(gpus) * scale) + summary;
    case 'blocks':
      return Math.ceil(BLOCKS_PLOT_HEIGHT * scale) + summary;
    case 'frontier':
      return Math.ceil((frontierPlotHeight(w) + FRONTIER_LEGEND_HEIGHT) * scale);
  }
}

/**
 * Sets a container's min-height to its reserved height (CSSOM, which the page's CSP allows). Only
 * needed where charts.css cannot know the figure (more than one GPU); call it again on resize.
 */
export function reserveChartSpace(container: HTMLElement, kind: ChartKind, gpus = 1): void {
  const width = container.getBoundingClientRect().width;
  if (width > 0) container.style.minHeight = `${reservedHeight(kind, width, gpus)}px`;
}

/** Empties a chart container on purpose (nothing to draw): charts.css then reserves no space for it. */
export function clearChart(container: HTMLElement): void {
  container.replaceChildren();
  container.dataset.chart = 'empty';
}
