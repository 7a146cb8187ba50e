// Pure helpers of "Detect my machine" (no DOM): the suggestion's hardware spec as the hardware
// picker holds it (a preset with the RAM field, or the custom machine's fields), and its sentences in
// the page's words (the package writes them for the command line: "pass --ram with yours").
import type { CustomHardware, HardwareInfo, HardwareSpec, PresetHardware } from 'fitplan';

import { DEFAULT_CUSTOM, type CustomFields } from './state';

const GIB = 2 ** 30;
/** GiB as a field shows it: 64, 10.67. */
const gib = (bytes: number) => String(+(bytes / GIB).toFixed(2));
const text = (value: number | undefined) => (value === undefined ? '' : String(value));

/** What the hardware picker is set to for a suggestion. */
export interface PickerChoice {
  /** Catalog id, or "custom". */
  hardware: string;
  /** The preset's RAM in GiB when the suggestion has its own ("" = the preset's). */
  presetRam: string;
  /** The custom machine's fields (hardware "custom"). */
  custom?: CustomFields;
  /** Figures of the suggestion the picker cannot hold, in words (e.g. the CPU cores of a preset). */
  dropped: string[];
}

const isPreset = (spec: HardwareSpec): spec is PresetHardware => typeof spec === 'object' && 'preset' in spec;

/** The custom machine's fields of a catalog machine, with `changes` over it. */
function fieldsOf(hw: HardwareInfo, changes: Partial<CustomFields>): CustomFields {
  return {
    vram: gib(hw.vramBytes),
    gpus: String(Math.max(1, hw.gpuCount)),
    ram: gib(hw.ramBytes),
    gpuBw: String(hw.gpuBandwidthGBps),
    ramBw: String(hw.ramBandwidthGBps),
    diskBw: String(hw.diskBandwidthGBps),
    tflops: hw.gpuTflops > 0 ? String(hw.gpuTflops) : '',
    cores: String(hw.cpuCores),
    unified: hw.unifiedMemory,
    ...changes,
  };
}

/**
 * The picker's state for a suggested spec: a preset id as it is; a preset with host figures as the
 * preset and its RAM (figures the picker has no field for beside a preset, other than the CPU cores,
 * make it a custom machine with the preset's figures); a custom machine as its fields.
 */
export function pickerOf(spec: HardwareSpec, catalog: readonly HardwareInfo[]): PickerChoice {
  if (typeof spec === 'string') return { hardware: spec, presetRam: '', dropped: [] };
  if (isPreset(spec)) {
    const preset = catalog.find((hw) => hw.id === spec.preset);
    const ramBytes = spec.ramBytes ?? (spec.ramGiB !== undefined ? spec.ramGiB * GIB : undefined);
    const ram = ramBytes === undefined ? '' : gib(ramBytes);
    const needsCustom = spec.gpuCount !== undefined || spec.ramBandwidthGBps !== undefined || spec.diskBandwidthGBps !== undefined;
    if (preset && needsCustom) {
      const changes: Partial<CustomFields> = {};
      if (spec.gpuCount !== undefined) changes.gpus = String(spec.gpuCount);
      if (ram !== '') changes.ram = ram;
      if (spec.ramBandwidthGBps !== undefined) changes.ramBw = String(spec.ramBandwidthGBps);
      if (spec.diskBandwidthGBps !== undefined) changes.diskBw = String(spec.diskBandwidthGBps);
      if (spec.cpuCores !== undefined) changes.cores = String(spec.cpuCores);
      return { hardware: 'custom', presetRam: '', custom: fieldsOf(preset, changes), dropped: [] };
    }
    const dropped = spec.cpuCores !== undefined && spec.cpuCores !== preset?.cpuCores ? [`${spec.cpuCores} CPU cores (the preset's ${preset?.cpuCores ?? '?'} are used)`] : [];
    return { hardware: spec.preset, presetRam: preset?.unifiedMemory ? '' : ram, dropped };
  }
  const c: CustomHardware = spec;
  const vram = c.vramGiB ?? (c.vramBytes !== undefined ? c.vramBytes / GIB : 0);
  const ram = c.ramGiB ?? (c.ramBytes !== undefined ? c.ramBytes / GIB : Number(DEFAULT_CUSTOM.ram));
  return {
    hardware: 'custom',
    presetRam: '',
    custom: {
      vram: String(+vram.toFixed(2)),
      ram: String(+ram.toFixed(2)),
      gpus: String(Math.max(1, c.gpuCount ?? 1)),
      gpuBw: text(c.gpuBandwidthGBps),
      ramBw: text(c.ramBandwidthGBps),
      diskBw: text(c.diskBandwidthGBps),
      tflops: text(c.gpuTflops),
      cores: text(c.cpuCores),
      unified: c.unifiedMemory ?? false,
    },
    dropped: [],
  };
}

/** The command line's corrections ("pass --ram with yours") in the page's words. */
export function pageWords(sentence: string): string {
  return sentence
    .replace(/;?\s*pass --ram with yours/g, '; set the RAM field with yours')
    .replace(/;?\s*pass (--[\w-]+)( \/ --[\w-]+)* to correct/g, '; correct it as a custom machine');
}
