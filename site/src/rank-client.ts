// The page's side of the rankings worker: a second instance of worker.ts, started on first use, for
// the jobs that take ~0.5-2 s (rankModels over the catalog, rankHardware over every machine, a model
// on 2-4 machines), so that the plan view's worker never waits behind them. Only the newest job's
// answers are handed on; a job still computing when a newer one arrives is abandoned by starting the
// worker afresh (loading the planner again costs far less than finishing a stale ranking).
import type { RankJob, RankReply, ToWorker } from './protocol';
import type { WorkerLike } from './planner-client';

/** A job past this is stopped and reported. */
const TIME_LIMIT_MS = 30_000;

export type RankEvent = RankReply | { type: 'rank-timeout'; id: number };

export interface RankClientOptions {
  createWorker?: () => WorkerLike;
  timeLimitMs?: number;
}

const createRankWorker = (): WorkerLike => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'fitplan-rankings' });

export class RankClient {
  #worker: WorkerLike | undefined;
  readonly #createWorker: () => WorkerLike;
  readonly #timeLimitMs: number;
  readonly #onEvent: (event: RankEvent) => void;
  #latest = 0;
  /** The newest job's message (posted again when a stale job starts computing ahead of it). */
  #message: ToWorker | undefined;
  /** The job the worker is computing (from its 'rank-started' to its answer), undefined when idle or loading. */
  #computing: number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Workers started; for tests. */
  starts = 0;

  constructor(onEvent: (event: RankEvent) => void, options: RankClientOptions = {}) {
    this.#onEvent = onEvent;
    this.#createWorker = options.createWorker ?? createRankWorker;
    this.#timeLimitMs = options.timeLimitMs ?? TIME_LIMIT_MS;
  }

  #start(): WorkerLike {
    this.starts += 1;
    const worker = this.#createWorker();
    worker.addEventListener('message', (event) => this.#receive(event.data as RankReply));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#onEvent({ type: 'rank-error', id: this.#latest, error: { code: 'worker', field: '', message: event.message || 'the rankings worker failed to start' } });
    });
    this.#worker = worker;
    return worker;
  }

  #restart(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#computing = undefined;
  }

  #receive(message: RankReply): void {
    if (message.type === 'rank-started' && message.id < this.#latest && this.#message) {
      // A stale job began computing ahead of the newest: start afresh with the newest alone.
      this.#restart();
      this.#start().postMessage(this.#message);
      return;
    }
    if (message.id !== this.#latest) return;
    if (message.type === 'rank-started') this.#computing = message.id;
    if (message.type !== 'rank-started') {
      this.#computing = undefined;
      clearTimeout(this.#timer);
    }
    this.#onEvent(message);
  }

  /** Starts `job`; any older one is abandoned. Returns its id. */
  run(job: RankJob): number {
    const id = ++this.#latest;
    if (this.#computing !== undefined) this.#restart();
    const worker = this.#worker ?? this.#start();
    const message: ToWorker = { type: 'rank', id, job };
    this.#message = message;
    worker.postMessage(message);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.#latest !== id) return;
      this.#restart();
      this.#onEvent({ type: 'rank-timeout', id });
    }, this.#timeLimitMs);
    return id;
  }

  /** Drops the answers of every job asked so far. */
  cancel(): void {
    this.#latest += 1;
    this.#message = undefined;
    clearTimeout(this.#timer);
  }
}
