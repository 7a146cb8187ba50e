// A legend of coloured swatches: small SVG squares (fill attributes, no inline styles) and labels.
const SVG = 'http://www.w3.org/2000/svg';

export function swatch(color: string, shape: 'square' | 'ring' = 'square'): SVGSVGElement {
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
  } else {
    mark.setAttribute('width', '12');
    mark.setAttribute('height', '12');
    mark.setAttribute('rx', '2');
    mark.setAttribute('fill', color);
  }
  svg.append(mark);
  return svg;
}

export function renderLegend(container: HTMLElement, entries: readonly (readonly [string, string])[], title?: string): void {
  const items = entries.map(([label, color]) => {
    const item = document.createElement('span');
    item.className = 'legend-item';
    item.append(swatch(color), document.createTextNode(label));
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
