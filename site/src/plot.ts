// Renders an Observable Plot chart into a container. Plot adds a <style> element to every chart;
// the page's Content-Security-Policy (style-src 'self') would block it, so it is removed before the
// chart is attached and its rules live in style.css (.plot-fp).
import { plot, type PlotOptions } from '@observablehq/plot';

export function renderPlot(container: HTMLElement, options: PlotOptions): ReturnType<typeof plot> {
  const chart = plot({ className: 'plot-fp', ...options });
  for (const style of chart.querySelectorAll('style')) style.remove();
  container.replaceChildren(chart);
  return chart;
}

/** The container's width for a chart (at least `min`). */
export function widthOf(container: HTMLElement, min = 280): number {
  return Math.max(min, Math.floor(container.getBoundingClientRect().width));
}
