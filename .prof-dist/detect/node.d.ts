import type { HardwareInfo } from '../types.js';
import { type MachineFacts } from './facts.js';
import { type HardwareSuggestion } from './match.js';
/** Runs a tool: its stdout, or null when it is missing, fails without output or times out. */
export type RunCommand = (command: string, args: string[]) => Promise<string | null>;
/** Options of detectHardware: replace the tools, files and OS figures (tests pass canned outputs). */
export interface DetectOptions {
    /** Runs a tool (default: execFile with a 3 s timeout, LC_ALL=C). */
    run?: RunCommand;
    /** Reads a text file, null when absent (default: fs). */
    readFile?: (path: string) => Promise<string | null>;
    /** process.platform to act as (default the real one). */
    platform?: string;
    /** Fallbacks for RAM and CPU when the tools say nothing (default node:os); null for none. */
    system?: {
        totalmem(): number;
        cpus(): {
            model: string;
        }[];
    } | null;
}
/** Each tool gets this long, milliseconds. */
export declare const DETECT_TIMEOUT_MS = 3000;
/** The commands detectHardware runs: [command, args]. */
export declare const DETECT_COMMANDS: {
    readonly nvidiaSmi: readonly ["nvidia-smi", readonly ["--query-gpu=name,memory.total,driver_version", "--format=csv,noheader,nounits"]];
    readonly rocmSmi: readonly ["rocm-smi", readonly ["--showproductname", "--showmeminfo", "vram", "--json"]];
    readonly lscpu: readonly ["lscpu", readonly []];
    readonly sysctl: readonly ["sysctl", readonly ["hw.memsize", "hw.physicalcpu", "hw.logicalcpu", "hw.perflevel0.physicalcpu", "machdep.cpu.brand_string"]];
    readonly systemProfiler: readonly ["system_profiler", readonly ["SPDisplaysDataType", "-json"]];
};
/** The default RunCommand: execFile, 3 s timeout, C locale; stdout even on a non-zero exit (sysctl with an unknown key). */
export declare const runDetectCommand: RunCommand;
/**
 * Reads this machine and suggests its hardware spec: GPUs from nvidia-smi (Linux, Windows) and
 * rocm-smi (Linux), RAM from /proc/meminfo, CPU from lscpu; on macOS, sysctl and system_profiler;
 * node:os for what they leave out. Never throws: what could not be read is in `missing`.
 * @param catalog `planner.hardware()`
 */
export declare function detectHardware(catalog: HardwareInfo[], options?: DetectOptions): Promise<HardwareSuggestion & {
    facts: MachineFacts;
}>;
