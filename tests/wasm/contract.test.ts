// The contract the TypeScript layer derives from is the core's: wasm/src/generated/contract.ts and
// the README's request-field tables are exactly what scripts/gen-contract.mjs writes from the
// built core's contract(), and the API, the CLI and the page read their fields through it.
import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

// @ts-expect-error -- a plain .mjs script without declarations
import { contractPath, contractSource, readCoreContract, readmeFieldsSection, readmePath, withReadmeSection } from '../../scripts/gen-contract.mjs';
import { ENUMS, REQUEST_FIELD_LIST, allowedRange, defaultOf, inRange, requestField } from '../../wasm/src/fields.js';
import { customHardwareDefaults, defaultAnalyzeOptions, defaultPlanOptions, reserveDefaults } from '../../wasm/src/defaults.js';
import { BACKENDS, KV_CACHE_TYPES, KV_POLICIES, PLAN_OBJECTIVES, RANK_ORDERS } from '../../wasm/src/types.js';
import { FitplanError } from '../../wasm/src/errors.js';
import { planner } from './setup.js';

const contract = await readCoreContract();

describe('the generated contract', () => {
  it('is what the built core says (run `npm run gen:contract` after changing a table in the core)', async () => {
    expect(await readFile(contractPath, 'utf8')).toBe(contractSource(contract));
  });

  it("the README's request-field tables are generated from the same table", async () => {
    const readme = await readFile(readmePath, 'utf8');
    expect(readme).toBe(withReadmeSection(readme, readmeFieldsSection(contract)));
    expect(readme).toContain('| `vramGiB` or `vramBytes` | GiB | 0 to 65536 | required |');
  });

  it('the exported lists are the core enum tables', () => {
    expect(BACKENDS).toEqual(contract.enums.backend);
    expect(KV_CACHE_TYPES).toEqual(contract.enums.kvCacheType);
    expect(KV_POLICIES).toEqual(contract.enums.kvPolicy);
    expect(PLAN_OBJECTIVES).toEqual(contract.enums.objective);
    expect(RANK_ORDERS).toEqual(contract.enums.rankOrder);
    expect(ENUMS.fileType).toContain('Q4_K_M');
  });

  it('the defaults merged in TypeScript are the core table defaults', () => {
    expect(defaultAnalyzeOptions).toEqual({ contextLength: 4096, kvCacheType: 'f16', promptTokens: 512 });
    expect(defaultPlanOptions).toEqual({ minContextLength: 2048, kv: 'auto', allowDisk: true, promptTokens: 512, compare: false });
    expect(customHardwareDefaults).toMatchObject({ gpuBandwidthGBps: 200, ramBandwidthGBps: 50, diskBandwidthGBps: 3.5, cpuCores: 8, pcieBandwidthGBps: 32, tflopsPerGBps: 0.1 });
    expect(reserveDefaults).toEqual({ osReserveMinGiB: 2, osReserveRamDivisor: 10, gpuMarginMaxGiB: 0.5, gpuMarginVramDivisor: 16 });
  });
});

describe('every range of the table is the one the core enforces', () => {
  // One value just outside each end of every numeric field the API reads; the core's error names
  // the field and states the table's range.
  const cases: { group: string; request: (value: number) => unknown; call: 'plan' | 'analyze' | 'commands' }[] = [];
  const custom = { vramGiB: 8, ramGiB: 32 };
  for (const field of REQUEST_FIELD_LIST) {
    if (field.min === undefined || field.max === undefined) continue;
    if (field.group === 'plan') cases.push({ group: field.name, request: (v) => ({ model: 'llama3-8b', hardware: 'rtx4090', contextLength: 4096, [field.name]: v }), call: 'plan' });
    if (field.group === 'analyze') cases.push({ group: field.name, request: (v) => ({ model: 'llama3-8b', hardware: 'rtx4090', [field.name]: v }), call: 'analyze' });
    if (field.group === 'hardware') {
      const key = field.gibName ?? field.name;
      cases.push({ group: `hardware.${key}`, request: (v) => ({ model: 'llama3-8b', contextLength: 4096, hardware: { ...custom, [key]: v } }), call: 'plan' });
    }
  }

  it.each(cases.map((c) => [c.group, c] as const))('%s', (name, c) => {
    const field = REQUEST_FIELD_LIST.find((f) => f.name === name.replace('hardware.', '') || f.gibName === name.replace('hardware.', ''))!;
    for (const value of [field.max! * 1.5 + 1, field.minExclusive ? field.min! : field.min! - (field.zeroAllowed ? field.min! / 2 : 1)]) {
      if (value < 0 && field.min! === 0) continue;
      if (inRange(field, value)) continue;
      let error: unknown;
      try {
        (planner[c.call] as (r: unknown) => unknown)(c.request(value));
      } catch (e) {
        error = e;
      }
      // contextLength past the model's maximum, and the cross-field rules (slowTps < usableTps) may speak first; the field is the same.
      expect(error, `${name} = ${value}`).toBeInstanceOf(FitplanError);
      expect((error as FitplanError).field).toBe(name);
    }
  });

  it('says the range as the core does', () => {
    expect(allowedRange(requestField('hardware', 'ramBandwidthGBps'))).toBe('0.5 to 100000 GB/s');
    expect(allowedRange(requestField('hardware', 'ramGiB'))).toBe('more than 0 up to 65536 GiB');
    expect(allowedRange(requestField('hardware', 'gpuTflops'))).toBe('0 or 0.1 to 100000 TFLOPS');
    let error: unknown;
    try {
      planner.plan({ model: 'llama3-8b', contextLength: 4096, hardware: { vramGiB: 8, ramGiB: 32, ramBandwidthGBps: 0.2 } });
    } catch (e) {
      error = e;
    }
    expect((error as FitplanError).message).toBe("'hardware.ramBandwidthGBps' is 0.2; allowed 0.5 to 100000 GB/s");
    expect(defaultOf('commands', 'port')).toBe(8080);
  });
});
