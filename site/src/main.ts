// Fitplan's page: every input change asks the planner worker for a new plan; the plan, then the
// analysis table, the commands and the frontier arrive in that order and are shown as they come.
// The whole state lives in the URL. Nothing leaves the browser (imports of a URL excepted).
import { FILE_TYPE_NAMES, describeRequirements, formatParams, type Commands, type FileTypeName, type FrontierPoint, type KvCacheType, type Plan, type PlanRequest, type PlanResult } from 'fitplan';

import { renderAnalysis } from './analysis-table';
import { Combobox, type ComboItem } from './combobox';
import { renderCommands, setupCommandTabs } from './commands-view';
import { renderCompare } from './compare-view';
import { renderDownload } from './download-view';
import { ContextControl } from './context-control';
import { element, formatTokens, h } from './dom';
import { CUSTOM, HardwarePanel } from './hardware-panel';
import { importedMaxContext, importedResult, linkToken, modelFor, setupImportPanel } from './import-panel';
import { PlannerClient, type WorkerEvent } from './planner-client';
import type { ErrorInfo, ModelEntry } from './protocol';
import { setupPwa } from './pwa';
import { setupShare, writeUrl } from './share';
import { KV_CHOICES, parseState, type PageState } from './state';
import { renderPlanError, renderVerdict, setPending } from './verdict';

type Charts = typeof import('./charts');

const isFileType = (name: string): name is FileTypeName => (FILE_TYPE_NAMES as readonly string[]).includes(name);

// ------------------------------------------------------------------ state
const state: PageState = parseState(window.location.search, isFileType);
let models: ModelEntry[] = [];
let computeId = 0;
/** Plans shown so far (the optimizer's or a frontier point's); the commands on the page are for plan number commandsSeq. */
let planSeq = 0;
let result: PlanResult | undefined;
let current: Plan | undefined;
let points: FrontierPoint[] = [];
let commands: Commands | null = null;
let lastRequest: PlanRequest | undefined;
let charts: Charts | undefined;
let chartsLoading: Promise<Charts> | undefined;
let pendingTimer: ReturnType<typeof setTimeout> | undefined;
let frontierTimer: ReturnType<typeof setTimeout> | undefined;
const timings = { plan: 0, frontier: 0 };

// The worker starts before anything else: the .wasm loads while the page is set up.
const client = new PlannerClient(onWorker);

// ------------------------------------------------------------------ inputs
const status = element<HTMLParagraphElement>('status');
const modelInfo = element<HTMLParagraphElement>('model-info');
const modelCombo = new Combobox(element('model-input'), element('model-list'), (value) => {
  state.model = value;
  fitContextToModel();
  changed();
});
const hardware = new HardwarePanel(() => changed());
const context = new ContextControl(() => changed());
const target = element<HTMLInputElement>('target');
const prompt = element<HTMLInputElement>('prompt');
const kv = element<HTMLSelectElement>('kv');
const minQuant = element<HTMLSelectElement>('min-quant');
const disk = element<HTMLInputElement>('disk');

for (const choice of KV_CHOICES) kv.append(new Option(choice, choice));
kv.title = 'auto: the optimizer picks f16, q8_0 or q4_0';
minQuant.append(new Option('any (Q2_K)', ''));
for (const type of FILE_TYPE_NAMES.slice(0, FILE_TYPE_NAMES.indexOf('IQ1_S') + 1)) minQuant.append(new Option(type, type));
for (const control of [target, prompt, kv, minQuant, disk]) control.addEventListener('input', () => changed());
element<HTMLFormElement>('inputs').addEventListener('submit', (event) => event.preventDefault());

function showState(): void {
  modelCombo.value = state.model;
  hardware.set(state.hardware, state.custom, state.presetRam);
  context.value = state.context;
  target.value = state.target > 0 ? String(state.target) : '';
  prompt.value = String(state.prompt);
  kv.value = state.kv;
  minQuant.value = state.minQuant;
  disk.checked = state.disk;
}

function modelMax(value: string): number | undefined {
  return importedMaxContext(value) ?? models.find((m) => m.id === value)?.maxContext;
}

function fitContextToModel(): void {
  const max = modelMax(state.model);
  if (max !== undefined) context.setMax(max);
  const entry = models.find((m) => m.id === state.model);
  const imported = importedResult(state.model);
  if (entry || imported) modelInfo.classList.remove('error');
  if (entry) {
    const active = entry.moe ? ` (${formatParams(entry.activeParams)} active)` : '';
    modelInfo.replaceChildren(
      `${formatParams(entry.totalParams)} params${active} · up to ${formatTokens(entry.maxContext)} context`,
      ...badges(entry).map((b) => h('span', { class: 'badge' }, b)),
    );
  } else if (imported) {
    const a = imported.model.architecture;
    modelInfo.textContent = `Imported: ${a.ggufArch ?? a.family}, ${a.nLayer} blocks · up to ${formatTokens(a.nCtxTrain)} context`;
  }
}

function badges(m: ModelEntry): string[] {
  return [...(m.moe ? ['MoE'] : []), ...(m.slidingWindow ? ['sliding window'] : []), ...(m.mla ? ['MLA'] : [])];
}

/** Reads the inputs; marks the fields that are wrong. */
function readInputs(): boolean {
  let ok = true;
  const fieldError = (id: string, message: string) => {
    element(`${id}-error`).textContent = message;
    const input = element<HTMLInputElement>(id);
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (message) ok = false;
  };
  state.hardware = hardware.id;
  state.custom = hardware.fields;
  state.presetRam = hardware.presetRam;
  const ctx = context.value;
  fieldError('context', !Number.isInteger(ctx) || ctx < 1 ? 'Context must be a whole number of tokens' : ctx > context.max ? `At most ${context.max} tokens for this model` : '');
  if (Number.isInteger(ctx) && ctx >= 1) state.context = ctx;
  const tps = target.value.trim() === '' ? 0 : target.valueAsNumber;
  fieldError('target', !Number.isFinite(tps) || tps < 0 ? 'Target must be a speed of 0 or more tok/s (empty: none)' : '');
  if (Number.isFinite(tps) && tps >= 0) state.target = tps;
  const p = prompt.valueAsNumber;
  fieldError('prompt', !Number.isInteger(p) || p < 1 ? 'Prompt must be a whole number of tokens' : '');
  if (Number.isInteger(p) && p >= 1) state.prompt = p;
  state.kv = KV_CHOICES.find((k) => k === kv.value) ?? 'auto';
  state.minQuant = isFileType(minQuant.value) ? minQuant.value : '';
  state.disk = disk.checked;
  return ok;
}

function urlState(): PageState {
  return { ...state, model: linkToken(state.model) };
}

// ------------------------------------------------------------------ computing
function changed(): void {
  state.point = null;
  compute();
}

function compute(): void {
  const inputsOk = readInputs();
  writeUrl(urlState());
  const hw = hardware.request();
  if (!inputsOk || hw === undefined) {
    // A plan still on its way is for inputs that are no longer there.
    client.cancel();
    clearTimeout(pendingTimer);
    setPending(false);
    renderPlanError('Fix the field marked in red; the plan follows as soon as it is valid.');
    return;
  }
  const request: PlanRequest = {
    model: modelFor(state.model),
    hardware: hw,
    contextLength: state.context,
    kv: state.kv,
    allowDisk: state.disk,
    promptTokens: state.prompt,
    ...(state.target > 0 ? { targetTps: state.target } : {}),
    ...(state.minQuant ? { minQuant: state.minQuant } : {}),
  };
  lastRequest = request;
  const analysisKv: KvCacheType = state.kv === 'auto' ? 'f16' : state.kv;
  computeId = client.compute(request, analysisKv);
  document.body.dataset.computing = String(computeId);
  clearTimeout(pendingTimer);
  pendingTimer = setTimeout(() => setPending(true), 120);
}

function loadCharts(): Promise<Charts> {
  chartsLoading ??= import('./charts').then((module) => (charts = module));
  return chartsLoading;
}

/** Shows `plan` as the current plan (the optimizer's, or a frontier point's). */
function showPlan(plan: Plan, fromFrontier: boolean): void {
  current = plan;
  planSeq += 1;
  // One uniform reference in every view: the published file (the baseline when none is known).
  const reference = result?.published?.plan ?? result?.baseline ?? null;
  const referenceLabel = result?.published ? `published ${result.published.fileType}` : 'uniform Q4_K_M';
  renderVerdict(plan, state.target, fromFrontier, fromFrontier ? 'A plan you picked on the frontier.' : (result?.objectiveRule ?? ''));
  if (!fromFrontier && result) renderDownload(result);
  renderCompare(plan, reference, referenceLabel);
  scheduleCharts();
  commands = null;
  if (plan.feasible) {
    renderCommands(null);
    client.commands(plan);
  } else {
    renderCommands(null, 'Nothing to run: the model does not fit (see the notes).');
    document.body.dataset.commandsSeq = String(planSeq);
  }
  document.body.dataset.planId = String(computeId);
  document.body.dataset.planSeq = String(planSeq);
}

let chartFrame = 0;
/** The charts follow in the next animation frame: the verdict and figures are on screen first, and
 * of several plans that arrive within one frame only the last is drawn. */
function scheduleCharts(): void {
  if (chartFrame === 0) chartFrame = requestAnimationFrame(() => {
    chartFrame = 0;
    drawPlanCharts();
  });
}

function drawPlanCharts(): void {
  const plan = current;
  if (!plan) return;
  if (!charts) {
    void loadCharts().then(() => drawPlanCharts());
    return;
  }
  const seq = planSeq;
  const t0 = performance.now();
  charts.renderSpeed(element('speed-chart'), plan, result?.published?.plan ?? result?.baseline ?? null, state.target,
    result?.published ? result.published.fileType : 'Q4_K_M');
  charts.renderMemory(element('memory-chart'), element('memory-legend'), element('memory-text'), plan);
  charts.renderBlocks(element('block-strip'), element('block-legend'), plan);
  if (points.length > 0) drawFrontier();
  document.body.dataset.chartsMs = (performance.now() - t0).toFixed(2);
  document.body.dataset.chartsSeq = String(seq);
}

function drawFrontier(): void {
  if (!charts || !current) return;
  if (points.length === 0) {
    // Nothing runs at this context: say why and what would.
    const need = result?.requirements;
    element('frontier-chart').replaceChildren();
    element('frontier-table').replaceChildren();
    element('frontier-legend').textContent =
      `No plan fits in GPU + RAM at ${state.context} tokens on this machine, so there is no frontier.` +
      (need ? ` ${describeRequirements(need, state.context)} A smaller context or another machine may fit.` : '');
    return;
  }
  charts.renderFrontier(element('frontier-chart'), element<HTMLTableElement>('frontier-table'), points, current, pickPoint);
  element('frontier-legend').textContent =
    `${points.length} plans. Dot colour: total memory, ${(Math.min(...points.map((p) => p.totalBytes)) / 2 ** 30).toFixed(1)} GiB (purple) to ` +
    `${(Math.max(...points.map((p) => p.totalBytes)) / 2 ** 30).toFixed(1)} GiB (yellow); the ringed dot is the current plan.`;
}

function pickPoint(index: number): void {
  const point = points[index];
  if (!point) return;
  state.point = index;
  writeUrl(urlState());
  showPlan(point.plan, true);
  document.body.dataset.point = String(index);
}

function placeError(error: ErrorInfo): void {
  const byField: Record<string, string> = { contextLength: 'context', minContextLength: 'context', targetTps: 'target', promptTokens: 'prompt' };
  const id = byField[error.field];
  if (error.field === 'model') {
    modelInfo.textContent = error.message;
    modelInfo.classList.add('error');
  } else if (id) {
    element(`${id}-error`).textContent = error.message;
    element(id).setAttribute('aria-invalid', 'true');
  } else {
    hardware.showApiError(error.field, error.message);
  }
  renderPlanError(error.message);
}

function setStatus(text: string, isError = false): void {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function onWorker(event: WorkerEvent): void {
  switch (event.type) {
    case 'catalog':
      onCatalog(event.models, event.hardware);
      break;
    case 'plan':
      clearTimeout(pendingTimer);
      setPending(false);
      result = event.plan;
      timings.plan = event.ms;
      points = [];
      showPlan(event.plan, false);
      hardware.showAssumptions(event.plan.hardwareAssumptions);
      setStatus(`Plan computed in ${event.ms.toFixed(1)} ms in your browser (WebAssembly).`);
      document.body.dataset.planMs = event.ms.toFixed(2);
      if (document.body.dataset.ready !== 'true') performance.mark('fitplan:first-plan');
      document.body.dataset.ready = 'true';
      element('frontier-status').textContent = '';
      break;
    case 'analysis':
      renderAnalysis(event.analysis);
      break;
    case 'stage':
      if (event.stage === 'frontier') {
        clearTimeout(frontierTimer);
        frontierTimer = setTimeout(() => {
          element('frontier-status').replaceChildren(h('progress', { 'aria-label': 'Computing the frontier' }), ' Computing every plan on the frontier…');
        }, 150);
      }
      break;
    case 'frontier':
      clearTimeout(frontierTimer);
      timings.frontier = event.ms;
      points = event.points;
      element('frontier-status').textContent = '';
      setStatus(`Plan computed in ${timings.plan.toFixed(1)} ms, frontier (${points.length} plans) in ${event.ms.toFixed(0)} ms, in your browser (WebAssembly).`);
      if (state.point !== null && points[state.point]) pickPoint(state.point);
      else if (charts) drawFrontier();
      else void loadCharts().then(() => drawFrontier());
      document.body.dataset.frontier = String(computeId);
      break;
    case 'commands':
      commands = event.commands;
      renderCommands(event.commands, event.error?.message);
      document.body.dataset.commands = String(computeId);
      document.body.dataset.commandsSeq = String(planSeq);
      break;
    case 'error':
      if (event.stage === 'plan') {
        clearTimeout(pendingTimer);
        setPending(false);
        placeError(event.error);
        document.body.dataset.ready = 'true';
        document.body.dataset.planId = String(computeId);
      } else if (event.stage === 'frontier') {
        clearTimeout(frontierTimer);
        element('frontier-status').textContent = `The frontier could not be computed: ${event.error.message}`;
      } else if (event.stage === 'load') {
        setStatus(`Could not load the planner: ${event.error.message}`, true);
      }
      break;
    case 'timeout':
      setPending(false);
      if (event.stage === 'frontier') element('frontier-status').textContent = 'The frontier took too long and was stopped; the plan above stands.';
      else setStatus('The planner took too long and was restarted; change an input to try again.', true);
      break;
    case 'done':
      break;
  }
}

function onCatalog(catalog: ModelEntry[], machines: Parameters<HardwarePanel['setCatalog']>[0]): void {
  models = catalog;
  const items: ComboItem[] = catalog.map((m) => ({
    value: m.id,
    label: m.name,
    group: m.family,
    detail: `${formatParams(m.totalParams)}${m.moe ? ` (${formatParams(m.activeParams)} active)` : ''} · ${formatTokens(m.maxContext)}`,
    badges: badges(m),
  }));
  modelCombo.setItems(items);
  hardware.setCatalog(machines);
  fitContextToModel();
  if (context.value !== state.context) changed();
}

// ------------------------------------------------------------------ start
const importPanel = setupImportPanel((value, label, imported) => {
  modelCombo.addItem({ value, label, group: 'Imported', detail: imported.model.file ? imported.model.file.fileType : imported.source.kind });
  modelCombo.value = value;
  state.model = value;
  fitContextToModel();
  changed();
});
setupCommandTabs();
setupShare(() => ({ state: urlState(), request: lastRequest, plan: current, baseline: result?.baseline ?? null, commands }));
setupPwa();
showState();

// A link that names an import (hf:org/name, a URL) imports it again; anything else is a catalog id.
if (/^(hf:|https?:\/\/)/i.test(state.model)) {
  renderPlanError('Importing the model this link names…');
  void importPanel.importToken(state.model);
} else {
  compute();
}
client.catalog();
window.addEventListener('resize', () => {
  if (charts) scheduleCharts();
});
