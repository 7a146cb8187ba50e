// A searchable picker grouped by family (ARIA 1.2 combobox with a listbox popup): type to filter
// by name, id or family, arrows to move, Enter to choose, Escape to close. Used for the models and
// the machines.
import { h } from './dom';

export interface ComboItem {
  value: string;
  label: string;
  group: string;
  /** Figures shown after the name, e.g. "8.03 B · 8K ctx". */
  detail?: string;
  badges?: readonly string[];
}

let instances = 0;

export class Combobox {
  readonly input: HTMLInputElement;
  readonly #list: HTMLUListElement;
  readonly #onSelect: (value: string) => void;
  readonly #prefix: string;
  #items: ComboItem[] = [];
  #visible: ComboItem[] = [];
  #active = -1;
  /** The highlighted option is the visitor's doing (typed or moved to), not the current value's: Tab takes it. */
  #navigated = false;
  #value = '';

  constructor(input: HTMLInputElement, list: HTMLUListElement, onSelect: (value: string) => void) {
    this.input = input;
    this.#list = list;
    this.#onSelect = onSelect;
    this.#prefix = `combo${++instances}`;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.autocomplete = 'off';
    input.spellcheck = false;
    list.setAttribute('role', 'listbox');
    list.hidden = true;

    input.addEventListener('focus', () => {
      input.select();
      this.#open('');
    });
    input.addEventListener('click', () => {
      if (list.hidden) this.#open('');
    });
    input.addEventListener('input', (event) => {
      event.stopPropagation(); // typing a search is not a state change
      this.#open(input.value);
      this.#navigated = input.value.trim() !== '';
    });
    input.addEventListener('keydown', (event) => this.#key(event));
    input.addEventListener('blur', () => this.#close());
    list.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the input
    list.addEventListener('click', (event) => {
      const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
      if (option?.dataset.value !== undefined) this.#choose(option.dataset.value);
    });
  }

  get value(): string {
    return this.#value;
  }

  /** Selects `value` without notifying (the page sets it from the URL). */
  set value(value: string) {
    this.#value = value;
    this.input.value = this.#items.find((item) => item.value === value)?.label ?? value;
  }

  has(value: string): boolean {
    return this.#items.some((item) => item.value === value);
  }

  item(value: string): ComboItem | undefined {
    return this.#items.find((item) => item.value === value);
  }

  setItems(items: ComboItem[]): void {
    this.#items = items;
    this.value = this.#value;
  }

  /** Adds (or replaces) an item at the top, e.g. an imported model. */
  addItem(item: ComboItem): void {
    this.#items = [item, ...this.#items.filter((i) => i.value !== item.value)];
  }

  /** Selects `value` and notifies, as a visitor's choice does. */
  choose(value: string): void {
    this.#choose(value);
  }

  #choose(value: string): void {
    this.value = value;
    this.#close();
    this.#onSelect(value);
  }

  #matches(query: string): ComboItem[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return this.#items;
    const exact = this.#items.filter((item) => item.value.toLowerCase() === query.trim().toLowerCase());
    const found = this.#items.filter((item) => {
      const haystack = `${item.label} ${item.value} ${item.group} ${item.badges?.join(' ') ?? ''}`.toLowerCase();
      return words.every((word) => haystack.includes(word)) && !exact.includes(item);
    });
    return [...exact, ...found];
  }

  #open(query: string): void {
    this.#navigated = false;
    // When the input still shows the chosen item's name, list everything.
    const current = this.#items.find((item) => item.value === this.#value);
    this.#visible = current && query === current.label ? this.#items : this.#matches(query);
    this.#active = this.#visible.length > 0 ? Math.max(0, query === '' || query === current?.label ? this.#visible.indexOf(current!) : 0) : -1;
    this.#render();
    this.#list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.#scrollToActive();
  }

  #close(): void {
    this.#list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.value = this.#value;
  }

  #optionId(index: number): string {
    return `${this.#prefix}-opt-${index}`;
  }

  #render(): void {
    const rows: HTMLElement[] = [];
    let group: string | undefined;
    this.#visible.forEach((item, index) => {
      if (item.group !== group) {
        group = item.group;
        rows.push(h('li', { class: 'combo-group', role: 'presentation' }, item.group));
      }
      const badges = (item.badges ?? []).map((badge) => h('span', { class: 'badge' }, badge));
      rows.push(
        h(
          'li',
          {
            role: 'option',
            id: this.#optionId(index),
            'data-value': item.value,
            'aria-selected': item.value === this.#value ? 'true' : 'false',
            class: index === this.#active ? 'active' : undefined,
          },
          h('span', { class: 'combo-label' }, item.label),
          item.detail ? h('span', { class: 'combo-detail' }, item.detail) : null,
          ...badges,
        ),
      );
    });
    if (this.#visible.length === 0) rows.push(h('li', { class: 'combo-empty', role: 'presentation' }, 'No match'));
    this.#list.replaceChildren(...rows);
    if (this.#active >= 0) this.input.setAttribute('aria-activedescendant', this.#optionId(this.#active));
    else this.input.removeAttribute('aria-activedescendant');
  }

  #move(to: number): void {
    if (this.#visible.length === 0) return;
    this.#navigated = true;
    this.#active = Math.min(this.#visible.length - 1, Math.max(0, to));
    for (const option of this.#list.querySelectorAll('.active')) option.classList.remove('active');
    document.getElementById(this.#optionId(this.#active))?.classList.add('active');
    this.input.setAttribute('aria-activedescendant', this.#optionId(this.#active));
    this.#scrollToActive();
  }

  #scrollToActive(): void {
    document.getElementById(this.#optionId(this.#active))?.scrollIntoView({ block: 'nearest' });
  }

  #key(event: KeyboardEvent): void {
    const open = !this.#list.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) this.#open('');
        else this.#move(this.#active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open) this.#move(this.#active - 1);
        break;
      case 'PageDown':
        if (open) {
          event.preventDefault();
          this.#move(this.#active + 8);
        }
        break;
      case 'PageUp':
        if (open) {
          event.preventDefault();
          this.#move(this.#active - 8);
        }
        break;
      case 'Enter': {
        event.preventDefault();
        const item = this.#visible[this.#active];
        if (open && item) this.#choose(item.value);
        break;
      }
      case 'Tab': {
        // Tab keeps the choice the visitor highlighted (by typing or the arrows), then moves on as usual.
        const item = this.#visible[this.#active];
        if (open && this.#navigated && item && item.value !== this.#value) this.#choose(item.value);
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          this.#close();
          this.input.select();
        }
        break;
    }
  }
}
