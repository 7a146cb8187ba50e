// The first page: pick a model, a machine, a context and a KV type; the analysis table follows
// every change. Everything runs locally in WebAssembly (no network requests).
import {
  analysisColumns,
  createPlanner,
  defaultAnalyzeOptions,
  describeAnalysis,
  FitplanError,
  KV_CACHE_TYPES,
  type FileTypeAnalysis,
  type HardwareInfo,
  type ModelInfo,
  type Planner,
} from 'fitplan';

const DEFAULT_MODEL = 'llama3-8b';
const DEFAULT_HARDWARE = 'rtx4090';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from index.html`);
  return found as T;
}

const inputs = {
  model: element<HTMLSelectElement>('model'),
  hardware: element<HTMLSelectElement>('hardware'),
  context: element<HTMLInputElement>('context'),
  kv: element<HTMLSelectElement>('kv'),
};
const status = element<HTMLParagraphElement>('status');
const result = element<HTMLElement>('result');
const caption = element<HTMLParagraphElement>('caption');
const table = element<HTMLTableElement>('analysis');

/** Fills a select with one <optgroup> per family, keeping catalog order. */
function fillGrouped<T extends { id: string; name: string; family: string }>(select: HTMLSelectElement, items: readonly T[], selected: string): void {
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const item of items) {
    let group = groups.get(item.family);
    if (!group) {
      group = document.createElement('optgroup');
      group.label = item.family;
      groups.set(item.family, group);
      select.append(group);
    }
    group.append(new Option(item.name, item.id, false, item.id === selected));
  }
}

function showError(message: string): void {
  status.textContent = message;
  status.classList.add('error');
}

function rowClass(row: FileTypeAnalysis): string {
  if (row.fitsVram) return 'fits-vram';
  return row.fitsMemory ? 'fits-ram' : 'no-fit';
}

function renderHeader(): void {
  const tr = document.createElement('tr');
  for (const column of analysisColumns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column.header;
    if (column.align === 'right') th.className = 'right';
    tr.append(th);
  }
  table.tHead?.replaceChildren(tr);
}

function renderRows(rows: readonly FileTypeAnalysis[]): void {
  const body = table.tBodies[0];
  if (!body) return;
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.className = rowClass(row);
      tr.dataset.fileType = row.fileType;
      for (const column of analysisColumns) {
        const isType = column.header === 'type';
        const cell = document.createElement(isType ? 'th' : 'td');
        if (isType) cell.setAttribute('scope', 'row');
        cell.dataset.column = column.header;
        cell.textContent = column.cell(row);
        if (column.align === 'right') cell.className = 'right';
        tr.append(cell);
      }
      return tr;
    }),
  );
}

function update(planner: Planner): void {
  inputs.context.removeAttribute('aria-invalid');
  try {
    const analysis = planner.analyze({
      model: inputs.model.value,
      hardware: inputs.hardware.value,
      contextLength: inputs.context.valueAsNumber,
      kvCacheType: inputs.kv.value as (typeof KV_CACHE_TYPES)[number],
    });
    caption.textContent = describeAnalysis(analysis);
    renderRows(analysis.fileTypes);
    result.hidden = false;
    status.textContent = '';
    status.classList.remove('error');
  } catch (error) {
    if (error instanceof FitplanError && error.field === 'contextLength') inputs.context.setAttribute('aria-invalid', 'true');
    showError(error instanceof Error ? error.message : String(error));
  }
}

/** Keeps the context within the chosen model's maximum. */
function clampContext(model: ModelInfo | undefined): void {
  if (!model) return;
  inputs.context.max = String(model.maxContext);
  if (!(inputs.context.valueAsNumber <= model.maxContext)) inputs.context.value = String(model.maxContext);
}

async function start(): Promise<void> {
  const planner = await createPlanner();
  const models = planner.models();
  const hardware: HardwareInfo[] = planner.hardware();
  const modelById = new Map(models.map((m) => [m.id, m]));

  fillGrouped(inputs.model, models, DEFAULT_MODEL);
  fillGrouped(inputs.hardware, hardware, DEFAULT_HARDWARE);
  for (const type of KV_CACHE_TYPES) inputs.kv.append(new Option(type, type, false, type === defaultAnalyzeOptions.kvCacheType));
  inputs.context.value = String(defaultAnalyzeOptions.contextLength);
  clampContext(modelById.get(inputs.model.value));
  renderHeader();

  // The model's own listener runs before the form's (bubbling), so the context is clamped first.
  inputs.model.addEventListener('input', () => clampContext(modelById.get(inputs.model.value)));
  const form = element<HTMLFormElement>('inputs');
  form.addEventListener('input', () => update(planner));
  form.addEventListener('submit', (event) => event.preventDefault());
  update(planner);
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => showError(`Could not load the planner: ${error instanceof Error ? error.message : String(error)}`));
