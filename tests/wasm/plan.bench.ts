// npm run bench: plan() and frontier() through the public API (checks + one wasm call + conversion +
// the resolved request attached to every plan).
import { bench, describe } from 'vitest';

import { planner } from './setup.js';

describe('plan / frontier', () => {
  bench('plan: llama3.1-70b on rtx4090, context 8192, target 3 tok/s', () => {
    planner.plan({ model: 'llama3.1-70b', hardware: 'rtx4090', contextLength: 8192, targetTps: 3 });
  });
  bench('frontier: llama3.1-70b on rtx4090, context 8192', () => {
    planner.frontier({ model: 'llama3.1-70b', hardware: 'rtx4090', contextLength: 8192 });
  });
});
