// Golden cases shared with the C++ suite: every tests/golden/*.json is
//   { "name": string, "kind": "analyze", "request": {...}, "expected": {...} }
// and the public API's result for `request` must deep-equal `expected`, numbers compared exactly.
// Kinds this build has no entry point for yet (plan, frontier, ...) are listed as skipped.
import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import type { AnalyzeRequest } from '../../wasm/src/node.js';
import { planner } from './setup.js';

interface GoldenCase {
  name: string;
  kind: string;
  request: unknown;
  expected: unknown;
}

const directory = new URL('../golden/', import.meta.url);
const files = readdirSync(directory).filter((f) => f.endsWith('.json')).sort();
const cases = files.map((file) => ({ file, golden: JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as GoldenCase }));

const run: Record<string, (request: unknown) => unknown> = {
  analyze: (request) => planner.analyze(request as AnalyzeRequest),
};

describe('golden cases (tests/golden/*.json)', () => {
  it('are well formed', () => {
    for (const { file, golden } of cases) {
      expect(typeof golden.name, file).toBe('string');
      expect(typeof golden.kind, file).toBe('string');
      expect(golden.request, file).toBeTypeOf('object');
      expect(golden.expected, file).toBeDefined();
    }
  });

  for (const { file, golden } of cases) {
    const kind = run[golden.kind];
    (kind ? it : it.skip)(`${file}: ${golden.name} (${golden.kind})`, () => {
      // toStrictEqual compares numbers with Object.is: exact, no tolerance.
      expect(kind!(golden.request)).toStrictEqual(golden.expected);
    });
  }
});
