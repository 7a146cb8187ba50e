// Renders Observable Plot charts, and the folded table that carries each chart's figures.
//
// CSP: Plot adds a <style> element to every chart; the page's Content-Security-Policy (style-src
// 'self') would block it, so it is removed and its rules live in style.css / charts.css (.plot-fp).
//
// Accessibility: Plot puts aria-label on inner <g> elements ("dot", "x-axis tick", ...), which ARIA
// prohibits on elements without a role (axe: aria-prohibited-attr), and which say nothing useful. A
// chart is one image: role="img" with its aria-label / aria-description on the <svg>, nothing on the
// elements inside; the figures are in the table that follows it (renderTable).
import { plot, type PlotOptions } from '@observablehq/plot';

import { h } from './dom';
import { MIN_CHART_WIDTH } from './chart-sizes';

type Chart = ReturnType<typeof plot>;

/** Removes Plot's <style> and makes the chart one named image (see above). */
export function cleanChart(chart: Element): void {
  for (const style of chart.querySelectorAll('style')) style.remove();
  const svgs = chart instanceof SVGSVGElement ? [chart] : [...chart.querySelectorAll('svg')];
  for (const svg of svgs) {
    if (svg.hasAttribute('aria-label')) svg.setAttribute('role', 'img');
    for (const inner of svg.querySelectorAll('[aria-label], [aria-description]')) {
      inner.removeAttribute('aria-label');
      inner.removeAttribute('aria-description');
    }
  }
}

/** A Plot chart, cleaned, not yet attached. */
export function makePlot(options: PlotOptions): Chart {
  const chart = plot({ className: 'plot-fp', ...options });
  cleanChart(chart);
  return chart;
}

/** Renders a Plot chart into a container (replacing what it held). */
export function renderPlot(container: HTMLElement, options: PlotOptions): Chart {
  const chart = makePlot(options);
  container.replaceChildren(chart);
  container.dataset.chart = 'drawn';
  return chart;
}

/** The container's width for a chart (at least `min`). */
export function widthOf(container: HTMLElement, min = MIN_CHART_WIDTH): number {
  return Math.max(min, Math.floor(container.getBoundingClientRect().width));
}

export interface TableSpec {
  /** The <summary> of the fold, e.g. "Memory per tier as a table". */
  summary: string;
  /** The table's caption (visually hidden: the summary says it), also the scroll region's name. */
  caption: string;
  /** Column headers (th scope="col"); the first column holds the row headers. */
  columns: readonly string[];
  /** Which columns are numbers (right-aligned). */
  numeric?: readonly boolean[];
  /** Rows: the first cell becomes a th scope="row". */
  rows: readonly (readonly string[])[];
}

/** A table of a chart's figures, folded in a <details> (class chart-table), keyboard-reachable. */
export function makeTable(spec: TableSpec, open = false): HTMLDetailsElement {
  const cellClass = (i: number) => (spec.numeric?.[i] ? 'right' : undefined);
  const table = h(
    'table',
    {},
    h('caption', { class: 'visually-hidden' }, spec.caption),
    h('thead', {}, h('tr', {}, ...spec.columns.map((c, i) => h('th', { scope: 'col', class: cellClass(i) }, c)))),
    h(
      'tbody',
      {},
      ...spec.rows.map((row) => h('tr', {}, ...row.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', { class: cellClass(i) }, cell))))),
    ),
  );
  const details = h(
    'details',
    { class: 'chart-table', open },
    h('summary', {}, spec.summary),
    h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': spec.caption }, table),
  );
  return details;
}

/**
 * Replaces a container's content with `nodes` and the chart's table (after them), keeping the
 * table's fold open if it was, and the keyboard focus on the fold's summary or scroll region if it
 * was there (the container is redrawn on every plan: focus must not drop to the body).
 */
export function renderWithTable(container: HTMLElement, nodes: readonly Node[], spec: TableSpec): void {
  const old = container.querySelector<HTMLDetailsElement>(':scope > details.chart-table');
  const active = document.activeElement;
  const focus = old && active && old.contains(active) ? (active.matches('.table-wrap') ? '.table-wrap' : 'summary') : null;
  const details = makeTable(spec, old?.open ?? false);
  container.replaceChildren(...nodes, details);
  container.dataset.chart = 'drawn';
  if (focus) details.querySelector<HTMLElement>(focus)?.focus({ preventScroll: true });
}
