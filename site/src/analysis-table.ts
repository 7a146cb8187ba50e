// The analysis table: memory and speed of every whole-file quantization on the machine (analyze()),
// an imported GGUF's own row first.
import { analysisColumns, describeAnalysis, type Analysis, type FileTypeAnalysis } from 'fitplan';

import { element, h } from './dom';

function rowClass(row: FileTypeAnalysis): string {
  if (row.fitsVram) return 'fits-vram';
  return row.fitsMemory ? 'fits-ram' : 'no-fit';
}

export function renderAnalysis(analysis: Analysis): void {
  const table = element<HTMLTableElement>('analysis');
  element('caption').textContent = describeAnalysis(analysis);
  table.tHead!.replaceChildren(h('tr', {}, ...analysisColumns.map((c) => h('th', { scope: 'col', class: c.align === 'right' ? 'right' : undefined }, c.header))));
  const rows = analysis.file ? [{ ...analysis.file, fileType: `${analysis.file.fileType} (this file)` }, ...analysis.fileTypes] : analysis.fileTypes;
  table.tBodies[0]!.replaceChildren(
    ...rows.map((row) =>
      h(
        'tr',
        { class: rowClass(row), 'data-file-type': row.fileType },
        ...analysisColumns.map((column) => {
          const isType = column.header === 'type';
          return h(isType ? 'th' : 'td', { scope: isType ? 'row' : undefined, 'data-column': column.header, class: column.align === 'right' ? 'right' : undefined }, column.cell(row));
        }),
      ),
    ),
  );
}
