import type { HardwareInfo, HardwareSpec } from '../types.js';
import type { MachineFacts } from './facts.js';
/** How sure a suggestion is: exact (the machine itself), close (a near preset or figures assumed), guess. */
export type Confidence = 'exact' | 'close' | 'guess';
/** A hardware spec for plan() / analyze(), and what it rests on. */
export interface HardwareSuggestion {
    /** What to pass as `hardware`: a preset id, a preset with your RAM and cores, or a custom machine. */
    spec: HardwareSpec;
    /** The catalog preset the spec uses; null for a custom machine. */
    presetId: string | null;
    /** The machine in words, e.g. "NVIDIA GeForce RTX 4090 + 62.7 GiB RAM". */
    name: string;
    /** What was read, in plain words with units (GiB). */
    found: string[];
    /** What was assumed, with why and how to correct it. */
    assumed: string[];
    /** What could not be read. */
    missing: string[];
    confidence: Confidence;
    /** Other catalog ids that fit what was read (e.g. the presets of a GPU family to choose from). */
    alternatives: string[];
}
/**
 * The hardware spec of a machine from what was read about it, checked against the catalog
 * (`planner.hardware()`). Order: an Apple chip (or an Apple GPU) -> the Apple preset of that chip,
 * GPU cores and memory; discrete GPUs -> the preset of the largest group of identical GPUs (its
 * "Nx" preset, or the preset with gpuCount), with this machine's RAM and cores; a GPU no preset
 * names -> a custom machine with the VRAM read and a bandwidth by GPU class; no GPU -> a cpu-*
 * preset of the same RAM and memory class, else a CPU-only custom machine. Figures not read are
 * assumed and listed in `assumed`; nothing missing makes it throw.
 */
export declare function suggestHardware(facts: MachineFacts, catalog: HardwareInfo[]): HardwareSuggestion;
