// Messages between the page and the planner worker (worker.ts). Every computation carries the id
// of the input change that asked for it; the page renders only the newest id's answers.
import type {
  Analysis,
  Commands,
  ErrorCode,
  HardwareInfo,
  HardwareRanking,
  KvCacheType,
  LeanFrontierPoint,
  ModelInfo,
  ModelRanking,
  Plan,
  PlanRequest,
  PlanResult,
  RankHardwareRequest,
  RankModelsRequest,
} from 'fitplan';

/** What the pickers show of a catalog model (its architecture stays in the worker). */
export type ModelEntry = Omit<ModelInfo, 'architecture' | 'source'>;

export interface ComputeMessage {
  type: 'compute';
  id: number;
  /** plan() request (compare: true); frontier() takes the same. */
  request: PlanRequest;
  /** KV type of the analysis table (the policy when fixed, else f16). */
  analysisKv: KvCacheType;
}

export interface CommandsMessage {
  type: 'commands';
  id: number;
  plan: Plan;
}

/**
 * A job of the rankings worker (a second instance of worker.ts, so that a ranking of ~0.5-2 s never
 * holds up a plan): what can I run (rankModels), what should I buy (rankHardware), or one model on
 * 2-4 machines (one plan() each).
 */
export type RankJob =
  | { kind: 'models'; request: RankModelsRequest }
  | { kind: 'machines'; request: RankHardwareRequest }
  | { kind: 'compare'; requests: PlanRequest[] };

export interface RankMessage {
  type: 'rank';
  id: number;
  job: RankJob;
}

/** The whole plan of a lean frontier point the visitor picked (frontierPlan). */
export interface PointMessage {
  type: 'point';
  id: number;
  request: PlanRequest;
  point: LeanFrontierPoint;
}

export type ToWorker = { type: 'catalog' } | ComputeMessage | CommandsMessage | PointMessage | RankMessage;

export interface ErrorInfo {
  code: ErrorCode | 'worker';
  field: string;
  message: string;
}

/** The stages of one computation, in the order they arrive. */
export type Stage = 'plan' | 'analysis' | 'commands' | 'frontier';

export type FromWorker =
  | { type: 'catalog'; models: ModelEntry[]; hardware: HardwareInfo[] }
  | { type: 'stage'; id: number; stage: Stage }
  | { type: 'plan'; id: number; plan: PlanResult; ms: number }
  | { type: 'analysis'; id: number; analysis: Analysis }
  | { type: 'commands'; id: number; commands: Commands | null; error?: ErrorInfo }
  /** The lean frontier: per point its figures and decisions, not its plan (a 'point' message asks for one). */
  | { type: 'frontier'; id: number; points: LeanFrontierPoint[]; ms: number }
  | { type: 'point-plan'; id: number; plan: Plan | null; error?: ErrorInfo }
  | { type: 'error'; id: number; stage: Stage | 'load'; error: ErrorInfo }
  | { type: 'done'; id: number }
  | RankReply;

/** One machine of a comparison: its plan, or why there is none. */
export type ComparedPlan = { plan: PlanResult; error?: undefined } | { plan?: undefined; error: ErrorInfo };

/** Answers of the rankings worker, for the RankMessage of the same id. */
export type RankReply =
  /** The job began computing (the planner is loaded). */
  | { type: 'rank-started'; id: number }
  | { type: 'ranked-models'; id: number; ranking: ModelRanking; ms: number }
  | { type: 'ranked-machines'; id: number; ranking: HardwareRanking; ms: number }
  /** modelName: the compared model's display name, read where the catalog is loaded (the page's may not be yet). */
  | { type: 'compared'; id: number; modelName: string; plans: ComparedPlan[]; ms: number }
  | { type: 'rank-error'; id: number; error: ErrorInfo };
