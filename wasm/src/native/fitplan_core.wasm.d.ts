// The package's "./fitplan_core.wasm" export: the WebAssembly core itself, for bundlers that turn
// an imported asset into its URL (webpack's asset modules, Vite's `?url`). Pass that URL to
// createPlanner({ locateFile: () => url }), or fetch and compile it and pass { wasmModule }.
declare const fitplanCoreWasmUrl: string;
export default fitplanCoreWasmUrl;
