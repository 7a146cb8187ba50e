// The request fields of the core's table (wasm/src/generated/contract.ts, generated from
// core/src/request_fields.cpp): lookups, defaults and the words for a field's range. The API's
// request checks, defaults.ts, the CLI's flags and help, the page's form checks and the README's
// tables all read fields through here, so a name, range, unit or default is written once, in the core.
import { ARCHITECTURE_FIELDS, ARCHITECTURE_FLAGS, CONSTANTS, ENUMS, PLAN_LADDER, REQUEST_FIELDS } from './generated/contract.js';

export { ARCHITECTURE_FIELDS, ARCHITECTURE_FLAGS, CONSTANTS, ENUMS, PLAN_LADDER };

export type FieldGroup = (typeof ENUMS.fieldGroup)[number];
export type FieldKind = 'integer' | 'number' | 'boolean' | 'text' | 'choice' | 'choice-list' | 'number-list' | 'bytes';

/** One request field as the core defines it. */
export interface RequestField {
  readonly group: FieldGroup;
  /** The request's key (kind 'bytes': the key in bytes). */
  readonly name: string;
  /** Kind 'bytes': the key in GiB. */
  readonly gibName?: string;
  readonly kind: FieldKind;
  /** 'tokens', 'tok/s', 'GB/s', 'GiB' (bytes fields), 'TFLOPS', '%', '' for a count. */
  readonly unit: string;
  /** Inclusive range (kind 'bytes': in GiB). */
  readonly min?: number;
  readonly max?: number;
  /** min itself is not allowed. */
  readonly minExclusive?: boolean;
  /** 0 is allowed below min (0 = not known, or no GPU). */
  readonly zeroAllowed?: boolean;
  readonly required?: boolean;
  readonly choices?: readonly string[];
  readonly default?: number | boolean | string;
  /** How the default is derived, in words, when it is not (only) a constant. */
  readonly defaultRule?: string;
  /** Kind 'hardware': may be set beside a catalog preset. */
  readonly withPreset?: boolean;
  readonly help: string;
}

export const REQUEST_FIELD_LIST: readonly RequestField[] = REQUEST_FIELDS;

/** Every field of `group`, in the core's order. */
export function fieldsOf(group: FieldGroup): readonly RequestField[] {
  return REQUEST_FIELD_LIST.filter((f) => f.group === group);
}

/** The field `name` (or its GiB key) of `group`; a missing one is a bug in the caller. */
export function requestField(group: FieldGroup, name: string): RequestField {
  const field = REQUEST_FIELD_LIST.find((f) => f.group === group && (f.name === name || f.gibName === name));
  if (!field) throw new Error(`no request field '${name}' in group '${group}' (wasm/src/generated/contract.ts)`);
  return field;
}

/** Every key a field of `group` may take (both keys of a memory size). */
export function keysOf(group: FieldGroup, filter: (f: RequestField) => boolean = () => true): string[] {
  return fieldsOf(group)
    .filter(filter)
    .flatMap((f) => (f.gibName ? [f.gibName, f.name] : [f.name]));
}

/** The field's constant default (a number, boolean or name); throws when it has none. */
export function defaultOf<T extends number | boolean | string>(group: FieldGroup, name: string): T {
  const field = requestField(group, name);
  if (field.default === undefined) throw new Error(`request field '${group}.${name}' has no constant default`);
  return field.default as T;
}

/** "0.5 to 100000 GB/s", "more than 0 up to 65536 GiB", "0 or 0.1 to 100000 TFLOPS": the core's allowed_range. */
export function allowedRange(field: RequestField): string {
  const unit = field.unit ? ` ${field.unit}` : '';
  const range = field.minExclusive ? `more than ${field.min} up to ${field.max}` : `${field.min} to ${field.max}`;
  return `${field.zeroAllowed ? '0 or ' : ''}${range}${unit}`;
}

/** Whether `value` is within the field's range (kind 'bytes': in GiB), as the core checks it. */
export function inRange(field: RequestField, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (field.zeroAllowed && value === 0) return true;
  const { min = -Infinity, max = Infinity } = field;
  if (field.kind === 'integer' && !Number.isInteger(value)) return false;
  return (field.minExclusive ? value > min : value >= min) && value <= max;
}
