// The size and shape every API request is held to before any of it is read: plain objects and
// arrays only (a Date, a Map or a class instance would be read as an empty object and silently
// ignored), and bounded strings, arrays and nesting, checked in time linear in the request's size,
// so that no input (a 10-million-character id, a sparse array of length 2^32 - 1) costs more than
// its size or grows the WebAssembly memory. The core then checks every value's range.
import { FitplanError } from './errors.js';
import { ARCHITECTURE_FIELDS } from './fields.js';

/** The limits a request is held to (README: "Limits"). */
export const REQUEST_LIMITS = {
  /** Characters of any string (ids: the core refuses more than 128 before looking them up). */
  maxStringLength: 65_536,
  /** Elements of any array (an imported file's tensor table is the largest: at most 1,000,000). */
  maxArrayLength: 1_000_000,
  /** Objects, arrays and values in one request (a 1,000,000-tensor table is ~6,000,000). */
  maxValues: 10_000_000,
  /** Nesting of objects and arrays. */
  maxDepth: 16,
  /** `blockSensitivity`: one value per block; a model has at most the core's largest nLayer (1024) blocks. */
  maxBlocks: ARCHITECTURE_FIELDS.find((f) => f.name === 'nLayer')!.max,
  /** Models in one rankModels() request, machines in one rankHardware() request. */
  maxRankedItems: 1024,
} as const;

function tooLarge(field: string, message: string): FitplanError {
  return new FitplanError('out_of_range', field, message);
}

/** What a value is, for the message refusing it ("a Date", "a Map", "an instance of Foo"). */
function kindOf(value: object): string {
  const prototype = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
  const name = prototype?.constructor?.name;
  if (typeof name === 'string' && name !== '' && name !== 'Object') return /^[AEIOU]/.test(name) ? `an ${name}` : `a ${name}`;
  return 'an object that is not a plain object';
}

/** An object literal (or Object.create(null)); arrays are checked apart. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === Object.prototype || prototype === null;
}

/**
 * Walks `value` (the request, or a part of it named `field`) and throws a FitplanError naming the
 * first field that is not plain data or passes a limit. Arrays are measured before they are read.
 */
export function guardRequest(value: unknown, field = ''): void {
  let values = 0;
  const path = (parent: string, key: string | number) =>
    typeof key === 'number' ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`;
  const visit = (v: unknown, at: string, depth: number): void => {
    if (++values > REQUEST_LIMITS.maxValues) {
      throw tooLarge(at, `the request has more than ${REQUEST_LIMITS.maxValues} values; the limit is ${REQUEST_LIMITS.maxValues}`);
    }
    if (typeof v === 'string') {
      if (v.length > REQUEST_LIMITS.maxStringLength) {
        throw tooLarge(at, `'${at}' is ${v.length} characters long; the limit is ${REQUEST_LIMITS.maxStringLength}`);
      }
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    if (depth > REQUEST_LIMITS.maxDepth) throw tooLarge(at, `'${at}' nests objects deeper than ${REQUEST_LIMITS.maxDepth}`);
    if (Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Array.prototype) throw new FitplanError('invalid_argument', at, `'${at}' must be a plain array`);
      if (v.length > REQUEST_LIMITS.maxArrayLength) {
        throw tooLarge(at, `'${at}' has ${v.length} elements; the limit is ${REQUEST_LIMITS.maxArrayLength}`);
      }
      for (let i = 0; i < v.length; i++) visit(v[i], path(at, i), depth + 1);
      return;
    }
    if (!isPlainObject(v)) {
      throw new FitplanError('invalid_argument', at, `${at ? `'${at}'` : 'the request'} must be a plain object or array (got ${kindOf(v)})`);
    }
    for (const key of Object.keys(v)) visit(v[key], path(at, key), depth + 1);
  };
  visit(value, field, 0);
}
