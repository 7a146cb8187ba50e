// Small DOM helpers. Text always goes in through textContent: nothing is parsed as HTML.

export function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from index.html`);
  return found as T;
}

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (`class`, `data-*`, aria-*, ...) and children (strings become text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'style') throw new Error('no inline styles (CSP): use a class');
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

/** Short integer of tokens: 8192 -> "8K", 131072 -> "128K", 500 -> "500". */
export function formatTokens(tokens: number): string {
  if (tokens >= 1024 && tokens % 1024 === 0) return `${tokens / 1024}K`;
  if (tokens >= 1000) return `${(tokens / 1024).toFixed(1)}K`;
  return String(tokens);
}

/** How long typing must pause before a number field's value is used. */
export const COMMIT_PAUSE_MS = 700;

/**
 * Calls `commit` once a text or number field's value is settled: after a pause in typing
 * (COMMIT_PAUSE_MS), on Enter, or when the field loses focus; never for each keystroke, so that
 * typing 6000 does not plan 6, 60 and 600 tokens on the way or flash an error for a number that is
 * still being typed. `onTyping` (optional) runs on every keystroke (for example to mark the plan
 * as about to change). The same value is not committed twice in a row.
 */
export function commitOnPause(input: HTMLInputElement, commit: () => void, onTyping?: () => void): PausedField {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let committed = input.value;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (input.value === committed) return;
    committed = input.value;
    commit();
  };
  input.addEventListener('input', (event) => {
    event.stopPropagation();
    onTyping?.();
    clearTimeout(timer);
    timer = setTimeout(flush, COMMIT_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') flush();
  });
  input.addEventListener('blur', flush);
  return {
    flush,
    // A value the page sets (a link, a detected machine) is the committed one.
    sync: () => {
      clearTimeout(timer);
      timer = undefined;
      committed = input.value;
    },
  };
}

export interface PausedField {
  /** Commits a value still waiting for the pause now. */
  flush(): void;
  /** The field's value was set by the page: nothing to commit. */
  sync(): void;
}
