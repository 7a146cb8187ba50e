// The page's whole state and its URL form (the query string): a shared link reproduces the plan.
// Parsing never trusts the URL: unknown keys are ignored, malformed values fall back to defaults,
// and nothing here is ever inserted into the page as HTML.
import {
  KV_POLICIES,
  PLAN_OBJECTIVES,
  RANK_ORDERS,
  defaultAnalyzeOptions,
  defaultOf,
  defaultPlanOptions,
  type FileTypeName,
  type KvPolicy,
  type PlanObjective,
  type RankOrder,
} from 'fitplan';

export const KV_CHOICES: readonly KvPolicy[] = KV_POLICIES;

/** The page's views: one plan; what can I run (every model on the machine); what should I buy (the model on every machine); one model on 2-4 machines. */
export type View = 'plan' | 'rank' | 'buy' | 'compare';
export const VIEWS: readonly View[] = ['plan', 'rank', 'buy', 'compare'];
/** Machines of the compare view, at most. */
export const MAX_COMPARED = 4;

/** The custom machine's fields as typed (strings: validation reports what is wrong with each). */
export interface CustomFields {
  vram: string;
  ram: string;
  gpuBw: string;
  ramBw: string;
  diskBw: string;
  tflops: string;
  gpus: string;
  cores: string;
  unified: boolean;
}

export interface PageState {
  /** Catalog model id, or an import token (hf:org/name, a GGUF URL); "" until chosen. */
  model: string;
  /** Catalog hardware id, or "custom". */
  hardware: string;
  /** A preset's RAM in GiB as typed when it is not the preset's own ("" = the preset's); URL key `ram`. */
  presetRam: string;
  custom: CustomFields;
  /** Context wanted, tokens. */
  context: number;
  /** Decode target, tok/s; 0 = none. */
  target: number;
  /** Prompt length for the time to first token, tokens. */
  prompt: number;
  kv: KvPolicy;
  /** Lowest precision allowed; "" = the core's floor. */
  minQuant: FileTypeName | '';
  /** Blocks may be streamed from disk. */
  disk: boolean;
  /** Index of the chosen frontier point; null = the optimizer's plan. */
  point: number | null;
  /** The view shown; URL key `view` (left out for the plan). */
  view: View;
  /** What the plan optimises; URL key `obj` (left out for balanced). */
  objective: PlanObjective;
  /** Row order of the rankings (rank and buy views); URL key `order`. */
  order: RankOrder;
  /** What can I run: only this model family ("" = all); URL key `fam`. */
  family: string;
  /** What should I buy: only this machine family ("" = all); URL key `hfam`. */
  machineFamily: string;
  /** What can I run: only models of at most this many billion parameters (0 = no limit); URL key `maxp`. */
  maxParams: number;
  /** Rankings: only the rows that run at a usable speed; URL key `usable=1`. */
  usableOnly: boolean;
  /** Compare view: catalog hardware ids (or "custom", the machine of the inputs), at most MAX_COMPARED; URL key `cmp`. */
  machines: string[];
}

export const DEFAULT_CUSTOM: CustomFields = {
  vram: '24',
  ram: '64',
  gpuBw: '1008',
  ramBw: '80',
  diskBw: '3.5',
  tflops: '',
  gpus: '1',
  cores: '8',
  unified: false,
};

export const DEFAULT_STATE: PageState = {
  model: 'llama3-8b',
  hardware: 'rtx4090',
  presetRam: '',
  custom: DEFAULT_CUSTOM,
  // The API's own defaults (the core's request-field table): analyze()'s context, plan()'s prompt, KV policy and disk.
  context: defaultAnalyzeOptions.contextLength,
  target: defaultOf<number>('plan', 'targetTps'),
  prompt: defaultPlanOptions.promptTokens,
  kv: defaultPlanOptions.kv,
  minQuant: '',
  disk: defaultPlanOptions.allowDisk,
  point: null,
  view: 'plan',
  objective: defaultOf<PlanObjective>('plan', 'objective'),
  order: defaultOf<RankOrder>('rank', 'order'),
  family: '',
  machineFamily: '',
  maxParams: 0,
  usableOnly: false,
  machines: [],
};

/** URL keys of the custom machine's fields. */
const CUSTOM_KEYS: Record<Exclude<keyof CustomFields, 'unified'>, string> = {
  vram: 'vram',
  ram: 'ram',
  gpuBw: 'gpubw',
  ramBw: 'rambw',
  diskBw: 'diskbw',
  tflops: 'tflops',
  gpus: 'gpus',
  cores: 'cores',
};

const MAX_TOKEN_LENGTH = 2048;

/** A whole number from 1 to `max`; undefined when `text` is not one. */
function positiveInteger(text: string | null, max = 1e9): number | undefined {
  if (text === null || !/^\d{1,10}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 && value <= max ? value : undefined;
}

/** A finite number of 0 or more; undefined when `text` is not one (or is empty). */
function nonNegative(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * Reads the state from a query string; `isFileType` tells which minQuant spellings exist. Each
 * value the link gives that cannot be used is left out (the default applies) and said in `notes`
 * ("ctx=abc is not a number of tokens; the default 4096 is used.").
 */
export function parseState(search: string, isFileType: (name: string) => name is FileTypeName, notes: string[] = []): PageState {
  const params = new URLSearchParams(search);
  const ignored = (key: string, what: string, fallback: string) => {
    const raw = params.get(key);
    if (raw !== null) notes.push(`${key}=${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw} is not ${what}; ${fallback}.`);
  };
  const text = (key: string) => {
    const value = params.get(key);
    return value === null || value.length > MAX_TOKEN_LENGTH ? null : value;
  };
  const hardware = text('hw')?.trim() || DEFAULT_STATE.hardware;
  const custom = { ...DEFAULT_CUSTOM };
  // The custom machine's keys count only with hw=custom (`ram` is a preset's RAM otherwise).
  for (const [field, key] of Object.entries(CUSTOM_KEYS) as [keyof typeof CUSTOM_KEYS, string][]) {
    const value = hardware === 'custom' ? text(key) : null;
    if (value !== null) custom[field] = value.slice(0, 32);
  }
  custom.unified = hardware === 'custom' && params.get('unified') === '1';
  const kv = text('kv');
  const minQuant = (text('minq') ?? '').toUpperCase();
  const point = text('point');
  const view = text('view');
  const objective = text('obj');
  const order = text('order');
  const family = (key: string) => (text(key) ?? '').trim().slice(0, 64);
  const context = positiveInteger(text('ctx'));
  if (context === undefined) ignored('ctx', 'a whole number of tokens from 1 to 10⁹', `the default ${DEFAULT_STATE.context} is used`);
  const target = nonNegative(text('target'));
  if (target === undefined) ignored('target', 'a speed of 0 or more tok/s', 'no target is used');
  const prompt = positiveInteger(text('prompt'));
  if (prompt === undefined) ignored('prompt', 'a whole number of tokens', `the default ${DEFAULT_STATE.prompt} is used`);
  if (kv !== null && !KV_CHOICES.some((k) => k === kv)) ignored('kv', `one of ${KV_CHOICES.join(', ')}`, `${DEFAULT_STATE.kv} is used`);
  if (minQuant !== '' && !isFileType(minQuant)) ignored('minq', 'a llama.cpp file type', 'the default floor is used');
  if (point !== null && !/^\d{1,4}$/.test(point)) ignored('point', 'a frontier point number', 'the optimizer’s plan is shown');
  if (view !== null && !VIEWS.some((v) => v === view)) ignored('view', `one of ${VIEWS.join(', ')}`, 'the plan is shown');
  if (objective !== null && !PLAN_OBJECTIVES.some((o) => o === objective)) ignored('obj', `one of ${PLAN_OBJECTIVES.join(', ')}`, `${DEFAULT_STATE.objective} is used`);
  if (order !== null && !RANK_ORDERS.some((o) => o === order)) ignored('order', `one of ${RANK_ORDERS.join(', ')}`, 'the default order is used');
  return {
    model: text('model')?.trim() || DEFAULT_STATE.model,
    hardware,
    // With a preset, `ram` is its RAM override (with hw=custom, the custom machine's RAM).
    presetRam: hardware === 'custom' ? '' : (text('ram') ?? '').trim().slice(0, 32),
    custom,
    context: context ?? DEFAULT_STATE.context,
    target: target ?? DEFAULT_STATE.target,
    prompt: prompt ?? DEFAULT_STATE.prompt,
    kv: KV_CHOICES.find((k) => k === kv) ?? DEFAULT_STATE.kv,
    minQuant: isFileType(minQuant) ? minQuant : '',
    disk: params.get('disk') !== '0',
    point: point !== null && /^\d{1,4}$/.test(point) ? Number(point) : null,
    view: VIEWS.find((v) => v === view) ?? DEFAULT_STATE.view,
    objective: PLAN_OBJECTIVES.find((o) => o === objective) ?? DEFAULT_STATE.objective,
    order: RANK_ORDERS.find((o) => o === order) ?? DEFAULT_STATE.order,
    family: family('fam'),
    machineFamily: family('hfam'),
    maxParams: nonNegative(text('maxp')) ?? DEFAULT_STATE.maxParams,
    usableOnly: params.get('usable') === '1',
    machines: parseMachines(text('cmp')),
  };
}

/** The compare view's machines: ids of letters, digits, '.', '_' and '-', no repeats, at most MAX_COMPARED. */
function parseMachines(text: string | null): string[] {
  if (text === null) return [];
  const ids = text.split(',').map((id) => id.trim()).filter((id) => /^[\w.-]{1,64}$/.test(id));
  return [...new Set(ids)].slice(0, MAX_COMPARED);
}

/** The query string of a state (defaults left out, so links stay short), without the "?". */
export function serializeState(state: PageState): string {
  const params = new URLSearchParams();
  if (state.model !== '') params.set('model', state.model);
  params.set('hw', state.hardware);
  if (state.hardware === 'custom') {
    for (const [field, key] of Object.entries(CUSTOM_KEYS) as [keyof typeof CUSTOM_KEYS, string][]) {
      if (state.custom[field] !== '') params.set(key, state.custom[field]);
    }
    if (state.custom.unified) params.set('unified', '1');
  } else if (state.presetRam !== '') {
    params.set('ram', state.presetRam);
  }
  params.set('ctx', String(state.context));
  if (state.target > 0) params.set('target', String(state.target));
  if (state.prompt !== DEFAULT_STATE.prompt) params.set('prompt', String(state.prompt));
  if (state.kv !== DEFAULT_STATE.kv) params.set('kv', state.kv);
  if (state.minQuant !== '') params.set('minq', state.minQuant);
  if (!state.disk) params.set('disk', '0');
  if (state.point !== null) params.set('point', String(state.point));
  if (state.objective !== DEFAULT_STATE.objective) params.set('obj', state.objective);
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.order !== DEFAULT_STATE.order) params.set('order', state.order);
  if (state.family !== '') params.set('fam', state.family);
  if (state.machineFamily !== '') params.set('hfam', state.machineFamily);
  if (state.maxParams > 0) params.set('maxp', String(state.maxParams));
  if (state.usableOnly) params.set('usable', '1');
  if (state.machines.length > 0) params.set('cmp', state.machines.join(','));
  return params.toString();
}
