// The `fitplan` command: main() in this process (run-cli.ts; tests/wasm/cli-bin.test.ts runs the
// built bin, node dist/cli.js, as users do).
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { allowedRange, formatRate, requestField } from '../../wasm/src/node.js';
import { runCli } from './run-cli.js';
import { planner } from './setup.js';

const fitplan = (...args: string[]) => runCli(args);

describe('fitplan --help', () => {
  it('lists the commands at top level', async () => {
    const run = await fitplan('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: fitplan <command>');
    for (const command of ['models', 'hardware', 'analyze', 'optimize']) expect(run.stdout).toContain(command);
  });

  it.each(['models', 'hardware', 'analyze', 'optimize'])('explains %s', async (command) => {
    const run = await fitplan(command, '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: fitplan ${command}`);
  });

  it('states the custom-hardware defaults', async () => {
    const run = await fitplan('analyze', '--help');
    for (const flag of ['--vram', '--ram', '--gpu-bw', '--ram-bw', '--disk-bw', '--gpu-tflops', '--unified', '--gpus', '--cores', '--pcie-bw', '--backend']) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout).toMatch(/default the smaller of 4096 and the model's maximum/);
  });

  it('exits 2 with the usage when no command is given', async () => {
    const run = await fitplan();
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Usage: fitplan <command>');
  });
});

describe('fitplan models / hardware', () => {
  it('prints the model table', async () => {
    const run = await fitplan('models');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^id\s+name\s+family\s+params/);
    expect(run.stdout).toMatch(/llama3-8b\s+Llama-3-8B\s+Llama 3\s+8\.03 B/);
  });

  it('prints the hardware table with units', async () => {
    const run = await fitplan('hardware');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('VRAM GiB');
    expect(run.stdout).toMatch(/rtx4090 .* cuda\s+1\s+24\s+64\s+1008\s+89\.6/);
  });

  it('prints exactly the API records with --json', async () => {
    expect(JSON.parse((await fitplan('models', '--json')).stdout)).toEqual(planner.models());
    expect(JSON.parse((await fitplan('hardware', '--json')).stdout)).toEqual(planner.hardware());
  });
});

describe('fitplan analyze', () => {
  it('prints a header line and an aligned table with units', async () => {
    const run = await fitplan('analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--context', '8192');
    expect(run.code).toBe(0);
    const [header, memory, blank, columns, rule, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toContain('Llama-3-8B (llama3-8b');
    expect(header).toContain('(rtx4090)');
    expect(header).toContain('context 8192 tokens');
    // What the machine leaves to the model, and what it keeps back.
    expect(memory).toBe('memory: RAM 57.60 GiB usable of 64 GiB (6.40 GiB kept for the OS); VRAM 23.50 GiB usable of 24 GiB (0.50 GiB margin kept free)');
    expect(blank).toBe('');
    for (const unit of ['weights GiB', 'KV GiB', 'total GiB', 'GPU layers', 'fits VRAM', 'decode tok/s (low–high)', 'prefill tok/s']) {
      expect(columns).toContain(unit);
    }
    expect(rule).toMatch(/^-+( +-+)+$/);
    const analysis = planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 8192 });
    expect(rows).toHaveLength(analysis.fileTypes.length);
    const q4 = analysis.fileTypes.find((r) => r.fileType === 'Q4_K_M')!;
    expect(rows.find((r) => r.startsWith('Q4_K_M '))).toContain(((q4.totalBytes / 2 ** 30).toFixed(2)));
  });

  it('prints exactly the API result with --json', async () => {
    const run = await fitplan('analyze', '--model', 'mistral-7b', '--hardware', 'rtx3060-12g', '--context', '8192', '--kv', 'q8_0', '--prompt', '1024', '--json');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      JSON.stringify(planner.analyze({ model: 'mistral-7b', hardware: 'rtx3060-12g', contextLength: 8192, kvCacheType: 'q8_0', promptTokens: 1024 }), null, 2) + '\n',
    );
  });

  it('analyzes the types --types names (case-insensitive), or all of them', async () => {
    const some = await fitplan('analyze', '--model', 'gpt-oss-20b', '--hardware', 'rtx4090', '--types', 'q4_k_m, MXFP4_MOE,IQ4_NL,q4_k_m', '--json');
    expect(some.code).toBe(0);
    expect(JSON.parse(some.stdout)).toEqual(
      planner.analyze({ model: 'gpt-oss-20b', hardware: 'rtx4090', fileTypes: ['Q4_K_M', 'IQ4_NL', 'MXFP4_MOE'] }),
    );
    expect(JSON.parse(some.stdout).fileTypes.map((r: { fileType: string }) => r.fileType)).toEqual(['Q4_K_M', 'IQ4_NL', 'MXFP4_MOE']);
    const all = await fitplan('analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--types', 'ALL');
    expect(all.code).toBe(0);
    const rows = all.stdout.trimEnd().split('\n').slice(5); // header, memory, blank, columns, rule
    expect(rows).toHaveLength(planner.analyze({ model: 'llama3-8b', hardware: 'rtx4090', fileTypes: 'all' }).fileTypes.length);
    for (const type of ['BF16', 'Q4_1', 'Q5_0', 'Q5_1', 'IQ4_NL', 'IQ3_S', 'IQ3_XS', 'IQ2_XS', 'IQ2_S', 'IQ1_S', 'Q2_K_S', 'TQ1_0', 'TQ2_0', 'MXFP4_MOE']) {
      expect(rows.some((row) => row.startsWith(`${type} `)), type).toBe(true);
    }
    const help = await fitplan('analyze', '--help');
    expect(help.stdout).toMatch(/--types LIST[\s\S]*'all'[\s\S]*F16 \.\.\. IQ1_M[\s\S]*default the common types and the model's native ones/);
  });

  it('builds custom hardware from flags (--vram 0 is a CPU-only box)', async () => {
    const run = await fitplan('analyze', '--model', 'llama3-8b', '--hardware', 'custom', '--vram', '0', '--ram', '32', '--ram-bw', '50', '--disk-bw', '3', '--cores', '6', '--json');
    expect(run.code).toBe(0);
    const api = planner.analyze({ model: 'llama3-8b', hardware: { vramGiB: 0, ramGiB: 32, ramBandwidthGBps: 50, diskBandwidthGBps: 3, cpuCores: 6 } });
    expect(JSON.parse(run.stdout)).toEqual(api);
    expect(api.hardware).toMatchObject({ backend: 'cpu', gpuCount: 0, cpuCores: 6 });
  });

  it('accepts every custom flag', async () => {
    const run = await fitplan('analyze', '--model', 'llama3-8b', '--hardware', 'custom', '--vram', '16', '--ram', '64', '--gpu-bw', '448', '--ram-bw', '60',
      '--disk-bw', '3.5', '--gpu-tflops', '40', '--gpus', '2', '--cores', '12', '--pcie-bw', '16', '--backend', 'vulkan', '--json');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).hardware).toMatchObject({
      id: 'custom', backend: 'vulkan', gpuCount: 2, vramBytes: 16 * 2 ** 30, ramBytes: 64 * 2 ** 30, gpuBandwidthGBps: 448,
      ramBandwidthGBps: 60, diskBandwidthGBps: 3.5, gpuTflops: 40, pcieBandwidthGBps: 16, cpuCores: 12, unifiedMemory: false,
    });
  });
});

describe('machines as people own them', () => {
  it('runs the documented custom example verbatim and says which figures it assumed', async () => {
    const run = await fitplan('optimize', '--model', 'phi3-mini', '--hardware', 'custom', '--vram', '4', '--ram', '32');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Custom: 4 GiB VRAM + 32 GiB RAM');
    expect(run.stdout).toMatch(
      /^assumed: GPU bandwidth 200 GB\/s \(--gpu-bw\), GPU 20 TFLOPS \(--gpu-tflops\), PCIe 32 GB\/s \(--pcie-bw\), RAM bandwidth 50 GB\/s \(--ram-bw\), disk bandwidth 3\.5 GB\/s \(--disk-bw\), 8 CPU cores \(--cores\)$/m,
    );
    const json = JSON.parse((await fitplan('optimize', '--model', 'phi3-mini', '--hardware', 'custom', '--vram', '4', '--ram', '32', '--json')).stdout);
    expect(json.hardwareAssumptions.map((a: { field: string }) => a.field)).toContain('hardware.gpuBandwidthGBps');
    // A CPU-only box needs neither a GPU bandwidth nor a GPU count.
    const cpu = await fitplan('analyze', '--model', 'phi3-mini', '--hardware', 'custom', '--vram', '0', '--ram', '32', '--ram-bw', '50');
    expect(cpu.code).toBe(0);
    expect(cpu.stdout).toMatch(/^assumed: disk bandwidth 3\.5 GB\/s \(--disk-bw\), 8 CPU cores \(--cores\)$/m);
    expect(cpu.stdout).toMatch(/^memory: RAM 28\.80 GiB usable of 32 GiB \(3\.20 GiB kept for the OS\); no GPU$/m);
  });

  it('takes a preset with your RAM (and other host figures)', async () => {
    const run = await fitplan('analyze', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--ram', '32');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('on NVIDIA GeForce RTX 4090 (24 GiB) + 32 GiB RAM (rtx4090);');
    expect(run.stdout).toContain('memory: RAM 28.80 GiB usable of 32 GiB (3.20 GiB kept for the OS)');
    expect(run.stdout).not.toContain('assumed:');
    const json = await fitplan('analyze', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--ram', '32', '--ram-bw', '60', '--disk-bw', '7', '--cores', '12', '--gpus', '2', '--json');
    const request = { model: 'llama3-70b', hardware: { preset: 'rtx4090', ramGiB: 32, ramBandwidthGBps: 60, diskBandwidthGBps: 7, cpuCores: 12, gpuCount: 2 } };
    expect(JSON.parse(json.stdout)).toEqual(planner.analyze(request));
    const plan = await fitplan('optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--ram', '32');
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/^PLAN .* on NVIDIA GeForce RTX 4090 \(24 GiB\) \+ 32 GiB RAM \(rtx4090\)$/m);
    expect(plan.stdout).toMatch(/^memory: .*RAM [\d.]+ \/ 28\.80 GiB usable of 32 GiB \(3\.20 GiB kept for the OS\)/m);
  });

  it('sets the memory kept back with --os-reserve and --gpu-margin', async () => {
    const run = await fitplan('analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--os-reserve', '4', '--gpu-margin', '1', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).capacity).toEqual({ gpuCapacityBytes: 23 * 2 ** 30, ramCapacityBytes: 60 * 2 ** 30, osReserveBytes: 4 * 2 ** 30, gpuMarginBytes: 2 ** 30 });
    const custom = await fitplan('analyze', '--model', 'llama3-8b', '--hardware', 'custom', '--vram', '8', '--ram', '16', '--os-reserve', '0');
    expect(custom.stdout).toMatch(/^memory: RAM 16\.00 GiB usable of 16 GiB \(0\.00 GiB kept for the OS\); VRAM 7\.50 GiB usable of 8 GiB \(0\.50 GiB margin kept free\)$/m);
  });

  it('documents the host and reserve flags with their defaults', async () => {
    for (const command of ['analyze', 'optimize']) {
      const help = (await fitplan(command, '--help')).stdout;
      expect(help).toContain(`fitplan ${command} --model ID --hardware ID --ram GiB [options]`);
      // Each flag's line, then its facts (range and default: the core's request-field table).
      expect(help).toMatch(/--gpu-bw GB\/s .*\n +allowed 0 or 1 to 100000 GB\/s; default 200 \(machines with a GPU; 0 without\)\n/);
      expect(help).toMatch(/--ram-bw GB\/s .*\n +allowed 0\.5 to 100000 GB\/s; default 50\n/);
      expect(help).toMatch(/--disk-bw GB\/s .*\n +allowed 0\.01 to 1000 GB\/s; default 3\.5\n/);
      expect(help).toMatch(/--os-reserve GiB .*\n +allowed 0 to 65536 GiB; default max\(2 GiB, RAM \/ 10\)\n/);
      expect(help).toMatch(/--gpu-margin GiB .*\n +allowed 0 to 65536 GiB; default min\(0\.5 GiB, VRAM \/ 16\); none on unified memory\n/);
    }
  });

  it("defaults analyze's context to the model's maximum when that is shorter", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fitplan-ctx-'));
    const config = JSON.parse(await readFile(new URL('./fixtures/configs/llama3.2-1b.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const path = join(dir, 'config.json');
    await writeFile(path, JSON.stringify({ ...config, max_position_embeddings: 2048 }));
    const run = await fitplan('analyze', '--model', path, '--hardware', 'rtx4090');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('context 2048 tokens');
  });
});

describe('fitplan optimize', () => {
  const request = { model: 'llama3-70b', hardware: 'rtx4090', contextLength: 8192, targetTps: 3, compare: true };

  it('prints the plan report, with the uniform baseline under --compare', async () => {
    const run = await fitplan('optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--context', '8192', '--target-tps', '3', '--compare');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const plan = planner.plan(request);
    const lines = run.stdout.trimEnd().split('\n');
    // The answer first (verdict, rule, the file to download), then the report of the original planner.
    expect(lines[0]).toBe(`ANSWER: ${plan.headline}`);
    expect(lines[1]).toBe(`why this plan: ${plan.objectiveRule}`);
    expect(lines).toContain('PLAN Llama-3-70B (llama3-70b, 70.55 B params) on NVIDIA GeForce RTX 4090 (24 GiB) + 64 GiB DDR5 (rtx4090)');
    expect(lines).toContain('feasible: yes');
    expect(lines).toContain('context length: 8192');
    expect(lines).toContain(`KV cache: ${plan.kvCacheTypeK}`);
    // File types as llama.cpp names them, most blocks first.
    const histogram = Object.entries(plan.histogram).sort(([, a], [, b]) => b - a);
    expect(run.stdout).toContain(`per-layer quant: ${histogram[0]![0]} ${histogram[0]![1]}`);
    expect(run.stdout).toMatch(/per-layer quant: .* \(blocks per file type\)\n/);
    // Written as a Node tool writes, not as Python literals.
    expect(run.stdout).not.toMatch(/True|False|\{'/);
    const { gpu, cpu, disk, nGpuLayers, kind } = plan.placement;
    expect(lines).toContain(`placement (${kind}): gpu=${gpu} cpu=${cpu} disk=${disk} (n_gpu_layers=${nGpuLayers})`);
    expect(run.stdout).toContain(`est decode tok/s: ${plan.decodeTokensPerSecond.toFixed(2)} (${plan.decodeTokensPerSecondLow.toFixed(2)}–`);
    expect(run.stdout).toContain(`est prefill tok/s: ${plan.prefillTokensPerSecond.toFixed(0)} (time to first token`);
    expect(run.stdout).toMatch(
      /^memory: GPU \d+\.\d\d \/ 23\.50 GiB \(weights [\d.]+, KV [\d.]+, compute [\d.]+, overhead [\d.]+; 0\.50 GiB margin kept free\); RAM [\d.]+ \/ 57\.60 GiB usable of 64 GiB \(6\.40 GiB kept for the OS\); disk 0\.00 GiB$/m,
    );
    expect(lines).toContain(`usability: ${plan.usability.message}`);
    expect(lines).toContain(`quality proxy (rel-PPL %): ${plan.qualityProxy.toFixed(3)} (estimated degradation vs fp16; lower is better)`);
    for (const note of plan.notes) expect(lines).toContain(`  - ${note}`);
    expect(lines).toContain('--- uniform Q4_K_M baseline (same context) ---');
    expect(lines.at(-1)).toBe(
      `feasible: yes; GPU layers ${plan.baseline!.placement.nGpuLayers} of 81 (-ngl); decode ${formatRate(plan.baseline!.decodeTokensPerSecond)} tok/s; ` +
        `quality proxy ${plan.baseline!.qualityProxy.toFixed(3)} %`,
    );
  });

  it('shows --n-cpu-moe for a MoE expert offload and no baseline without --compare', async () => {
    const run = await fitplan('optimize', '--model', 'qwen3-30b-a3b', '--hardware', 'rtx4060-8g');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^placement \(expert-offload\): gpu=\d+ cpu=\d+ disk=0 \(n_gpu_layers=49, n_cpu_moe=\d+\)$/m);
    expect(run.stdout).not.toContain('baseline');
  });

  it('caps the default context at the model maximum', async () => {
    const run = await fitplan('optimize', '--model', 'llama2-7b', '--hardware', 'rtx4090', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).request.contextLength).toBe(4096);
  });

  it('prints exactly the API result with --json', async () => {
    const run = await fitplan('optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--context', '8192', '--target-tps', '3', '--compare', '--json');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(JSON.stringify(planner.plan(request), null, 2) + '\n');
  });

  it('maps every flag onto the request', async () => {
    const run = await fitplan('optimize', '--model', 'llama3-8b', '--hardware', 'custom', '--vram', '8', '--ram', '32', '--gpu-bw', '272', '--ram-bw', '60',
      '--disk-bw', '3', '--context', '4096', '--min-context', '1024', '--target-tps', '20', '--kv', 'q8_0', '--min-quant', 'Q4_K_S', '--no-disk',
      '--prompt', '256', '--json');
    expect(run.stderr).toBe('');
    const plan = JSON.parse(run.stdout);
    const api = planner.plan({
      model: 'llama3-8b', hardware: { vramGiB: 8, ramGiB: 32, gpuBandwidthGBps: 272, ramBandwidthGBps: 60, diskBandwidthGBps: 3 },
      contextLength: 4096, minContextLength: 1024, targetTps: 20, kv: 'q8_0', minQuant: 'Q4_K_S', allowDisk: false, promptTokens: 256,
    });
    expect(plan).toEqual(api);
    expect(plan.request).toMatchObject({ minContextLength: 1024, targetTps: 20, kv: 'q8_0', minQuant: 'Q4_K_S', allowDisk: false, promptTokens: 256, compare: false });
  });

  it('adds the frontier with --pareto: a table, or the API points under "frontier" with --json', async () => {
    const args = ['optimize', '--model', 'llama3-8b', '--hardware', 'rtx4060-8g', '--pareto'];
    const points = planner.frontier({ model: 'llama3-8b', hardware: 'rtx4060-8g', contextLength: 8192 });
    const json = await fitplan(...args, '--json');
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.frontier).toEqual(points);
    const { frontier: _frontier, ...plan } = parsed;
    expect(plan).toEqual(planner.plan({ model: 'llama3-8b', hardware: 'rtx4060-8g', contextLength: 8192 }));

    const text = await fitplan(...args);
    expect(text.code).toBe(0);
    const table = text.stdout.slice(text.stdout.indexOf('PARETO FRONTIER'));
    const [title, header, rule, ...rows] = table.trimEnd().split('\n');
    expect(title).toContain(`${points.length} plans`);
    expect(header).toMatch(/^quality proxy %\s+decode tok\/s\s+total GiB\s+KV\s+placement\s+ngl$/);
    expect(rule).toMatch(/^-+( +-+)+$/);
    expect(rows).toHaveLength(points.length);
    expect(rows[0]!.trim().split(/\s+/)).toEqual([
      points[0]!.qualityProxy.toFixed(3), points[0]!.decodeTokensPerSecond.toFixed(2), (points[0]!.totalBytes / 2 ** 30).toFixed(2),
      points[0]!.plan.kvCacheTypeK, points[0]!.plan.placement.kind, String(points[0]!.plan.placement.nGpuLayers),
    ]);
  });
});

describe('usage errors exit 2 with a message', () => {
  it.each([
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--colour', 'red'], /Unknown option '--colour'/],
    [['analyze', '--model'], /--model/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--context', 'lots'], /--context expects a number, got 'lots'/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--context', '1.5'], /--context expects a whole number/],
    [['analyze', '--model', 'llama3-8', '--hardware', 'rtx4090'], /--model: unknown model id 'llama3-8'; closest: .*llama3-8b/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx40900'], /--hardware: unknown hardware id .*closest: .*rtx4090/],
    [['analyze', '--model', 'llama2-7b', '--hardware', 'rtx4090', '--context', '32768'], /--context: .*maximum is 4096/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--kv', 'q3'], /--kv: unknown KV-cache type 'q3'/],
    [['analyze', '--hardware', 'rtx4090'], /--model is required/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--types', 'Q4_K_M,Q4_K_XL'], /--types: unknown llama\.cpp file type 'Q4_K_XL'; allowed: all, F32, F16/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--types', ','], /--types expects 'all' or comma-separated file types/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--types', 'all,Q4_K_M'], /--types: 'all' already names every type/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--vram', '8'], /--vram describes custom hardware/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'custom', '--ram', '32'], /--hardware custom needs --vram/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'custom', '--vram', '8'], /--hardware custom needs --ram/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--gpu-bw', '300'], /--gpu-bw describes custom hardware; .*only --ram, --ram-bw, --disk-bw, --cores, --gpus, --os-reserve and --gpu-margin apply/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--unified'], /--unified describes custom hardware/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'm2-max', '--ram', '32'], /--ram: 'hardware.ramGiB' cannot be set for the preset 'm2-max': on a unified-memory machine/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--ram', '0'], `--ram 0: allowed ${allowedRange(requestField('hardware', 'ramGiB'))}`],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--gpus', '1.5'], /--gpus expects a whole number/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--os-reserve', '64'], /--os-reserve: 'hardware.osReserveGiB' is 64\.00 GiB; allowed 0 up to less than the RAM/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--gpu-margin', '30'], /--gpu-margin: 'hardware.gpuMarginGiB' is 30\.00 GiB/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'cpu-32g', '--gpu-margin', '1'], /--gpu-margin: 'hardware.gpuMarginGiB' is set but the machine has no GPU/],
    [['optimize', '--model', 'llama3-8b', '--hardware', 'custom', '--vram', '4', '--ram', '32', '--os-reserve=-1'], `--os-reserve -1: allowed ${allowedRange(requestField('hardware', 'osReserveGiB'))}`],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'custom', '--vram=-8', '--ram', '32', '--gpu-bw', '300', '--ram-bw', '50', '--disk-bw', '3'], `--vram -8: allowed ${allowedRange(requestField('hardware', 'vramGiB'))}`],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--context', '-1'], /--context' argument is ambiguous/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'custom', '--vram', '8', '--ram', '32', '--gpu-bw', '300', '--ram-bw', '50', '--disk-bw', '3', '--backend', 'glide'], /--backend: unknown backend 'glide'/],
    [['optimise'], /unknown command 'optimise'/],
    [['optimize', '--hardware', 'rtx4090'], /--model is required/],
    [['optimize', '--model', 'llama3-8b'], /--hardware is required/],
    [['optimize', '--model', 'llama3-70', '--hardware', 'rtx4090'], /--model: unknown model id 'llama3-70'; closest: .*llama3-70b/],
    [['optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--target-tps=-3'], `--target-tps -3: allowed ${allowedRange(requestField('plan', 'targetTps'))}`],
    [['optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--target-tps', 'fast'], /--target-tps expects a number, got 'fast'/],
    [['optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--context', '16384'], /--context: .*maximum is 8192/],
    [['optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--min-context', '9000'], /--min-context: 'minContextLength'/],
    [['optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--kv', 'bf16'], /--kv: unknown KV-cache type 'bf16'; allowed: auto, f16, q8_0, q4_0/],
    [['optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--min-quant', 'Q9'], /--min-quant: 'minQuant' is 'Q9'; allowed: F32, F16/],
    [['optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--prompt', '0'], `--prompt 0: allowed ${allowedRange(requestField('plan', 'promptTokens'))}`],
    [['optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--disk'], /Unknown option '--disk'/],
    [['optimize', '--model', 'llama3-70b', '--hardware', 'rtx4090', '--vram', '8'], /--vram describes custom hardware/],
    [['models', 'extra'], /positional/i],
  ])('fitplan %j', async (args, message) => {
    const run = await fitplan(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
