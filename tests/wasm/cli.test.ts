// The `fitplan` command as users run it: node dist/cli.js (built by `npm run build:lib`).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { planner } from './setup.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function fitplan(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('fitplan --help', () => {
  it('lists the commands at top level', async () => {
    const run = await fitplan('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: fitplan <command>');
    for (const command of ['models', 'hardware', 'analyze']) expect(run.stdout).toContain(command);
  });

  it.each(['models', 'hardware', 'analyze'])('explains %s', async (command) => {
    const run = await fitplan(command, '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: fitplan ${command}`);
  });

  it('states the custom-hardware defaults', async () => {
    const run = await fitplan('analyze', '--help');
    for (const flag of ['--vram', '--ram', '--gpu-bw', '--ram-bw', '--disk-bw', '--gpu-tflops', '--unified', '--gpus', '--cores', '--pcie-bw', '--backend']) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout).toMatch(/default 4096/);
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
    const [header, blank, columns, rule, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toContain('Llama-3-8B (llama3-8b');
    expect(header).toContain('(rtx4090)');
    expect(header).toContain('context 8192 tokens');
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
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--vram', '8'], /--vram describes custom hardware/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'custom', '--vram', '8', '--ram', '32', '--ram-bw', '50', '--disk-bw', '3'], /needs --gpu-bw/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'custom', '--vram=-8', '--ram', '32', '--gpu-bw', '300', '--ram-bw', '50', '--disk-bw', '3'], /--vram: 'hardware.vramGiB' is -8/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'rtx4090', '--context', '-1'], /--context' argument is ambiguous/],
    [['analyze', '--model', 'llama3-8b', '--hardware', 'custom', '--vram', '8', '--ram', '32', '--gpu-bw', '300', '--ram-bw', '50', '--disk-bw', '3', '--backend', 'glide'], /--backend: unknown backend 'glide'/],
    [['optimise'], /unknown command 'optimise'/],
    [['models', 'extra'], /positional/i],
  ])('fitplan %j', async (args, message) => {
    const run = await fitplan(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
