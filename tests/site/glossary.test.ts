// The glossary the page and the README share (site/src/glossary.ts): well-formed entries, every
// figure in an explanation stated by the comment that cites its source, the core's constants the
// entries quote still the core's, the README section as scripts/gen-glossary.mjs writes it, the
// colours of glossary.css readable in both themes, and the view (site/src/glossary-view.ts) on a
// minimal fake DOM (the site tests run in node, without a browser DOM).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { Plan } from 'fitplan';

import { GLOSSARY, README_GLOSSARY_END, README_GLOSSARY_START, glossaryEntry, glossaryMarkdown } from '../../site/src/glossary.js';
import { PLACEMENT_GLOSSARY, glossaryAnchor, questionFor, renderGlossary, term } from '../../site/src/glossary-view.js';
import { planner } from '../wasm/setup.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

// ------------------------------------------------------------------------------------ the data

describe('the glossary entries', () => {
  it('have unique kebab-case ids and nonempty words', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of GLOSSARY) {
      expect(entry.id, entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const text of [entry.term, entry.plain, entry.explanation]) expect(text.trim(), entry.id).not.toBe('');
      // A phrase, not a sentence; one to three sentences of explanation.
      expect(entry.plain, entry.id).not.toMatch(/[.:;]$/);
      const sentences = entry.explanation.match(/[.!?](?=\s|$)/g) ?? [];
      expect(sentences.length, entry.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, entry.id).toBeLessThanOrEqual(3);
    }
  });

  it('hold plain text: nothing Markdown or HTML would read as markup (the README prints the same strings)', () => {
    for (const entry of GLOSSARY) {
      for (const text of [entry.term, entry.plain, entry.explanation, ...(entry.aliases ?? [])]) expect(text, entry.id).not.toMatch(/[`*<>[\]|\\]/);
    }
  });

  it('cover the words the issue names and every verdict grade and placement the page shows', () => {
    const asked = [
      'kv-cache', 'flash-attention', 'prefill', 'gpu-layers', 'perplexity-increase', 'moe-offload', 'mla', 'dp-resolution', 'compute-buffer',
      'overhead', 'headroom', 'decode-speed', 'context', 'quantization', 'bits-per-weight', 'gguf', 'imatrix', 'mmap', 'unified-memory',
      'layer-split', 'ffn-offload', 'sliding-window', 'frontier', 'gib-gb',
    ];
    for (const id of asked) expect(() => glossaryEntry(id), id).not.toThrow();
    // Exhaustive by type: a new grade in the core's contract fails tsc here until it has an entry.
    const grades: Record<Plan['usability']['grade'], true> = { usable: true, slow: true, impractical: true, infeasible: true };
    for (const grade of Object.keys(grades)) expect(() => glossaryEntry(grade), grade).not.toThrow();
    for (const id of Object.values(PLACEMENT_GLOSSARY)) if (id !== null) expect(() => glossaryEntry(id), id).not.toThrow();
  });

  it('throws for an unknown id', () => {
    expect(() => glossaryEntry('kv-cahce')).toThrow(/unknown glossary id 'kv-cahce'/);
  });
});

// ------------------------------------------------------------------------------------ figures and their sources

/** Numbers as written in prose ("2048", "0.035", "1,073,741,824"), not digits inside names (q8_0, Llama-3-8B, GB10). */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/(?<![\w.]|[A-Za-z]-)\d+(?:[.,]\d+)*(?!\w)/g)].map((m) => Number(m[0].replaceAll(',', '')));
}

/** Each entry's id with the comment lines right above its object literal in glossary.ts. */
function entryComments(): Map<string, string> {
  const lines = read('site/src/glossary.ts').split('\n');
  const comments = new Map<string, string>();
  for (let i = 0; i + 1 < lines.length; ++i) {
    const id = /^\s*id: '([^']+)',/.exec(lines[i + 1]!)?.[1];
    if (!/^\s*\{\s*$/.test(lines[i]!) || id === undefined) continue;
    const comment: string[] = [];
    for (let j = i - 1; j >= 0 && /^\s*\/\//.test(lines[j]!); --j) comment.unshift(lines[j]!.replace(/^\s*\/\/\s?/, ''));
    comments.set(id, comment.join(' '));
  }
  return comments;
}

describe('the figures of the explanations', () => {
  const comments = entryComments();

  it('every entry has a comment that cites sources which exist', () => {
    expect([...comments.keys()].sort()).toEqual(GLOSSARY.map((e) => e.id).sort());
    for (const [id, comment] of comments) {
      const cited = comment.match(/\b(?:core|site|wasm|tests|scripts)\/[\w./-]*\w|\bREADME\.md\b|runtime-facts\.md/g) ?? [];
      expect(cited.length, `${id}: cites no source`).toBeGreaterThan(0);
      for (const path of cited) if (path !== 'runtime-facts.md') expect(existsSync(join(root, path)), `${id} cites ${path}`).toBe(true);
    }
  });

  it('every number an explanation states is in the comment that cites its source', () => {
    for (const entry of GLOSSARY) {
      const stated = new Set(numbersIn(comments.get(entry.id) ?? ''));
      for (const n of numbersIn(`${entry.plain} ${entry.explanation}`)) expect(stated.has(n), `${entry.id}: ${n} is not in its comment`).toBe(true);
    }
  });
});

/** The first capture of `pattern` in a source file, as a number. */
function constant(path: string, pattern: RegExp): number {
  const found = pattern.exec(read(path));
  if (!found) throw new Error(`${pattern} not found in ${path}`);
  return Number(found[1]);
}

describe('the core constants the entries quote', () => {
  const explanation = (id: string) => glossaryEntry(id).explanation;
  const capacity = 'core/include/fitplan/capacity.hpp';
  const planner_hpp = 'core/include/fitplan/planner.hpp';
  const calibration = 'core/include/fitplan/calibration.hpp';

  it('the GPU margin: min(512 MiB, VRAM / 16), 0.5 GiB of a 24 GiB card', () => {
    const maxMiB = constant(capacity, /kGpuMarginMaxBytes = (\d+) \* kMiB/);
    const divisor = constant(capacity, /kGpuMarginVramDivisor = (\d+)/);
    expect(explanation('headroom')).toContain(`min(${maxMiB} MiB, VRAM / ${divisor})`);
    const marginGiB = Math.min(maxMiB / 1024, 24 / divisor);
    expect(explanation('headroom')).toContain(`leaves ${marginGiB} GiB of a 24 GiB card free`);
    // The planner applies it: an RTX 4090 (24 GiB) plan keeps exactly that margin.
    const plan = planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 8192 });
    expect(plan.memory.gpuMarginBytes).toBe(marginGiB * 2 ** 30);
  });

  it('the OS reserve: max(2 GiB, RAM / 10)', () => {
    const minGiB = constant(capacity, /kOsReserveMinBytes = (\d+) \* kGiB/);
    const divisor = constant(capacity, /kOsReserveRamDivisor = (\d+)/);
    expect(explanation('os-reserve')).toContain(`max(${minGiB} GiB, RAM / ${divisor})`);
  });

  it('the verdict thresholds', () => {
    const usable = constant(planner_hpp, /usable_tokens_per_second = ([\d.]+)/);
    const slow = constant(planner_hpp, /slow_tokens_per_second = ([\d.]+)/);
    expect(explanation('usable')).toContain(`at least ${usable} tokens per second`);
    expect(explanation('slow')).toContain(`between ${slow} and ${usable} tokens per second`);
    expect(explanation('impractical')).toContain(`fewer than ${slow} tokens per second`);
  });

  it('the optimizer, the context floor and the prompt', () => {
    expect(explanation('dp-resolution')).toContain(`at least ${constant(planner_hpp, /int knapsack_buckets = (\d+)/)} steps`);
    expect(explanation('dp-resolution')).toContain(`at most ${constant(planner_hpp, /kMaxKnapsackBuckets = (\d+)/)}`);
    expect(explanation('dp-resolution')).toContain(`at least ${constant('core/src/planner_internal.hpp', /kBucketsPerBlock = (\d+)/)} per block`);
    expect(explanation('context')).toContain(`(${constant(planner_hpp, /min_context_tokens = (\d+)/)} tokens by default)`);
    expect(explanation('prefill')).toContain(`(${constant(planner_hpp, /prompt_tokens = (\d+)/)} tokens unless you change it)`);
    expect(explanation('compute-buffer')).toContain(`-ub ${constant('core/src/commands_common.hpp', /kUbatch = (\d+)/)} tokens`);
  });

  it('overhead, KV padding and quality priors', () => {
    expect(explanation('overhead')).toContain(`${constant(calibration, /kGpuOverheadBytes = (\d+) \* kMiB/)} MiB (CUDA, ROCm, Vulkan, SYCL)`);
    expect(explanation('overhead')).toContain(`${constant(calibration, /kMetalOverheadBytes = (\d+) \* kMiB/)} MiB (Metal)`);
    expect(explanation('overhead')).toContain(`(${constant(calibration, /kHostProcessBytes = (\d+) \* kMiB/)} MiB plus the vocabulary)`);
    expect(explanation('kv-cache')).toContain(`multiple of ${constant(calibration, /kKvCellPadding = (\d+)/)} tokens`);
    const q8 = constant(calibration, /\{KvType::kQ8_0, ([\d.]+)\}/);
    const q4 = constant(calibration, /\{KvType::kQ4_0, ([\d.]+)\}/);
    expect(explanation('kv-cache')).toContain(`+${q8} % or +${q4} % perplexity`);
    expect(explanation('perplexity-increase')).toContain(`Q4_K_M: +${constant(calibration, /\{FileType::kQ4_K_M, ([\d.]+),/)} %`);
    expect(explanation('bits-per-weight')).toContain(
      `${constant('core/src/quant.cpp', /"q4_K", (\d+), \d+,/)} weights in ${constant('core/src/quant.cpp', /"q4_K", \d+, (\d+),/)} bytes, 4.5 bits`,
    );
  });

  it('-ngl: the blocks + 1 that put Llama-3-8B entirely on the GPU', () => {
    const plan = planner.plan({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 8192 });
    expect(plan.placement.kind).toBe('all-gpu');
    expect(explanation('gpu-layers')).toContain(`a model of ${plan.layers.length} blocks, such as Llama-3-8B, needs -ngl ${plan.placement.nGpuLayers} to run entirely`);
    expect(plan.placement.nGpuLayers).toBe(plan.layers.length + 1);
    expect(explanation('block')).toContain(`Llama-3-8B has ${plan.layers.length}.`);
  });
});

// ------------------------------------------------------------------------------------ the README

describe('the README section', () => {
  it('is what gen-glossary writes from glossary.ts', () => {
    const readme = read('README.md');
    const from = readme.indexOf(README_GLOSSARY_START);
    const to = readme.indexOf(README_GLOSSARY_END);
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    expect(readme.slice(from + README_GLOSSARY_START.length, to)).toBe(`\n${glossaryMarkdown()}`);
    for (const entry of GLOSSARY) expect(readme).toContain(`**${entry.term}** (${entry.plain}): ${entry.explanation}`);
  });

  it('gen-glossary --check fails on a stale copy, and a run brings it up to date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitplan-glossary-'));
    try {
      const copy = join(dir, 'README.md');
      const entry = GLOSSARY[0]!;
      writeFileSync(copy, read('README.md').replace(entry.explanation, 'stale'));
      const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/gen-glossary.mjs', `--readme=${copy}`, ...args], { cwd: root, encoding: 'utf8' });
      const stale = run('--check');
      expect(stale.status, stale.stderr).toBe(1);
      expect(stale.stderr).toContain('run npm run gen:glossary');
      expect(run().status).toBe(0);
      expect(readFileSync(copy, 'utf8')).toBe(read('README.md'));
      const fresh = run('--check');
      expect(fresh.status, fresh.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ------------------------------------------------------------------------------------ colours

/** sRGB relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

/** The colour variables of a CSS block (`--name: #rrggbb;`). */
const variables = (block: string) => new Map([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));

describe('glossary.css', () => {
  const style = read('site/src/style.css');
  const light = variables(/:root\s*\{([^}]*)\}/.exec(style)![1]!);
  const dark = new Map([...light, ...variables(/prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(style)![1]!)]);
  const css = read('site/src/glossary.css').replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => ({ selector: m[1]!.trim(), body: m[2]! }));

  it('sets no colour outside the theme variables', () => {
    for (const { selector, body } of rules) expect(body, selector).not.toMatch(/#[0-9a-f]{3,8}\b|rgb|hsl/i);
  });

  it('keeps 4.5:1 for every text colour it sets, in light and dark (against its own background, else every page background)', () => {
    let pairs = 0;
    for (const { selector, body } of rules) {
      const color = /(?:^|;)\s*color:\s*var\(--([\w-]+)\)/.exec(body)?.[1];
      if (!color) continue;
      const background = /background(?:-color)?:\s*var\(--([\w-]+)\)/.exec(body)?.[1];
      for (const theme of [light, dark]) {
        for (const behind of background ? [background] : ['bg', 'panel', 'code']) {
          const ratio = contrast(theme.get(color)!, theme.get(behind)!);
          expect(ratio, `${selector}: --${color} on --${behind} (${theme === light ? 'light' : 'dark'})`).toBeGreaterThanOrEqual(4.5);
          pairs += 1;
        }
      }
    }
    expect(pairs).toBeGreaterThan(10);
  });
});

// ------------------------------------------------------------------------------------ the view, on a fake DOM

type Listener = (event: FakeEvent) => void;
interface FakeEvent {
  type: string;
  key?: string;
  defaultPrevented: boolean;
  stopped: boolean;
  preventDefault(): void;
  stopPropagation(): void;
}
const event = (type: string, key?: string): FakeEvent => ({
  type,
  key,
  defaultPrevented: false,
  stopped: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
  stopPropagation() {
    this.stopped = true;
  },
});

/** Just what dom.ts's h() and glossary-view.ts use: attributes, children, listeners with bubbling, focus. */
class FakeElement {
  readonly attributes = new Map<string, string>();
  children: (FakeElement | string)[] = [];
  parentElement: FakeElement | null = null;
  readonly listeners = new Map<string, Listener[]>();
  open = false;
  readonly classList = {
    toggle: (name: string, force: boolean) => {
      const names = new Set((this.getAttribute('class') ?? '').split(' ').filter(Boolean));
      if (force) names.add(name);
      else names.delete(name);
      this.setAttribute('class', [...names].join(' '));
    },
    contains: (name: string) => (this.getAttribute('class') ?? '').split(' ').includes(name),
  };
  constructor(
    readonly tagName: string,
    readonly owner: FakeDocument,
  ) {}
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  get id() {
    return this.getAttribute('id') ?? '';
  }
  get hidden() {
    return this.attributes.has('hidden');
  }
  set hidden(value: boolean) {
    if (value) this.attributes.set('hidden', '');
    else this.attributes.delete('hidden');
  }
  append(...nodes: (FakeElement | string)[]) {
    for (const node of nodes) {
      if (node instanceof FakeElement) node.parentElement = this;
      this.children.push(node);
    }
  }
  replaceChildren(...nodes: (FakeElement | string)[]) {
    this.children = [];
    this.append(...nodes);
  }
  get textContent(): string {
    return this.children.map((c) => (typeof c === 'string' ? c : c.textContent)).join('');
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  /** Dispatches `e` here and up the tree until a listener stops it. */
  dispatch(e: FakeEvent) {
    const path: FakeElement[] = [];
    for (let node = this.parentElement; node; node = node.parentElement) path.push(node);
    for (const node of [this as FakeElement, ...path]) {
      if (e.stopped) break;
      for (const l of node.listeners.get(e.type) ?? []) l(e);
    }
    return e;
  }
  focus() {
    this.owner.activeElement = this;
  }
  get elements(): FakeElement[] {
    return this.children.filter((c): c is FakeElement => c instanceof FakeElement);
  }
  *all(): Generator<FakeElement> {
    yield this;
    for (const child of this.elements) yield* child.all();
  }
  find(tag: string): FakeElement[] {
    return [...this.all()].filter((e) => e.tagName === tag.toUpperCase());
  }
}

class FakeDocument {
  activeElement: FakeElement | null = null;
  readonly body = new FakeElement('BODY', this);
  createElement(tag: string) {
    return new FakeElement(tag.toUpperCase(), this);
  }
  getElementById(id: string) {
    return [...this.body.all()].find((e) => e.id === id) ?? null;
  }
}

describe('the view (fake DOM)', () => {
  let doc: FakeDocument;
  const location = { hash: '' };
  beforeAll(() => {
    doc = new FakeDocument();
    vi.stubGlobal('document', doc);
    vi.stubGlobal('window', { location, addEventListener: () => undefined });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });
  const make = (id: string, text?: string) => term(id, text) as unknown as FakeElement;

  it('term(): plain words, then a button that names the term and controls the explanation', () => {
    const wrapper = make('kv-cache');
    const [words, button, panel] = wrapper.elements;
    expect(words!.textContent).toBe('memory for the conversation so far');
    expect(button!.tagName).toBe('BUTTON');
    expect(button!.getAttribute('type')).toBe('button');
    expect(button!.getAttribute('aria-expanded')).toBe('false');
    expect(button!.getAttribute('aria-label')).toBe('What does KV cache mean?');
    expect(button!.getAttribute('aria-controls')).toBe(panel!.id);
    expect(panel!.id).toMatch(/^gloss-kv-cache-\d+$/);
    expect(panel!.hidden).toBe(true);
    expect(panel!.getAttribute('role')).toBeNull();  // no tooltip: an inline disclosure
    // Plain words first, then the term, the explanation and the link to the full glossary.
    const entry = glossaryEntry('kv-cache');
    expect(panel!.elements.map((e) => e.textContent)).toEqual([
      'Memory for the conversation so far',
      'The term: KV cache',
      entry.explanation,
      'KV cache in the glossary',
    ]);
    expect(panel!.elements[3]!.getAttribute('href')).toBe(`#${glossaryAnchor('kv-cache')}`);
  });

  it('term(id, text) shows the given words; each call has its own panel id', () => {
    const a = make('usable', 'Usable');
    const b = make('usable', 'Usable');
    expect(a.elements[0]!.textContent).toBe('Usable');
    expect(a.elements[2]!.id).not.toBe(b.elements[2]!.id);
    expect(a.elements[1]!.getAttribute('aria-label')).toBe(questionFor(glossaryEntry('usable')));
  });

  it('the button toggles the explanation; Escape closes it and returns focus to the button', () => {
    const wrapper = make('gpu-layers');
    const [, button, panel] = wrapper.elements;
    button!.dispatch(event('click'));
    expect(button!.getAttribute('aria-expanded')).toBe('true');
    expect(panel!.hidden).toBe(false);
    expect(wrapper.classList.contains('open')).toBe(true);
    const link = panel!.elements[3]!;
    link.focus();
    const escape = link.dispatch(event('keydown', 'Escape'));
    expect(escape.defaultPrevented).toBe(true);
    expect(button!.getAttribute('aria-expanded')).toBe('false');
    expect(panel!.hidden).toBe(true);
    expect(doc.activeElement).toBe(button);
    // Closed: Escape is left to the page.
    expect(button!.dispatch(event('keydown', 'Escape')).defaultPrevented).toBe(false);
    button!.dispatch(event('click'));
    button!.dispatch(event('click'));
    expect(panel!.hidden).toBe(true);
  });

  it('throws for an unknown id', () => {
    expect(() => term('no-such-term')).toThrow(/unknown glossary id/);
  });

  it('renderGlossary(): a <dl> with an anchor per entry, plain words first; links unfold a folded section', () => {
    const details = doc.createElement('details');
    const container = doc.createElement('div');
    details.append(container);
    doc.body.replaceChildren(details);
    location.hash = '#glossary-mla';
    renderGlossary(container as unknown as HTMLElement);
    expect(details.open).toBe(true);  // a link to an entry unfolds the section on load
    const [list] = container.elements;
    expect(list!.tagName).toBe('DL');
    const dts = list!.find('dt');
    expect(dts.map((dt) => dt.id)).toEqual(GLOSSARY.map((e) => glossaryAnchor(e.id)));
    expect(dts[0]!.elements.map((e) => e.textContent)).toEqual([GLOSSARY[0]!.plain.charAt(0).toUpperCase() + GLOSSARY[0]!.plain.slice(1), GLOSSARY[0]!.term]);
    expect(list!.find('dd').map((dd) => dd.textContent)).toEqual(GLOSSARY.map((e) => e.explanation));

    details.open = false;
    const wrapper = make('headroom');
    doc.body.append(wrapper);
    const link = wrapper.elements[2]!.elements[3]!;
    expect(doc.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    link.dispatch(event('click'));
    expect(details.open).toBe(true);
  });

  it('writes no style attribute anywhere (CSP style-src self)', () => {
    const container = doc.createElement('div');
    renderGlossary(container as unknown as HTMLElement);
    const nodes = [...container.all(), ...GLOSSARY.flatMap((e) => [...make(e.id).all()])];
    for (const node of nodes) expect(node.attributes.has('style'), node.tagName).toBe(false);
  });
});
