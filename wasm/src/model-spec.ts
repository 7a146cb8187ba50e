// The `model` field of a request: a catalog id, or a ModelSpec (a model described by its
// architecture, e.g. from importModel()). Checks the shape and the types of the fields with their
// paths ("model.architecture.nLayer"); the ranges and the tensor table are the core's to check
// (read_model / read_model_file in wasm/convert.hpp name the same fields).
import { FitplanError } from './errors.js';
import { ARCHITECTURE_FIELDS as CORE_ARCHITECTURE_FIELDS, ARCHITECTURE_FLAGS, ENUMS } from './fields.js';
import type { ImportedFileSpec, ModelArchitecture, ModelSpec } from './types.js';

type ArchitectureKey = keyof ModelArchitecture;
// The core's architecture fields (generated contract): whole numbers, then true/false flags.
const ARCHITECTURE_NUMBERS = CORE_ARCHITECTURE_FIELDS.map((f) => f.name) satisfies readonly ArchitectureKey[];
const ARCHITECTURE_BOOLEANS = ARCHITECTURE_FLAGS.map((f) => f.name) satisfies readonly ArchitectureKey[];
const ARCHITECTURE_FIELDS: readonly string[] = ['family', 'ggufArch', ...ARCHITECTURE_NUMBERS, ...ARCHITECTURE_BOOLEANS];
const MODEL_FIELDS: readonly (keyof ModelSpec)[] = ['id', 'name', 'family', 'source', 'architecture', 'file', 'published'];
const FILE_FIELDS: readonly (keyof ImportedFileSpec)[] = ['label', 'fileType', 'fileBytes', 'headerBytes', 'url', 'tensors'];

/** The layout families the core knows (ModelArchitecture.family). */
export const ARCH_FAMILIES = ENUMS.archFamily;
export type ArchFamily = (typeof ARCH_FAMILIES)[number];

function invalid(field: string, message: string): FitplanError {
  return new FitplanError('invalid_argument', field, message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(object: Record<string, unknown>, allowed: readonly string[], prefix: string): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) throw invalid(`${prefix}${key}`, `unknown field '${prefix}${key}'; allowed: ${allowed.join(', ')}`);
  }
}

/** Checks a request's `model`: a non-empty id, or a ModelSpec whose fields have the right types. */
export function checkModel(value: unknown, field = 'model'): string | ModelSpec {
  if (typeof value === 'string') {
    if (value === '') throw invalid(field, `'${field}' must be a non-empty model id or a model object`);
    return value;
  }
  if (!isObject(value)) {
    throw invalid(field, `'${field}' must be a model id (see models()) or an object { architecture, ... } describing a model`);
  }
  checkKeys(value, MODEL_FIELDS, `${field}.`);
  for (const key of ['id', 'name', 'family', 'source'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') throw invalid(`${field}.${key}`, `'${field}.${key}' must be a string`);
  }
  const architecture = value.architecture;
  const prefix = `${field}.architecture.`;
  if (!isObject(architecture)) throw invalid(`${field}.architecture`, `'${field}.architecture' must be an object (the hyperparameters models() lists)`);
  checkKeys(architecture, ARCHITECTURE_FIELDS, prefix);
  if (typeof architecture.family !== 'string' || !(ARCH_FAMILIES as readonly string[]).includes(architecture.family)) {
    throw invalid(`${prefix}family`, `'${prefix}family' must be one of ${ARCH_FAMILIES.join(', ')}`);
  }
  for (const key of ARCHITECTURE_NUMBERS) {
    const v = architecture[key];
    if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v))) throw invalid(prefix + key, `'${prefix}${key}' must be a whole number`);
  }
  for (const key of ARCHITECTURE_BOOLEANS) {
    const v = architecture[key];
    if (v !== undefined && typeof v !== 'boolean') throw invalid(prefix + key, `'${prefix}${key}' must be true or false`);
  }
  if (architecture.ggufArch !== undefined && typeof architecture.ggufArch !== 'string') throw invalid(`${prefix}ggufArch`, `'${prefix}ggufArch' must be a string`);
  const file = value.file;
  if (file !== undefined) {
    if (!isObject(file)) throw invalid(`${field}.file`, `'${field}.file' must be an object { label, fileType, fileBytes, tensors }`);
    checkKeys(file, FILE_FIELDS, `${field}.file.`);
    if (!Array.isArray(file.tensors)) throw invalid(`${field}.file.tensors`, `'${field}.file.tensors' must be an array of { name, dims, type }`);
    if (file.headerBytes !== undefined && typeof file.headerBytes !== 'number') throw invalid(`${field}.file.headerBytes`, `'${field}.file.headerBytes' must be a number of bytes`);
    if (file.url !== undefined && typeof file.url !== 'string') throw invalid(`${field}.file.url`, `'${field}.file.url' must be a string (the URL the file was read from)`);
  }
  const published = value.published;
  if (published !== undefined) {
    if (!Array.isArray(published)) throw invalid(`${field}.published`, `'${field}.published' must be an array of { repo, files }`);
    published.forEach((repo: unknown, i) => {
      const at = `${field}.published[${i}]`;
      if (!isObject(repo)) throw invalid(at, `'${at}' must be an object { repo, files }`);
      checkKeys(repo, ['repo', 'publisher', 'official', 'variant', 'source', 'files'], `${at}.`);
      if (typeof repo.repo !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(repo.repo)) throw invalid(`${at}.repo`, `'${at}.repo' must be a Hugging Face repository id, owner/name`);
      if (!Array.isArray(repo.files)) throw invalid(`${at}.files`, `'${at}.files' must be an array of { fileType, fileBytes?, fileName? }`);
      repo.files.forEach((file: unknown, j) => {
        if (!isObject(file)) throw invalid(`${at}.files[${j}]`, `'${at}.files[${j}]' must be an object { fileType, fileBytes?, fileName? }`);
        checkKeys(file, ['fileType', 'fileBytes', 'fileName'], `${at}.files[${j}].`);
      });
    });
  }
  return value as unknown as ModelSpec;
}
