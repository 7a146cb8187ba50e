// The Planner over a loaded core: type checks and defaults (convert.ts) around each raw call.
// New capabilities (plan, frontier, commands) are one method each here, plus their converters.
import { toRawAnalyzeRequest, unwrap } from './convert.js';
import type { FitplanCoreModule } from './native/fitplan_core.mjs';
import { loadCore, type CoreLoader } from './load.js';
import type { Analysis, AnalyzeRequest, HardwareInfo, LoadOptions, ModelInfo, Planner } from './types.js';

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
}

/** `createPlanner` for an entry point whose default loader is `loadDefault`. */
export function plannerFactory(loadDefault: CoreLoader): (options?: LoadOptions) => Promise<Planner> {
  return async (options) => new CorePlanner(await loadCore(loadDefault, options));
}
