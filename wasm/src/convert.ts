// Public request -> raw request (type checks with field names, defaults merged) and raw envelope
// -> value or FitplanError. Embind checks nothing without ASSERTIONS, so every value is checked here.
import { resolveCustomHardware, defaultAnalyzeOptions, defaultPlanOptions } from './defaults.js';
import { FitplanError } from './errors.js';
import { defaultOf, fieldsOf, keysOf, requestField, type RequestField } from './fields.js';
import { checkModel } from './model-spec.js';
import { REQUEST_LIMITS } from './request-guard.js';
import type { ModelSpec } from './types.js';
import type { RawAnalyzeRequest, RawCommandOptions, RawCustomHardware, RawResult } from './native/fitplan_core.mjs';
import type {
  HardwareAssumption,
  KvCacheType,
  PresetHardware,
  RankOrder,
  ResolvedCustomHardware,
  ResolvedPlanRequest,
  ResolvedRankHardwareRequest,
  ResolvedRankModelsRequest,
} from './types.js';

/** The value of a successful call; a FitplanError otherwise. */
export function unwrap<T>(result: RawResult<T>): T {
  if (!result.ok) throw new FitplanError(result.error.code, result.error.field, result.error.message);
  return result.value;
}

function invalid(field: string, message: string): FitplanError {
  return new FitplanError('invalid_argument', field, message);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

type Fields = Record<string, unknown>;

function asObject(value: unknown, field: string, what: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(field, `${field ? `'${field}'` : 'the request'} must be ${what} (got ${describe(value)})`);
  }
  return value as Fields;
}

function checkKeys(object: Fields, allowed: readonly string[], prefix: string): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      throw invalid(`${prefix}${key}`, `unknown field '${prefix}${key}'; allowed: ${allowed.join(', ')}`);
    }
  }
}

function checkString(value: unknown, field: string, allowed?: readonly string[]): string {
  if (typeof value !== 'string' || value === '') {
    throw invalid(field, `'${field}' must be a non-empty string (got ${describe(value)})`);
  }
  if (allowed && !allowed.includes(value)) {
    throw invalid(field, `'${field}' is ${describe(value)}; allowed: ${allowed.join(', ')}`);
  }
  return value;
}

function checkNumber(value: unknown, field: string, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(field, `'${field}' must be a finite number (got ${describe(value)})`);
  }
  if (integer && !Number.isInteger(value)) {
    throw invalid(field, `'${field}' must be a whole number (got ${value})`);
  }
  return value;
}

function checkBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw invalid(field, `'${field}' must be true or false (got ${describe(value)})`);
  return value;
}

/** Optional field: undefined takes the default, anything else must pass `check`. */
function optional<T>(value: unknown, fallback: T, check: (value: unknown) => T): T {
  return value === undefined ? fallback : check(value);
}

/** Whether a hardware field holds a number (a count, a rate or a memory size). */
const isNumeric = (f: RequestField) => f.kind === 'integer' || f.kind === 'number' || f.kind === 'bytes';
const CUSTOM_HARDWARE_NUMBERS = keysOf('hardware', isNumeric);
const PRESET_HARDWARE_NUMBERS = keysOf('hardware', (f) => isNumeric(f) && f.withPreset === true);
const CUSTOM_HARDWARE_FIELDS = keysOf('hardware');

/** A hardware key holds a whole number: a count, or a memory size in bytes (not its GiB key). */
function isHardwareInteger(key: string): boolean {
  const field = requestField('hardware', key);
  return field.kind === 'integer' || (field.kind === 'bytes' && key === field.name);
}

function checkHardwareNumbers(spec: Fields, keys: readonly string[], prefix: string): Fields {
  const checked: Fields = {};
  for (const key of keys) {
    if (spec[key] !== undefined) checked[key] = checkNumber(spec[key], prefix + key, isHardwareInteger(key));
  }
  return checked;
}

/** Checks a custom machine's field types and merges the defaults of its optional fields. */
function resolveHardwareObject(value: unknown, field: string): { hardware: RawCustomHardware; assumptions: HardwareAssumption[] } {
  const spec = asObject(value, field, 'a hardware id or an object describing a custom machine');
  const prefix = `${field}.`;
  checkKeys(spec, CUSTOM_HARDWARE_FIELDS, prefix);
  const checked = checkHardwareNumbers(spec, CUSTOM_HARDWARE_NUMBERS, prefix);
  if (spec.name !== undefined) checked.name = checkString(spec.name, `${prefix}name`);
  if (spec.backend !== undefined) checked.backend = checkString(spec.backend, `${prefix}backend`, requestField('hardware', 'backend').choices);
  if (spec.unifiedMemory !== undefined) checked.unifiedMemory = checkBoolean(spec.unifiedMemory, `${prefix}unifiedMemory`);
  // Required fields may still be missing here: the core answers with an error naming them.
  return resolveCustomHardware(checked);
}

/** `{ preset, ramGiB?, ... }`: a preset with host figures of its own (the core applies and checks them). */
function toRawPresetHardware(spec: Fields, field: string): PresetHardware {
  const prefix = `${field}.`;
  for (const key of Object.keys(spec)) {
    if (key !== 'preset' && !PRESET_HARDWARE_NUMBERS.includes(key)) {
      throw invalid(
        prefix + key,
        `'${prefix}${key}' cannot be set with '${prefix}preset' (the preset's GPU figures apply; for other ones describe a ` +
          `custom machine without 'preset'); allowed with a preset: ${PRESET_HARDWARE_NUMBERS.join(', ')}`,
      );
    }
  }
  return { preset: checkString(spec.preset, `${prefix}preset`), ...checkHardwareNumbers(spec, PRESET_HARDWARE_NUMBERS, prefix) };
}

/**
 * The request's machine as the core takes it (an id, a preset with host figures, or a custom
 * machine with its defaults merged), and the figures that were assumed (hardwareAssumptions).
 */
export function toRawHardware(value: unknown, field = 'hardware'): { hardware: string | PresetHardware | RawCustomHardware; assumptions: HardwareAssumption[] } {
  if (typeof value === 'string') return { hardware: checkString(value, field), assumptions: [] };
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'preset' in value) {
    return { hardware: toRawPresetHardware(value, field), assumptions: [] };
  }
  return resolveHardwareObject(value, field);
}

const ANALYZE_FIELDS = ['model', 'hardware', ...keysOf('analyze')];

/** `fileTypes`: 'all' or an array of names; the core checks the names (and names `fileTypes`). */
function checkFileTypes(value: unknown, field: string): string[] | 'all' {
  if (value === 'all') return 'all';
  if (!Array.isArray(value)) {
    throw invalid(field, `'${field}' must be 'all' or an array of file type names such as 'Q4_K_M' (got ${describe(value)})`);
  }
  return value.map((v, i) => checkString(v, `${field}[${i}]`));
}

/** The figures of the request's machine that were assumed (a checked request's `hardware`). */
export function hardwareAssumptions(value: unknown): HardwareAssumption[] {
  return toRawHardware(value).assumptions;
}

/**
 * Checks an analyze request and merges the defaults (defaults.ts). The default context is the
 * smaller of defaultAnalyzeOptions.contextLength and the model's maximum: `maxContextOf` gives a
 * catalog model's (undefined for an unknown id, which the core then reports).
 */
export function toRawAnalyzeRequest(value: unknown, maxContextOf: (id: string) => number | undefined = () => undefined): RawAnalyzeRequest {
  const request = asObject(value, '', 'an object { model, hardware, contextLength?, kvCacheType?, promptTokens?, fileTypes? }');
  checkKeys(request, ANALYZE_FIELDS, '');
  const defaults = defaultAnalyzeOptions;
  const model = checkModel(request.model);
  const { hardware } = toRawHardware(request.hardware);
  const defaultContext = () => {
    const max = typeof model === 'string' ? maxContextOf(model) : model.architecture.nCtxTrain;
    return Math.min(defaults.contextLength, max ?? defaults.contextLength);
  };
  return {
    model,
    hardware,
    contextLength:
      request.contextLength === undefined ? defaultContext() : checkNumber(request.contextLength, 'contextLength', true),
    kvCacheType: optional(request.kvCacheType, defaults.kvCacheType, (v) => checkString(v, 'kvCacheType', requestField('analyze', 'kvCacheType').choices) as KvCacheType),
    promptTokens: optional(request.promptTokens, defaults.promptTokens, (v) => checkNumber(v, 'promptTokens', true)),
    ...(request.fileTypes === undefined ? {} : { fileTypes: checkFileTypes(request.fileTypes, 'fileTypes') }),
  };
}

const PLAN_FIELDS = ['model', 'hardware', ...keysOf('plan')];

function checkNumbers(value: unknown, field: string, maxLength: number): number[] {
  if (!Array.isArray(value)) throw invalid(field, `'${field}' must be an array of numbers (got ${describe(value)})`);
  if (value.length > maxLength) throw new FitplanError('out_of_range', field, `'${field}' has ${value.length} values; allowed at most ${maxLength}`);
  return value.map((v, i) => checkNumber(v, `${field}[${i}]`));
}

/** A list of at most REQUEST_LIMITS.maxRankedItems entries (`what`: one entry, for the message). */
function checkRankedList(value: unknown, field: string, what: string): unknown[] {
  if (!Array.isArray(value)) throw invalid(field, `'${field}' must be an array of ${what} (got ${describe(value)})`);
  if (value.length > REQUEST_LIMITS.maxRankedItems) {
    throw new FitplanError('out_of_range', field, `'${field}' has ${value.length} entries; allowed at most ${REQUEST_LIMITS.maxRankedItems}`);
  }
  return value;
}

/**
 * Checks a plan() / frontier() request and merges the defaults (defaultPlanOptions). Ranges (a
 * negative target, a context beyond the model's maximum, an unknown minQuant) are the core's to
 * check: its errors name the same fields.
 */
export function toRawPlanRequest(value: unknown): ResolvedPlanRequest {
  const request = asObject(value, '', 'an object { model, hardware, contextLength, targetTps?, kv?, minQuant?, ... }');
  checkKeys(request, PLAN_FIELDS, '');
  const model = checkModel(request.model);
  // Fields the core requires may still be missing: it names them, so a plan exists only for a complete machine.
  const hardware = toRawHardware(request.hardware).hardware as string | PresetHardware | ResolvedCustomHardware;
  if (request.contextLength === undefined) throw invalid('contextLength', "'contextLength' is missing; expected a number of tokens");
  return { model, hardware, ...checkPlanOptions(request) };
}

/** A value of `field` checked for its kind (its range is the core's to check; its errors name the same field). */
function checkFieldValue(field: RequestField, value: unknown, path: string): unknown {
  switch (field.kind) {
    case 'integer':
      return checkNumber(value, path, true);
    case 'number':
      return checkNumber(value, path);
    case 'boolean':
      return checkBoolean(value, path);
    case 'number-list':
      return checkNumbers(value, path, REQUEST_LIMITS.maxBlocks);
    default:
      return checkString(value, path);
  }
}

/** The plan options of a request (contextLength and the optional fields), checked; shared by plan() and the rankings. */
type PlanOptionsOnly = Omit<ResolvedPlanRequest, 'model' | 'hardware'>;
function checkPlanOptions(request: Fields): PlanOptionsOnly {
  const contextLength = checkNumber(request.contextLength, 'contextLength', true);
  // Optional fields with a TypeScript default (defaultPlanOptions) get it; the others stay absent
  // unless given (the core applies its own, the same table's). Keys follow the core's field order.
  const options: Fields = { contextLength };
  for (const field of fieldsOf('plan')) {
    const value = request[field.name];
    if (field.name === 'contextLength') continue;
    if (value !== undefined) options[field.name] = checkFieldValue(field, value, field.name);
    else if (field.name === 'minContextLength') options[field.name] = Math.min(defaultPlanOptions.minContextLength, contextLength);
    else if (field.name in defaultPlanOptions) options[field.name] = defaultPlanOptions[field.name as keyof typeof defaultPlanOptions];
  }
  return options as PlanOptionsOnly;
}

/** The context a ranking asks of every model when the request gives none. */
export const DEFAULT_RANK_CONTEXT = defaultOf<number>('plan', 'contextLength');

/** plan()'s option fields a ranking takes (not model / hardware, nor compare / blockSensitivity). */
const RANK_OPTION_FIELDS = PLAN_FIELDS.filter((f) => !['model', 'hardware', 'compare', 'blockSensitivity'].includes(f));
const RANK_MODELS_FIELDS = ['hardware', ...RANK_OPTION_FIELDS, 'models', 'catalog', 'family', 'maxParamsB', 'order'];
const RANK_HARDWARE_FIELDS = ['model', ...RANK_OPTION_FIELDS, 'machines', 'order', 'includeInfeasible'];

/** A ranking's plan options: plan()'s, without the fields a ranking has no use for. */
function rankPlanOptions(request: Fields): Omit<PlanOptionsOnly, 'compare' | 'blockSensitivity'> {
  const { compare: _compare, blockSensitivity: _blockSensitivity, ...options } = checkPlanOptions(request);
  return options;
}

function checkOrder(value: unknown): RankOrder {
  const field = requestField('rank', 'order');
  return (value === undefined ? field.default : checkString(value, 'order', field.choices)) as RankOrder;
}

/** rankModels(): the request checked, the catalog ids (when `catalog` is not false) before the user's models. */
export function toRawRankModelsRequest(value: unknown, catalogIds: () => string[]): ResolvedRankModelsRequest {
  const request = asObject(value, '', 'an object { hardware, contextLength?, models?, family?, maxParamsB?, order?, ... }');
  checkKeys(request, RANK_MODELS_FIELDS, '');
  const { models, catalog, family, maxParamsB, order, ...planFields } = request;
  const hardware = toRawHardware(request.hardware).hardware as ResolvedPlanRequest['hardware'];
  const options = rankPlanOptions({ ...planFields, contextLength: planFields.contextLength ?? DEFAULT_RANK_CONTEXT });
  const extra = models === undefined ? [] : checkRankedList(models, 'models', 'model ids or model objects').map((m, i) => checkModel(m, `models[${i}]`));
  const withCatalog = optional(catalog, true, (v) => checkBoolean(v, 'catalog'));
  const list = [...(withCatalog ? catalogIds() : []), ...extra];
  if (list.length === 0) throw invalid('models', "nothing to rank: 'catalog' is false and 'models' is empty");
  return {
    hardware,
    ...options,
    models: list,
    ...(family === undefined ? {} : { family: checkString(family, 'family') }),
    ...(maxParamsB === undefined ? {} : { maxParamsB: checkFieldValue(requestField('rank', 'maxParamsB'), maxParamsB, 'maxParamsB') as number }),
    order: checkOrder(order),
  };
}

/** rankHardware(): the request checked; machines absent = the whole catalog (the core's). */
export function toRawRankHardwareRequest(
  value: unknown,
  maxContextOf: (model: string | ModelSpec) => number | undefined = () => undefined,
): ResolvedRankHardwareRequest {
  const request = asObject(value, '', 'an object { model, contextLength?, machines?, order?, includeInfeasible?, ... }');
  checkKeys(request, RANK_HARDWARE_FIELDS, '');
  const { machines, order, includeInfeasible, ...planFields } = request;
  const model = checkModel(request.model);
  // The default context must not exceed the model's maximum (an unknown id is left to the core's error).
  planFields.contextLength ??= Math.min(DEFAULT_RANK_CONTEXT, maxContextOf(model) ?? DEFAULT_RANK_CONTEXT);
  const options = { model, ...rankPlanOptions(planFields) };
  let list: ResolvedRankHardwareRequest['machines'];
  if (machines !== undefined) {
    if (Array.isArray(machines) && machines.length === 0) throw invalid('machines', "'machines' must be a non-empty array of hardware ids or machine objects (got an empty array)");
    list = checkRankedList(machines, 'machines', 'hardware ids or machine objects').map((m, i) => toRawHardware(m, `machines[${i}]`).hardware as string | PresetHardware | ResolvedCustomHardware);
  }
  return {
    ...options,
    ...(list === undefined ? {} : { machines: list }),
    order: checkOrder(order),
    includeInfeasible: optional(includeInfeasible, defaultOf<boolean>('rank', 'includeInfeasible'), (v) => checkBoolean(v, 'includeInfeasible')),
  };
}

const COMMAND_PATHS = fieldsOf('commands').filter((f) => f.kind === 'text').map((f) => f.name);
const COMMAND_FIELDS = keysOf('commands');

/** A path or repo id: any string without NUL ("" = the default); it reaches the text shell-quoted. */
function checkPath(value: unknown, field: string): string {
  if (typeof value !== 'string') throw invalid(field, `'${field}' must be a string (got ${describe(value)})`);
  if (value.includes('\0')) throw invalid(field, `'${field}' must not contain a NUL character`);
  return value;
}

/** A whole number within the range of `field` (the core's table). */
function checkInteger(value: unknown, field: RequestField, path: string): number {
  const number = checkNumber(value, path, true);
  const { min = -Infinity, max = Infinity } = field;
  if (number < min || number > max) throw new FitplanError('out_of_range', path, `'${path}' is ${number}; allowed ${min} to ${max}`);
  return number;
}

/** Checks commands() options (fields named "options.<key>", as the core names them). */
export function toRawCommandOptions(value: unknown): RawCommandOptions {
  if (value === undefined) return {};
  const options = asObject(value, 'options', 'an object { modelPath?, sourcePath?, hfRepo?, imatrixPath?, llamaCppBuild?, threads?, port? }');
  checkKeys(options, COMMAND_FIELDS, 'options.');
  const raw: Fields = {};
  for (const key of COMMAND_PATHS) if (options[key] !== undefined) raw[key] = checkPath(options[key], `options.${key}`);
  const build = requestField('commands', 'llamaCppBuild');
  if (options.llamaCppBuild !== undefined) raw.llamaCppBuild = checkString(options.llamaCppBuild, 'options.llamaCppBuild', build.choices);
  for (const key of ['threads', 'port']) {
    if (options[key] !== undefined) raw[key] = checkInteger(options[key], requestField('commands', key), `options.${key}`);
  }
  return raw;
}
