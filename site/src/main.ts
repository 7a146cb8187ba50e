// The first page: pick a model, a machine, a context and a KV type; the analysis table and the
// optimizer's plan (with an optional decode-speed target) follow every change. Everything runs
// locally in WebAssembly (no network requests).
import {
  analysisColumns,
  createPlanner,
  defaultAnalyzeOptions,
  describeAnalysis,
  describeKvCache,
  describePlanMemory,
  FitplanError,
  formatBand,
  histogramEntries,
  KV_CACHE_TYPES,
  type FileTypeAnalysis,
  type HardwareInfo,
  type ModelInfo,
  type PlanResult,
  type Planner,
} from 'fitplan';

import { importedMaxContext, modelFor, setupImportPanel } from './import-panel';

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
const planView = {
  section: element<HTMLElement>('plan-section'),
  target: element<HTMLInputElement>('target'),
  status: element<HTMLParagraphElement>('plan-status'),
  body: element<HTMLDivElement>('plan'),
  verdict: element<HTMLParagraphElement>('plan-verdict'),
  decode: element<HTMLElement>('plan-decode'),
  prefill: element<HTMLElement>('plan-prefill'),
  context: element<HTMLElement>('plan-context'),
  placement: element<HTMLElement>('plan-placement'),
  memory: element<HTMLElement>('plan-memory'),
  quality: element<HTMLElement>('plan-quality'),
  histogram: element<HTMLTableElement>('plan-histogram'),
  notes: element<HTMLUListElement>('plan-notes'),
};

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

const PLACEMENT_KIND: Record<PlanResult['placement']['kind'], string> = {
  'all-gpu': 'everything on the GPU',
  'layer-split': 'layer split',
  'expert-offload': 'MoE expert offload',
  'ffn-offload': 'FFN offload',
  'cpu-only': 'CPU only',
};

/** Blocks per tier in words, then the llama.cpp flags that produce the split. */
function describePlanPlacement(plan: PlanResult): string {
  const p = plan.placement;
  const where = [`${p.gpu} on the GPU`, `${p.cpu} on the CPU`, ...(p.disk > 0 ? [`${p.disk} read from disk`] : [])];
  const flags = [`-ngl ${p.nGpuLayers}`, ...(p.nCpuMoe > 0 ? [`--n-cpu-moe ${p.nCpuMoe}`] : []), ...p.tensorOverrides.map((o) => `-ot ${o}`)];
  return `${PLACEMENT_KIND[p.kind]}: ${plan.layers.length} blocks, ${where.join(', ')} (llama.cpp ${flags.join(' ')})`;
}

function renderPlan(plan: PlanResult): void {
  const v = planView;
  v.verdict.textContent = plan.usability.message;
  v.verdict.className = `verdict ${plan.usability.grade}`;
  v.verdict.dataset.grade = plan.usability.grade;
  const target = plan.targetTps > 0 ? ` — target ${plan.targetTps} tok/s ${plan.decodeTokensPerSecond >= plan.targetTps ? 'met' : 'not met'}` : '';
  v.decode.textContent = `${formatBand(plan.decodeTokensPerSecond, plan.decodeTokensPerSecondLow, plan.decodeTokensPerSecondHigh)} tok/s${target}`;
  v.prefill.textContent =
    `${formatBand(plan.prefillTokensPerSecond, plan.prefillTokensPerSecondLow, plan.prefillTokensPerSecondHigh)} tok/s; ` +
    `first token after ${plan.timeToFirstTokenSeconds.toFixed(1)} s for a ${plan.promptTokens}-token prompt`;
  const shrunk = plan.contextLength < plan.request.contextLength ? ` (shrunk from ${plan.request.contextLength} to fit)` : '';
  v.context.textContent = `${plan.contextLength} tokens${shrunk}, KV cache ${describeKvCache(plan)}${plan.flashAttention ? ', flash attention on' : ''}`;
  v.placement.textContent = describePlanPlacement(plan);
  v.memory.textContent = describePlanMemory(plan);
  v.quality.textContent = `+${plan.qualityProxy.toFixed(3)} % perplexity vs F16 (estimate; lower is better)`;

  const blocks = plan.layers.length;
  v.histogram.tBodies[0]?.replaceChildren(
    ...histogramEntries(plan).map(([type, count]) => {
      const tr = document.createElement('tr');
      tr.dataset.fileType = type;
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = type;
      const n = document.createElement('td');
      n.className = 'right';
      n.textContent = String(count);
      const bar = document.createElement('td');
      bar.className = 'bar-cell';
      const fill = document.createElement('span');
      fill.className = 'bar';
      fill.style.width = `${(100 * count) / blocks}%`;
      bar.append(fill);
      tr.append(name, n, bar);
      return tr;
    }),
  );
  v.notes.replaceChildren(
    ...plan.notes.map((note) => {
      const li = document.createElement('li');
      li.textContent = note;
      return li;
    }),
  );
}

/** The plan for the page's model, machine and context (KV type chosen by the optimizer). */
function updatePlan(planner: Planner): void {
  const v = planView;
  v.target.removeAttribute('aria-invalid');
  v.status.classList.remove('error');
  try {
    const target = v.target.value.trim() === '' ? undefined : v.target.valueAsNumber;
    const plan = planner.plan({
      model: modelFor(inputs.model.value),
      hardware: inputs.hardware.value,
      contextLength: inputs.context.valueAsNumber,
      ...(target === undefined ? {} : { targetTps: target }),
    });
    renderPlan(plan);
    v.status.textContent = '';
    v.body.hidden = false;
  } catch (error) {
    if (error instanceof FitplanError && error.field === 'targetTps') v.target.setAttribute('aria-invalid', 'true');
    v.status.textContent = error instanceof Error ? error.message : String(error);
    v.status.classList.add('error');
    v.body.hidden = true;
  }
}

function update(planner: Planner): void {
  inputs.context.removeAttribute('aria-invalid');
  try {
    const analysis = planner.analyze({
      model: modelFor(inputs.model.value),
      hardware: inputs.hardware.value,
      contextLength: inputs.context.valueAsNumber,
      kvCacheType: inputs.kv.value as (typeof KV_CACHE_TYPES)[number],
    });
    caption.textContent = describeAnalysis(analysis);
    // An imported GGUF: its own row (its exact tensor types and size) above the file types.
    renderRows(analysis.file ? [{ ...analysis.file, fileType: `${analysis.file.fileType} (this file)` }, ...analysis.fileTypes] : analysis.fileTypes);
    result.hidden = false;
    status.textContent = '';
    status.classList.remove('error');
    planView.section.hidden = false;
    updatePlan(planner);
  } catch (error) {
    if (error instanceof FitplanError && error.field === 'contextLength') inputs.context.setAttribute('aria-invalid', 'true');
    showError(error instanceof Error ? error.message : String(error));
    planView.section.hidden = true;
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
  inputs.model.addEventListener('input', () => {
    const importedMax = importedMaxContext(inputs.model.value);
    clampContext(importedMax === undefined ? modelById.get(inputs.model.value) : ({ maxContext: importedMax } as ModelInfo));
  });
  const importPanel = setupImportPanel(inputs.model);
  const form = element<HTMLFormElement>('inputs');
  form.addEventListener('input', () => update(planner));
  form.addEventListener('submit', (event) => event.preventDefault());
  const planForm = element<HTMLFormElement>('plan-inputs');
  planForm.addEventListener('input', () => updatePlan(planner));
  planForm.addEventListener('submit', (event) => event.preventDefault());
  update(planner);
  document.body.dataset.ready = 'true';
  // A shared link (?model=hf:org/name or a URL) imports its model again.
  await importPanel.importFromUrlState();
}

start().catch((error: unknown) => showError(`Could not load the planner: ${error instanceof Error ? error.message : String(error)}`));
