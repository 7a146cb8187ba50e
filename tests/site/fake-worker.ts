// A fake Worker for the page's worker clients (planner-client.ts, rank-client.ts): records what was
// posted and whether it was terminated; answer() delivers a message as the worker would.
import type { WorkerLike } from '../../site/src/planner-client.js';
import type { FromWorker, ToWorker } from '../../site/src/protocol.js';

export class FakeWorker implements WorkerLike {
  readonly posted: ToWorker[] = [];
  terminated = false;
  #listeners: ((event: MessageEvent<FromWorker>) => void)[] = [];
  postMessage(message: ToWorker): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  addEventListener(type: string, listener: (event: never) => void): void {
    if (type === 'message') this.#listeners.push(listener as (event: MessageEvent<FromWorker>) => void);
  }
  answer(message: FromWorker): void {
    for (const listener of this.#listeners) listener({ data: message } as MessageEvent<FromWorker>);
  }
}
