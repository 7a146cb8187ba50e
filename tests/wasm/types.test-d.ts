// Type-level tests of the public API: a type test, not a runtime one. `tsc -p tsconfig.json` (the
// "tsc --noEmit" step of npm test; tsconfig.json includes tests/**/*.ts) fails when an assertion does
// not hold. The .test-d.ts name keeps the file out of Vitest's runtime include (tests/**/*.test.ts),
// where every expectTypeOf would pass whatever the types; it is the name `vitest --typecheck` looks for.
import { describe, expectTypeOf, it } from 'vitest';

import type { createPlanner as createBrowserPlanner } from '../../wasm/src/index.js';
import {
  FitplanError,
  type Analysis,
  type AnalyzeRequest,
  type Backend,
  type CommandOptions,
  type Commands,
  type ErrorCode,
  type FileTypeAnalysis,
  type FileTypeName,
  type FrontierPoint,
  type HardwareInfo,
  type KvCacheType,
  type KvPolicy,
  type TierRun,
  type TypeRun,
  type LeanFrontierPoint,
  type LlamaCppBuild,
  type ModelInfo,
  type PlacementKind,
  type Plan,
  type PlanKvCacheType,
  type PlanRequest,
  type PlanResult,
  type Planner,
  type ResolvedPlanRequest,
  type RuntimeCommand,
  type RuntimeName,
  type Tier,
  type UsabilityGrade,
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

describe('plan types', () => {
  it('plan() and frontier() take a PlanRequest', () => {
    expectTypeOf<Planner['plan']>().parameter(0).toEqualTypeOf<PlanRequest>();
    expectTypeOf<Planner['plan']>().returns.toEqualTypeOf<PlanResult>();
    expectTypeOf<Planner['frontier']>().parameter(0).toEqualTypeOf<PlanRequest>();
    expectTypeOf<Planner['frontier']>().returns.toEqualTypeOf<FrontierPoint[]>();
  });

  it('leanFrontier() takes a PlanRequest; frontierPlan() takes it and a lean point and returns a Plan', () => {
    expectTypeOf<Planner['leanFrontier']>().parameter(0).toEqualTypeOf<PlanRequest>();
    expectTypeOf<Planner['leanFrontier']>().returns.toEqualTypeOf<LeanFrontierPoint[]>();
    expectTypeOf<Planner['frontierPlan']>().parameters.toEqualTypeOf<[PlanRequest, LeanFrontierPoint]>();
    expectTypeOf<Planner['frontierPlan']>().returns.toEqualTypeOf<Plan>();
  });

  it('a lean point has its plan\'s figures and decisions under the plan\'s names and types, not the plan', () => {
    expectTypeOf<LeanFrontierPoint>().not.toHaveProperty('plan');
    expectTypeOf<LeanFrontierPoint>().not.toHaveProperty('layers');
    expectTypeOf<LeanFrontierPoint['histogram']>().toEqualTypeOf<Plan['histogram']>();
    expectTypeOf<LeanFrontierPoint['kvCacheTypeK']>().toEqualTypeOf<Plan['kvCacheTypeK']>();
    expectTypeOf<LeanFrontierPoint['baseFileType']>().toEqualTypeOf<FileTypeName>();
    expectTypeOf<LeanFrontierPoint['fit']>().toEqualTypeOf<Plan['fit']>();
    expectTypeOf<LeanFrontierPoint['placement']['kind']>().toEqualTypeOf<PlacementKind>();
    expectTypeOf<LeanFrontierPoint['typeRuns']>().toEqualTypeOf<TypeRun[]>();
    expectTypeOf<LeanFrontierPoint['tierRuns']>().toEqualTypeOf<TierRun[]>();
    expectTypeOf<TypeRun['type']>().toEqualTypeOf<FileTypeName>();
    expectTypeOf<TierRun['attentionTier']>().toEqualTypeOf<Tier>();
    expectTypeOf<Pick<LeanFrontierPoint, 'qualityProxy' | 'decodeTokensPerSecond' | 'totalBytes'>>().toEqualTypeOf<
      Omit<FrontierPoint, 'plan'>
    >();
  });

  it('a PlanResult is a Plan with its target and baseline; frontier points hold Plans', () => {
    expectTypeOf<PlanResult>().toExtend<Plan>();
    expectTypeOf<PlanResult['targetTps']>().toEqualTypeOf<number>();
    expectTypeOf<PlanResult['baseline']>().toEqualTypeOf<Plan | null>();
    expectTypeOf<FrontierPoint['plan']>().toEqualTypeOf<Plan>();
    expectTypeOf<Plan>().not.toHaveProperty('baseline');
  });

  it('every plan carries its resolved request, which is itself a valid request', () => {
    expectTypeOf<Plan['request']>().toEqualTypeOf<ResolvedPlanRequest>();
    expectTypeOf<ResolvedPlanRequest>().toExtend<PlanRequest>();
    expectTypeOf<ResolvedPlanRequest['kv']>().toEqualTypeOf<KvPolicy>();
    expectTypeOf<ResolvedPlanRequest['allowDisk']>().toEqualTypeOf<boolean>();
    expectTypeOf<ResolvedPlanRequest['minContextLength']>().toEqualTypeOf<number>();
    expectTypeOf<ResolvedPlanRequest['targetTps']>().toEqualTypeOf<number | undefined>();
  });

  it('narrows enums to literal unions', () => {
    expectTypeOf<Plan['kvCacheTypeK']>().toEqualTypeOf<PlanKvCacheType>();
    expectTypeOf<Plan['baseFileType']>().toEqualTypeOf<FileTypeName>();
    expectTypeOf<Plan['layers'][number]['type']>().toEqualTypeOf<FileTypeName>();
    expectTypeOf<Plan['layers'][number]['tier']>().toEqualTypeOf<Tier>();
    expectTypeOf<Plan['placement']['kind']>().toEqualTypeOf<PlacementKind>();
    expectTypeOf<Plan['usability']['grade']>().toEqualTypeOf<UsabilityGrade>();
    expectTypeOf<Plan['histogram']>().toEqualTypeOf<Partial<Record<FileTypeName, number>>>();
    expectTypeOf<UsabilityGrade>().toEqualTypeOf<'usable' | 'slow' | 'impractical' | 'infeasible'>();
    expectTypeOf<KvPolicy>().toEqualTypeOf<'auto' | 'f16' | 'q8_0' | 'q4_0'>();
  });

  it('requires model, hardware and contextLength, and checks option values', () => {
    expectTypeOf<{ model: string; hardware: string; contextLength: number }>().toExtend<PlanRequest>();
    expectTypeOf<{ model: string; hardware: string }>().not.toExtend<PlanRequest>();
    expectTypeOf({ model: 'x', hardware: 'rtx4090', contextLength: 8192, kv: 'q5_0' as const }).not.toExtend<PlanRequest>();
    expectTypeOf({ model: 'x', hardware: 'rtx4090', contextLength: 8192, minQuant: 'Q9' as const }).not.toExtend<PlanRequest>();
    expectTypeOf({ model: 'x', hardware: 'rtx4090', contextLength: 8192, targetTps: 3, kv: 'q8_0' as const, minQuant: 'Q4_K_M' as const, compare: true }).toExtend<PlanRequest>();
  });
});

describe('commands types', () => {
  it('commands() takes any plan the API returns and options, and returns one RuntimeCommand per runtime', () => {
    expectTypeOf<Planner['commands']>().parameter(0).toEqualTypeOf<Plan>();
    expectTypeOf<Planner['commands']>().parameter(1).toEqualTypeOf<CommandOptions | undefined>();
    expectTypeOf<Planner['commands']>().returns.toEqualTypeOf<Commands>();
    expectTypeOf<PlanResult>().toExtend<Parameters<Planner['commands']>[0]>();
    expectTypeOf<NonNullable<PlanResult['baseline']>>().toExtend<Parameters<Planner['commands']>[0]>();
    expectTypeOf<FrontierPoint['plan']>().toExtend<Parameters<Planner['commands']>[0]>();
    expectTypeOf<ReturnType<Planner['frontierPlan']>>().toExtend<Parameters<Planner['commands']>[0]>();
    expectTypeOf<Commands[keyof Commands]>().toEqualTypeOf<RuntimeCommand>();
    expectTypeOf<keyof Commands>().toEqualTypeOf<'llamaCpp' | 'llamaQuantize' | 'ollama' | 'transformers' | 'vllm' | 'mlx'>();
  });

  it('narrows enums to literal unions', () => {
    expectTypeOf<RuntimeCommand['runtime']>().toEqualTypeOf<RuntimeName>();
    expectTypeOf<RuntimeName>().toEqualTypeOf<'llama.cpp' | 'llama-quantize' | 'ollama' | 'transformers' | 'vllm' | 'mlx'>();
    expectTypeOf<CommandOptions['llamaCppBuild']>().toEqualTypeOf<LlamaCppBuild | undefined>();
    expectTypeOf<LlamaCppBuild>().toEqualTypeOf<'current' | 'legacy'>();
  });

  it('every option is optional', () => {
    expectTypeOf({}).toExtend<CommandOptions>();
    expectTypeOf({ modelPath: 'm.gguf', sourcePath: 's.gguf', hfRepo: 'o/n', imatrixPath: 'i', llamaCppBuild: 'legacy' as const, threads: 8, port: 8080 }).toExtend<CommandOptions>();
    expectTypeOf({ llamaCppBuild: 'b4000' as const }).not.toExtend<CommandOptions>();
    expectTypeOf({ threads: '8' }).not.toExtend<CommandOptions>();
  });
});
