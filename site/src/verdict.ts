// The verdict card: the grade and its sentence (announced by screen readers), then decode and
// prefill speed with their uncertainty bands, the context and KV cache, where the blocks run and
// the quality estimate.
import { describeKvCache, formatBand, formatGiB, formatRate, type Plan, type PlanResult } from 'fitplan';

import { element, h } from './dom';

const GRADE_LABEL: Record<Plan['usability']['grade'], string> = {
  usable: 'Usable',
  slow: 'Slow',
  impractical: 'Impractical',
  infeasible: 'Does not fit',
};

export const PLACEMENT_KIND: Record<Plan['placement']['kind'], string> = {
  'all-gpu': 'everything on the GPU',
  'layer-split': 'layer split',
  'expert-offload': 'MoE expert offload',
  'ffn-offload': 'FFN offload',
  'cpu-only': 'CPU only',
};

/** The llama.cpp flags of a plan's placement, e.g. "-ngl 48 --n-cpu-moe 3". */
export function placementFlags(plan: Plan): string {
  const p = plan.placement;
  return [`-ngl ${p.nGpuLayers}`, ...(p.nCpuMoe > 0 ? [`--n-cpu-moe ${p.nCpuMoe}`] : []), ...p.tensorOverrides.map((o) => `-ot ${o}`)].join(' ');
}

/** Blocks per tier in words, then the llama.cpp flags. */
export function describePlacementWords(plan: Plan): string {
  const p = plan.placement;
  const where = [`${p.gpu} GPU`, `${p.cpu} CPU`, ...(p.disk > 0 ? [`${p.disk} disk`] : [])];
  return `${PLACEMENT_KIND[p.kind]}: ${where.join(' · ')} of ${plan.layers.length} blocks (${placementFlags(plan)})`;
}

export function renderVerdict(plan: Plan, targetTps: number, fromFrontier: boolean, rule = ''): void {
  element('results').classList.remove('stale');
  const verdict = element<HTMLDivElement>('verdict');
  verdict.className = `verdict ${plan.usability.grade}`;
  verdict.dataset.grade = plan.usability.grade;
  verdict.replaceChildren(
    h('span', { class: 'grade' }, GRADE_LABEL[plan.usability.grade]),
    // The API's sentence, less the grade it starts with ("slow - usable for batch work" -> "usable for batch work").
    h('span', { id: 'verdict-message', 'data-message': plan.usability.message }, plan.usability.message.replace(/^\w+ - /, '')),
    ...(fromFrontier ? [h('span', { class: 'badge' }, 'frontier plan')] : []),
  );

  element('headline').textContent = plan.headline;
  element('rule').textContent = rule;

  const mini = element<HTMLAnchorElement>('mini-verdict');
  mini.className = `mini-verdict ${plan.usability.grade}`;
  mini.replaceChildren(
    h('span', { class: 'grade' }, GRADE_LABEL[plan.usability.grade]),
    plan.feasible ? h('span', {}, `${formatRate(plan.decodeTokensPerSecond)} tok/s · ${describeKvCache(plan)} · -ngl ${plan.placement.nGpuLayers}`) : h('span', {}, 'see the notes'),
  );

  const target = targetTps > 0 ? (plan.decodeTokensPerSecond >= targetTps ? `target ${targetTps} tok/s met` : `target ${targetTps} tok/s not met`) : '';
  const shrunk = plan.contextLength < plan.request.contextLength ? ` (shrunk from ${plan.request.contextLength} to fit)` : '';
  const rows: [string, string, string, string?][] = [
    ['decode', 'Decode', `${formatBand(plan.decodeTokensPerSecond, plan.decodeTokensPerSecondLow, plan.decodeTokensPerSecondHigh)} tok/s`, target],
    [
      'prefill',
      'Prefill',
      `${formatBand(plan.prefillTokensPerSecond, plan.prefillTokensPerSecondLow, plan.prefillTokensPerSecondHigh)} tok/s`,
      `first token after ${plan.timeToFirstTokenSeconds.toFixed(1)} s for ${plan.promptTokens} tokens`,
    ],
    ['context', 'Context', `${plan.contextLength} tokens${shrunk}`, `KV cache ${describeKvCache(plan)}${plan.flashAttention ? ', flash attention' : ''}`],
    ['placement', 'Placement', describePlacementWords(plan)],
    ['quality', 'Quality', `+${plan.qualityProxy.toFixed(3)} % perplexity vs F16`, 'estimate; lower is better'],
    ['file', 'File', `${formatGiB(plan.fileBytes)} GiB GGUF`, `base ${plan.baseFileType}`],
  ];
  element('figures').replaceChildren(
    ...rows.flatMap(([key, label, value, extra]) => [
      h('dt', {}, label),
      h('dd', { id: `plan-${key}` }, h('span', { class: 'value' }, value), extra ? h('span', { class: `extra${key === 'decode' && extra.endsWith('not met') ? ' miss' : ''}` }, extra) : null),
    ]),
  );
}

/** Greys the plan out while a newer one is computed (no layout change). */
export function setPending(pending: boolean): void {
  element('results').classList.toggle('pending', pending);
}

/** An input is wrong: the previous plan stays, dimmed, below the message. */
export function renderPlanError(message: string): void {
  element('results').classList.add('stale');
  const verdict = element<HTMLDivElement>('verdict');
  verdict.className = 'verdict error';
  verdict.dataset.grade = 'error';
  verdict.replaceChildren(h('span', { class: 'grade' }, 'Check the inputs'), h('span', { id: 'verdict-message' }, message));
  const mini = element<HTMLAnchorElement>('mini-verdict');
  mini.className = 'mini-verdict error';
  mini.replaceChildren(h('span', { class: 'grade' }, 'Check the inputs'), h('span', {}, message));
  element('figures').replaceChildren();
  element('headline').textContent = '';
  element('rule').textContent = '';
}

export type { PlanResult };
