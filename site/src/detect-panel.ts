// "Detect my machine": what the browser tells about this machine (WebGPU adapter vendor and
// architecture, navigator.deviceMemory, hardwareConcurrency) mapped onto the hardware catalog, shown
// as a suggestion to confirm ("Use this") or correct (the other presets that fit what was read),
// with what the browser cannot see said plainly. Nothing is sent anywhere: the browser answers here.
import type { HardwareInfo, HardwareSuggestion } from 'fitplan';

import { pageWords, pickerOf, type PickerChoice } from './detect-words';
import { element, h } from './dom';

const CONFIDENCE: Record<HardwareSuggestion['confidence'], string> = {
  exact: 'exact match',
  close: 'close match',
  guess: 'a guess',
};

export class DetectPanel {
  readonly #panel = element<HTMLDivElement>('detect-panel');
  readonly #button = element<HTMLButtonElement>('detect');
  readonly #onUse: (choice: PickerChoice, name: string) => void;
  #catalog: HardwareInfo[] = [];

  constructor(onUse: (choice: PickerChoice, name: string) => void) {
    this.#onUse = onUse;
    this.#button.addEventListener('click', () => void this.detect());
  }

  setCatalog(catalog: HardwareInfo[]): void {
    this.#catalog = catalog;
  }

  async detect(): Promise<void> {
    this.#panel.hidden = false;
    this.#panel.replaceChildren(h('p', { class: 'note' }, h('progress', { 'aria-label': 'Asking the browser' }), ' Asking your browser about this machine…'));
    this.#button.disabled = true;
    try {
      const { browserFacts, suggestHardware } = await import('./detect-lazy');
      const facts = await browserFacts(navigator);
      if (this.#catalog.length === 0) throw new Error('the machine catalog is not loaded yet; try again in a moment');
      this.#render(suggestHardware(facts, this.#catalog), facts.cannotSee);
    } catch (error) {
      this.#panel.replaceChildren(h('p', { class: 'field-error' }, `Detection failed: ${error instanceof Error ? error.message : String(error)}`));
    } finally {
      this.#button.disabled = false;
    }
  }

  #render(suggestion: HardwareSuggestion, cannotSee: string[]): void {
    const name = h('span', { id: 'detect-name' }, suggestion.name);
    const badge = h('span', { class: `badge ${suggestion.confidence === 'exact' ? 'ok' : 'warn'}`, id: 'detect-confidence' }, CONFIDENCE[suggestion.confidence]);
    const use = h('button', { type: 'button', id: 'detect-use', class: 'primary' }, 'Use this');
    // The alternatives: the suggestion first, then the other presets that fit what was read.
    const alternatives = this.#catalog.filter((hw) => suggestion.alternatives.includes(hw.id));
    const select = h('select', { id: 'detect-alternative' });
    select.append(new Option(`${suggestion.name} (suggested)`, ''), ...alternatives.map((hw) => new Option(hw.name, hw.id)));
    select.addEventListener('change', () => {
      const alt = this.#catalog.find((hw) => hw.id === select.value);
      name.textContent = alt ? alt.name : suggestion.name;
      badge.hidden = alt !== undefined;
    });
    use.addEventListener('click', () => {
      const alt = this.#catalog.find((hw) => hw.id === select.value);
      const base = pickerOf(suggestion.spec, this.#catalog);
      // An alternative keeps the RAM read for the suggestion (its GPU is what was uncertain).
      const choice: PickerChoice = alt ? { hardware: alt.id, presetRam: alt.unifiedMemory ? '' : base.presetRam, dropped: [] } : base;
      this.#panel.hidden = true;
      this.#onUse(choice, alt ? alt.name : suggestion.name);
    });
    const list = (id: string, items: string[]) => h('ul', { id, class: 'detect-list' }, ...items.map((item) => h('li', {}, pageWords(item))));
    const dismiss = h('button', { type: 'button', class: 'small', id: 'detect-dismiss' }, 'Close');
    dismiss.addEventListener('click', () => (this.#panel.hidden = true));
    const assumed = suggestion.assumed.length > 0
      ? [h('details', {}, h('summary', {}, `What was assumed (${suggestion.assumed.length})`), list('detect-assumed', suggestion.assumed))]
      : [];
    this.#panel.replaceChildren(
      h('p', { class: 'detect-answer' }, h('strong', {}, 'This machine looks like: '), name, ' ', badge),
      h('div', { class: 'detect-actions' }, use, dismiss),
      ...(alternatives.length > 0 ? [h('label', { class: 'detect-alt' }, 'Not this one? Pick yours:', select)] : []),
      h('p', { class: 'detect-head' }, 'What your browser told:'),
      list('detect-found', suggestion.found),
      h('p', { class: 'detect-head' }, 'What your browser cannot see:'),
      list('detect-cannot', cannotSee),
      ...assumed,
      h('p', { class: 'note' }, 'Nothing was sent anywhere: the browser answered on this device, and the match with the catalog ran here.'),
    );
  }
}
