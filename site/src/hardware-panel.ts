// The machine: a searchable catalog grouped by family, or "Custom machine" with its fields checked
// as they are typed (the message beside the field). Choosing Custom starts from the last preset's
// figures.
import { formatGiB, type CustomHardware, type HardwareInfo } from 'fitplan';

import { Combobox, type ComboItem } from './combobox';
import { element } from './dom';
import { DEFAULT_CUSTOM, type CustomFields } from './state';
import { fieldOfError, validateCustom, type CustomField } from './validate';

export const CUSTOM = 'custom';
const TEXT_FIELDS = ['vram', 'gpus', 'ram', 'gpuBw', 'ramBw', 'diskBw', 'tflops', 'cores'] as const;

function describe(hw: HardwareInfo): string {
  const gpu = hw.gpuCount === 0 ? 'CPU only' : `${hw.gpuCount > 1 ? `${hw.gpuCount}× ` : ''}${formatGiB(hw.vramBytes, 0)} GiB ${hw.unifiedMemory ? 'GPU limit' : 'VRAM'} · ${hw.gpuBandwidthGBps} GB/s`;
  return `${gpu} · ${formatGiB(hw.ramBytes, 0)} GiB RAM · ${hw.ramBandwidthGBps} GB/s`;
}

export class HardwarePanel {
  readonly combo: Combobox;
  readonly #fieldset = element<HTMLFieldSetElement>('custom-hw');
  readonly #info = element<HTMLParagraphElement>('hardware-info');
  readonly #unified = element<HTMLInputElement>('hw-unified');
  readonly #inputs = Object.fromEntries(TEXT_FIELDS.map((f) => [f, element<HTMLInputElement>(`hw-${f}`)])) as Record<(typeof TEXT_FIELDS)[number], HTMLInputElement>;
  #catalog: HardwareInfo[] = [];
  #lastPreset: HardwareInfo | undefined;
  readonly #onChange: () => void;

  constructor(onChange: () => void) {
    this.#onChange = onChange;
    this.combo = new Combobox(element('hardware-input'), element('hardware-list'), (value) => this.#picked(value));
    for (const input of [...Object.values(this.#inputs), this.#unified]) {
      input.addEventListener('input', (event) => {
        event.stopPropagation();
        this.validate();
        this.#onChange();
      });
    }
  }

  setCatalog(hardware: HardwareInfo[]): void {
    this.#catalog = hardware;
    const items: ComboItem[] = [
      { value: CUSTOM, label: 'Custom machine…', group: 'Your own figures', detail: 'VRAM, RAM, bandwidths, GPUs' },
      ...hardware.map((hw) => ({ value: hw.id, label: hw.name, group: hw.family, detail: describe(hw), badges: hw.unifiedMemory ? ['unified'] : [] })),
    ];
    this.combo.setItems(items);
    this.#lastPreset = hardware.find((hw) => hw.id === this.combo.value) ?? this.#lastPreset;
    this.#showInfo();
  }

  get id(): string {
    return this.combo.value;
  }

  get fields(): CustomFields {
    const fields = { ...DEFAULT_CUSTOM, unified: this.#unified.checked };
    for (const f of TEXT_FIELDS) fields[f] = this.#inputs[f].value;
    return fields;
  }

  /** Sets the machine without notifying (from the URL). */
  set(id: string, fields: CustomFields): void {
    this.combo.value = id;
    for (const f of TEXT_FIELDS) this.#inputs[f].value = fields[f];
    this.#unified.checked = fields.unified;
    this.#fieldset.hidden = id !== CUSTOM;
    if (id === CUSTOM) this.validate();
    this.#showInfo();
  }

  #picked(value: string): void {
    if (value === CUSTOM) {
      const preset = this.#lastPreset;
      if (preset) {
        const gib = (bytes: number) => String(+(bytes / 2 ** 30).toFixed(2));
        this.set(CUSTOM, {
          vram: gib(preset.vramBytes),
          gpus: String(Math.max(1, preset.gpuCount)),
          ram: gib(preset.ramBytes),
          gpuBw: String(preset.gpuBandwidthGBps),
          ramBw: String(preset.ramBandwidthGBps),
          diskBw: String(preset.diskBandwidthGBps),
          tflops: preset.gpuTflops > 0 ? String(preset.gpuTflops) : '',
          cores: String(preset.cpuCores),
          unified: preset.unifiedMemory,
        });
      } else {
        this.set(CUSTOM, this.fields);
      }
    } else {
      this.#lastPreset = this.#catalog.find((hw) => hw.id === value);
      this.#fieldset.hidden = true;
      this.#showInfo();
    }
    this.#onChange();
  }

  #showInfo(): void {
    const hw = this.#catalog.find((h) => h.id === this.combo.value);
    this.#info.textContent = hw ? describe(hw) : this.combo.value === CUSTOM ? 'Your machine’s figures below; GiB = 2³⁰ bytes, GB/s = 10⁹ bytes/s.' : '';
  }

  /** Shows each field's message (or none); returns the machine when every field is valid. */
  validate(): CustomHardware | undefined {
    const { hardware, errors } = validateCustom(this.fields);
    for (const f of [...TEXT_FIELDS, 'unified'] as CustomField[]) this.#showError(f, errors[f] ?? '');
    return hardware;
  }

  #showError(field: CustomField, message: string): void {
    const input = field === 'unified' ? this.#unified : this.#inputs[field];
    element(`hw-${field}-error`).textContent = message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  /** The request's hardware: the preset id, or the custom machine (undefined while a field is invalid). */
  request(): string | CustomHardware | undefined {
    return this.combo.value === CUSTOM ? this.validate() : this.combo.value;
  }

  /** Places an API error on its custom field; false when it names none. */
  showApiError(apiField: string, message: string): boolean {
    const field = this.combo.value === CUSTOM ? fieldOfError(apiField) : undefined;
    if (!field) return false;
    this.#showError(field, message);
    return true;
  }
}
