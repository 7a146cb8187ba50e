import type { ModelSpec } from './types.js';
import type { RawAnalyzeRequest, RawCommandOptions, RawCustomHardware, RawResult } from './native/fitplan_core.mjs';
import { type HardwareAssumption, type PresetHardware, type ResolvedPlanRequest, type ResolvedRankHardwareRequest, type ResolvedRankModelsRequest } from './types.js';
/** The value of a successful call; a FitplanError otherwise. */
export declare function unwrap<T>(result: RawResult<T>): T;
/**
 * The request's machine as the core takes it (an id, a preset with host figures, or a custom
 * machine with its defaults merged), and the figures that were assumed (hardwareAssumptions).
 */
export declare function toRawHardware(value: unknown, field?: string): {
    hardware: string | PresetHardware | RawCustomHardware;
    assumptions: HardwareAssumption[];
};
/** The figures of the request's machine that were assumed (a checked request's `hardware`). */
export declare function hardwareAssumptions(value: unknown): HardwareAssumption[];
/**
 * Checks an analyze request and merges the defaults (defaults.ts). The default context is the
 * smaller of defaultAnalyzeOptions.contextLength and the model's maximum: `maxContextOf` gives a
 * catalog model's (undefined for an unknown id, which the core then reports).
 */
export declare function toRawAnalyzeRequest(value: unknown, maxContextOf?: (id: string) => number | undefined): RawAnalyzeRequest;
/**
 * Checks a plan() / frontier() request and merges the defaults (defaultPlanOptions). Ranges (a
 * negative target, a context beyond the model's maximum, an unknown minQuant) are the core's to
 * check: its errors name the same fields.
 */
export declare function toRawPlanRequest(value: unknown): ResolvedPlanRequest;
/** The context a ranking asks of every model when the request gives none. */
export declare const DEFAULT_RANK_CONTEXT = 8192;
/** rankModels(): the request checked, the catalog ids (when `catalog` is not false) before the user's models. */
export declare function toRawRankModelsRequest(value: unknown, catalogIds: () => string[]): ResolvedRankModelsRequest;
/** rankHardware(): the request checked; machines absent = the whole catalog (the core's). */
export declare function toRawRankHardwareRequest(value: unknown, maxContextOf?: (model: string | ModelSpec) => number | undefined): ResolvedRankHardwareRequest;
/** Checks commands() options (fields named "options.<key>", as the core names them). */
export declare function toRawCommandOptions(value: unknown): RawCommandOptions;
