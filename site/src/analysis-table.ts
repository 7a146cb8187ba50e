// The analysis table: memory and speed of every whole-file quantization on the machine (analyze()),
// an imported GGUF's own row first.
import { analysisColumns, describeAnalysis, type Analysis, type FileTypeAnalysis } from 'fitplan';

import { element, h } from './dom';

/** The columns a visitor chooses a file by come first (size, where it fits, speed, quality), the breakdown after. */
const ORDER = ['type', 'total GiB', 'fits VRAM', 'fits VRAM+RAM', 'decode tok/s (low–high)', 'PPL +%', 'bits/weight', 'GPU layers', 'prefill tok/s', 'weights GiB', 'KV GiB', 'compute GiB', 'overhead GiB'];
const columns = [...analysisColumns].sort((a, b) => rank(a.header) - rank(b.header));
function rank(header: string): number {
  const at = ORDER.indexOf(header);
  return at === -1 ? ORDER.length : at;
}

function rowClass(row: FileTypeAnalysis): string {
  if (row.fitsVram) return 'fits-vram';
  return row.fitsMemory ? 'fits-ram' : 'no-fit';
}

export function renderAnalysis(analysis: Analysis): void {
  const table = element<HTMLTableElement>('analysis');
  element('caption').textContent = describeAnalysis(analysis);
  table.tHead!.replaceChildren(h('tr', {}, ...columns.map((c) => h('th', { scope: 'col', class: c.align === 'right' ? 'right' : undefined }, c.header))));
  const rows = analysis.file ? [{ ...analysis.file, fileType: `${analysis.file.fileType} (this file)` }, ...analysis.fileTypes] : analysis.fileTypes;
  table.tBodies[0]!.replaceChildren(
    ...rows.map((row) =>
      h(
        'tr',
        { class: rowClass(row), 'data-file-type': row.fileType },
        ...columns.map((column) => {
          const isType = column.header === 'type';
          return h(isType ? 'th' : 'td', { scope: isType ? 'row' : undefined, 'data-column': column.header, class: column.align === 'right' ? 'right' : undefined }, column.cell(row));
        }),
      ),
    ),
  );
}
