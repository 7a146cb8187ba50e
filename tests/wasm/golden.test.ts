// Golden cases shared with the C++ suite (tests/cpp/golden_test.cpp): every tests/golden/*.json is
//   { "name": string, "kind": "analyze" | "plan" | "frontier" | "lean-frontier" | "rank-models" | "rank-hardware", "request": {...}, "expected": {...} }
// and the public API's result for `request` must match `expected`: every field `expected` lists
// (it may leave some out, e.g. the model and hardware records), arrays element by element and of
// the same length, numbers compared exactly (no tolerance).
// Kinds this layer has no entry point for yet are listed as skipped.
import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import type { AnalyzeRequest, PlanRequest, RankHardwareRequest, RankModelsRequest } from '../../wasm/src/node.js';
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
  plan: (request) => planner.plan(request as PlanRequest),
  frontier: (request) => planner.frontier(request as PlanRequest),
  'lean-frontier': (request) => planner.leanFrontier(request as PlanRequest),
  'rank-models': (request) => planner.rankModels(request as RankModelsRequest),
  'rank-hardware': (request) => planner.rankHardware(request as RankHardwareRequest),
};

describe('golden cases (tests/golden/*.json)', () => {
  it('compare numbers exactly', () => {
    expect(() => expect({ fileTypes: [{ x: 0.1 + 0.2 }] }).toMatchObject({ fileTypes: [{ x: 0.3 }] })).toThrow();
  });

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
      // toMatchObject: recursive subset; numbers compared for equality, no tolerance.
      expect(kind!(golden.request)).toMatchObject(golden.expected as object);
    });
  }
});
