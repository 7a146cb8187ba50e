// A legend of coloured swatches: small SVG squares (fill attributes, no inline styles) and labels.
import { FREE_FILL_OPACITY } from './colors';

const SVG = 'http://www.w3.org/2000/svg';

/** square: a filled square; ring: a circle outline; outline: a square outline over a faint fill (free memory). */
export type SwatchShape = 'square' | 'ring' | 'outline';

export function swatch(color: string, shape: SwatchShape = 'square'): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '12');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  const mark = document.createElementNS(SVG, shape === 'ring' ? 'circle' : 'rect');
  if (shape === 'ring') {
    mark.setAttribute('cx', '6');
    mark.setAttribute('cy', '6');
    mark.setAttribute('r', '4.5');
    mark.setAttribute('fill', 'none');
    mark.setAttribute('stroke', color);
    mark.setAttribute('stroke-width', '2');
  } else if (shape === 'outline') {
    mark.setAttribute('x', '1');
    mark.setAttribute('y', '1');
    mark.setAttribute('width', '10');
    mark.setAttribute('height', '10');
    mark.setAttribute('rx', '1.5');
    mark.setAttribute('fill', color);
    mark.setAttribute('fill-opacity', String(FREE_FILL_OPACITY));
    mark.setAttribute('stroke', color);
    mark.setAttribute('stroke-width', '2');
  } else {
    mark.setAttribute('width', '12');
    mark.setAttribute('height', '12');
    mark.setAttribute('rx', '2');
    mark.setAttribute('fill', color);
  }
  svg.append(mark);
  return svg;
}

export function renderLegend(container: HTMLElement, entries: readonly (readonly [string, string, SwatchShape?])[], title?: string): void {
  const items = entries.map(([label, color, shape]) => {
    const item = document.createElement('span');
    item.className = 'legend-item';
    item.append(swatch(color, shape), document.createTextNode(label));
    return item;
  });
  if (title) {
    const heading = document.createElement('span');
    heading.className = 'legend-title';
    heading.textContent = title;
    items.unshift(heading);
  }
  container.replaceChildren(...items);
}
