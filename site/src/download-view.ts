// The answer a visitor acts on, right under the verdict: the published GGUF file to download (how it
// runs here, the one-line commands that fetch and run it), then what building the custom per-block
// mix instead would take and gain.
import { describeMixOption, describeNoPublishedFile, describeRequirements, describePublishedFile, formatBand, formatGiB, type PlanResult } from 'fitplan';

import { copy } from './commands-view';
import { element, h } from './dom';

function commandBlock(label: string, text: string, id: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'copy', 'aria-label': `Copy the ${label} command` }, 'Copy');
  button.addEventListener('click', () => void copy(text, button));
  return h('div', { class: 'download-command' }, h('p', { class: 'command-meta' }, h('strong', {}, label), button), h('pre', {}, h('code', { id }, text.trimEnd())));
}

/** Renders the download card for the optimizer's plan (`result`); a frontier plan keeps the card of the request. */
export function renderDownload(result: PlanResult): void {
  const card = element('download');
  const published = result.published;
  const nodes: HTMLElement[] = [];
  if (published) {
    const file = published.plan;
    nodes.push(
      h('h2', { id: 'download-title' }, 'Download this file'),
      h('p', { id: 'download-file', class: 'download-file' }, describePublishedFile(published)),
      h(
        'p',
        { id: 'download-runs' },
        file.feasible
          ? `As it runs here: ${file.headline} Decode ${formatBand(file.decodeTokensPerSecond, file.decodeTokensPerSecondLow, file.decodeTokensPerSecondHigh)} tok/s, ` +
              `+${file.qualityProxy.toFixed(2)} % perplexity vs F16, ${formatGiB(file.memory.totalBytes)} GiB in all.`
          : `It does not run here: ${file.headline}`,
      ),
    );
    if (file.feasible) {
      nodes.push(commandBlock('llama.cpp (downloads on first run)', published.commands.llamaServer, 'download-llama'));
      nodes.push(commandBlock('Ollama', published.commands.ollama, 'download-ollama'));
      const caveats = published.commands.caveats;
      if (caveats.length > 0) {
        nodes.push(
          h(
            'details',
            { class: 'caveats-fold' },
            h('summary', {}, `What to know about these commands (${caveats.length} ${caveats.length === 1 ? 'note' : 'notes'})`),
            h('ul', { class: 'caveats' }, ...caveats.map((c) => h('li', {}, c))),
          ),
        );
      }
    }
    if (published.otherRepos.length > 0) nodes.push(h('p', { class: 'note' }, `Also published by ${published.otherRepos.join(', ')}.`));
  } else {
    nodes.push(
      h('h2', { id: 'download-title' }, 'Download this file'),
      h('p', { id: 'download-file' }, `${sentence(describeNoPublishedFile(result.customBuild))} Import a Hugging Face repository to compare with its files.`),
    );
  }
  if (result.feasible) {
    nodes.push(
      h('h3', { id: 'build-title' }, 'Or build the custom mix'),
      h('p', { id: 'build-gain' }, `The per-block mix, built from ${result.customBuild.startsFrom}: ${describeMixOption(published, result.customBuild)}`),
      h('p', { class: 'note' }, 'Its commands are under “Run this exact plan”.'),
    );
  } else {
    const need = result.requirements;
    nodes.push(h('p', { id: 'build-gain' }, `Nothing runs here. ${need ? describeRequirements(need, result.request.contextLength) : ''}`));
  }
  card.replaceChildren(...nodes);
}

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
