// Issue #9: the recipe for an imported GGUF starts from the file the user has: no `hf download` of
// a repository that does not exist, no conversion that would overwrite the file, no doubled
// extensions, an Ollama name from the file's stem; a file read from a URL or the Hub is downloaded
// first. Checked through the API and `fitplan optimize --commands` on sparse GGUF files.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { importModel, type ModelSpec } from '../../wasm/src/node.js';
import { catalogGguf, writeSparseGguf } from './gguf-writer.js';
import { startServer, type TestServer } from './import-server.js';
import { runCli } from './run-cli.js';
import { planner } from './setup.js';

const fitplan = runCli;

let dir: string;
let f16: string;
let q8: string;
let server: TestServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fitplan-own-'));
  f16 = join(dir, 'Llama-3.2-1B-F16.gguf');
  q8 = join(dir, 'Llama-3.2-1B-Q8_0.gguf');
  await writeSparseGguf(f16, catalogGguf('llama3.2-1b', 'F16'));
  await writeSparseGguf(q8, catalogGguf('llama3.2-1b', 'Q8_0'));
  server = await startServer({
    files: new Map([['/models/Llama-3.2-1B-F16.gguf', { path: f16 }]]),
    hub: new Map([['test/llama-gguf', { files: new Map([['Llama-3.2-1B-F16.gguf', { path: f16 }]]) }]]),
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const planOf = (model: ModelSpec) => planner.plan({ model, hardware: 'rtx3050-4g', contextLength: 8192 });

describe('an imported local F16 file', () => {
  it('is where the recipe starts: no download, no conversion, names from its stem', async () => {
    const { model } = await importModel(f16);
    expect(model.file?.url).toBeUndefined();
    const result = planOf(model);
    expect(result.feasible).toBe(true);
    const commands = planner.commands(result);
    const quantize = commands.llamaQuantize.text;
    expect(quantize).not.toMatch(/hf download|convert_hf_to_gguf/);
    expect(quantize).toMatch(/^# Starts from your F16 file Llama-3\.2-1B-F16\.gguf/);
    expect(quantize).toMatch(/\n {2}Llama-3\.2-1B-F16\.gguf Llama-3\.2-1B-fitplan\.gguf Q\d_K_M \d+\n/);
    expect(quantize).not.toContain('--allow-requantize');
    for (const runtime of [commands.llamaCpp, commands.llamaQuantize, commands.ollama, commands.vllm]) expect(runtime.text).not.toContain('.gguf-');
    expect(commands.ollama.text).toContain('ollama create llama-3.2-1b-fitplan -f Modelfile');
    expect(commands.ollama.caveats.join('\n')).not.toContain('library tag');
    expect(commands.transformers.text).toContain('gguf_file = "Llama-3.2-1B-F16.gguf"');
    expect(result.customBuild).toMatchObject({ startsFrom: 'your F16 file Llama-3.2-1B-F16.gguf', downloadBytes: 0, diskBytes: result.fileBytes });
    expect(result.customBuild.tools[0]).toBe('llama-quantize');
  });

  it('the CLI answer builds the mix from the file, with the same commands', async () => {
    const run = await fitplan(['optimize', '--model', f16, '--hardware', 'rtx3050-4g', '--commands']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('the mix below is built from your F16 file Llama-3.2-1B-F16.gguf');
    expect(run.stdout).toMatch(/OR BUILD THE CUSTOM MIX \(per-block precision, from your F16 file Llama-3\.2-1B-F16\.gguf\): it takes \d+\.\d GB of disk at most/);
    expect(run.stdout).not.toMatch(/hf download|convert_hf_to_gguf|\.gguf-/);
    expect(run.stdout).toContain('Llama-3.2-1B-F16.gguf Llama-3.2-1B-fitplan.gguf');
  });
});

describe('an imported quantized file', () => {
  it('is requantized with --allow-requantize and a warning, or an F16 file given with sourcePath is used', async () => {
    const { model } = await importModel(q8);
    const result = planOf(model);
    const commands = planner.commands(result);
    expect(commands.llamaQuantize.text).toMatch(/llama-quantize --allow-requantize/);
    expect(commands.llamaQuantize.text).toContain('Llama-3.2-1B-Q8_0.gguf Llama-3.2-1B-fitplan.gguf');
    expect(commands.llamaQuantize.caveats.join('\n')).toContain('already quantized (Q8_0)');
    const fromF16 = planner.commands(result, { sourcePath: 'Llama-3.2-1B-F16.gguf' }).llamaQuantize.text;
    expect(fromF16).not.toContain('--allow-requantize');
    expect(fromF16).toContain('Llama-3.2-1B-F16.gguf Llama-3.2-1B-fitplan.gguf');
  });
});

describe('a file read from a URL or the Hub', () => {
  it('a URL: fetched with curl first, its bytes counted as the download', async () => {
    const url = `${server.url}/models/Llama-3.2-1B-F16.gguf`;
    const { model } = await importModel(url);
    expect(model.file?.url).toBe(url);
    const result = planOf(model);
    const text = planner.commands(result).llamaQuantize.text;
    expect(text).toContain(`# 1. Download the file you imported (F16):\ncurl -L --fail -o Llama-3.2-1B-F16.gguf ${url}\n`);
    expect(result.customBuild.downloadBytes).toBe(model.file?.fileBytes);
    expect(result.customBuild.tools[0]).toBe('curl');
  });

  it('a Hugging Face file: hf download of that file, then quantize it', async () => {
    const { model } = await importModel('hf:test/llama-gguf', { hubUrl: server.url, gguf: 'Llama-3.2-1B-F16.gguf' });
    const result = planOf(model);
    const text = planner.commands(result).llamaQuantize.text;
    expect(text).toContain('hf download test/llama-gguf Llama-3.2-1B-F16.gguf --local-dir .\n');
    expect(text).toContain('Llama-3.2-1B-F16.gguf Llama-3.2-1B-fitplan.gguf');
    expect(result.customBuild.tools[0]).toBe('hf (huggingface_hub CLI)');
  });
});

describe('model.file.url', () => {
  it('must be a string', () => {
    expect(() => planner.plan({ model: { architecture: planner.models().find((m) => m.id === 'llama3.2-1b')!.architecture, file: { label: 'x.gguf', fileType: 'F16', fileBytes: 0, url: 5 as unknown as string, tensors: [] } }, hardware: 'rtx4090', contextLength: 4096 })).toThrow(
      /'model\.file\.url' must be a string/,
    );
  });
});
