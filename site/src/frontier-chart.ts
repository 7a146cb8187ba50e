// The frontier: every non-dominated plan, quality proxy against decode speed, memory as colour
// (with a colour legend in GiB under the chart, and in the table). The plan shown is ringed;
// hovering shows a point's figures, clicking one makes it the current plan. The same points as a
// table, with a button per plan, for keyboards and screen readers.
import { dot, pointer, scale, tip, type ScaleOptions } from '@observablehq/plot';
import { formatRate } from 'fitplan';

import { clearChart, FRONTIER_LEGEND_HEIGHT, frontierPlotHeight } from './chart-sizes';
import { CURRENT_COLOR } from './colors';
import { h } from './dom';
import { makePlot, widthOf } from './plot';

const GIB = 2 ** 30;
const SVG = 'http://www.w3.org/2000/svg';

/** One plan of the frontier, as the chart and its table need it (no whole plan). */
export interface FrontierDot {
  /** % perplexity increase vs F16 (0 for F16). */
  qualityProxy: number;
  decodeTokensPerSecond: number;
  decodeLow: number;
  decodeHigh: number;
  /** Memory, bytes (GiB = 2^30). */
  totalBytes: number;
  /** e.g. "q8_0" or "K q8_0, V f16". */
  kvLabel: string;
  /** e.g. "layer split, -ngl 50". */
  placementLabel: string;
  /** e.g. "IQ4_XS×37 Q4_K_M×29 Q5_K_M×14". */
  precisionLabel: string;
}

/** The index of the dot with the same speed, quality and memory as `plan` (null: not on the frontier). */
export function frontierIndexOf(dots: readonly FrontierDot[], plan: Pick<FrontierDot, 'qualityProxy' | 'decodeTokensPerSecond' | 'totalBytes'>): number | null {
  const index = dots.findIndex((d) => d.decodeTokensPerSecond === plan.decodeTokensPerSecond && d.qualityProxy === plan.qualityProxy && d.totalBytes === plan.totalBytes);
  return index >= 0 ? index : null;
}

const gibOf = (d: FrontierDot) => d.totalBytes / GIB;
const gibText = (g: number) => g.toFixed(1);
/** Two significant digits, no trailing zeros: 210, 18, 0.87, 0.001. */
const short = (v: number) => String(Number(v.toPrecision(2)));

/** One sentence for the page's note under the chart. */
export function describeFrontier(dots: readonly FrontierDot[]): string {
  if (dots.length === 0) return 'No plans.';
  const gib = dots.map(gibOf);
  const tps = dots.map((d) => d.decodeTokensPerSecond);
  return (
    `${dots.length} plans, ${formatRate(Math.min(...tps))} to ${formatRate(Math.max(...tps))} tok/s, ` +
    `${gibText(Math.min(...gib))} to ${gibText(Math.max(...gib))} GiB of memory; the ringed dot is the plan shown.`
  );
}

/**
 * Ticks of a log scale over [lo, hi] drawn `pixels` long, at least `gap` px apart: the data's ends
 * (`ends`, always labelled), then powers of ten, then 2 and 5, then 3, then the other digits.
 */
function logTicks(lo: number, hi: number, pixels: number, gap: number, ends: readonly number[]): number[] {
  const at = (t: number) => (Math.log(t / lo) / Math.log(hi / lo)) * pixels;
  const candidates: number[] = [...ends];
  const ranks: number[][] = [[1], [2, 5], [3], [1.5, 4, 6, 7, 8, 9]];
  for (const mantissas of ranks)
    for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
      for (const m of mantissas) candidates.push(Number((m * 10 ** e).toPrecision(3)));
  const kept: number[] = [];
  for (const t of candidates) {
    if (t < lo || t > hi) continue;
    if (kept.every((k) => Math.abs(at(k) - at(t)) >= gap)) kept.push(t);
  }
  return kept.sort((a, b) => a - b);
}

interface Datum {
  index: number;
  /** log10 of the quality proxy (floored for F16) and of the decode speed: the chart's axes are
   * logarithmic, drawn as linear scales of the logarithms so that every tick keeps its label (a
   * Plot log scale blanks the labels of some ticks). */
  ly: number;
  lx: number;
  tps: number;
  gib: number;
  dot: FrontierDot;
}

/** The colour legend under the chart: a ramp of the memory colours with GiB labels, and the ring. */
function colorLegend(width: number, lo: number, hi: number, color: (gib: number) => string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'plot-fp frontier-legend');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(FRONTIER_LEGEND_HEIGHT));
  svg.setAttribute('viewBox', `0 0 ${width} ${FRONTIER_LEGEND_HEIGHT}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Colour legend: dot colour is the plan's total memory, ${gibText(lo)} GiB (dark purple) to ${gibText(hi)} GiB (yellow); the ringed dot is the plan shown`);
  const add = (tag: string, attributes: Record<string, string | number>, text?: string) => {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = text;
    svg.append(node);
    return node;
  };
  const x0 = 8;
  const ramp = Math.max(120, Math.min(240, width - 150));
  const steps = 48;
  add('text', { x: x0, y: 11, fill: 'currentColor', 'font-size': 11, 'font-weight': 600 }, 'Dot colour: total memory, GiB');
  for (let i = 0; i < steps; i++) {
    const g = lo + ((hi - lo) * (i + 0.5)) / steps;
    add('rect', { x: x0 + (ramp * i) / steps, y: 16, width: ramp / steps + 0.5, height: 10, fill: color(g) });
  }
  add('rect', { x: x0, y: 16, width: ramp, height: 10, fill: 'none', stroke: 'currentColor', 'stroke-width': 1 });
  const label = (x: number, anchor: string, text: string) => add('text', { x, y: 39, fill: 'currentColor', 'font-size': 11, 'text-anchor': anchor }, text);
  if (hi > lo) {
    label(x0, 'start', gibText(lo));
    label(x0 + ramp / 2, 'middle', gibText((lo + hi) / 2));
    label(x0 + ramp, 'end', gibText(hi));
  } else {
    label(x0 + ramp / 2, 'middle', gibText(lo));
  }
  const rx = x0 + ramp + 26;
  add('circle', { cx: rx, cy: 21, r: 8, fill: 'none', stroke: CURRENT_COLOR, 'stroke-width': 2.5 });
  add('text', { x: rx + 14, y: 25, fill: 'currentColor', 'font-size': 11 }, 'plan shown');
  return svg;
}

/** The button of the frontier table focused before the last pick (restored after the redraw). */
let refocusIndex: number | null = null;

/**
 * Draws the frontier into `container` (the chart and its colour legend) and its table into `table`.
 * `currentIndex`: the frontier index of the plan shown when it is on the frontier; `current`: the
 * plan shown as a dot when it is not (else null). `onPick(index)` makes a frontier plan current.
 */
export function renderFrontier(
  container: HTMLElement,
  table: HTMLTableElement,
  dots: FrontierDot[],
  currentIndex: number | null,
  current: FrontierDot | null,
  onPick: (index: number) => void,
): void {
  draw(container, table, dots, currentIndex, current, onPick);
}

function draw(container: HTMLElement, table: HTMLTableElement, dots: FrontierDot[], currentIndex: number | null, current: FrontierDot | null, onPick: (index: number) => void): void {
  if (dots.length === 0) {
    clearChart(container);
    table.replaceChildren();
    return;
  }
  const hasZero = dots.some((d) => d.qualityProxy <= 0) || (current !== null && current.qualityProxy <= 0);
  const positive = [...dots, ...(current ? [current] : [])].map((d) => d.qualityProxy).filter((q) => q > 0);
  // Log scales need positive values: F16 (quality proxy 0) sits at `floor`, labelled 0.
  const floor = Math.min(0.001, ...positive.map((q) => q / 4));
  const quality = (q: number) => (q > 0 ? q : floor);
  const datum = (d: FrontierDot, index: number): Datum => ({
    index,
    ly: Math.log10(quality(d.qualityProxy)),
    lx: Math.log10(d.decodeTokensPerSecond),
    tps: d.decodeTokensPerSecond,
    gib: gibOf(d),
    dot: d,
  });
  const data = dots.map(datum);
  const ringed = currentIndex !== null && data[currentIndex] ? [data[currentIndex]] : current ? [datum(current, -1)] : [];
  const offFrontier = currentIndex === null && current ? ringed : [];
  const all = [...data, ...offFrontier];

  const width = widthOf(container);
  const height = frontierPlotHeight(width);
  const marginLeft = 56;
  const marginRight = 20;
  const marginTop = 28;
  const marginBottom = 36;
  const inset = 14;
  const tpsValues = all.map((d) => d.tps);
  const qValues = all.map((d) => quality(d.dot.qualityProxy));
  const [tpsMin, tpsMax] = [Math.min(...tpsValues), Math.max(...tpsValues)];
  const [qMin, qMax] = [Math.min(...qValues), Math.max(...qValues)];
  const xDomain = [tpsMin / 1.1, tpsMax * 1.1];
  const yDomain = [qMin / 1.25, qMax * 1.25];
  const xTicks = logTicks(xDomain[0]!, xDomain[1]!, width - marginLeft - marginRight - 2 * inset, width < 500 ? 44 : 40, [Number(tpsMin.toPrecision(2)), Number(tpsMax.toPrecision(2))]);
  const yTicks = logTicks(yDomain[0]!, yDomain[1]!, height - marginTop - marginBottom - 2 * inset, 22, [hasZero ? floor : Number(qMin.toPrecision(2)), Number(qMax.toPrecision(2))]);
  const gibValues = all.map((d) => d.gib);
  let [gibLo, gibHi] = [Math.min(...gibValues), Math.max(...gibValues)];
  if (!(gibHi > gibLo)) [gibLo, gibHi] = [gibLo - 0.5, gibHi + 0.5];
  const colorOptions: ScaleOptions = { type: 'linear', scheme: 'viridis', domain: [gibLo, gibHi], clamp: true };
  const colorScale = scale({ color: colorOptions });

  const chart = makePlot({
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    x: { label: 'decode tok/s →', type: 'linear', domain: xDomain.map(Math.log10), grid: true, inset, ticks: xTicks.map(Math.log10), tickFormat: (v: number) => short(10 ** v) },
    y: {
      label: '↑ better: perplexity increase vs F16, %',
      type: 'linear',
      reverse: true,
      domain: yDomain.map(Math.log10),
      grid: true,
      inset,
      ticks: yTicks.map(Math.log10),
      tickFormat: (v: number) => (hasZero && Math.abs(v - Math.log10(floor)) < 1e-9 ? '0' : short(10 ** v)),
    },
    color: colorOptions,
    marks: [
      // Every dot outlined in the page's text colour: it stands out on the light and the dark
      // background whatever its fill.
      dot(data, { x: 'lx', y: 'ly', fill: 'gib', r: 5, stroke: 'currentColor', strokeWidth: 1, className: 'frontier-dots' }),
      dot(offFrontier, { x: 'lx', y: 'ly', fill: 'gib', r: 5, symbol: 'diamond', stroke: 'currentColor', strokeWidth: 1 }),
      dot(ringed, { x: 'lx', y: 'ly', r: 10, stroke: CURRENT_COLOR, strokeWidth: 2.5, fill: 'none' }),
      tip(
        data,
        pointer({
          x: 'lx',
          y: 'ly',
          ariaHidden: 'true',
          className: 'frontier-tip',
          title: (d: Datum) =>
            `plan ${d.index + 1} of ${data.length}\n` +
            `decode ${formatRate(d.tps)} tok/s (${formatRate(d.dot.decodeLow)}–${formatRate(d.dot.decodeHigh)})\n` +
            `quality +${d.dot.qualityProxy.toFixed(3)} % PPL\n` +
            `memory ${d.gib.toFixed(2)} GiB, KV ${d.dot.kvLabel}\n` +
            `${d.dot.placementLabel}\n` +
            `${d.dot.precisionLabel}\n` +
            'click to use this plan',
        }),
      ),
    ],
    ariaLabel: 'Frontier of plans: quality against decode speed, memory as colour',
    ariaDescription:
      `${data.length} plans from ${formatRate(tpsMin)} to ${formatRate(tpsMax)} tok/s and ${gibText(gibLo)} to ${gibText(gibHi)} GiB; ` +
      'the same plans are in the table “All frontier plans”.',
  });
  chart.addEventListener('click', () => {
    const value = (chart as unknown as { value?: Datum | null }).value;
    if (value && value.index >= 0) onPick(value.index);
  });
  container.replaceChildren(chart, colorLegend(width, gibLo, gibHi, (g) => String(colorScale.apply(g))));
  container.dataset.chart = 'drawn';

  renderTable(table, data, currentIndex, onPick);
}

function renderTable(table: HTMLTableElement, data: Datum[], currentIndex: number | null, onPick: (index: number) => void): void {
  // Focus: the button the visitor used (or any in the table) is found again after the redraw.
  const active = document.activeElement;
  if (active instanceof HTMLElement && table.contains(active)) {
    const button = active.closest<HTMLButtonElement>('button[data-point]');
    if (button) refocusIndex = Number(button.dataset.point);
  } else if (active && active !== document.body) {
    refocusIndex = null; // the visitor has moved on
  }
  const columns = ['plan', 'choose', 'decode tok/s', 'range', 'PPL +%', 'memory GiB', 'KV', 'placement', 'precision'];
  const numeric = new Set(['decode tok/s', 'range', 'PPL +%', 'memory GiB']);
  table.replaceChildren(
    h('caption', { class: 'visually-hidden' }, `The ${data.length} plans of the frontier: decode speed, quality, memory, KV cache, placement and precision; a button makes one the plan shown`),
    h('thead', {}, h('tr', {}, ...columns.map((t) => h('th', { scope: 'col', class: numeric.has(t) ? 'right' : undefined }, t)))),
    h(
      'tbody',
      {},
      ...data.map((d) => {
        const isCurrent = d.index === currentIndex;
        const n = d.index + 1;
        const figures = `${formatRate(d.tps)} tok/s, +${d.dot.qualityProxy.toFixed(2)} % perplexity, ${d.gib.toFixed(1)} GiB`;
        return h(
          'tr',
          { class: isCurrent ? 'current' : undefined, 'data-point': d.index },
          h('th', { scope: 'row', class: 'right' }, String(n)),
          h(
            'td',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'small',
                'data-point': d.index,
                'aria-pressed': isCurrent ? 'true' : 'false',
                'aria-label': `${isCurrent ? 'Current' : 'Use'} plan ${n}: ${figures}`,
              },
              isCurrent ? 'Current' : 'Use',
            ),
          ),
          h('td', { class: 'right' }, formatRate(d.tps)),
          h('td', { class: 'right' }, `${formatRate(d.dot.decodeLow)}–${formatRate(d.dot.decodeHigh)}`),
          h('td', { class: 'right' }, d.dot.qualityProxy.toFixed(3)),
          h('td', { class: 'right' }, d.gib.toFixed(2)),
          h('td', {}, d.dot.kvLabel),
          h('td', {}, d.dot.placementLabel),
          h('td', {}, d.dot.precisionLabel),
        );
      }),
    ),
  );
  table.onclick = (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-point]');
    if (!button) return;
    refocusIndex = Number(button.dataset.point);
    onPick(refocusIndex);
  };
  // The scroll container is a tab stop with a name (axe: scrollable-region-focusable).
  const wrap = table.parentElement;
  if (wrap?.classList.contains('table-wrap')) {
    if (!wrap.hasAttribute('tabindex')) wrap.setAttribute('tabindex', '0');
    if (!wrap.hasAttribute('role')) wrap.setAttribute('role', 'region');
    if (!wrap.hasAttribute('aria-label') && !wrap.hasAttribute('aria-labelledby')) wrap.setAttribute('aria-label', 'Frontier plans');
  }
  // Back to the button the visitor used, now redrawn (the focus would otherwise drop to the body).
  const now = document.activeElement;
  if (refocusIndex !== null && (now === null || now === document.body || table.contains(now))) {
    table.querySelector<HTMLButtonElement>(`button[data-point="${refocusIndex}"]`)?.focus({ preventScroll: true });
  }
  refocusIndex = null;
}
