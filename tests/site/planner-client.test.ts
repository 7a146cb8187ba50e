// The page's worker client (site/src/planner-client.ts) with a fake worker: only the newest
// computation's answers are handed on, a stale computation that keeps a newer one waiting is
// abandoned by restarting the worker, and one past the time limit is stopped and reported.
import { describe, expect, it } from 'vitest';

import { PlannerClient, type WorkerEvent } from '../../site/src/planner-client.js';
import { FakeWorker } from './fake-worker.js';

function setup(options: { restartStaleAfterMs?: number; timeLimitMs?: number } = {}) {
  const workers: FakeWorker[] = [];
  const events: WorkerEvent[] = [];
  const client = new PlannerClient((event) => events.push(event), {
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    ...options,
  });
  return { client, workers, events };
}

const request = { model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the planner worker client', () => {
  it('hands on only the newest computation\'s answers', () => {
    const { client, workers, events } = setup();
    const first = client.compute(request, 'f16');
    const second = client.compute({ ...request, contextLength: 8192 }, 'f16');
    expect(second).toBe(first + 1);
    const worker = workers[0]!;
    expect(worker.posted.map((m) => m.type)).toEqual(['compute', 'compute']);
    worker.answer({ type: 'stage', id: first, stage: 'plan' });
    worker.answer({ type: 'done', id: first });
    worker.answer({ type: 'stage', id: second, stage: 'plan' });
    worker.answer({ type: 'done', id: second });
    expect(events).toEqual([{ type: 'stage', id: second, stage: 'plan' }, { type: 'done', id: second }]);
  });

  it('drops every answer after cancel() (an input became invalid)', () => {
    const { client, workers, events } = setup();
    const id = client.compute(request, 'f16');
    client.commands({} as never);
    const commandsId = (workers[0]!.posted[1] as { id: number }).id;
    client.cancel();
    workers[0]!.answer({ type: 'stage', id, stage: 'plan' });
    workers[0]!.answer({ type: 'commands', id: commandsId, commands: null });
    expect(events).toEqual([]);
    const next = client.compute(request, 'f16');
    expect(next).toBeGreaterThan(id + 1);
  });

  it('hands on only the newest commands answer', () => {
    const { client, workers, events } = setup();
    client.commands({} as never);
    client.commands({} as never);
    const [a, b] = workers[0]!.posted as { id: number }[];
    workers[0]!.answer({ type: 'commands', id: a!.id, commands: null });
    workers[0]!.answer({ type: 'commands', id: b!.id, commands: null });
    expect(events).toEqual([{ type: 'commands', id: b!.id, commands: null }]);
  });

  it('restarts the worker when a newer input arrives while a slow stage (the frontier) runs', async () => {
    const { client, workers } = setup({ restartStaleAfterMs: 20 });
    const first = client.compute(request, 'f16');
    workers[0]!.answer({ type: 'stage', id: first, stage: 'frontier' });
    // Within the grace period the same worker takes the next input (the frontier is about to end).
    client.compute(request, 'f16');
    expect(workers).toHaveLength(1);
    const third = client.compute(request, 'f16');
    workers[0]!.answer({ type: 'stage', id: third, stage: 'frontier' });
    await sleep(40);
    const fourth = client.compute({ ...request, contextLength: 2048 }, 'q8_0');
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.posted).toEqual([{ type: 'compute', id: fourth, request: { ...request, contextLength: 2048 }, analysisKv: 'q8_0' }]);
    expect(client.starts).toBe(2);
  });

  it('does not restart for a computation still in its plan stage (the next input waits a few ms)', async () => {
    const { client, workers } = setup({ restartStaleAfterMs: 10 });
    const first = client.compute(request, 'f16');
    workers[0]!.answer({ type: 'stage', id: first, stage: 'plan' });
    await sleep(30);
    client.compute(request, 'f16');
    expect(workers).toHaveLength(1);
  });

  it('stops a computation past the time limit and reports the stage it was in', async () => {
    const { client, workers, events } = setup({ timeLimitMs: 30 });
    const id = client.compute(request, 'f16');
    workers[0]!.answer({ type: 'stage', id, stage: 'frontier' });
    await sleep(60);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(events.at(-1)).toEqual({ type: 'timeout', id, stage: 'frontier' });
  });

  it('lets a finished computation run past the time limit without a timeout', async () => {
    const { client, workers, events } = setup({ timeLimitMs: 30 });
    const id = client.compute(request, 'f16');
    workers[0]!.answer({ type: 'done', id });
    await sleep(60);
    expect(workers).toHaveLength(1);
    expect(events.some((e) => e.type === 'timeout')).toBe(false);
  });
});
