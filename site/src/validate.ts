// Client-side checks of the custom machine's fields, as the visitor types: each field's message is
// shown beside it at once. Ranges and units are the core's (its request-field table, through
// requestField); the core checks again and its FitplanError.field places any message these miss
// (fieldOfError).
import { allowedRange, inRange, requestField, type CustomHardware, type RequestField } from 'fitplan';

import type { CustomFields } from './state';

export type CustomField = keyof CustomFields;

interface NumberRule {
  label: string;
  /** The request field whose range, unit and kind apply. */
  field: RequestField;
  /** May be left empty (the API's default applies). */
  optional?: boolean;
}

const rule = (label: string, name: string, optional = false): NumberRule => ({ label, field: requestField('hardware', name), optional });

export const FIELD_RULES: Record<Exclude<CustomField, 'unified'>, NumberRule> = {
  vram: rule('VRAM per GPU', 'vramGiB'),
  ram: rule('RAM', 'ramGiB'),
  gpuBw: rule('GPU bandwidth', 'gpuBandwidthGBps', true),
  ramBw: rule('RAM bandwidth', 'ramBandwidthGBps', true),
  diskBw: rule('Disk bandwidth', 'diskBandwidthGBps', true),
  tflops: rule('GPU TFLOPS (FP16)', 'gpuTflops', true),
  gpus: rule('Identical GPUs', 'gpuCount'),
  cores: rule('CPU cores', 'cpuCores', true),
};

/** The fields that describe the GPU: unused (and not checked) on a CPU-only machine (VRAM 0). */
export const GPU_FIELDS: readonly Exclude<CustomField, 'unified'>[] = ['gpuBw', 'tflops', 'gpus'];

/** VRAM as typed says there is no GPU (0). */
export function isCpuOnly(fields: CustomFields): boolean {
  const vram = fields.vram.trim();
  return vram !== '' && Number(vram) === 0;
}

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
  const { field } = rule;
  if (field.kind === 'integer' && !Number.isInteger(value)) return { error: `${rule.label} must be a whole number` };
  if (!inRange(field, value)) return { error: `${rule.label} must be ${allowedRange(field)}` };
  return { value };
}

/** Checks every field; `hardware` is set only when all pass. */
export function validateCustom(fields: CustomFields): Validation {
  const errors: Validation['errors'] = {};
  const values: Partial<Record<CustomField, number>> = {};
  const vram = checkNumber(fields.vram, FIELD_RULES.vram, true);
  const hasGpu = vram.value === undefined || vram.value > 0;
  for (const field of Object.keys(FIELD_RULES) as (keyof typeof FIELD_RULES)[]) {
    // A CPU-only machine (VRAM 0): the GPU's fields are not used, whatever they hold.
    if (!hasGpu && GPU_FIELDS.includes(field)) continue;
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
