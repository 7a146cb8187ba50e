// The CLI's text: aligned tables, the analysis, the plan report (answer first), the frontier, the
// commands of --commands, the rankings and the side-by-side comparison. Pure functions of API
// results; what a command prints with --json is the result itself (json()).
import {
  analysisColumns,
  describeAnalysis,
  describeAssumptions,
  describeCapacity,
  describeKvCache,
  describeMixOption,
  describeModel,
  describeNoPublishedFile,
  describePlacement,
  describePlanMemory,
  describePublishedFile,
  describeRequirements,
  formatBand,
  formatGiB,
  formatParams,
  formatRate,
  histogramEntries,
  smallestUsableGpu,
  smallestUsableMachine,
} from '../format.js';
import { DEFAULT_RANK_CONTEXT } from '../convert.js';
import { defaultOf } from '../fields.js';
import type {
  Analysis,
  Commands,
  FrontierPoint,
  HardwareAssumption,
  HardwareInfo,
  HardwareRanking,
  MachineNeed,
  ModelInfo,
  ModelRanking,
  Plan,
  PlanResult,
  Planner,
  RankedRow,
  RuntimeCommand,
} from '../types.js';
import { flagOfField } from './flags.js';

/** Aligned plain-text table: two spaces between columns, a dashed rule under the header. */
export function renderTable(headers: readonly string[], rows: readonly string[][], align: readonly ('left' | 'right')[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

export function renderColumns<T>(columns: readonly { header: string; align: 'left' | 'right'; cell(row: T): string }[], rows: readonly T[]): string {
  return renderTable(
    columns.map((c) => c.header),
    rows.map((r) => columns.map((c) => c.cell(r))),
    columns.map((c) => c.align),
  );
}

export const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** "assumed: GPU bandwidth 200 GB/s (--gpu-bw), ...\n", or "" when the request gave every figure. */
export function assumedLine(assumptions: readonly HardwareAssumption[]): string {
  return assumptions.length > 0 ? `assumed: ${describeAssumptions(assumptions, flagOfField)}\n` : '';
}

// ------------------------------------------------------------------------------ models, hardware, analyze

/** fitplan models: the built-in models. */
export function modelsTable(list: readonly ModelInfo[]): string {
  return renderColumns(
    [
      { header: 'id', align: 'left', cell: (m) => m.id },
      { header: 'name', align: 'left', cell: (m) => m.name },
      { header: 'family', align: 'left', cell: (m) => m.family },
      { header: 'params', align: 'right', cell: (m) => formatParams(m.totalParams) },
      { header: 'active', align: 'right', cell: (m) => formatParams(m.activeParams) },
      { header: 'max context', align: 'right', cell: (m) => String(m.maxContext) },
      {
        header: 'notes',
        align: 'left',
        cell: (m) => [m.moe && 'MoE', m.slidingWindow && 'sliding window', m.mla && 'MLA'].filter(Boolean).join(', '),
      },
    ],
    list,
  );
}

/** fitplan hardware: the built-in machines. */
export function hardwareTable(list: readonly HardwareInfo[]): string {
  return renderColumns(
    [
      { header: 'id', align: 'left', cell: (h) => h.id },
      { header: 'name', align: 'left', cell: (h) => h.name },
      { header: 'backend', align: 'left', cell: (h) => h.backend },
      { header: 'GPUs', align: 'right', cell: (h) => String(h.gpuCount) },
      { header: 'VRAM GiB', align: 'right', cell: (h) => formatGiB(h.vramBytes, 0) },
      { header: 'RAM GiB', align: 'right', cell: (h) => formatGiB(h.ramBytes, 0) },
      { header: 'GPU GB/s', align: 'right', cell: (h) => String(h.gpuBandwidthGBps) },
      { header: 'RAM GB/s', align: 'right', cell: (h) => String(h.ramBandwidthGBps) },
      { header: 'unified', align: 'left', cell: (h) => (h.unifiedMemory ? 'yes' : '') },
    ],
    list,
  );
}

/** fitplan analyze: the header lines, the table of file types and, for an imported GGUF, its own row. */
export function analysisText(analysis: Analysis, promptTokens: number): string {
  let text = `${describeAnalysis(analysis)}, prompt ${promptTokens} tokens\n`;
  text += `memory: ${describeCapacity(analysis.capacity, analysis.hardware)}\n${assumedLine(analysis.hardwareAssumptions)}\n`;
  text += renderColumns(analysisColumns, analysis.fileTypes);
  if (analysis.file) {
    // The imported GGUF as it is (its own tensor types and size), under the same columns.
    text += `\nThis file, ${analysis.file.label} (${analysis.file.fileType}, as it is):\n`;
    text += renderColumns(analysisColumns, [{ ...analysis.file, fileType: 'file' }]);
  }
  return text;
}

// ------------------------------------------------------------------------------ optimize

/** A word as the shell reads it back: bare when safe, else single-quoted (like the core's shell_quote). */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** Each runtime: a header (applicability), the version it targets, the text, its files, its caveats. */
export function commandsText({ value, why }: { value: Commands | null; why: string }, pareto: boolean): string {
  const which = pareto ? 'the chosen plan (above the frontier)' : 'this plan';
  if (!value) return `\nCOMMANDS: none for ${which}: ${why}\n`;
  const runtimes: RuntimeCommand[] = [value.llamaCpp, value.llamaQuantize, value.ollama, value.transformers, value.vllm, value.mlx];
  const sections = runtimes.map((c) =>
    [
      `=== ${c.runtime}: ${c.applicable ? 'runs on this machine' : 'does not run on this machine (written for reference)'} ===`,
      `targets: ${c.targets}`,
      c.text.trimEnd(),
      `files: ${c.files.length > 0 ? c.files.map(shellWord).join(' ') : 'none'}`,
      ...(c.caveats.length > 0 ? ['caveats:', ...c.caveats.map((caveat) => `- ${caveat}`)] : []),
    ].join('\n'),
  );
  return `\nCOMMANDS for ${which} (file names: --model-path, --source-path, --imatrix-path)\n\n${sections.join('\n\n')}\n`;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function modelOf(plan: Plan, planner: Planner): ModelInfo | undefined {
  return planner.models().find((m) => m.id === plan.model);
}

function hardwareName(plan: PlanResult, planner: Planner): string {
  const hardware = plan.request.hardware;
  if (typeof hardware !== 'string' && 'preset' in hardware) return `${plan.hardwareName} (${hardware.preset})`;
  if (typeof hardware !== 'string') return hardware.name;
  const info = planner.hardware().find((h) => h.id === hardware);
  return info ? `${info.name} (${info.id})` : hardware;
}

/** The answer first: the verdict, the rule, the published file to download and how to run it, then what the mix takes. */
export function answerText(plan: PlanResult): string {
  const lines = [`ANSWER: ${plan.headline}`, `why this plan: ${plan.objectiveRule}`];
  if (plan.requirements) lines.push(`what would run it: ${describeRequirements(plan.requirements, plan.request.contextLength)}`);
  const published = plan.published;
  if (published) {
    const file = published.plan;
    lines.push(
      '',
      `DOWNLOAD THIS FILE: ${describePublishedFile(published)}`,
      `  as it runs here: ${file.headline} Quality proxy +${file.qualityProxy.toFixed(3)} %, ` +
        `decode ${formatBand(file.decodeTokensPerSecond, file.decodeTokensPerSecondLow, file.decodeTokensPerSecondHigh)} tok/s, ` +
        `context ${file.contextLength}, KV ${describeKvCache(file)}`,
      `  memory: ${describePlanMemory(file)}`,
    );
    if (file.feasible) {
      lines.push('  llama.cpp (downloads on first run):', ...published.commands.llamaServer.trimEnd().split('\n').map((l) => `    ${l}`));
      lines.push('  Ollama:', ...published.commands.ollama.trimEnd().split('\n').map((l) => `    ${l}`));
    }
    if (published.otherRepos.length > 0) lines.push(`  also published by: ${published.otherRepos.join(', ')}`);
  } else {
    lines.push('', `DOWNLOAD THIS FILE: ${describeNoPublishedFile(plan.customBuild)} To compare with a repository's files, import it (--model hf:org/name).`);
  }
  if (plan.feasible) {
    lines.push('', `OR BUILD THE CUSTOM MIX (per-block precision, from ${plan.customBuild.startsFrom}): ${describeMixOption(published, plan.customBuild)}`);
  }
  return lines.join('\n') + '\n\n';
}

/** The human-readable plan (the layout of the original planner's report). */
export function planText(plan: PlanResult, planner: Planner): string {
  const model = modelOf(plan, planner);
  const lines = [
    `PLAN ${model ? describeModel(model) : plan.model} on ${hardwareName(plan, planner)}`,
    `feasible: ${yesNo(plan.feasible)}`,
    `context length: ${plan.contextLength}${plan.contextLength < plan.request.contextLength ? ` (shrunk from ${plan.request.contextLength} to fit)` : ''}`,
    `KV cache: ${describeKvCache(plan)}`,
    `per-layer quant: ${histogramEntries(plan).map(([type, count]) => `${type} ${count}`).join(', ')} (blocks per file type)`,
    `placement (${plan.placement.kind}): ${describePlacement(plan)}`,
    ...plan.placement.tensorOverrides.map((pattern) => `tensor override: -ot '${pattern}'`),
    `est decode tok/s: ${formatBand(plan.decodeTokensPerSecond, plan.decodeTokensPerSecondLow, plan.decodeTokensPerSecondHigh, (n) => n.toFixed(2))}` +
      (plan.targetTps > 0 ? `; target ${plan.targetTps} ${plan.decodeTokensPerSecond >= plan.targetTps ? 'met' : 'not met'}` : ''),
    `est prefill tok/s: ${plan.prefillTokensPerSecond.toFixed(0)} (time to first token ${plan.timeToFirstTokenSeconds.toFixed(1)} s for ${plan.promptTokens} tokens)`,
    `memory: ${describePlanMemory(plan)}`,
    ...(plan.hardwareAssumptions.length > 0 ? [assumedLine(plan.hardwareAssumptions).trimEnd()] : []),
    ...(plan.feasible && plan.maxGpuContext > 0
      ? [`largest context fully on the GPU (${plan.baseFileType}, KV ${plan.kvCacheTypeK}): ${plan.maxGpuContext} tokens`]
      : []),
    ...(plan.request.objective === 'workload'
      ? [`workload: ${plan.workloadSeconds.toFixed(2)} s for ${plan.promptTokens} prompt + ${plan.request.outputTokens ?? defaultOf<number>('plan', 'outputTokens')} output tokens`]
      : []),
    `usability: ${plan.usability.message}`,
    `quality proxy (rel-PPL %): ${plan.qualityProxy.toFixed(3)} (estimated degradation vs fp16; lower is better)`,
    'notes:',
    ...plan.notes.map((note) => `  - ${note}`),
  ];
  const baseline = plan.baseline;
  if (baseline) {
    const context = baseline.contextLength === plan.contextLength ? 'same context' : `context ${baseline.contextLength}`;
    lines.push(
      `--- uniform ${baseline.baseFileType} baseline (${context}) ---`,
      `feasible: ${yesNo(baseline.feasible)}; GPU layers ${baseline.placement.nGpuLayers} of ${baseline.layers.length + 1} (-ngl); ` +
        `decode ${formatRate(baseline.decodeTokensPerSecond)} tok/s; quality proxy ${baseline.qualityProxy.toFixed(3)} %`,
    );
  }
  return lines.join('\n') + '\n';
}

export function frontierTable(points: readonly FrontierPoint[]): string {
  return renderColumns(
    [
      { header: 'quality proxy %', align: 'right', cell: (p) => p.qualityProxy.toFixed(3) },
      { header: 'decode tok/s', align: 'right', cell: (p) => p.decodeTokensPerSecond.toFixed(2) },
      { header: 'total GiB', align: 'right', cell: (p) => formatGiB(p.totalBytes) },
      { header: 'KV', align: 'left', cell: (p) => describeKvCache(p.plan) },
      { header: 'placement', align: 'left', cell: (p) => p.plan.placement.kind },
      { header: 'ngl', align: 'right', cell: (p) => String(p.plan.placement.nGpuLayers) },
    ],
    points,
  );
}

// ------------------------------------------------------------------------------ rank / compare

const GRADE_WORD: Record<string, string> = { usable: 'usable', slow: 'slow', impractical: 'impractical', infeasible: 'cannot run' };
const FIT_WORD: Record<string, string> = { gpu: 'GPU', 'gpu+ram': 'GPU + RAM', disk: 'disk', none: '—' };
/** Where a plan runs, in a word; "GPU + RAM" is RAM alone on a machine without a GPU. */
const whereWord = (fit: string, hasGpu: boolean) => (fit === 'gpu+ram' && !hasGpu ? 'RAM' : FIT_WORD[fit] ?? fit);

/** The file a row downloads, in a few words ("Qwen/Qwen3-32B-GGUF Q4_K_M, 19.8 GB"; "custom mix" without one). */
function rowFile(row: RankedRow): string {
  if (!row.feasible) return '—';
  if (!row.published) return `custom ${row.baseFileType} mix (no published file known)`;
  const size = `${(row.published.fileBytes / 1e9).toFixed(1)} GB`;
  return `${row.published.repo} ${row.published.fileType}, ${size}`;
}

const rankColumnsCommon = [
  { header: 'verdict', align: 'left', cell: (r: RankedRow) => GRADE_WORD[r.grade] ?? r.grade },
  { header: 'decode tok/s', align: 'right', cell: (r: RankedRow) => (r.feasible ? formatBand(r.decodeTokensPerSecond, r.decodeTokensPerSecondLow, r.decodeTokensPerSecondHigh) : '—') },
  { header: 'prefill tok/s', align: 'right', cell: (r: RankedRow) => (r.feasible ? formatRate(r.prefillTokensPerSecond) : '—') },
  { header: 'PPL +%', align: 'right', cell: (r: RankedRow) => (r.feasible ? r.qualityProxy.toFixed(2) : '—') },
  { header: 'context', align: 'right', cell: (r: RankedRow) => (r.feasible ? `${r.contextLength}${r.contextCapped || r.contextLength < r.askedContextLength ? '*' : ''}` : '—') },
  { header: 'where', align: 'left', cell: (r: RankedRow) => whereWord(r.fit, r.hardware.gpuCount > 0) },
] as const;

/** The row first in the recommended order, whatever order the table is in (--sort). */
function firstRecommended(rows: readonly RankedRow[]): RankedRow | undefined {
  return rows.reduce<RankedRow | undefined>((best, row) => (best && best.ranks.recommended < row.ranks.recommended ? best : row), undefined);
}

export function modelRankingText(ranking: ModelRanking, planner: Planner): string {
  const r = ranking.request;
  const hw = typeof r.hardware === 'string' ? planner.hardware().find((h) => h.id === r.hardware)?.name ?? r.hardware : ranking.rows[0]?.hardware.name ?? 'custom';
  const usable = ranking.rows.filter((row) => row.grade === 'usable');
  const best = firstRecommended(usable) ?? firstRecommended(ranking.rows.filter((row) => row.feasible));
  const lines = [
    `WHAT RUNS ON ${hw}: ${usable.length} of ${ranking.rows.length} models at a usable speed, context ${r.contextLength}, objective ${r.objective ?? 'balanced'}.`,
    best
      ? `Best pick: ${best.model.name} — ${best.headline}${best.published ? ` Download ${best.published.repo} (${best.published.fileType}).` : ''}`
      : 'Nothing runs on this machine at this context.',
    assumedLine(ranking.hardwareAssumptions).trimEnd(),
    ranking.orderRule,
    ranking.filteredOut > 0 ? `${ranking.filteredOut} models left out by --family / --max-params.` : '',
    '',
  ].filter((line, i) => line !== '' || i === 5);
  const table = renderColumns(
    [
      { header: '#', align: 'right', cell: (row: RankedRow) => String(row.rank) },
      { header: 'model', align: 'left', cell: (row: RankedRow) => row.model.id },
      { header: 'params', align: 'right', cell: (row: RankedRow) => `${formatParams(row.model.totalParams)}${row.model.moe ? ` (${formatParams(row.model.activeParams)} active)` : ''}` },
      ...rankColumnsCommon,
      { header: 'download', align: 'left', cell: rowFile },
    ],
    ranking.rows,
  );
  const starred = ranking.rows.some((row) => row.feasible && (row.contextCapped || row.contextLength < row.askedContextLength));
  const foot = [
    starred ? '* below the context asked: the model\'s maximum, or what fits.' : '',
    'download: the published file that serves the objective best; the plan may be a per-block mix around it (optimize shows both).',
    `Open a row: fitplan optimize --model ID --hardware ${typeof r.hardware === 'string' ? r.hardware : '...'}${r.contextLength !== DEFAULT_RANK_CONTEXT ? ` --context ${r.contextLength}` : ''}`,
  ].filter(Boolean);
  return `${lines.join('\n')}\n${table}\n${foot.join('\n')}\n`;
}

export function hardwareRankingText(ranking: HardwareRanking, planner: Planner): string {
  const r = ranking.request;
  const model = typeof r.model === 'string' ? planner.models().find((m) => m.id === r.model)?.name ?? r.model : r.model.name ?? r.model.id ?? 'the model';
  const usable = ranking.rows.filter((row) => row.grade === 'usable');
  const fastest = firstRecommended(usable);
  const smallestGpu = smallestUsableGpu(ranking.rows);
  const leastMemory = smallestUsableMachine(ranking.rows);
  const lines = [
    `MACHINES FOR ${model}: ${usable.length} of ${ranking.rows.length + (r.includeInfeasible ? 0 : ranking.leftOut)} machines run it at a usable speed, context ${r.contextLength}, objective ${r.objective ?? 'balanced'}.`,
    fastest ? `Fastest, on the least hardware: ${fastest.hardware.name} — ${fastest.headline}` : '',
    smallestGpu ? `Smallest GPU that runs it at a usable speed: ${smallestGpu.hardware.name} — ${smallestGpu.headline}` : '',
    leastMemory && leastMemory !== smallestGpu ? `Least memory in all (GPU + RAM): ${leastMemory.hardware.name} — ${leastMemory.headline}` : '',
    ranking.orderRule,
    '',
  ].filter(Boolean);
  const gib = (bytes: number) => `${formatGiB(bytes, 0)}`;
  const table = renderColumns(
    [
      { header: '#', align: 'right', cell: (row: RankedRow) => String(row.rank) },
      { header: 'machine', align: 'left', cell: (row: RankedRow) => row.hardware.id },
      { header: 'GPU GiB', align: 'right', cell: (row: RankedRow) => (row.hardware.gpuCount === 0 ? '—' : `${row.hardware.gpuCount > 1 ? `${row.hardware.gpuCount}x` : ''}${gib(row.hardware.vramBytes)}`) },
      { header: 'RAM GiB', align: 'right', cell: (row: RankedRow) => gib(row.hardware.ramBytes) },
      ...rankColumnsCommon,
      { header: 'download', align: 'left', cell: rowFile },
    ],
    ranking.rows,
  );
  const needs = renderColumns(
    [
      { header: 'file type', align: 'left', cell: (n: MachineNeed) => n.fileType },
      { header: 'file GB', align: 'right', cell: (n: MachineNeed) => (n.fileBytes / 1e9).toFixed(1) },
      { header: 'PPL +%', align: 'right', cell: (n: MachineNeed) => n.qualityProxy.toFixed(2) },
      { header: 'all on one GPU: VRAM GiB', align: 'right', cell: (n: MachineNeed) => formatGiB(n.vramBytes, 1) },
      { header: `GPU GB/s for ${formatRate(ranking.needsTokensPerSecond)} tok/s`, align: 'right', cell: (n: MachineNeed) => (n.gpuBandwidthGBps > 0 ? n.gpuBandwidthGBps.toFixed(0) : 'none reaches it') },
      { header: 'GPU + RAM GiB', align: 'right', cell: (n: MachineNeed) => formatGiB(n.gpuRamBytes, 1) },
    ],
    ranking.needs,
  );
  const left = ranking.leftOut > 0 ? `${ranking.leftOut} machines cannot run it at all (--all lists them).\n` : '';
  return `${lines.join('\n')}\n\n${table}\n${left}\nWHAT IT TAKES at context ${r.contextLength} (f16 KV cache; first-order: one CUDA GPU sized to fit; GPU + RAM is before the OS's own RAM):\n${needs}`;
}

/** fitplan compare: one column per machine (`ids` as given), then each plan's headline. */
export function compareText(plans: readonly PlanResult[], ids: readonly string[]): string {
  const rows: [string, (p: PlanResult) => string][] = [
    ['machine', (p) => p.hardwareName],
    ['verdict', (p) => GRADE_WORD[p.usability.grade] ?? p.usability.grade],
    ['decode tok/s', (p) => (p.feasible ? formatBand(p.decodeTokensPerSecond, p.decodeTokensPerSecondLow, p.decodeTokensPerSecondHigh) : '—')],
    ['prefill tok/s', (p) => (p.feasible ? formatRate(p.prefillTokensPerSecond) : '—')],
    ['PPL +% vs F16', (p) => (p.feasible ? p.qualityProxy.toFixed(2) : '—')],
    ['context, KV', (p) => (p.feasible ? `${p.contextLength}, ${p.kvCacheTypeK}` : '—')],
    ['where', (p) => whereWord(p.fit, p.memory.gpus.length > 0)],
    ['GPU GiB', (p) => formatGiB(p.memory.gpuTotalBytes)],
    ['RAM GiB', (p) => formatGiB(p.memory.cpu.totalBytes)],
    ['download', (p) => (p.published ? `${p.published.repo} ${p.published.fileType}` : '—')],
  ];
  const header = ['', ...plans.map((_, i) => ids[i] ?? '')];
  const body = rows.map(([label, cell]) => [label, ...plans.map(cell)]);
  let text = `${renderTable(header, body, ['left', ...plans.map(() => 'left' as const)])}\n`;
  for (const p of plans) text += `${p.hardwareName}: ${p.headline}\n`;
  return text;
}
