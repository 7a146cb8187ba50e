// The machine: a searchable catalog grouped by family, with the RAM you have beside it (a preset's
// own by default), or "Custom machine" with its fields checked as they are typed (the message
// beside the field). Choosing Custom starts from the last preset's figures.
import {
  customHardwareDefaults,
  describeAssumptions,
  formatGiB,
  type CustomHardware,
  type HardwareAssumption,
  type HardwareInfo,
  type PresetHardware,
} from 'fitplan';

import { Combobox, type ComboItem } from './combobox';
import { commitOnPause, element, type PausedField } from './dom';
import { DEFAULT_CUSTOM, type CustomFields } from './state';
import { GPU_FIELDS, fieldOfError, isCpuOnly, validateCustom, validatePresetRam, type CustomField } from './validate';

export const CUSTOM = 'custom';
const TEXT_FIELDS = ['vram', 'gpus', 'ram', 'gpuBw', 'ramBw', 'diskBw', 'tflops', 'cores'] as const;

/** GiB as a field shows it: 64, 10.67. */
const gib = (bytes: number) => String(+(bytes / 2 ** 30).toFixed(2));

function describe(hw: HardwareInfo): string {
  const gpu = hw.gpuCount === 0 ? 'CPU only' : `${hw.gpuCount > 1 ? `${hw.gpuCount}× ` : ''}${formatGiB(hw.vramBytes, 0)} GiB ${hw.unifiedMemory ? 'GPU limit' : 'VRAM'} · ${hw.gpuBandwidthGBps} GB/s`;
  return `${gpu} · ${formatGiB(hw.ramBytes, 0)} GiB RAM · ${hw.ramBandwidthGBps} GB/s`;
}

export class HardwarePanel {
  readonly combo: Combobox;
  readonly #fieldset = element<HTMLFieldSetElement>('custom-hw');
  readonly #info = element<HTMLParagraphElement>('hardware-info');
  readonly #unified = element<HTMLInputElement>('hw-unified');
  readonly #presetRamField = element<HTMLDivElement>('preset-ram');
  readonly #presetRam = element<HTMLInputElement>('hw-presetRam');
  readonly #presetRamInfo = element<HTMLParagraphElement>('hw-presetRam-info');
  readonly #assumed = element<HTMLParagraphElement>('hw-assumed');
  readonly #inputs = Object.fromEntries(TEXT_FIELDS.map((f) => [f, element<HTMLInputElement>(`hw-${f}`)])) as Record<(typeof TEXT_FIELDS)[number], HTMLInputElement>;
  #catalog: HardwareInfo[] = [];
  #lastPreset: HardwareInfo | undefined;
  readonly #typed: PausedField[] = [];
  readonly #onChange: () => void;

  constructor(onChange: () => void) {
    this.#onChange = onChange;
    this.combo = new Combobox(element('hardware-input'), element('hardware-list'), (value) => this.#picked(value));
    // Optional figures show the default the API assumes for them (customHardwareDefaults).
    this.#inputs.gpuBw.placeholder = `default ${customHardwareDefaults.gpuBandwidthGBps}`;
    this.#inputs.ramBw.placeholder = `default ${customHardwareDefaults.ramBandwidthGBps}`;
    this.#inputs.diskBw.placeholder = `default ${customHardwareDefaults.diskBandwidthGBps}`;
    this.#inputs.cores.placeholder = `default ${customHardwareDefaults.cpuCores}`;
    // Typed figures count once the typing pauses (commitOnPause): no error for a number still being typed.
    for (const input of [...Object.values(this.#inputs), this.#presetRam]) {
      this.#typed.push(
        commitOnPause(input, () => {
          this.validate();
          this.#onChange();
        }),
      );
    }
    this.#unified.addEventListener('input', (event) => {
      event.stopPropagation();
      this.validate();
      this.#onChange();
    });
  }

  setCatalog(hardware: HardwareInfo[]): void {
    this.#catalog = hardware;
    const items: ComboItem[] = [
      { value: CUSTOM, label: 'Custom machine…', group: 'Your own figures', detail: 'VRAM, RAM, bandwidths, GPUs' },
      ...hardware.map((hw) => ({ value: hw.id, label: hw.name, group: hw.family, detail: describe(hw), badges: hw.unifiedMemory ? ['unified'] : [] })),
    ];
    this.combo.setItems(items);
    this.#lastPreset = hardware.find((hw) => hw.id === this.combo.value) ?? this.#lastPreset;
    this.#showPresetRam(this.presetRam);
    this.#showInfo();
  }

  /** A catalog machine's name (undefined until the catalog is there, or for an unknown id). */
  catalogName(id: string): string | undefined {
    return this.#catalog.find((hw) => hw.id === id)?.name;
  }

  get id(): string {
    return this.combo.value;
  }

  get fields(): CustomFields {
    const fields = { ...DEFAULT_CUSTOM, unified: this.#unified.checked };
    for (const f of TEXT_FIELDS) fields[f] = this.#inputs[f].value;
    return fields;
  }

  /** The preset's RAM in GiB as typed, "" while it is the preset's own (or for a custom machine). */
  get presetRam(): string {
    if (this.combo.value === CUSTOM) return '';
    const preset = this.#preset();
    const typed = this.#presetRam.value.trim();
    if (!preset) return typed;  // the catalog is not there yet: keep what the URL said
    return preset.unifiedMemory || typed === gib(preset.ramBytes) ? '' : typed;
  }

  /** Sets the machine without notifying (from the URL). */
  set(id: string, fields: CustomFields, presetRam = ''): void {
    this.combo.value = id;
    for (const f of TEXT_FIELDS) this.#inputs[f].value = fields[f];
    this.#unified.checked = fields.unified;
    this.#fieldset.hidden = id !== CUSTOM;
    if (id === CUSTOM) this.validate();
    this.#presetRam.value = presetRam;  // kept as typed until the catalog names the preset
    this.#showPresetRam(presetRam);
    this.#showInfo();
    for (const field of this.#typed) field.sync();
  }

  #preset(): HardwareInfo | undefined {
    return this.combo.value === CUSTOM ? undefined : this.#catalog.find((h) => h.id === this.combo.value);
  }

  /** The RAM field beside a preset: its own RAM, or `typed`; fixed on unified memory (the chip's). */
  #showPresetRam(typed: string): void {
    const preset = this.#preset();
    // Shown for any preset from the start (the catalog fills in its RAM): its space never appears late.
    this.#presetRamField.hidden = this.combo.value === CUSTOM;
    if (!preset) {
      if (typed !== '') this.#presetRam.value = typed;
      return;
    }
    this.#presetRam.disabled = preset.unifiedMemory;
    this.#presetRam.value = preset.unifiedMemory || typed === '' ? gib(preset.ramBytes) : typed;
    this.#presetRamInfo.textContent = preset.unifiedMemory
      ? 'Unified memory: the RAM is the chip’s own; pick the preset with yours.'
      : `The preset has ${gib(preset.ramBytes)} GiB; give the RAM your machine has.`;
    this.#showPresetRamError(validatePresetRam(this.presetRam).error ?? '');
    for (const field of this.#typed) field.sync();
  }

  #showPresetRamError(message: string): void {
    element('hw-presetRam-error').textContent = message;
    if (message) this.#presetRam.setAttribute('aria-invalid', 'true');
    else this.#presetRam.removeAttribute('aria-invalid');
  }

  /** The figures the API assumed for the custom machine (the plan's hardwareAssumptions). */
  showAssumptions(assumptions: readonly HardwareAssumption[]): void {
    this.#assumed.textContent =
      this.combo.value === CUSTOM && assumptions.length > 0 ? `Assumed (fields left empty): ${describeAssumptions(assumptions)}.` : '';
  }

  #picked(value: string): void {
    if (value === CUSTOM) {
      const preset = this.#lastPreset;
      if (preset) {
        this.set(CUSTOM, {
          vram: gib(preset.vramBytes),
          gpus: String(Math.max(1, preset.gpuCount)),
          ram: this.presetRam || gib(preset.ramBytes),
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
      // The RAM you typed stays when you change the GPU (not on unified memory: the chip's); the
      // previous preset's own RAM does not (the combo already names the new preset here).
      const field = this.#presetRam.value.trim();
      const last = this.#lastPreset;
      const typed = last && (last.unifiedMemory || field === gib(last.ramBytes)) ? '' : field;
      this.#lastPreset = this.#catalog.find((hw) => hw.id === value);
      this.#fieldset.hidden = true;
      this.#showPresetRam(typed);
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
    // VRAM 0 is a CPU-only machine: the GPU's fields are greyed out rather than demanded.
    const cpuOnly = isCpuOnly(this.fields);
    for (const f of GPU_FIELDS) this.#inputs[f].disabled = cpuOnly;
    for (const f of [...TEXT_FIELDS, 'unified'] as CustomField[]) this.#showError(f, errors[f] ?? '');
    return hardware;
  }

  #showError(field: CustomField, message: string): void {
    const input = field === 'unified' ? this.#unified : this.#inputs[field];
    element(`hw-${field}-error`).textContent = message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  /**
   * The request's hardware: the preset id (with the RAM you gave: { preset, ramGiB }), or the
   * custom machine; undefined while a field is invalid.
   */
  request(): string | PresetHardware | CustomHardware | undefined {
    if (this.combo.value === CUSTOM) return this.validate();
    const ram = validatePresetRam(this.presetRam);
    this.#showPresetRamError(ram.error ?? '');
    if (ram.error) return undefined;
    return ram.value === undefined ? this.combo.value : { preset: this.combo.value, ramGiB: ram.value };
  }

  /** Places an API error on its custom field (or a preset's RAM); false when it names none. */
  showApiError(apiField: string, message: string): boolean {
    if (this.combo.value !== CUSTOM && fieldOfError(apiField) === 'ram') {
      this.#showPresetRamError(message);
      return true;
    }
    const field = this.combo.value === CUSTOM ? fieldOfError(apiField) : undefined;
    if (!field) return false;
    this.#showError(field, message);
    return true;
  }
}
