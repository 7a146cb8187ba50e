// Client-side checks of the custom machine's fields, as the visitor types: each field's message is
// shown beside it at once. The ranges are the core's (core/src/hardware.cpp); the core checks again
// and its FitplanError.field places any message these miss (fieldOfError).
import type { CustomHardware } from 'fitplan';

import type { CustomFields } from './state';

export type CustomField = keyof CustomFields;

interface NumberRule {
  label: string;
  unit: string;
  min: number;
  max: number;
  /** min itself is not allowed (e.g. RAM must be above 0). */
  minExclusive?: boolean;
  integer?: boolean;
  /** May be left empty (the API's default applies). */
  optional?: boolean;
}

export const FIELD_RULES: Record<Exclude<CustomField, 'unified'>, NumberRule> = {
  vram: { label: 'VRAM per GPU', unit: 'GiB', min: 0, max: 65536 },
  ram: { label: 'RAM', unit: 'GiB', min: 0, max: 65536, minExclusive: true },
  gpuBw: { label: 'GPU bandwidth', unit: 'GB/s', min: 1, max: 100000, optional: true },
  ramBw: { label: 'RAM bandwidth', unit: 'GB/s', min: 0.5, max: 100000, optional: true },
  diskBw: { label: 'Disk bandwidth', unit: 'GB/s', min: 0.01, max: 1000, optional: true },
  tflops: { label: 'GPU TFLOPS (FP16)', unit: 'TFLOPS', min: 0, max: 100000, optional: true },
  gpus: { label: 'Identical GPUs', unit: '', min: 1, max: 64, integer: true },
  cores: { label: 'CPU cores', unit: '', min: 1, max: 1024, integer: true, optional: true },
};

export interface Validation {
  /** The machine for the API when every field is valid. */
  hardware?: CustomHardware;
  /** One message per invalid field. */
  errors: Partial<Record<CustomField, string>>;
}

function checkNumber(text: string, rule: NumberRule, required: boolean): { value?: number; error?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return rule.optional || !required ? {} : { error: `${rule.label} is required` };
  // Number('') is 0 and Number('0x10') is 16: accept plain decimals only.
  if (!/^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) {
    return { error: /^-/.test(trimmed) ? `${rule.label} cannot be negative` : `${rule.label} must be a number` };
  }
  const value = Number(trimmed);
  const unit = rule.unit ? ` ${rule.unit}` : '';
  if (rule.integer && !Number.isInteger(value)) return { error: `${rule.label} must be a whole number` };
  if (value < rule.min || (rule.minExclusive && value === rule.min) || value > rule.max) {
    const low = rule.minExclusive ? `more than ${rule.min}` : String(rule.min);
    return { error: `${rule.label} must be ${low} to ${rule.max}${unit}` };
  }
  return { value };
}

/** Checks every field; `hardware` is set only when all pass. */
export function validateCustom(fields: CustomFields): Validation {
  const errors: Validation['errors'] = {};
  const values: Partial<Record<CustomField, number>> = {};
  const vram = checkNumber(fields.vram, FIELD_RULES.vram, true);
  const hasGpu = vram.value === undefined || vram.value > 0;
  for (const field of Object.keys(FIELD_RULES) as (keyof typeof FIELD_RULES)[]) {
    const required = field === 'gpuBw' || field === 'gpus' ? hasGpu : true;
    const checked = field === 'vram' ? vram : checkNumber(fields[field], FIELD_RULES[field], required);
    if (checked.error) errors[field] = checked.error;
    else if (checked.value !== undefined) values[field] = checked.value;
  }
  if (fields.unified && values.gpus !== undefined && values.gpus > 1) errors.gpus ??= 'A unified-memory machine has one GPU';
  if (fields.unified && values.vram !== undefined && values.ram !== undefined && values.vram > values.ram) {
    errors.vram ??= 'On unified memory the GPU limit cannot exceed the shared RAM';
  }
  if (Object.keys(errors).length > 0) return { errors };
  const gpu = values.vram! > 0;
  // Bandwidths left empty take the API's defaults (customHardwareDefaults); the plan lists them as assumed.
  const hardware: CustomHardware = {
    vramGiB: values.vram!,
    ramGiB: values.ram!,
    unifiedMemory: fields.unified,
    gpuCount: gpu ? (values.gpus ?? 1) : 0,
  };
  if (values.ramBw !== undefined) hardware.ramBandwidthGBps = values.ramBw;
  if (values.diskBw !== undefined) hardware.diskBandwidthGBps = values.diskBw;
  if (gpu && values.gpuBw !== undefined) hardware.gpuBandwidthGBps = values.gpuBw;
  if (gpu && values.tflops !== undefined) hardware.gpuTflops = values.tflops;
  if (values.cores !== undefined) hardware.cpuCores = values.cores;
  return { hardware, errors };
}

/**
 * A preset's RAM as typed beside the picker: "" (the preset's own) or a size in GiB, checked like
 * the custom machine's RAM.
 */
export function validatePresetRam(text: string): { value?: number; error?: string } {
  return text.trim() === '' ? {} : checkNumber(text, FIELD_RULES.ram, false);
}

/** The custom field an API error names (FitplanError.field, e.g. "hardware.vramBytes"); undefined if none. */
export function fieldOfError(field: string): CustomField | undefined {
  const match = /^hardware\.(\w+)$/.exec(field);
  if (!match) return undefined;
  const map: Record<string, CustomField> = {
    vramGiB: 'vram',
    vramBytes: 'vram',
    ramGiB: 'ram',
    ramBytes: 'ram',
    gpuBandwidthGBps: 'gpuBw',
    ramBandwidthGBps: 'ramBw',
    diskBandwidthGBps: 'diskBw',
    gpuTflops: 'tflops',
    gpuCount: 'gpus',
    cpuCores: 'cores',
    unifiedMemory: 'unified',
  };
  return map[match[1]!];
}
