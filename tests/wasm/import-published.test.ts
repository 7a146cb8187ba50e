// A Hugging Face repository's GGUF files become ModelSpec.published: the file type read from each
// name, the exact size of all shards; plan() then names one of them.
import { describe, expect, it } from 'vitest';

import { fileTypeOfName, publishedFromListing } from '../../wasm/src/import/hf.js';
import { planner } from './setup.js';

describe('published files of an imported repository', () => {
  it('reads the llama.cpp file type from a file name, whole tokens only', () => {
    expect(fileTypeOfName('Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf')).toBe('Q4_K_M');
    expect(fileTypeOfName('sub/qwen2.5-7b-instruct-q8_0-00001-of-00002.gguf')).toBe('Q8_0');
    expect(fileTypeOfName('model.IQ4_XS.gguf')).toBe('IQ4_XS');
    expect(fileTypeOfName('gpt-oss-20b-MXFP4_MOE.gguf')).toBe('MXFP4_MOE');
    expect(fileTypeOfName('Model-Q4_K_L.gguf')).toBeUndefined(); // bartowski's mix, not a llama.cpp type
    expect(fileTypeOfName('Model-UD-Q4_K_XL.gguf')).toBeUndefined();
    expect(fileTypeOfName('mmproj-f16.gguf')).toBe('F16');
  });

  it('lists one file per type with the bytes of all its shards, and skips projector files', () => {
    const paths = [
      'M-Q4_K_M.gguf', 'M-Q8_0-00001-of-00002.gguf', 'M-Q8_0-00002-of-00002.gguf', 'mmproj-M-f16.gguf', 'README.md', 'M-Q4_K_L.gguf',
    ];
    const sizes = new Map([['M-Q4_K_M.gguf', 4_920_733_984], ['M-Q8_0-00001-of-00002.gguf', 5e9], ['M-Q8_0-00002-of-00002.gguf', 3.5e9]]);
    const [repo] = publishedFromListing('org/M-GGUF', paths, sizes);
    expect(repo).toMatchObject({ repo: 'org/M-GGUF', publisher: 'org' });
    expect(repo!.files).toEqual([
      { fileType: 'Q4_K_M', fileName: 'M-Q4_K_M.gguf', fileBytes: 4_920_733_984 },
      { fileType: 'Q8_0', fileName: 'M-Q8_0-00001-of-00002.gguf', fileBytes: 8.5e9 },
    ]);
    // Unknown sizes are left to the planner's prediction.
    expect(publishedFromListing('org/M-GGUF', ['M-Q6_K.gguf'], new Map())[0]!.files).toEqual([{ fileType: 'Q6_K', fileName: 'M-Q6_K.gguf' }]);
    expect(publishedFromListing('org/M', ['config.json'], new Map())).toEqual([]);
  });

  it('plan() names the listed file with its exact size', () => {
    const architecture = planner.models().find((m) => m.id === 'llama3.1-8b')!.architecture;
    const published = publishedFromListing('org/M-GGUF', ['M-Q4_K_M.gguf', 'M-Q8_0.gguf'], new Map([['M-Q4_K_M.gguf', 4_920_733_984]]));
    const plan = planner.plan({ model: { id: 'hf:org/M-GGUF', architecture, published }, hardware: 'rtx4090', contextLength: 8192 });
    expect(plan.published).toMatchObject({ repo: 'org/M-GGUF', fileType: 'Q4_K_M', fileName: 'M-Q4_K_M.gguf', fileBytes: 4_920_733_984, fileBytesExact: true });
  });
});
