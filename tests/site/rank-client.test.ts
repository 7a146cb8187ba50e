// The rankings worker client (site/src/rank-client.ts) with a fake worker: started on first use, only
// the newest job's answers handed on, a job still computing when a newer one comes is abandoned by
// starting the worker afresh (not one merely queued, nor one whose ranking has arrived), and a job
// past the time limit is stopped and reported.
import { describe, expect, it } from 'vitest';

import type { ModelRanking } from 'fitplan';

import type { RankJob } from '../../site/src/protocol.js';
import { RankClient, type RankEvent } from '../../site/src/rank-client.js';
import { FakeWorker } from './fake-worker.js';

function setup(timeLimitMs?: number) {
  const workers: FakeWorker[] = [];
  const events: RankEvent[] = [];
  const client = new RankClient((event) => events.push(event), {
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    ...(timeLimitMs === undefined ? {} : { timeLimitMs }),
  });
  return { client, workers, events };
}

const job: RankJob = { kind: 'models', request: { hardware: 'rtx4090', contextLength: 8192 } };
const ranking = { order: 'recommended', orderRule: 'rule', rows: [] } as unknown as ModelRanking;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the rankings worker client', () => {
  it('starts its worker on the first job and hands on only the newest job\'s answers', () => {
    const { client, workers, events } = setup();
    expect(workers).toHaveLength(0);
    const first = client.run(job);
    const second = client.run({ kind: 'machines', request: { model: 'llama3-8b', contextLength: 4096 } });
    // The first was only queued (never started): the same worker takes the second.
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted.map((m) => m.type === 'rank' && m.job.kind)).toEqual(['models', 'machines']);
    workers[0]!.answer({ type: 'ranked-models', id: first, ranking, ms: 1 });
    workers[0]!.answer({ type: 'rank-started', id: second });
    workers[0]!.answer({ type: 'rank-error', id: second, error: { code: 'internal', field: '', message: 'fast' } });
    expect(events).toEqual([{ type: 'rank-started', id: second }, { type: 'rank-error', id: second, error: { code: 'internal', field: '', message: 'fast' } }]);
  });

  it('restarts the worker when a newer job comes while one computes', () => {
    const { client, workers } = setup();
    const first = client.run(job);
    workers[0]!.answer({ type: 'rank-started', id: first });
    const second = client.run(job);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.posted).toEqual([{ type: 'rank', id: second, job }]);
    // Once the ranking is in, the job is done: a newer job queues on the same worker.
    workers[1]!.answer({ type: 'rank-started', id: second });
    workers[1]!.answer({ type: 'ranked-models', id: second, ranking, ms: 1 });
    client.run(job);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.terminated).toBe(false);
  });

  it('restarts the worker when a stale job begins computing ahead of a newer one', () => {
    const { client, workers, events } = setup();
    const first = client.run(job);
    const second = client.run(job);
    workers[0]!.answer({ type: 'rank-started', id: first });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.posted).toEqual([{ type: 'rank', id: second, job }]);
    expect(events).toEqual([]);
  });

  it('drops every answer after cancel()', () => {
    const { client, workers, events } = setup();
    const id = client.run(job);
    client.cancel();
    workers[0]!.answer({ type: 'ranked-models', id, ranking, ms: 1 });
    expect(events).toEqual([]);
  });

  it('stops a job past the time limit and reports it', async () => {
    const { client, workers, events } = setup(20);
    const id = client.run(job);
    workers[0]!.answer({ type: 'rank-started', id });
    await sleep(50);
    expect(events.at(-1)).toEqual({ type: 'rank-timeout', id });
    expect(workers[0]!.terminated).toBe(true);
    client.run(job);
    expect(workers).toHaveLength(2);
  });
});
