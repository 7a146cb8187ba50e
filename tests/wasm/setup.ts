// The planner every wasm test uses: the real module built by `npm run build:wasm`, loaded through
// the Node entry (fs → wasmBinary), exactly as the CLI and npm users load it.
import { createPlanner } from '../../wasm/src/node.js';

export const planner = await createPlanner();

/** The public contract ids (issue #2). */
export const CONTRACT_MODEL_IDS = ['llama3-8b', 'llama3-70b', 'llama2-7b', 'llama2-13b', 'mistral-7b', 'qwen2-7b', 'phi3-mini', 'gemma2-9b'];
export const CONTRACT_HARDWARE_IDS = [
  'rtx4090', 'rtx3090', 'rtx3060-12g', 'rtx4060-8g', 'rtx3050-4g', 'a100-40g', 'a100-80g', 'm2-max', 'm3-pro', 'cpu-64g', 'cpu-32g',
];
