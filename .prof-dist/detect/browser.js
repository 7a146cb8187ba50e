// Browser: what a page can learn about the machine (WebGPU adapter info, navigator.deviceMemory,
// hardwareConcurrency, platform) and, plainly, what it cannot. suggestHardware() maps the facts.
import { emptyFacts, gpuVendor } from './facts.js';
const GIB = 2 ** 30;
/** How long the WebGPU adapter may take, milliseconds. */
export const ADAPTER_TIMEOUT_MS = 3000;
function osOf(nav) {
    const platform = `${nav.userAgentData?.platform ?? ''} ${nav.platform ?? ''}`.toLowerCase();
    if (/mac/.test(platform))
        return 'darwin';
    if (/win/.test(platform))
        return 'win32';
    if (/linux|cros|android/.test(platform))
        return 'linux';
    return platform.trim() || undefined;
}
async function adapterInfo(nav) {
    if (!nav.gpu || typeof nav.gpu.requestAdapter !== 'function')
        return null;
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(null), ADAPTER_TIMEOUT_MS)));
    try {
        const adapter = await Promise.race([nav.gpu.requestAdapter({ powerPreference: 'high-performance' }), timeout]);
        if (!adapter)
            return null;
        return adapter.info ?? (typeof adapter.requestAdapterInfo === 'function' ? await adapter.requestAdapterInfo() : null);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * What the browser tells about this machine, as MachineFacts for suggestHardware(), and
 * `cannotSee`: what no page can read (the exact GPU model and VRAM on most browsers, RAM above the
 * browser's cap, memory bandwidth, CPU model and cores). Never throws (no WebGPU: no GPU facts).
 * @param nav defaults to globalThis.navigator
 */
export async function browserFacts(nav) {
    const facts = { ...emptyFacts(), source: 'browser', cannotSee: [] };
    const n = nav ?? (globalThis.navigator ?? {});
    const os = osOf(n);
    if (os)
        facts.os = os;
    const memory = typeof n.deviceMemory === 'number' && n.deviceMemory > 0 ? n.deviceMemory : undefined;
    if (memory !== undefined) {
        facts.ramBytes = memory * GIB;
        facts.ramAtLeast = memory >= 8;
        if (facts.ramAtLeast)
            facts.cannotSee.push(`RAM above ${memory} GiB: browsers cap navigator.deviceMemory, so it reads "at least ${memory} GiB"`);
        else
            facts.cannotSee.push('the exact RAM: navigator.deviceMemory is rounded to a power of two');
    }
    else
        facts.cannotSee.push('RAM size: this browser does not expose navigator.deviceMemory');
    if (typeof n.hardwareConcurrency === 'number' && n.hardwareConcurrency > 0)
        facts.cpuThreads = n.hardwareConcurrency;
    facts.cannotSee.push('CPU model and physical cores (hardwareConcurrency counts threads)', 'memory bandwidth of the RAM and the GPU');
    let info = null;
    try {
        info = await adapterInfo(n);
    }
    catch (error) {
        facts.notes.push(`WebGPU adapter request failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!n.gpu)
        facts.cannotSee.push('whether there is a GPU: this browser has no WebGPU');
    else if (!info)
        facts.cannotSee.push('whether there is a GPU: WebGPU offered no adapter');
    if (info) {
        const description = (info.description ?? '').trim();
        const vendorName = (info.vendor ?? '').trim().toLowerCase();
        const vendor = ['nvidia', 'amd', 'intel', 'apple'].find((v) => v === vendorName) ?? gpuVendor(description);
        const gpu = { name: description };
        if (vendor)
            gpu.vendor = vendor;
        if (info.architecture)
            gpu.architecture = info.architecture.toLowerCase();
        facts.gpus.push(gpu);
        if (vendor === 'apple' && /^Apple M\d/i.test(description))
            facts.appleChip = description;
        if (vendor === 'apple')
            facts.cannotSee.push(facts.appleChip ? 'GPU cores and unified memory size' : 'which Apple chip (M1-M4, Pro / Max / Ultra), its GPU cores and unified memory size');
        else
            facts.cannotSee.push(description ? 'the GPU memory (VRAM): browsers never tell' : 'the exact GPU model and its VRAM: the browser gives only vendor and architecture');
    }
    return facts;
}
//# sourceMappingURL=browser.js.map