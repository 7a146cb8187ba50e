// npm run bench: plan(), frontier() and leanFrontier() through the public API (checks + one wasm
// call + conversion + the resolved request attached to every plan).
import { bench, describe } from 'vitest';

import type { PlanRequest } from '../../wasm/src/node.js';
import { planner } from './setup.js';

// The case: a 70B model split between an RTX 4090 and RAM.
const frontierRequest: PlanRequest = { model: 'llama3.1-70b', hardware: 'rtx4090', contextLength: 8192 };

describe('plan / frontier', () => {
  bench('plan: llama3.1-70b on rtx4090, context 8192, target 3 tok/s', () => {
    planner.plan({ ...frontierRequest, targetTps: 3 });
  });
  bench('frontier: llama3.1-70b on rtx4090, context 8192', () => {
    planner.frontier(frontierRequest);
  });
  bench('leanFrontier: llama3.1-70b on rtx4090, context 8192', () => {
    planner.leanFrontier(frontierRequest);
  });
});

describe('a picked frontier point', () => {
  const point = planner.leanFrontier(frontierRequest)[24]!;
  bench('frontierPlan: the whole plan of one leanFrontier point', () => {
    planner.frontierPlan(frontierRequest, point);
  });
});
