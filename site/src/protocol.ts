// Messages between the page and the planner worker (worker.ts). Every computation carries the id
// of the input change that asked for it; the page renders only the newest id's answers.
import type {
  Analysis,
  Commands,
  ErrorCode,
  FrontierPoint,
  HardwareInfo,
  KvCacheType,
  ModelInfo,
  Plan,
  PlanRequest,
  PlanResult,
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

export type ToWorker = { type: 'catalog' } | ComputeMessage | CommandsMessage;

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
  | { type: 'frontier'; id: number; points: FrontierPoint[]; ms: number }
  | { type: 'error'; id: number; stage: Stage | 'load'; error: ErrorInfo }
  | { type: 'done'; id: number };
