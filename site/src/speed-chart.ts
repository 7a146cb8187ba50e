// Decode and prefill speed with their uncertainty bands: this plan against the published file
// (the uniform Q4_K_M baseline when none is known), and the decode target when one is set. The same
// figures follow as a folded table.
import { dot, ruleX, ruleY, text, tickX } from '@observablehq/plot';
import { formatRate, type Plan } from 'fitplan';

import { clearChart, SPEED_GAP, SPEED_PLOT_HEIGHT, speedSideBySide } from './chart-sizes';
import { CURRENT_COLOR, PLAN_COLOR, REFERENCE_COLOR } from './colors';
import { h } from './dom';
import { makePlot, renderWithTable, widthOf } from './plot';

interface Band {
  who: string;
  value: number;
  low: number;
  high: number;
}

const THIS_PLAN = 'this plan';
const MARGIN_TOP = 14;
const MARGIN_BOTTOM = 30;

function bands(plan: Plan, baseline: Plan | null, kind: 'decode' | 'prefill', label: string): Band[] {
  const of = (p: Plan, who: string): Band =>
    kind === 'decode'
      ? { who, value: p.decodeTokensPerSecond, low: p.decodeTokensPerSecondLow, high: p.decodeTokensPerSecondHigh }
      : { who, value: p.prefillTokensPerSecond, low: p.prefillTokensPerSecondLow, high: p.prefillTokensPerSecondHigh };
  return [of(plan, THIS_PLAN), ...(baseline?.feasible ? [of(baseline, label)] : [])].filter((b) => b.value > 0);
}

const colorOf = (d: Band) => (d.who === THIS_PLAN ? PLAN_COLOR : REFERENCE_COLOR);

function chart(title: string, data: Band[], target: number, width: number): Element {
  const values = data.flatMap((d) => [d.low, d.high]).concat(target > 0 ? [target] : []);
  const max = Math.max(...values, 1) * 1.15;
  // The band's ends as short ticks in full colour (the band itself is pale): half a row's height.
  const row = (SPEED_PLOT_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / Math.max(1, data.length);
  const inset = Math.max(0, (row - 14) / 2);
  return makePlot({
    width,
    height: SPEED_PLOT_HEIGHT,
    marginLeft: 72,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginRight: 16,
    x: { label: `${title} tok/s →`, domain: [0, max], grid: true, ticks: width < 360 ? 3 : 5 },
    y: { label: null, domain: data.map((d) => d.who) },
    marks: [
      ruleY(data, { y: 'who', x1: 'low', x2: 'high', stroke: colorOf, strokeWidth: 6, strokeOpacity: 0.35 }),
      tickX(data, { y: 'who', x: 'low', stroke: colorOf, strokeWidth: 2, insetTop: inset, insetBottom: inset }),
      tickX(data, { y: 'who', x: 'high', stroke: colorOf, strokeWidth: 2, insetTop: inset, insetBottom: inset }),
      dot(data, { y: 'who', x: 'value', fill: colorOf, r: 4.5, title: (d: Band) => `${d.who}: ${formatRate(d.value)} tok/s (${formatRate(d.low)}–${formatRate(d.high)})` }),
      text(data, { y: 'who', x: 'high', text: (d: Band) => formatRate(d.value), textAnchor: 'start', dx: 6 }),
      ...(target > 0
        ? [ruleX([target], { stroke: CURRENT_COLOR, strokeWidth: 1.5, strokeDasharray: '4,3' }), text([target], { x: (d: number) => d, frameAnchor: 'top', text: () => 'target', dy: -2 })]
        : []),
    ],
    ariaLabel: `${title} speed with uncertainty band`,
    ariaDescription: data.map((d) => `${d.who}: ${formatRate(d.value)} tok/s (${formatRate(d.low)} to ${formatRate(d.high)})`).join('; ') + (target > 0 ? `; target ${formatRate(target)} tok/s` : ''),
  });
}

export function renderSpeed(container: HTMLElement, plan: Plan, baseline: Plan | null, target: number, label = 'Q4_K_M'): void {
  if (!plan.feasible) {
    clearChart(container);
    return;
  }
  const full = widthOf(container);
  const width = speedSideBySide(full) ? Math.floor((full - SPEED_GAP) / 2) : full;
  const decode = bands(plan, baseline, 'decode', label);
  const prefill = bands(plan, baseline, 'prefill', label);
  const range = (b: Band | undefined) => (b ? `${formatRate(b.low)}–${formatRate(b.high)}` : '–');
  const rows = decode.map((d) => {
    const p = prefill.find((b) => b.who === d.who);
    return [d.who, formatRate(d.value), range(d), p ? formatRate(p.value) : '–', range(p)];
  });
  if (target > 0) rows.push(['decode target', formatRate(target), '', '', '']);
  renderWithTable(
    container,
    [h('div', { class: 'speed' }, chart('decode', decode, target, width)), h('div', { class: 'speed' }, chart('prefill', prefill, 0, width))],
    {
      summary: 'Speeds as a table',
      caption: `Decode and prefill speed, tokens per second: this plan against ${label}, with the uncertainty range`,
      columns: ['plan', 'decode tok/s', 'decode range', 'prefill tok/s', 'prefill range'],
      numeric: [false, true, true, true, true],
      rows,
    },
  );
}
