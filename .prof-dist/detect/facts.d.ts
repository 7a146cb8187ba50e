/** One GPU as a tool reported it. */
export interface GpuFact {
    /** As reported, e.g. "NVIDIA GeForce RTX 4090"; "" when only the vendor is known (browsers). */
    name: string;
    /** Memory of this GPU in bytes, when reported. */
    vramBytes?: number;
    vendor?: 'nvidia' | 'amd' | 'intel' | 'apple';
    /** Driver version, when reported. */
    driver?: string;
    /** Architecture as a browser's WebGPU adapter names it, e.g. "lovelace", "rdna-3", "metal-3". */
    architecture?: string;
}
/** What was read about a machine (Node: system tools; browser: navigator). Every field but gpus and notes may be missing. */
export interface MachineFacts {
    /** Who read the facts: system tools (detectHardware) or a browser (browserFacts). */
    source?: 'tools' | 'browser';
    os?: 'linux' | 'darwin' | 'win32' | string;
    /** CPU model as reported, e.g. "AMD Ryzen 9 7950X 16-Core Processor" or "Apple M2 Max". */
    cpuModel?: string;
    /** Physical cores (Apple silicon: performance cores, the ones llama.cpp uses). */
    cpuCores?: number;
    /** Logical processors (hardware threads). */
    cpuThreads?: number;
    /** System RAM in bytes as the OS reports it (slightly below the installed size). */
    ramBytes?: number;
    /** ramBytes is a lower bound only (a browser's navigator.deviceMemory at its cap). */
    ramAtLeast?: boolean;
    gpus: GpuFact[];
    /** Apple silicon chip, e.g. "Apple M2 Max". */
    appleChip?: string;
    /** GPU cores of the Apple chip, e.g. 38. */
    appleGpuCores?: number;
    /** System memory type when known, e.g. "DDR5" (no parser reads it yet; callers may set it). */
    memoryType?: string;
    /** What could not be read, in plain words. */
    notes: string[];
}
/** Facts with nothing read. */
export declare function emptyFacts(): MachineFacts;
/**
 * Merges partial facts: the first value given for a field wins (pass the best source first);
 * gpus and notes are concatenated.
 */
export declare function mergeFacts(...parts: Partial<MachineFacts>[]): MachineFacts;
/** Vendor from a GPU name. */
export declare function gpuVendor(name: string): GpuFact['vendor'];
/**
 * `nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader,nounits`: one line
 * per GPU, e.g. "NVIDIA GeForce RTX 4090, 24564, 550.54.14" (memory.total in MiB). "[N/A]" memory
 * (e.g. GB10) leaves vramBytes out; lines that are not GPUs (driver errors) become a note.
 */
export declare function parseNvidiaSmi(csv: string): Partial<MachineFacts>;
/**
 * `rocm-smi --showproductname --showmeminfo vram --json` (a "card0": {...} object per GPU, with
 * "Card Series" / "Card series", "VRAM Total Memory (B)" as strings, and a "system" entry), its
 * `--csv` form (a "device" header row), or its plain form ("GPU[0] : Card Series: ..." lines).
 */
export declare function parseRocmSmi(output: string): Partial<MachineFacts>;
/** `/proc/meminfo`: "MemTotal:       65748660 kB". */
export declare function parseMeminfo(meminfo: string): Partial<MachineFacts>;
/**
 * `lscpu` (run with LC_ALL=C): "Model name:", "Thread(s) per core:", "Core(s) per socket:" (or
 * "per cluster"), "Socket(s):" (or "Cluster(s):"), "CPU(s):". Hybrid ARM chips list one block per
 * core type; the cores of all blocks are added up.
 */
export declare function parseLscpu(lscpu: string): Partial<MachineFacts>;
/**
 * macOS `sysctl` lines ("hw.memsize: 68719476736"; `sysctl -a` or named keys): hw.memsize,
 * machdep.cpu.brand_string ("Apple M2 Max" sets appleChip), hw.perflevel0.physicalcpu
 * (performance cores, preferred on Apple silicon), hw.physicalcpu, hw.logicalcpu.
 */
export declare function parseSysctl(sysctl: string): Partial<MachineFacts>;
/**
 * `system_profiler SPDisplaysDataType -json`: {"SPDisplaysDataType": [{ "sppci_model": "Apple M2 Max",
 * "sppci_cores": "38", ... }]}. An Apple GPU sets appleChip and appleGpuCores; a discrete GPU of an
 * Intel Mac is a GPU with its "spdisplays_vram"; an integrated one (shared VRAM) is only a note.
 */
export declare function parseSystemProfiler(json: string): Partial<MachineFacts>;
