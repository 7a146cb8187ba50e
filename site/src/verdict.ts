// The verdict card: the grade and its sentence (announced by screen readers), then decode and
// prefill speed with their uncertainty bands, the context and KV cache, where the blocks run and
// the quality estimate.
import { describeKvCache, formatBand, formatGiB, formatRate, type Plan, type PlanResult } from 'fitplan';

import { element, h } from './dom';
import { PLACEMENT_GLOSSARY, enhanceTerms, glossed } from './terms';

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

/** Where the model runs, in plain words (the flags come after, short). */
export function describePlacementPlain(plan: Plan): string {
  const p = plan.placement;
  const n = plan.layers.length;
  const disk = p.disk > 0 ? `; ${p.disk} read from disk as they are needed (slow)` : '';
  switch (p.kind) {
    case 'all-gpu':
      return `Everything on the GPU (all ${n} blocks and the output layer)`;
    case 'cpu-only':
      return `Everything on the CPU, from RAM (${n} blocks)${disk}`;
    case 'layer-split':
      return `${p.gpu} of ${n} blocks on the GPU, ${p.cpu} on the CPU${disk}`;
    case 'ffn-offload':
      return `The GPU runs attention for all ${n} blocks; the CPU runs the feed-forward part of ${p.cpu} of them${disk}`;
    case 'expert-offload':
      return `The GPU runs everything but the experts of ${p.cpu} of ${n} blocks, which stay in RAM for the CPU${disk}`;
  }
}

/** The placement's llama.cpp flags, short: "-ngl 81 --n-cpu-moe 3 + a tensor override (in the commands)". */
export function placementFlagsShort(plan: Plan): string {
  const p = plan.placement;
  const overrides = p.tensorOverrides.length;
  return (
    `llama.cpp -ngl ${p.nGpuLayers}${p.nCpuMoe > 0 ? ` --n-cpu-moe ${p.nCpuMoe}` : ''}` +
    (overrides > 0 ? ` + ${overrides === 1 ? 'a tensor override' : `${overrides} tensor overrides`} (-ot, in the commands)` : '')
  );
}

export function renderVerdict(plan: Plan, targetTps: number, fromFrontier: boolean, rule = ''): void {
  element('results').classList.remove('stale');
  const verdict = element<HTMLDivElement>('verdict');
  verdict.className = `verdict ${plan.usability.grade}`;
  verdict.dataset.grade = plan.usability.grade;
  verdict.replaceChildren(
    h('span', { class: 'grade' }, glossed(plan.usability.grade, GRADE_LABEL[plan.usability.grade])),
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
  const placementTerm = PLACEMENT_GLOSSARY[plan.placement.kind];
  // Plain words first (the label), the term after it (in the extra text), each explained on demand.
  const rows: [key: string, label: HTMLElement | string, value: string, extra: (Node | string)[], miss?: boolean][] = [
    ['decode', glossed('decode-speed', 'Answer speed'), `${formatBand(plan.decodeTokensPerSecond, plan.decodeTokensPerSecondLow, plan.decodeTokensPerSecondHigh)} tok/s`,
      [target ? `decode; ${target}` : 'decode'], target.endsWith('not met')],
    ['prefill', glossed('prefill', 'Reading your prompt'), `${formatBand(plan.prefillTokensPerSecond, plan.prefillTokensPerSecondLow, plan.prefillTokensPerSecondHigh)} tok/s`,
      [`prefill: the first token after ${plan.timeToFirstTokenSeconds.toFixed(1)} s for ${plan.promptTokens} tokens`]],
    ['context', glossed('context', 'Conversation length'), `${plan.contextLength} tokens${shrunk}`,
      [glossed('kv-cache', `KV cache ${describeKvCache(plan)}`), ...(plan.flashAttention ? [', ', glossed('flash-attention', 'flash attention')] : [])]],
    ['placement', placementTerm ? glossed(placementTerm, 'Runs on') : 'Runs on', describePlacementPlain(plan), [glossed('gpu-layers', placementFlagsShort(plan))]],
    ['quality', glossed('perplexity-increase', 'Accuracy lost'), `+${plan.qualityProxy.toFixed(3)} % perplexity vs F16`, ['an estimate; lower is better']],
    ['file', glossed('gguf', 'File'), `${formatGiB(plan.fileBytes)} GiB GGUF`, [glossed('mixed-precision', `per-block mix, based on ${plan.baseFileType}`)]],
  ];
  element('figures').replaceChildren(
    ...rows.flatMap(([key, label, value, extra, miss]) => [
      h('dt', {}, label),
      h('dd', { id: `plan-${key}` }, h('span', { class: 'value' }, value), h('span', { class: `extra${miss ? ' miss' : ''}` }, ...extra)),
    ]),
  );
  void enhanceTerms(element('verdict-card'));
}


/** Greys the plan out while a newer one is computed (no layout change). */
export function setPending(pending: boolean): void {
  element('results').classList.toggle('pending', pending);
}

/** An input is wrong (or there is no plan yet): the previous plan stays, greyed, below the message. */
export function renderPlanError(message: string, grade = 'Check the inputs'): void {
  element('results').classList.add('stale');
  const verdict = element<HTMLDivElement>('verdict');
  verdict.className = 'verdict error';
  verdict.dataset.grade = 'error';
  verdict.replaceChildren(h('span', { class: 'grade' }, grade), h('span', { id: 'verdict-message' }, message));
  const mini = element<HTMLAnchorElement>('mini-verdict');
  mini.className = 'mini-verdict error';
  mini.replaceChildren(h('span', { class: 'grade' }, grade), h('span', {}, message));
  element('figures').replaceChildren();
  element('headline').textContent = '';
  element('rule').textContent = '';
}

export type { PlanResult };
