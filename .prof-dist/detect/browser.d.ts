import { type MachineFacts } from './facts.js';
/** GPUAdapterInfo as WebGPU gives it; Chrome fills vendor ("nvidia", "apple", ...) and architecture ("lovelace", "rdna-3", "metal-3"), rarely device or description. */
export interface GpuAdapterInfoLike {
    vendor?: string;
    architecture?: string;
    device?: string;
    description?: string;
}
/** The parts of `navigator` browserFacts reads (all optional: pass a fixture in tests). */
export interface NavigatorLike {
    gpu?: {
        requestAdapter(options?: {
            powerPreference?: 'high-performance' | 'low-power';
        }): Promise<{
            info?: GpuAdapterInfoLike;
            /** Chrome before 131. */
            requestAdapterInfo?: () => Promise<GpuAdapterInfoLike>;
        } | null>;
    };
    /** GiB, rounded to a power of two and capped by the browser (8 in most, 32 in recent Chrome). */
    deviceMemory?: number;
    /** Logical processors (threads), not cores. */
    hardwareConcurrency?: number;
    platform?: string;
    userAgentData?: {
        platform?: string;
    };
}
/** How long the WebGPU adapter may take, milliseconds. */
export declare const ADAPTER_TIMEOUT_MS = 3000;
/**
 * What the browser tells about this machine, as MachineFacts for suggestHardware(), and
 * `cannotSee`: what no page can read (the exact GPU model and VRAM on most browsers, RAM above the
 * browser's cap, memory bandwidth, CPU model and cores). Never throws (no WebGPU: no GPU facts).
 * @param nav defaults to globalThis.navigator
 */
export declare function browserFacts(nav?: NavigatorLike): Promise<MachineFacts & {
    cannotSee: string[];
}>;
