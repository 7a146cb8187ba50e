// npm run bench: analyze() through the public API (type checks + one wasm call + conversion).
import { bench, describe } from 'vitest';

import { planner } from './setup.js';

describe('analyze', () => {
  bench('llama3.1-70b on rtx4090, context 8192', () => {
    planner.analyze({ model: 'llama3.1-70b', hardware: 'rtx4090', contextLength: 8192 });
  });
  bench('llama3-8b on rtx4090, context 8192', () => {
    planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 8192 });
  });
  bench('models() + hardware()', () => {
    planner.models();
    planner.hardware();
  });
});
