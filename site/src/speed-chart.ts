// Decode and prefill speed with their uncertainty bands: this plan against the published file
// (the uniform Q4_K_M baseline when none is known), and the decode target when one is set.
import { dot, ruleX, ruleY, text } from '@observablehq/plot';
import { formatRate, type Plan } from 'fitplan';

import { h } from './dom';
import { renderPlot, widthOf } from './plot';

interface Band {
  who: string;
  value: number;
  low: number;
  high: number;
}

function bands(plan: Plan, baseline: Plan | null, kind: 'decode' | 'prefill', label: string): Band[] {
  const of = (p: Plan, who: string): Band =>
    kind === 'decode'
      ? { who, value: p.decodeTokensPerSecond, low: p.decodeTokensPerSecondLow, high: p.decodeTokensPerSecondHigh }
      : { who, value: p.prefillTokensPerSecond, low: p.prefillTokensPerSecondLow, high: p.prefillTokensPerSecondHigh };
  return [of(plan, 'this plan'), ...(baseline?.feasible ? [of(baseline, label)] : [])].filter((b) => b.value > 0);
}

function chart(container: HTMLElement, title: string, data: Band[], target: number, width: number): void {
  const values = data.flatMap((d) => [d.low, d.high]).concat(target > 0 ? [target] : []);
  const max = Math.max(...values, 1) * 1.15;
  renderPlot(container, {
    width,
    height: 44 + 26 * Math.max(1, data.length),
    marginLeft: 72,
    marginTop: 14,
    marginRight: 16,
    x: { label: `${title} tok/s →`, domain: [0, max], grid: true, ticks: width < 360 ? 3 : 5 },
    y: { label: null, domain: data.map((d) => d.who) },
    marks: [
      ruleY(data, { y: 'who', x1: 'low', x2: 'high', stroke: (d: Band) => (d.who === 'this plan' ? '#4c6ef5' : '#868e96'), strokeWidth: 6, strokeOpacity: 0.45 }),
      dot(data, { y: 'who', x: 'value', fill: (d: Band) => (d.who === 'this plan' ? '#4c6ef5' : '#868e96'), r: 4.5, title: (d: Band) => `${d.who}: ${formatRate(d.value)} tok/s (${formatRate(d.low)}–${formatRate(d.high)})` }),
      text(data, { y: 'who', x: 'high', text: (d: Band) => formatRate(d.value), textAnchor: 'start', dx: 6 }),
      ...(target > 0 ? [ruleX([target], { stroke: '#e8590c', strokeDasharray: '4,3' }), text([target], { x: (d: number) => d, frameAnchor: 'top', text: () => 'target', dy: -2, fill: '#e8590c' })] : []),
    ],
    ariaLabel: `${title} speed with uncertainty band`,
  });
}

export function renderSpeed(container: HTMLElement, plan: Plan, baseline: Plan | null, target: number, label = 'Q4_K_M'): void {
  if (!plan.feasible) {
    container.replaceChildren();
    return;
  }
  const decode = h('div', { class: 'speed' });
  const prefill = h('div', { class: 'speed' });
  container.replaceChildren(decode, prefill);
  const full = widthOf(container);
  const width = full >= 640 ? Math.floor((full - 16) / 2) : full;
  chart(decode, 'decode', bands(plan, baseline, 'decode', label), target, width);
  chart(prefill, 'prefill', bands(plan, baseline, 'prefill', label), 0, width);
}
