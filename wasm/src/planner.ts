// The Planner over a loaded core: type checks and defaults (convert.ts) around each raw call.
// New capabilities (plan, frontier, commands) are one method each here, plus their converters.
import { toRawAnalyzeRequest, toRawPlanRequest, unwrap } from './convert.js';
import type { FitplanCoreModule, RawPlan } from './native/fitplan_core.mjs';
import { loadCore, type CoreLoader } from './load.js';
import type {
  Analysis,
  AnalyzeRequest,
  FrontierPoint,
  HardwareInfo,
  LoadOptions,
  ModelInfo,
  Plan,
  PlanRequest,
  PlanResult,
  Planner,
  ResolvedPlanRequest,
} from './types.js';

/** A raw plan with `request` (a copy of its own: callers may modify one plan without touching another). */
function withRequest<T extends RawPlan>(plan: T, request: ResolvedPlanRequest): T & { request: ResolvedPlanRequest } {
  return Object.assign(plan, { request: structuredClone(request) });
}

class CorePlanner implements Planner {
  readonly #core: FitplanCoreModule;
  // The catalogs never change; models() costs ~30 ms in wasm (parameter counts walk every
  // tensor), so each is fetched once and handed out as a copy the caller may modify.
  #models: ModelInfo[] | undefined;
  #hardware: HardwareInfo[] | undefined;

  constructor(core: FitplanCoreModule) {
    this.#core = core;
  }

  models(): ModelInfo[] {
    this.#models ??= unwrap(this.#core.models());
    return structuredClone(this.#models);
  }

  hardware(): HardwareInfo[] {
    this.#hardware ??= unwrap(this.#core.hardware());
    return structuredClone(this.#hardware);
  }

  analyze(request: AnalyzeRequest): Analysis {
    return unwrap(this.#core.analyze(toRawAnalyzeRequest(request)));
  }

  plan(request: PlanRequest): PlanResult {
    const resolved = toRawPlanRequest(request);
    const { baseline, ...plan } = unwrap(this.#core.plan(resolved));
    return withRequest({ ...plan, baseline: baseline && (withRequest(baseline, resolved) satisfies Plan) }, resolved);
  }

  frontier(request: PlanRequest): FrontierPoint[] {
    const resolved = toRawPlanRequest(request);
    return unwrap(this.#core.frontier(resolved)).map((point) => ({ ...point, plan: withRequest(point.plan, resolved) }));
  }
}

/** `createPlanner` for an entry point whose default loader is `loadDefault`. */
export function plannerFactory(loadDefault: CoreLoader): (options?: LoadOptions) => Promise<Planner> {
  return async (options) => new CorePlanner(await loadCore(loadDefault, options));
}
