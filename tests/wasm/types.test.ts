// Type-level tests of the public API (checked by `tsc --noEmit` in npm test; Vitest runs them too).
import { describe, expectTypeOf, it } from 'vitest';

import type { createPlanner as createBrowserPlanner } from '../../wasm/src/index.js';
import {
  FitplanError,
  type Analysis,
  type AnalyzeRequest,
  type Backend,
  type ErrorCode,
  type FileTypeAnalysis,
  type HardwareInfo,
  type KvCacheType,
  type ModelInfo,
  type Planner,
  createPlanner,
} from '../../wasm/src/node.js';

describe('public types', () => {
  it('createPlanner resolves to a Planner in both entries', () => {
    expectTypeOf(createPlanner).returns.resolves.toEqualTypeOf<Planner>();
    expectTypeOf<typeof createBrowserPlanner>().toEqualTypeOf<typeof createPlanner>();
  });

  it('Planner methods', () => {
    expectTypeOf<Planner['models']>().returns.toEqualTypeOf<ModelInfo[]>();
    expectTypeOf<Planner['hardware']>().returns.toEqualTypeOf<HardwareInfo[]>();
    expectTypeOf<Planner['analyze']>().parameter(0).toEqualTypeOf<AnalyzeRequest>();
    expectTypeOf<Planner['analyze']>().returns.toEqualTypeOf<Analysis>();
  });

  it('narrows enums to literal unions', () => {
    expectTypeOf<HardwareInfo['backend']>().toEqualTypeOf<Backend>();
    expectTypeOf<Analysis['kvCacheType']>().toEqualTypeOf<KvCacheType>();
    expectTypeOf<FitplanError['code']>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<FitplanError['field']>().toEqualTypeOf<string>();
    expectTypeOf<FileTypeAnalysis['weightsBytes']>().toEqualTypeOf<number>();
  });

  it('requires model and hardware, and accepts custom hardware', () => {
    expectTypeOf<{ model: string; hardware: string }>().toExtend<AnalyzeRequest>();
    expectTypeOf<{ model: string }>().not.toExtend<AnalyzeRequest>();
    expectTypeOf({ model: 'x', hardware: { vramGiB: 8, ramGiB: 32, ramBandwidthGBps: 50, diskBandwidthGBps: 3 } }).toExtend<AnalyzeRequest>();
    expectTypeOf({ model: 'x', hardware: 'rtx4090', kvCacheType: 'q3' as const }).not.toExtend<AnalyzeRequest>();
  });
});
