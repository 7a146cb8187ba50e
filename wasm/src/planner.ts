// The Planner over a loaded core: type checks and defaults (convert.ts) around each raw call.
// New capabilities (plan, frontier, leanFrontier, commands) are one method each here, plus their converters.
import {
  hardwareAssumptions,
  toRawAnalyzeRequest,
  toRawCommandOptions,
  toRawPlanRequest,
  toRawRankHardwareRequest,
  toRawRankModelsRequest,
  unwrap,
} from './convert.js';
import { FitplanError } from './errors.js';
import type { FitplanCoreModule, RawPlan } from './native/fitplan_core.mjs';
import { loadCore, memoise, type WasmSource } from './load.js';
import { guardRequest, isPlainObject } from './request-guard.js';
import type {
  Analysis,
  AnalyzeRequest,
  CommandOptions,
  Commands,
  FrontierPoint,
  HardwareInfo,
  HardwareRanking,
  LeanFrontierPoint,
  LoadOptions,
  ModelInfo,
  ModelRanking,
  Plan,
  PlanRequest,
  PlanResult,
  Planner,
  RankHardwareRequest,
  RankModelsRequest,
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
    guardRequest(request);
    // The catalog is read only when a catalog model's default context is needed.
    const raw = toRawAnalyzeRequest(request, (id) => this.#maxContext(id));
    return { ...unwrap(this.#core.analyze(raw)), hardwareAssumptions: hardwareAssumptions(request.hardware) };
  }

  /** A catalog model's maximum context (undefined for an unknown id). */
  #maxContext(id: string): number | undefined {
    this.#models ??= unwrap(this.#core.models());
    return this.#models.find((m) => m.id === id)?.maxContext;
  }

  plan(request: PlanRequest): PlanResult {
    guardRequest(request);
    const resolved = toRawPlanRequest(request);
    const { baseline, published, ...plan } = unwrap(this.#core.plan(resolved));
    return withRequest(
      {
        ...plan,
        hardwareAssumptions: hardwareAssumptions(request.hardware),
        baseline: baseline && (withRequest(baseline, resolved) satisfies Plan),
        published: published && { ...published, plan: withRequest(published.plan, resolved) satisfies Plan },
      },
      resolved,
    );
  }

  frontier(request: PlanRequest): FrontierPoint[] {
    guardRequest(request);
    const resolved = toRawPlanRequest(request);
    return unwrap(this.#core.frontier(resolved)).map((point) => ({ ...point, plan: withRequest(point.plan, resolved) }));
  }

  leanFrontier(request: PlanRequest): LeanFrontierPoint[] {
    guardRequest(request);
    return unwrap(this.#core.leanFrontier(toRawPlanRequest(request)));
  }

  frontierPlan(request: PlanRequest, point: LeanFrontierPoint): Plan {
    guardRequest(request);
    guardRequest(point, 'point');
    if (!isPlainObject(point)) throw new FitplanError('invalid_argument', 'point', "'point' must be a point returned by leanFrontier()");
    const resolved = toRawPlanRequest(request);
    // The core reads the point as a plan's decisions (its field names are a plan's).
    const result = this.#core.evaluatePlan({ request: resolved, plan: point });
    if (!result.ok) throw withinPoint(new FitplanError(result.error.code, result.error.field, result.error.message));
    return withRequest(result.value, resolved);
  }

  rankModels(request: RankModelsRequest): ModelRanking {
    guardRequest(request);
    const resolved = toRawRankModelsRequest(request, () => {
      this.#models ??= unwrap(this.#core.models());
      return this.#models.map((m) => m.id);
    });
    const ranking = unwrap(this.#core.rankModels(resolved));
    return { ...ranking, request: resolved, hardwareAssumptions: hardwareAssumptions(request.hardware) };
  }

  rankHardware(request: RankHardwareRequest): HardwareRanking {
    guardRequest(request);
    const resolved = toRawRankHardwareRequest(request, (model) =>
      typeof model === 'string' ? this.#maxContext(model) : model.architecture?.nCtxTrain,
    );
    return { ...unwrap(this.#core.rankHardware(resolved)), request: resolved };
  }

  commands(plan: Plan, options?: CommandOptions): Commands {
    guardRequest(plan, 'plan');
    guardRequest(options, 'options');
    const rawOptions = toRawCommandOptions(options);
    const request = planRequestOf(plan);
    const result = this.#core.commands({ request, plan, options: rawOptions });
    if (!result.ok) throw withinRequest(new FitplanError(result.error.code, result.error.field, result.error.message));
    return result.value;
  }
}

/** The plan's request, checked like a plan() request; errors name "plan.request.<field>". */
function planRequestOf(plan: unknown): ResolvedPlanRequest {
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) {
    throw new FitplanError('invalid_argument', 'plan', "'plan' must be a plan returned by plan(), its baseline or a frontier point's plan");
  }
  const { feasible, usability, request } = plan as Partial<Plan>;
  if (feasible === false) {
    const why = typeof usability?.message === 'string' ? ` (${usability.message})` : '';
    throw new FitplanError('infeasible', 'plan', `the plan is infeasible: there is nothing to run${why}`);
  }
  if (typeof request !== 'object' || request === null) {
    throw new FitplanError('invalid_argument', 'plan.request', "'plan.request' is missing: pass a plan as plan() or frontier() returned it");
  }
  try {
    return toRawPlanRequest(request);
  } catch (error) {
    throw error instanceof FitplanError ? withinRequest(error) : error;
  }
}

/** A request error inside commands(): its field is a field of plan.request. */
function withinRequest(error: FitplanError): FitplanError {
  if (error.field === '' || /^(plan|options)(\.|\[|$)/.test(error.field)) return error;
  const field = `plan.request.${error.field}`;
  return new FitplanError(error.code, field, error.message.replaceAll(`'${error.field}'`, `'${field}'`));
}

/** An error in frontierPlan()'s point: the core names it 'plan' (it reads the point as a plan's decisions). */
function withinPoint(error: FitplanError): FitplanError {
  if (!/^plan(\.|\[|$)/.test(error.field)) return error;
  const field = `point${error.field.slice('plan'.length)}`;
  return new FitplanError(error.code, field, error.message.replaceAll(`'${error.field}'`, `'${field}'`).replaceAll("'plan.", "'point."));
}

/** A Planner over an instantiated core (the entry points' createPlanner; tests that need the core). */
export function plannerOf(core: FitplanCoreModule): Planner {
  return new CorePlanner(core);
}

/**
 * `createPlanner` for an entry point that reads the .wasm from `source`: one shared instance for
 * the default location, a fresh one when the options say where the .wasm is.
 */
export function plannerFactory(source: WasmSource): (options?: LoadOptions) => Promise<Planner> {
  const shared = memoise(() => loadCore(source));
  return async (options) => {
    const given = options === undefined ? [] : Object.entries(options).filter(([, v]) => v !== undefined);
    return new CorePlanner(await (given.length === 0 ? shared() : loadCore(source, options)));
  };
}
