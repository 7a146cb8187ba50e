// npm run bench: the rankings through the public API (the budget: the whole catalog ranked
// in <= 100 ms in WebAssembly on a 2-core machine like the CI's).
import { bench, describe } from 'vitest';

import { planner } from './setup.js';

describe('rank', () => {
  bench('rankModels: every catalog model on rtx4090, context 8192', () => {
    planner.rankModels({ hardware: 'rtx4090' });
  });
  bench('rankModels: every catalog model on cpu-ddr5-dual-32g, context 8192', () => {
    planner.rankModels({ hardware: 'cpu-ddr5-dual-32g' });
  });
  bench('rankHardware: qwen3-32b on every catalog machine, context 8192', () => {
    planner.rankHardware({ model: 'qwen3-32b', contextLength: 8192 });
  }, { iterations: 3 });
});
