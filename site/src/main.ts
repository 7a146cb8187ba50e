// Fitplan's page: every input change asks the planner worker for a new plan; the plan, then the
// analysis table, the commands and the frontier arrive in that order and are shown as they come.
// The other views (what can I run, what should I buy, compare machines) are computed by a second
// worker (rank-client.ts) when shown. The whole state lives in the URL. Nothing leaves the browser
// (imports of a URL excepted).
import {
  FILE_TYPE_NAMES,
  PLAN_LADDER,
  PLAN_OBJECTIVES,
  defaultOf,
  type Analysis,
  describeRequirements,
  formatParams,
  type Commands,
  type FileTypeName,
  type LeanFrontierPoint,
  type KvCacheType,
  type Plan,
  type PlanObjective,
  type PlanRequest,
  type PlanResult,
} from 'fitplan';

import { renderAnalysis } from './analysis-table';
import { Combobox, type ComboItem } from './combobox';
import { renderCommands, setupCommandTabs } from './commands-view';
import { renderCompare } from './compare-view';
import { renderDownload } from './download-view';
import { ContextControl } from './context-control';
import { commitOnPause, element, formatTokens, h } from './dom';
import { CUSTOM, HardwarePanel } from './hardware-panel';
import { BuyView } from './buy-view';
import { DetectPanel } from './detect-panel';
import { importedMaxContext, importedModels, importedResult, linkToken, modelFor, setupImportPanel } from './import-panel';
import { MachinesView } from './machines-view';
import { PlannerClient, type WorkerEvent } from './planner-client';
import type { ErrorInfo, ModelEntry, RankJob } from './protocol';
import { setupPwa } from './pwa';
import { RankClient, type RankEvent } from './rank-client';
import { RankView } from './rank-view';
import { linkOf, setupShare, toast, writeUrl } from './share';
import { KV_CHOICES, parseState, type PageState, type View } from './state';
import { renderPlanError, renderVerdict, setPending } from './verdict';
import { setupViewTabs, showView } from './views';
import { dotOfPlan, dotOfPoint } from './frontier-dots';
import { enhanceTerms, showGlossary } from './terms';

type Charts = typeof import('./charts');

const isFileType = (name: string): name is FileTypeName => (FILE_TYPE_NAMES as readonly string[]).includes(name);

// ------------------------------------------------------------------ state
/** What the link asked that the page could not do (a value it ignored, a context it clamped): said, never silent. */
const urlNotes: string[] = [];
const state: PageState = parseState(window.location.search, isFileType, urlNotes);
function addLinkNote(note: string): void {
  urlNotes.push(note);
  element('link-notes').textContent = `This link: ${urlNotes.join(' ')}`;
}
let models: ModelEntry[] = [];
let computeId = 0;
/** Plans shown so far (the optimizer's or a frontier point's); the commands on the page are for plan number commandsSeq. */
let planSeq = 0;
let result: PlanResult | undefined;
let current: Plan | undefined;
/** The lean frontier of the plan on the page; a picked point's plan comes from the worker (pointPlan). */
let points: LeanFrontierPoint[] = [];
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
const objective = element<HTMLSelectElement>('objective');

const OBJECTIVES: Record<PlanObjective, [label: string, info: string]> = {
  balanced: ['balanced', 'The most accurate plan at least as fast as the standard Q4_K_M file (or the usable speed).'],
  quality: ['quality', 'The most accurate plan that fits.'],
  speed: ['speed', 'The fastest plan.'],
  workload: ['workload', 'The shortest time for the prompt in and the output out.'],
};
for (const o of PLAN_OBJECTIVES) objective.append(new Option(OBJECTIVES[o][0], o));
const showObjectiveInfo = () => (element('objective-info').textContent = OBJECTIVES[state.objective][1]);

for (const choice of KV_CHOICES) kv.append(new Option(choice, choice));
kv.title = 'auto: the optimizer picks f16, q8_0 or q4_0';
// The lowest precision: the optimizer's own ladder, most precise first, each labelled by its bits
// per weight for the model (from the file table) and its measured quality loss.
const DEFAULT_FLOOR = defaultOf<string>('plan', 'minQuant');
const LADDER = [...PLAN_LADDER].reverse();
function labelPrecisions(analysis?: Analysis): void {
  const bits = new Map(analysis?.fileTypes.map((row) => [row.fileType, row.bitsPerWeight]) ?? []);
  const label = (name: string, relPpl?: number) => {
    const bpw = bits.get(name);
    const size = bpw === undefined ? '' : ` · ${bpw.toFixed(2)} bits/weight`;
    return `${name}${size}${relPpl === undefined ? '' : ` · +${relPpl < 1 ? relPpl.toFixed(2) : relPpl.toFixed(1)} % PPL`}`;
  };
  const floor = LADDER.find((t) => t.name === DEFAULT_FLOOR);
  const options: HTMLOptionElement[] = [new Option(`${label(DEFAULT_FLOOR, floor?.relPplPercent)} (default)`, '')];
  for (const type of LADDER) if (type.name !== DEFAULT_FLOOR) options.push(new Option(label(type.name, type.relPplPercent), type.name));
  // A link's floor that is not on the ladder still shows (it cuts the ladder by quality like any other).
  if (state.minQuant && !LADDER.some((t) => t.name === state.minQuant)) options.push(new Option(`${state.minQuant} (not on the optimizer’s ladder)`, state.minQuant));
  const chosen = minQuant.value;
  minQuant.replaceChildren(...options);
  minQuant.value = chosen;
}
labelPrecisions();
minQuant.value = state.minQuant;
for (const control of [kv, minQuant, disk, objective]) control.addEventListener('input', () => changed());
// Numbers count once the typing pauses, on Enter or on blur (commitOnPause).
const typedTarget = commitOnPause(target, () => changed());
const typedPrompt = commitOnPause(prompt, () => changed());
element<HTMLFormElement>('inputs').addEventListener('submit', (event) => event.preventDefault());

function showState(): void {
  modelCombo.value = state.model;
  hardware.set(state.hardware, state.custom, state.presetRam);
  context.value = state.context;
  target.value = state.target > 0 ? String(state.target) : '';
  prompt.value = String(state.prompt);
  typedTarget.sync();
  typedPrompt.sync();
  kv.value = state.kv;
  minQuant.value = state.minQuant;
  disk.checked = state.disk;
  objective.value = state.objective;
  showObjectiveInfo();
}

function modelMax(value: string): number | undefined {
  return importedMaxContext(value) ?? models.find((m) => m.id === value)?.maxContext;
}

/** The largest context of any model the rankings plan (what can I run asks it of every model). */
function rankMax(): number {
  return Math.max(131072, ...models.map((m) => m.maxContext), ...importedModels().map((m) => m.architecture.nCtxTrain));
}

function fitContextToModel(): void {
  const max = state.view === 'rank' ? rankMax() : modelMax(state.model);
  if (max !== undefined) {
    const asked = context.setMax(max);
    if (asked !== undefined) {
      const whose = state.view === 'rank' ? 'any model here' : 'this model';
      const note = `${asked} tokens of context is more than ${whose} takes; the context is ${context.max} tokens, its maximum.`;
      if (!linkSettled) addLinkNote(note);
      else toast(note);
    }
  }
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
  const most = state.view === 'rank' ? `At most ${context.max} tokens` : `At most ${context.max} tokens for this model`;
  fieldError('context', !Number.isInteger(ctx) || ctx < 1 ? 'Context must be a whole number of tokens' : ctx > context.max ? most : '');
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
  state.objective = PLAN_OBJECTIVES.find((o) => o === objective.value) ?? 'balanced';
  showObjectiveInfo();
  return ok;
}

function urlState(): PageState {
  return { ...state, model: linkToken(state.model) };
}

// ------------------------------------------------------------------ computing
function changed(): void {
  state.point = null;
  refresh();
}

/** Computes what the shown view needs for the inputs (the plan view at once; the others after a pause in typing unless `immediate`). */
function refresh(immediate = false): void {
  if (state.view === 'plan') return compute();
  planStale = true;
  const inputsOk = readInputs();
  writeUrl(urlState());
  scheduleJob(inputsOk, immediate);
}

/** The plan on the page is not for the inputs any more (they changed while another view was shown). */
let planStale = false;
/** The link's own values are applied (the first frontier has arrived): later clamps are the visitor's doing, not the link's. */
let linkSettled = false;

/** The options every request of the page shares. */
function options(): Omit<PlanRequest, 'model' | 'hardware' | 'contextLength'> {
  return {
    kv: state.kv,
    allowDisk: state.disk,
    promptTokens: state.prompt,
    objective: state.objective,
    ...(state.target > 0 ? { targetTps: state.target } : {}),
    ...(state.minQuant ? { minQuant: state.minQuant } : {}),
  };
}

function compute(): void {
  planStale = false;
  const inputsOk = readInputs();
  writeUrl(urlState());
  const hw = hardware.request();
  if (!inputsOk || hw === undefined) {
    // A plan still on its way is for inputs that are no longer there.
    client.cancel();
    clearTimeout(pendingTimer);
    setPending(false);
    renderPlanError('Fix the field marked in red; the plan follows as soon as it is valid.');
    document.body.dataset.ready = 'true';
    return;
  }
  const request: PlanRequest = { model: modelFor(state.model), hardware: hw, contextLength: state.context, ...options() };
  lastRequest = request;
  const analysisKv: KvCacheType = state.kv === 'auto' ? 'f16' : state.kv;
  computeId = client.compute(request, analysisKv);
  document.body.dataset.computing = String(computeId);
  // The frontier and the file table follow the plan: until they arrive, the old ones stay, marked.
  markStale('frontier', true);
  markStale('analysis', true);
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
    // The commands of the previous plan stay, marked, until this plan's arrive (no collapse, no shift).
    markStale('commands', true);
    client.commands(plan);
  } else {
    renderCommands(null, 'Nothing to run: the model does not fit (see the notes).');
    markStale('commands', false);
    document.body.dataset.commandsSeq = String(planSeq);
  }
  announce(plan.feasible ? plan.headline : `${plan.usability.message}`);
  document.body.dataset.planId = String(computeId);
  document.body.dataset.planSeq = String(planSeq);
}

/** A part of the page (the frontier, the file table, the commands) is still the previous plan's: marked "updating…". */
function markStale(part: 'frontier' | 'analysis' | 'commands', stale: boolean): void {
  element(`${part}-stale`).hidden = !stale;
  const card = element(`${part}-stale`).closest<HTMLElement>('.card');
  if (card) {
    card.classList.toggle('stale-part', stale);
    card.setAttribute('aria-busy', String(stale));
  }
}

let announceTimer: ReturnType<typeof setTimeout> | undefined;
/** Tells screen readers the plan once the inputs settle (one announcement per drag, not one per step). */
function announce(text: string): void {
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => (element('announce').textContent = text), 1000);
}

// The glossary is written when its section opens (or a link names one of its entries).
const glossaryFold = element<HTMLDetailsElement>('glossary-fold');
const showGlossaryOnce = () => {
  if (glossaryFold.dataset.shown !== 'true') {
    glossaryFold.dataset.shown = 'true';
    void showGlossary(element('glossary')).then(() => {
      const id = window.location.hash.slice(1);
      if (id.startsWith('glossary-')) document.getElementById(id)?.scrollIntoView();
    });
  }
};
glossaryFold.addEventListener('toggle', () => {
  if (glossaryFold.open) showGlossaryOnce();
});
if (window.location.hash.startsWith('#glossary')) {
  glossaryFold.open = true;
  showGlossaryOnce();
}
document.addEventListener('click', (event) => {
  // A "?" explanation's link to the full glossary: write it first, then the browser follows the link.
  if ((event.target as Element | null)?.closest?.('a.gloss-link')) {
    glossaryFold.open = true;
    showGlossaryOnce();
  }
}, true);

/** The folded sections: their charts are drawn when they are open (and when they open). */
const isOpen = (id: string) => element<HTMLDetailsElement>(id).open;
for (const fold of document.querySelectorAll<HTMLDetailsElement>('details.fold')) {
  fold.addEventListener('toggle', () => {
    if (!fold.open) return;
    scheduleCharts();
    void enhanceTerms(fold);
  });
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
  if (isOpen('why-fold')) {
    charts.renderSpeed(element('speed-chart'), plan, result?.published?.plan ?? result?.baseline ?? null, state.target,
      result?.published ? result.published.fileType : 'Q4_K_M');
  }
  if (isOpen('memory-fold')) charts.renderMemory(element('memory-chart'), element('memory-legend'), element('memory-text'), plan);
  if (isOpen('blocks-fold')) charts.renderBlocks(element('block-strip'), element('block-legend'), plan);
  if (points.length > 0) drawFrontier();
  document.body.dataset.chartsMs = (performance.now() - t0).toFixed(2);
  document.body.dataset.chartsSeq = String(seq);
}

function drawFrontier(): void {
  if (!charts || !current) return;
  if (points.length === 0) {
    // Nothing runs at this context: say why and what would.
    const need = result?.requirements;
    charts.clearChart(element('frontier-chart'));
    element('frontier-table').replaceChildren();
    element('frontier-legend').textContent =
      `No plan fits in GPU + RAM at ${state.context} tokens on this machine, so there is no frontier.` +
      (need ? ` ${describeRequirements(need, state.context)} A smaller context or another machine may fit.` : '');
    document.body.dataset.frontierDrawn = String(computeId);
    return;
  }
  const dots = points.map(dotOfPoint);
  const shown = dotOfPlan(current);
  const currentIndex = state.point !== null && points[state.point] ? state.point : charts.frontierIndexOf(dots, shown);
  charts.renderFrontier(element('frontier-chart'), element<HTMLTableElement>('frontier-table'), dots, currentIndex, currentIndex === null && current.feasible ? shown : null, pickPoint);
  element('frontier-legend').textContent = charts.describeFrontier(dots);
  document.body.dataset.frontierDrawn = String(computeId);
}

/** Makes frontier point `index` the plan on the page: its whole plan is computed by the worker. */
function pickPoint(index: number): void {
  const point = points[index];
  if (!point || !lastRequest) return;
  state.point = index;
  writeUrl(urlState());
  pickedPoint = index;
  // The page's plan is about to change: what waits for "the plan's commands" waits for the new plan's.
  planSeq += 1;
  document.body.dataset.planSeq = String(planSeq);
  markStale('commands', true);
  client.pointPlan(lastRequest, point);
}

/** The frontier point whose plan was asked for last. */
let pickedPoint = -1;

function showPointPlan(plan: Plan | null, message?: string): void {
  if (!plan) {
    markStale('commands', false);
    toast(`That frontier plan could not be rebuilt: ${message ?? 'unknown error'}`);
    return;
  }
  showPlan(plan, true);
  document.body.dataset.point = String(pickedPoint);
}

/** The core's messages name the CLI's listing commands; on the page, the lists are the pickers. */
function forThePage(message: string): string {
  return message
    .replace(/\(list them all with 'fitplan models'\)/g, '(the Model list shows them all)')
    .replace(/\(list them all with 'fitplan hardware', or use 'custom'\)/g, '(the Hardware list shows them all, and “Custom machine…” takes your own figures)')
    .replace(/\('fitplan hardware'\)/g, '(in the Hardware list)');
}

function placeError(raw: ErrorInfo): void {
  const error = { ...raw, message: forThePage(raw.message) };
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

/** The line above the views: loading, a link's notes, errors (with an action such as "Try again"). */
function setStatus(text: string, isError = false, action?: { label: string; run: () => void }): void {
  status.textContent = text;
  status.classList.toggle('error', isError);
  const button = element<HTMLButtonElement>('status-action');
  button.hidden = action === undefined;
  button.textContent = action?.label ?? '';
  button.onclick = action ? () => action.run() : null;
}

/** How long the plan and the frontier took, for the curious: in the footer, not above the answer. */
function showTiming(frontierPoints?: number): void {
  if (status.textContent === 'Loading the planner…') setStatus('');
  element('timing').textContent =
    `Plan computed in ${timings.plan.toFixed(1)} ms` +
    (frontierPoints === undefined ? '' : `, frontier (${frontierPoints} plans) in ${timings.frontier.toFixed(0)} ms`) +
    ', in your browser (WebAssembly).';
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
      showTiming();
      document.body.dataset.planMs = event.ms.toFixed(2);
      if (document.body.dataset.ready !== 'true') performance.mark('fitplan:first-plan');
      document.body.dataset.ready = 'true';
      element('frontier-status').textContent = '';
      break;
    case 'analysis':
      renderAnalysis(event.analysis);
      labelPrecisions(event.analysis);
      markStale('analysis', false);
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
      document.body.dataset.frontierMs = event.ms.toFixed(2);
      points = event.points;
      element('frontier-status').textContent = '';
      markStale('frontier', false);
      showTiming(points.length);
      if (state.point !== null && !points[state.point]) {
        addLinkNote(`point=${state.point} is not a plan of this frontier (it has ${points.length} plans); the optimizer’s plan is shown.`);
        state.point = null;
        writeUrl(urlState());
      }
      linkSettled = true;
      if (state.point !== null && points[state.point]) pickPoint(state.point);
      else if (charts) drawFrontier();
      else void loadCharts().then(() => drawFrontier());
      document.body.dataset.frontier = String(computeId);
      break;
    case 'point-plan':
      showPointPlan(event.plan, event.error?.message);
      break;
    case 'commands':
      commands = event.commands;
      renderCommands(event.commands, event.error?.message);
      markStale('commands', false);
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
        markStale('frontier', false);
        element('frontier-status').textContent = `The frontier could not be computed: ${event.error.message}`;
        document.body.dataset.frontierDrawn = String(computeId);
      } else if (event.stage === 'load') {
        setStatus(`Could not load the planner: ${event.error.message}`, true);
      }
      break;
    case 'timeout':
      setPending(false);
      if (event.stage === 'frontier') {
        element('frontier-status').textContent = 'The frontier took too long and was stopped; the plan above stands.';
        markStale('frontier', false);
        document.body.dataset.frontierDrawn = String(computeId);
      } else setStatus('The planner took too long and was restarted; change an input to try again.', true);
      break;
    case 'done':
      break;
    case 'rank-started':
    case 'ranked-models':
    case 'ranked-machines':
    case 'compared':
    case 'rank-error':
      // Rankings answers: the RankClient's own worker reports them to onRank, never this client.
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
  machinesView.setCatalog(machines);
  detectPanel.setCatalog(machines);
  fitContextToModel();
  if (context.value !== state.context) changed();
}

// ------------------------------------------------------------------ the other views
const ranker = new RankClient(onRank);
/** Per view, the inputs its result on the page was computed for; the latest job and its inputs. */
const shownKey: Partial<Record<View, string>> = {};
let job: { id: number; view: View; key: string; model: string; ids: string[] } | undefined;
let jobTimer: ReturnType<typeof setTimeout> | undefined;

const rankCallbacks = {
  onChange: () => {
    panelToState();
    writeUrl(urlState());
  },
};

/** The order and filters of the shown ranking into the state (each ranking keeps its own). */
function panelToState(): void {
  if (state.view === 'rank') {
    const { order, filter } = rankView.panel;
    Object.assign(state, { order, family: filter.family, maxParams: filter.maxParamsB, usableOnly: filter.usableOnly });
  } else if (state.view === 'buy') {
    const { order, filter } = buyView.panel;
    Object.assign(state, { order, machineFamily: filter.family, usableOnly: filter.usableOnly });
  }
}
const rankView = new RankView({
  ...rankCallbacks,
  onOpen: (row) => openModel(row.model.id),
  href: (row) => linkOf({ ...urlState(), view: 'plan', model: linkToken(row.model.id), point: null }),
});
const buyView = new BuyView({
  ...rankCallbacks,
  onOpen: (row) => openMachine(row.hardware.id),
  href: (row) => linkOf({ ...urlState(), view: 'plan', hardware: row.hardware.id, presetRam: '', point: null }),
});
const machinesView = new MachinesView({
  onChange: (machines) => {
    state.machines = machines;
    refresh(true);
  },
  onOpen: (id) => openMachine(id),
});
const detectPanel = new DetectPanel((choice, name) => {
  hardware.set(choice.hardware, choice.custom ?? state.custom, choice.presetRam);
  toast(`Using ${name}${choice.dropped.length > 0 ? ` (not kept: ${choice.dropped.join(', ')})` : ''}.`);
  changed();
});

/** The plan of a ranking's model on the machine of the inputs. */
function openModel(value: string): void {
  state.model = value;
  modelCombo.value = value;
  planStale = true;
  setView('plan');
  window.scrollTo({ top: 0 });
}

/** The plan of the model of the inputs on machine `id` (the inputs' own machine keeps its RAM / custom figures). */
function openMachine(id: string): void {
  if (id !== state.hardware) hardware.set(id, state.custom, '');
  planStale = true;
  setView('plan');
  window.scrollTo({ top: 0 });
}

function setView(view: View): void {
  state.view = view;
  showView(view);
  panelToState();
  if (view === 'compare') machinesView.set(state.machines, state.hardware);
  fitContextToModel();
  if (view === 'plan') {
    if (planStale || result === undefined) changed();
    else writeUrl(urlState());
    return;
  }
  refresh(true);
}

/** The job of the shown view for the inputs, and the inputs it depends on; undefined when a field is wrong. */
function jobOf(view: View): { job: RankJob; key: string; ids: string[] } | undefined {
  const hw = hardware.request();
  const base = { contextLength: state.context, ...options() };
  const common = JSON.stringify({ ...base, model: state.model, imports: importedModels().map((m) => m.id) });
  if (view === 'rank') {
    if (hw === undefined) return undefined;
    return { job: { kind: 'models', request: { hardware: hw, ...base, models: importedModels() } }, key: `rank ${JSON.stringify(hw)} ${common}`, ids: [] };
  }
  if (view === 'buy') return { job: { kind: 'machines', request: { model: modelFor(state.model), ...base } }, key: `buy ${common}`, ids: [] };
  // Compare: the inputs' machine as it is set (its RAM, a custom machine), the others as presets.
  const ids = machinesView.machines.filter((id) => id !== 'custom' || state.hardware === 'custom');
  if (ids.includes(state.hardware) && hw === undefined) return undefined;
  const requests = ids.map((id) => ({ model: modelFor(state.model), hardware: id === state.hardware ? hw! : id, ...base }));
  return { job: { kind: 'compare', requests }, key: `compare ${JSON.stringify(requests.map((r) => r.hardware))} ${common}`, ids };
}

function modelName(): string {
  return models.find((m) => m.id === state.model)?.name ?? importedResult(state.model)?.model.name ?? state.model;
}

function machineName(): string {
  const preset = hardware.combo.value;
  return preset === CUSTOM ? 'your custom machine' : (hardware.catalogName(preset) ?? preset);
}

function viewError(view: View, raw: string): void {
  const message = forThePage(raw);
  if (view === 'rank') rankView.error(message);
  else if (view === 'buy') buyView.error(message);
  else if (view === 'compare') machinesView.error(message);
}

/** Starts the shown view's job (after a pause in typing unless `immediate`), unless its result is for these inputs already. */
function scheduleJob(inputsOk: boolean, immediate: boolean): void {
  clearTimeout(jobTimer);
  const view = state.view;
  if (view === 'plan') return;
  const next = inputsOk ? jobOf(view) : undefined;
  if (!next) {
    ranker.cancel();
    job = undefined;
    viewError(view, 'Fix the field marked in red; the answer follows as soon as it is valid.');
    return;
  }
  if (shownKey[view] === next.key || (job?.view === view && job.key === next.key)) return;
  if (view === 'rank') rankView.pending(machineName());
  else if (view === 'buy') buyView.pending(modelName());
  else machinesView.pending(modelName());
  const start = () => {
    const id = ranker.run(next.job);
    job = { id, view, key: next.key, model: modelName(), ids: next.ids };
    document.body.dataset.rankAsked = String(id);
  };
  if (immediate) start();
  else jobTimer = setTimeout(start, 200);
}

function onRank(event: RankEvent): void {
  const current = job;
  if (!current || event.id !== current.id) return;
  const shown = () => {
    shownKey[current.view] = current.key;
    document.body.dataset.rankShown = String(current.id);
    document.body.dataset.ready = 'true';
  };
  switch (event.type) {
    case 'rank-started':
      break;
    case 'ranked-models':
      rankView.show(event.ranking, event.ms);
      shown();
      break;
    case 'ranked-machines':
      buyView.show(event.ranking, event.ms, event.ranking.rows[0]?.model.name ?? modelName());
      shown();
      break;
    case 'compared':
      // The worker names the model: the page's catalog may not have arrived yet (cold load).
      machinesView.show(event.modelName || modelName(), current.ids, event.plans, event.ms);
      shown();
      break;
    case 'rank-error':
      viewError(current.view, event.error.message);
      document.body.dataset.rankShown = String(current.id);
      document.body.dataset.ready = 'true';
      job = undefined;
      break;
    case 'rank-timeout':
      viewError(current.view, 'This took too long and was stopped; change an input to try again.');
      job = undefined;
      break;
  }
}

setupViewTabs((view) => setView(view));
element('rank-go').addEventListener('click', () => {
  setView('rank');
  if (window.matchMedia('(max-width: 860px)').matches) element('rank-view').scrollIntoView({ block: 'start' });
});
element('buy-go').addEventListener('click', () => {
  setView('buy');
  if (window.matchMedia('(max-width: 860px)').matches) element('buy-view').scrollIntoView({ block: 'start' });
});

// ------------------------------------------------------------------ links
/** What importing `token` requests, in words, before anything is requested. */
function describeImportRequests(token: string): string {
  const hf = /^hf:([^/\s]+\/[^/\s:]+)/i.exec(token);
  if (hf) {
    return `Importing it asks huggingface.co for the repository ${hf[1]}: its file list, its config.json and, for a GGUF file, the first few MiB of the file (its header, not the weights).`;
  }
  let host = token;
  try {
    host = new URL(token).host;
  } catch {
    // shown as it is
  }
  return `Importing it reads the first few MiB of ${token} (the GGUF header, not the weights) from ${host}.`;
}

/** A shared link names a model to import: say what that requests, and import it on a click (a retry on failure). */
function askToImport(token: string): void {
  renderPlanError(`This link names a model to import: ${token}. Import it to see its plan, or pick a model from the list.`, 'Waiting for you');
  document.body.dataset.ready = 'true';
  const start = () => {
    setStatus(`Importing ${token}…`);
    renderPlanError(`Importing the model this link names (${token})…`, 'Importing');
    void importPanel.importToken(token).then((error) => {
      if (error === undefined) {
        if (status.textContent?.startsWith('Importing')) setStatus('');
        return;
      }
      setStatus(`The link’s model could not be imported: ${error}`, true, { label: 'Try again', run: start });
      renderPlanError(`The model this link names could not be imported (${token}). Try again, or pick a model from the list.`, 'Import failed');
      document.body.dataset.importFailed = 'true';
    });
  };
  setStatus(`This link names a model to import. ${describeImportRequests(token)}`, false, { label: 'Import it', run: start });
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
showView(state.view);
rankView.panel.set(state.order, { family: state.family, maxParamsB: state.maxParams, usableOnly: state.usableOnly });
buyView.panel.set(state.order, { family: state.machineFamily, maxParamsB: 0, usableOnly: state.usableOnly });
if (state.view === 'compare') machinesView.set(state.machines, state.hardware);

// A link that names an import (hf:org/name, a URL) imports it again once the visitor agrees (it
// requests another site); anything else is a catalog id.
if (/^(hf:|https?:\/\/)/i.test(state.model)) {
  askToImport(state.model);
} else {
  refresh(true);
}
if (urlNotes.length > 0) element('link-notes').textContent = `This link: ${urlNotes.join(' ')}`;
client.catalog();
window.addEventListener('resize', () => {
  if (charts) scheduleCharts();
});
