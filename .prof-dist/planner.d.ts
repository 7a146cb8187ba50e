import { type CoreLoader } from './load.js';
import type { LoadOptions, Planner } from './types.js';
/** `createPlanner` for an entry point whose default loader is `loadDefault`. */
export declare function plannerFactory(loadDefault: CoreLoader): (options?: LoadOptions) => Promise<Planner>;
