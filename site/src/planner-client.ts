// The page's side of the planner worker: numbered requests (only the newest one's answers are
// handed on), a worker that is stopped and started afresh when a stale computation would keep a
// newer one waiting (the frontier of a large model) or when one runs past its time limit.
import type { KvCacheType, LeanFrontierPoint, Plan, PlanRequest } from 'fitplan';

import type { ComputeMessage, FromWorker, Stage, ToWorker } from './protocol';

/** A computation still running this long when a newer input arrives is abandoned by restarting the worker. */
const RESTART_STALE_AFTER_MS = 120;
/** A computation past this is stopped and reported. */
const TIME_LIMIT_MS = 20_000;

export type WorkerEvent = FromWorker | { type: 'timeout'; id: number; stage: Stage | undefined };

/** What the client needs of a Worker (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}

export interface ClientOptions {
  createWorker?: () => WorkerLike;
  restartStaleAfterMs?: number;
  timeLimitMs?: number;
}

const createPlannerWorker = (): WorkerLike => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'fitplan-planner' });

export class PlannerClient {
  #worker!: WorkerLike;
  readonly #createWorker: () => WorkerLike;
  readonly #restartStaleAfterMs: number;
  readonly #timeLimitMs: number;
  #latest = 0;
  #commandsSeq = 0;
  #pointSeq = 0;
  /** The computation the worker is busy with, and since when it is in its current stage. */
  #busy: { id: number; stage: Stage | undefined; since: number } | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onEvent: (event: WorkerEvent) => void;
  /** Workers started (1 + restarts); for tests and the status line. */
  starts = 0;

  constructor(onEvent: (event: WorkerEvent) => void, options: ClientOptions = {}) {
    this.#onEvent = onEvent;
    this.#createWorker = options.createWorker ?? createPlannerWorker;
    this.#restartStaleAfterMs = options.restartStaleAfterMs ?? RESTART_STALE_AFTER_MS;
    this.#timeLimitMs = options.timeLimitMs ?? TIME_LIMIT_MS;
    this.#start();
  }

  /** Asks for the catalogs (after the first computation: the first plan comes first). */
  catalog(): void {
    this.#post({ type: 'catalog' });
  }

  #start(): void {
    this.starts += 1;
    this.#worker = this.#createWorker();
    this.#worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.#receive(event.data));
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#onEvent({ type: 'error', id: this.#latest, stage: 'load', error: { code: 'worker', field: '', message: event.message || 'the planner worker failed to start' } });
    });
  }

  #restart(): void {
    this.#worker.terminate();
    this.#busy = undefined;
    this.#start();
  }

  #post(message: ToWorker): void {
    this.#worker.postMessage(message);
  }

  #receive(message: FromWorker): void {
    if (message.type === 'stage' && this.#busy?.id === message.id) {
      this.#busy = { id: message.id, stage: message.stage, since: performance.now() };
    }
    if ((message.type === 'done' || (message.type === 'error' && message.stage === 'plan')) && this.#busy?.id === message.id) {
      this.#busy = undefined;
      clearTimeout(this.#timer);
    }
    if (message.type === 'commands') {
      if (message.id === this.#commandsSeq) this.#onEvent(message);
      return;
    }
    if (message.type === 'point-plan') {
      if (message.id === this.#pointSeq) this.#onEvent(message);
      return;
    }
    if (message.type === 'catalog' || message.id === this.#latest) this.#onEvent(message);
  }

  /** Starts a computation for the newest inputs; older ones are abandoned. Returns its id. */
  compute(request: PlanRequest, analysisKv: KvCacheType): number {
    const id = ++this.#latest;
    const busy = this.#busy;
    if (busy && busy.stage !== undefined && busy.stage !== 'plan' && performance.now() - busy.since > this.#restartStaleAfterMs) this.#restart();
    const message: ComputeMessage = { type: 'compute', id, request, analysisKv };
    this.#busy = { id, stage: undefined, since: performance.now() };
    this.#post(message);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.#busy?.id !== id) return;
      const stage = this.#busy.stage;
      this.#restart();
      this.#onEvent({ type: 'timeout', id, stage });
    }, this.#timeLimitMs);
    return id;
  }

  /** Drops the answers of every computation asked so far (an input became invalid). */
  cancel(): void {
    this.#latest += 1;
    this.#commandsSeq += 1;
    this.#pointSeq += 1;
  }

  /** Asks for the whole plan of a lean frontier point of `request`; only the newest request's answer is handed on. */
  pointPlan(request: PlanRequest, point: LeanFrontierPoint): void {
    this.#post({ type: 'point', id: ++this.#pointSeq, request, point });
  }

  /** Asks for the commands of `plan`; only the newest request's answer is handed on. */
  commands(plan: Plan): void {
    this.#post({ type: 'commands', id: ++this.#commandsSeq, plan });
  }
}
