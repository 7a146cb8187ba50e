/// <reference lib="webworker" />
// The planner in a module worker, so that typing never waits for WebAssembly. One computation per
// input change, in stages that arrive in this order: the plan (what the visitor waits for), the
// lean frontier (each point's figures and decisions, shown unfolded; the plan of a point the visitor
// picks is one 'point' message away), then the analysis table (folded by default). Between stages
// the worker lets queued messages in; a newer computation abandons the older one. The page starts a second instance of this worker
// for the rankings and comparisons (rank-client.ts): its jobs take up to a few seconds.
import { createPlanner, FitplanError, type Planner } from 'fitplan';

import type { ComparedPlan, ComputeMessage, ErrorInfo, FromWorker, ModelEntry, RankMessage, Stage, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker) => self.postMessage(message);
const plannerReady: Promise<Planner> = createPlanner();
let latest = 0;

function errorInfo(error: unknown): ErrorInfo {
  if (error instanceof FitplanError) return { code: error.code, field: error.field, message: error.message };
  return { code: 'worker', field: '', message: error instanceof Error ? error.message : String(error) };
}

/** Lets messages queued behind this computation run (a newer input, a commands request). */
const yieldToQueue = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function compute(message: ComputeMessage): Promise<void> {
  const planner = await plannerReady;
  const { id, request } = message;
  const stale = () => id !== latest;
  const stage = (name: Stage) => post({ type: 'stage', id, stage: name });
  if (stale()) return;

  stage('plan');
  let t = performance.now();
  try {
    post({ type: 'plan', id, plan: planner.plan({ ...request, compare: true }), ms: performance.now() - t });
  } catch (error) {
    post({ type: 'error', id, stage: 'plan', error: errorInfo(error) });
    post({ type: 'done', id });
    return;
  }

  await yieldToQueue();
  if (stale()) return;
  stage('frontier');
  t = performance.now();
  try {
    const points = planner.leanFrontier(request);
    post({ type: 'frontier', id, points, ms: performance.now() - t });
  } catch (error) {
    post({ type: 'error', id, stage: 'frontier', error: errorInfo(error) });
  }
  await yieldToQueue();
  if (stale()) return;
  stage('analysis');
  try {
    const analysis = planner.analyze({
      model: request.model,
      hardware: request.hardware,
      contextLength: request.contextLength,
      kvCacheType: message.analysisKv,
      ...(request.promptTokens === undefined ? {} : { promptTokens: request.promptTokens }),
    });
    post({ type: 'analysis', id, analysis });
  } catch (error) {
    post({ type: 'error', id, stage: 'analysis', error: errorInfo(error) });
  }

  post({ type: 'done', id });
}

let latestRank = 0;

/** A ranking (it carries every order's rule and every row's rank under each order) or a comparison. */
async function rank(message: RankMessage): Promise<void> {
  const planner = await plannerReady;
  const { id, job } = message;
  const stale = () => id !== latestRank;
  if (stale()) return;
  post({ type: 'rank-started', id });
  const t = performance.now();
  try {
    if (job.kind === 'models') {
      post({ type: 'ranked-models', id, ranking: planner.rankModels(job.request), ms: performance.now() - t });
    } else if (job.kind === 'machines') {
      post({ type: 'ranked-machines', id, ranking: planner.rankHardware(job.request), ms: performance.now() - t });
    } else {
      const plans: ComparedPlan[] = [];
      for (const request of job.requests) {
        try {
          plans.push({ plan: planner.plan(request) });
        } catch (error) {
          plans.push({ error: errorInfo(error) });
        }
        await yieldToQueue();
        if (stale()) return;
      }
      const model = job.requests[0]?.model;
      const modelName = typeof model === 'string' ? (planner.models().find((m) => m.id === model)?.name ?? model) : (model?.name ?? model?.id ?? '');
      post({ type: 'compared', id, modelName, plans, ms: performance.now() - t });
    }
  } catch (error) {
    if (!stale()) post({ type: 'rank-error', id, error: errorInfo(error) });
  }
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'catalog':
      plannerReady.then(
        (planner) => {
          const models: ModelEntry[] = planner.models().map(({ architecture: _a, source: _s, ...entry }) => entry);
          post({ type: 'catalog', models, hardware: planner.hardware() });
        },
        (error: unknown) => post({ type: 'error', id: 0, stage: 'load', error: errorInfo(error) }),
      );
      break;
    case 'compute':
      latest = message.id;
      compute(message).catch((error: unknown) => post({ type: 'error', id: message.id, stage: 'load', error: errorInfo(error) }));
      break;
    case 'commands':
      plannerReady.then((planner) => {
        try {
          post({ type: 'commands', id: message.id, commands: planner.commands(message.plan) });
        } catch (error) {
          post({ type: 'commands', id: message.id, commands: null, error: errorInfo(error) });
        }
      }, () => undefined);
      break;
    case 'point':
      plannerReady.then((planner) => {
        try {
          post({ type: 'point-plan', id: message.id, plan: planner.frontierPlan(message.request, message.point) });
        } catch (error) {
          post({ type: 'point-plan', id: message.id, plan: null, error: errorInfo(error) });
        }
      }, () => undefined);
      break;
    case 'rank':
      latestRank = message.id;
      rank(message).catch((error: unknown) => post({ type: 'rank-error', id: message.id, error: errorInfo(error) }));
      break;
  }
});
