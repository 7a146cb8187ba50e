// Issue #16, item 3: names read from an imported file reach the terminal escaped. A GGUF whose
// general.name clears the screen, retitles the window and reverses the text prints as visible
// \uXXXX escapes in every CLI output, text and JSON; the JSON still reads back the exact name.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { escapeTerminal, importModel } from '../../wasm/src/node.js';
import { catalogMetadata, catalogModel, catalogTensors, str, writeGguf, writeSparseGguf } from './gguf-writer.js';
import { runCli } from './run-cli.js';

const HOSTILE = 'Evil\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eeman\r';
// Anything a terminal acts on: C0 but tab and newline, DEL, C1, bidirectional overrides.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const fitplan = runCli;

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fitplan-escapes-'));
  file = join(dir, 'model.gguf');
  const metadata = catalogMetadata(catalogModel('qwen2.5-0.5b'), 'Q4_K_M').map(([key, value]) =>
    key === 'general.name' ? ([key, str(HOSTILE)] as const) : ([key, value] as const),
  );
  await writeSparseGguf(file, writeGguf({ metadata: metadata as Parameters<typeof writeGguf>[0]['metadata'], tensors: catalogTensors('qwen2.5-0.5b', 'Q4_K_M') }));
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('escapeTerminal', () => {
  it('writes every control and bidi character as \\uXXXX and keeps tabs, newlines and other text', () => {
    expect(escapeTerminal('a\tb\nc')).toBe('a\tb\nc');
    expect(escapeTerminal('\u001b[2J')).toBe('\\u001b[2J');
    expect(escapeTerminal('x\u0007\u007f\u009b\u202e\u2066\ry')).toBe('x\\u0007\\u007f\\u009b\\u202e\\u2066\\u000dy');
    expect(escapeTerminal('Modèle 模型 ✓')).toBe('Modèle 模型 ✓');
  });
});

describe('the CLI on a model whose name is hostile', () => {
  it('analyze and optimize print no control character; --json reads back the exact name', async () => {
    const { model } = await importModel(file);
    expect(model.name).toBe(HOSTILE);
    for (const args of [['analyze'], ['optimize'], ['optimize', '--commands'], ['analyze', '--json']]) {
      const run = await fitplan([args[0]!, '--model', file, '--hardware', 'rtx4090', ...args.slice(1)]);
      expect(run.code, run.stderr).toBe(0);
      expect(CONTROL.test(run.stdout), args.join(' ')).toBe(false);
      expect(CONTROL.test(run.stderr), args.join(' ')).toBe(false);
      if (args.includes('--json')) {
        expect(JSON.parse(run.stdout).model.name).toBe(HOSTILE);  // escaped on the wire, exact once parsed
      } else {
        expect(run.stdout + run.stderr).toContain('Evil\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u202eeman\\u000d');
      }
    }
    const json = await fitplan(['optimize', '--model', file, '--hardware', 'rtx4090', '--json']);
    expect(json.code).toBe(0);
    expect(CONTROL.test(json.stdout)).toBe(false);
  }, 120_000);
});
