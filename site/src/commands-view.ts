// The commands that realise the current plan, one tab per runtime (ARIA tabs: arrow keys move
// between them), with a copy button, the files involved, what the text targets, whether the runtime
// applies to this machine, and its caveats.
import type { Commands, RuntimeCommand } from 'fitplan';

import { element, h } from './dom';

const RUNTIMES: [keyof Commands, string][] = [
  ['llamaCpp', 'llama.cpp'],
  ['llamaQuantize', 'llama-quantize'],
  ['ollama', 'Ollama'],
  ['transformers', 'Transformers'],
  ['vllm', 'vLLM'],
  ['mlx', 'MLX'],
];

let selected: keyof Commands = 'llamaCpp';
/** The caveats stay open across re-plans once the visitor opened them. */
let caveatsOpen = false;
let current: Commands | null = null;

export async function copy(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Select and copy (clipboard blocked)';
  }
  setTimeout(() => (button.textContent = 'Copy'), 1500);
}

function panel(command: RuntimeCommand): HTMLElement[] {
  const copyButton = h('button', { type: 'button', class: 'copy', 'aria-label': `Copy the ${command.runtime} commands` }, 'Copy');
  copyButton.addEventListener('click', () => void copy(command.text, copyButton));
  const nodes: (HTMLElement | null)[] = [
    h(
      'p',
      { class: 'command-meta' },
      h('span', { class: `badge ${command.applicable ? 'ok' : 'warn'}` }, command.applicable ? 'runs on this machine' : 'not for this machine'),
      ' ',
      h('span', { class: 'targets' }, `Written for ${command.targets}`),
      copyButton,
    ),
    h('pre', { tabindex: 0, role: 'region', 'aria-label': `${command.runtime} commands` }, h('code', { id: 'command-text' }, command.text)),
    command.files.length > 0 ? h('p', { class: 'note' }, `Files: ${command.files.join(', ')}`) : null,
    command.caveats.length > 0
      ? h(
          'details',
          { class: 'caveats-fold', open: caveatsOpen || undefined },
          h('summary', {}, `What to know about these commands (${command.caveats.length} ${command.caveats.length === 1 ? 'note' : 'notes'})`),
          h('ul', { class: 'caveats' }, ...command.caveats.map((c) => h('li', {}, c))),
        )
      : null,
  ];
  return nodes.filter((node): node is HTMLElement => node !== null);
}

function render(): void {
  const tabs = element('command-tabs');
  const body = element('command-panel');
  if (!current) return;
  const commands = current;
  tabs.replaceChildren(
    ...RUNTIMES.map(([key, label]) => {
      const tab = h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${key}`,
          'aria-selected': key === selected ? 'true' : 'false',
          'aria-controls': 'command-panel',
          tabindex: key === selected ? 0 : -1,
          class: commands[key].applicable ? undefined : 'inapplicable',
        },
        label,
      );
      tab.addEventListener('click', () => {
        selected = key;
        render();
      });
      return tab;
    }),
  );
  body.setAttribute('aria-labelledby', `tab-${selected}`);
  body.replaceChildren(...panel(commands[selected]));
  body.querySelector('details.caveats-fold')?.addEventListener('toggle', (event) => {
    caveatsOpen = (event.currentTarget as HTMLDetailsElement).open;
  });
}

export function setupCommandTabs(): void {
  element('command-tabs').addEventListener('keydown', (event) => {
    const index = RUNTIMES.findIndex(([key]) => key === selected);
    const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? RUNTIMES.length - 1 : undefined;
    if (next === undefined) return;
    event.preventDefault();
    selected = RUNTIMES[(next + RUNTIMES.length) % RUNTIMES.length]![0];
    render();
    document.getElementById(`tab-${selected}`)?.focus();
  });
}

export function renderCommands(commands: Commands | null, message?: string): void {
  current = commands;
  if (commands) return render();
  element('command-tabs').replaceChildren();
  element('command-panel').replaceChildren(h('p', { class: 'note' }, message ?? 'Computing the commands…'));
}
