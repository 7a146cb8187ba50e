const GIB = 2 ** 30;
// ------------------------------------------------------------------------------ small helpers
const round1 = (x) => Math.round(x * 10) / 10;
const gib = (bytes) => round1(bytes / GIB);
const fmtGiB = (bytes) => `${gib(bytes)} GiB`;
/** The GPU part of a catalog name: "2x NVIDIA GeForce RTX 3090 (24 GiB each) + ..." -> "NVIDIA GeForce RTX 3090". */
function gpuPart(name) {
    return name.split(' (')[0].replace(/^\d+x\s+/, '').trim();
}
/** Installed RAM sizes; the OS reports a little less than these. */
const RAM_SIZES = [4, 8, 12, 16, 18, 24, 32, 36, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048];
/** The installed size behind a reported RAM figure (62.7 GiB -> 64), when one is within 10 %. */
function nominalGiB(bytes) {
    if (bytes === undefined)
        return undefined;
    const g = bytes / GIB;
    return RAM_SIZES.find((size) => size >= g * 0.999 && size <= g * 1.1);
}
/** The RAM a spec should take: the figure read (not a browser's lower bound). */
function readRam(facts) {
    return facts.ramBytes !== undefined && !facts.ramAtLeast ? facts.ramBytes : undefined;
}
const BRAND_WORDS = new Set(['nvidia', 'geforce', 'amd', 'ati', 'radeon', 'intel', 'graphics', 'gpu', 'tesla', 'corporation']);
/** A name's readings: "Navi 31 [Radeon RX 7900 XT/7900 XTX]" -> "Radeon RX 7900 XT", "Radeon RX 7900 XTX"; "A / B" -> A, B. */
function readings(name) {
    const inner = /\[([^\]]+)\]/.exec(name)?.[1] ?? name;
    const out = [];
    for (const part of inner.split(/\s+\/\s+/)) {
        const [first = '', ...rest] = part.split('/').map((piece) => piece.trim());
        const words = first.split(/\s+/);
        const firstNumber = words.findIndex((word) => /\d/.test(word));
        const lead = firstNumber > 0 ? words.slice(0, firstNumber).join(' ') : '';
        out.push(first, ...rest.map((piece) => (lead ? `${lead} ${piece}` : piece)));
    }
    return out.filter(Boolean);
}
function keyOf(reading) {
    let s = reading.toLowerCase().replace(/\((r|tm)\)|®|™/g, ' ');
    const laptop = /laptop|mobile|max-q/.test(s);
    s = s.replace(/laptop|mobile|max-q|\bwith\b|\bdesign\b/g, ' ').replace(/[-_,()]/g, ' ');
    const key = { base: '', form: 'default', laptop };
    const words = [];
    for (const word of s.split(/\s+/)) {
        const size = /^(\d+)gb$/.exec(word);
        if (!word || BRAND_WORDS.has(word))
            continue;
        else if (size)
            key.sizeGB = Number(size[1]);
        else if (word === 'pcie' || word === 'nvl')
            key.form = word;
        else if (!/^(sxm\d*|hbm\d*e?)$/.test(word))
            words.push(word);
    }
    key.base = words.join(' ');
    return key;
}
const keysOf = (name) => readings(name).map(keyOf);
/** Integrated GPUs share the system RAM: they are not planned for as GPUs. */
function isIntegrated(gpu) {
    if (gpu.vramBytes !== undefined && gpu.vramBytes < 2 * GIB)
        return true;
    if (gpu.architecture && /^(gen-|xe-lpg|xe-\dlpg|adreno|midgard|bifrost|valhall|swiftshader|software|warp)/.test(gpu.architecture))
        return true;
    const igpuName = /\b(uhd|iris|hd graphics)\b|radeon(\(tm\))? graphics$|radeon \d{3}m\b|vega \d+ graphics/i.test(gpu.name);
    return igpuName && (gpu.vramBytes ?? 0) < 4 * GIB;
}
/** Catalog machines of one GPU model (not the "2x ..." ones, not Apple): the ones a GPU name is matched against. */
function singleGpuPresets(catalog) {
    return catalog.filter((h) => h.gpuCount >= 1 && h.backend !== 'cpu' && !/^\d+x /.test(h.name) && !/^Apple M/i.test(h.name));
}
/** The preset of a GPU name: same model words and laptop-ness, then the memory size / form factor in the name, then the VRAM. */
function matchGpu(gpu, catalog) {
    const wanted = keysOf(gpu.name).filter((k) => k.base);
    if (!gpu.name || wanted.length === 0)
        return null;
    const keyed = singleGpuPresets(catalog).map((preset) => ({ preset, keys: keysOf(gpuPart(preset.name)) }));
    let candidates = keyed.filter((c) => c.keys.some((k) => wanted.some((w) => w.base === k.base && w.laptop === k.laptop)));
    if (candidates.length === 0)
        return null;
    const all = candidates.map((c) => c.preset);
    const narrow = (keep) => {
        const kept = candidates.filter((c) => keep(c.keys));
        if (kept.length > 0)
            candidates = kept;
    };
    const size = wanted.find((w) => w.sizeGB !== undefined)?.sizeGB;
    if (size !== undefined)
        narrow((keys) => keys.some((k) => k.sizeGB === size));
    const form = wanted.find((w) => w.form !== 'default')?.form ?? 'default';
    narrow((keys) => keys.some((k) => k.form === form));
    const vram = gpu.vramBytes;
    if (vram !== undefined)
        candidates.sort((a, b) => Math.abs(a.preset.vramBytes - vram) - Math.abs(b.preset.vramBytes - vram));
    const preset = candidates[0].preset;
    const vramAgrees = vram !== undefined && Math.abs(preset.vramBytes - vram) <= 0.1 * preset.vramBytes; // ECC on GDDR hides 1/16
    return { preset, exact: vramAgrees || (vram === undefined && candidates.length === 1), candidates: all };
}
/** Identical GPUs, the largest group (by total VRAM) first; the rest are named as left out. */
function gpuGroups(gpus) {
    const groups = new Map();
    for (const gpu of gpus) {
        const key = `${gpu.name}|${gpu.vramBytes ?? ''}|${gpu.architecture ?? ''}|${gpu.vendor ?? ''}`;
        const group = groups.get(key);
        if (group)
            group.count += 1;
        else
            groups.set(key, { gpu, count: 1 });
    }
    return [...groups.values()].sort((a, b) => b.count * (b.gpu.vramBytes ?? 0) - a.count * (a.gpu.vramBytes ?? 0));
}
const VENDOR_NAMES_SHOWN = { nvidia: 'NVIDIA', amd: 'AMD', intel: 'Intel', apple: 'Apple' };
/** A GPU's name, or for one known only by vendor: "NVIDIA GPU (lovelace architecture; model not shown)". */
function gpuLabel(gpu) {
    if (gpu.name)
        return gpu.name;
    const vendor = gpu.vendor ? VENDOR_NAMES_SHOWN[gpu.vendor] : 'unknown';
    return `${vendor} GPU (${gpu.architecture ? `${gpu.architecture} architecture; ` : ''}model not shown)`;
}
function describeGpu(gpu, count) {
    const name = gpuLabel(gpu);
    const vram = gpu.vramBytes !== undefined ? `, ${fmtGiB(gpu.vramBytes)}${count > 1 ? ' each' : ''}` : '';
    const driver = gpu.driver ? ` (driver ${gpu.driver})` : '';
    return `GPU: ${count > 1 ? `${count}× ` : ''}${name}${vram}${driver}`;
}
/** System RAM bandwidth by CPU generation: [model pattern, GB/s, memory and why]. Populated channels are assumed full. */
const CPU_MEMORY = [
    [/EPYC\s+9\d{3}/i, 460.8, 'DDR5-4800 12-channel per socket, every channel of an EPYC 9004/9005 populated'],
    [/EPYC\s+7\d{3}/i, 204.8, 'DDR4-3200 8-channel per socket, every channel of an EPYC 7002/7003 populated'],
    [/Xeon.*\b(Platinum|Gold|Silver|Bronze)\s+\d[4-6]\d{2}/i, 307.2, 'DDR5-4800 8-channel, a 4th-6th gen Xeon Scalable with every channel populated'],
    [/Xeon.*\b(Platinum|Gold|Silver|Bronze)\s+\d3\d{2}/i, 204.8, 'DDR4-3200 8-channel, a 3rd gen Xeon Scalable with every channel populated'],
    [/Threadripper\s+PRO\s+[79]\d{3}WX/i, 332.8, 'DDR5-5200 8-channel, a Threadripper PRO 7000/9000 with every channel populated'],
    [/Threadripper\s+[79]\d{3}X/i, 166.4, 'DDR5-5200 quad channel, a Threadripper 7000/9000'],
    [/Threadripper/i, 102.4, 'DDR4-3200 quad channel, an older Threadripper'],
    [/Ryzen AI Max/i, 256, 'LPDDR5X-8000 on a 256-bit bus, a Ryzen AI Max'],
    [/Ryzen AI/i, 120, 'LPDDR5X-7500 dual channel, a Ryzen AI laptop chip'],
    [/Ryzen\s+\d\s+(PRO\s+)?[789]\d{3}/i, 89.6, 'DDR5-5600 dual channel, typical of a Ryzen 7000-9000 (2022+) machine'],
    [/Ryzen\s+\d\s+(PRO\s+)?6\d{3}/i, 76.8, 'DDR5-4800 dual channel, a Ryzen 6000 laptop'],
    [/Ryzen\s+\d\s+(PRO\s+)?[1-5]\d{3}/i, 51.2, 'DDR4-3200 dual channel, a Ryzen 1000-5000 (AM4) machine'],
    [/Core.*Ultra/i, 89.6, 'DDR5-5600 dual channel, a Core Ultra machine'],
    [/i[3579]-1[2-4]\d{3}(H|HX|HK|P|U)\b/i, 76.8, 'DDR5-4800 dual channel, typical of a 12th-14th gen Core laptop'],
    [/i[3579]-1[2-4]\d{3}/i, 89.6, 'DDR5-5600 dual channel, typical of a 12th-14th gen Core (these also take DDR4-3200: 51.2 GB/s)'],
    [/i[3579]-(\d{4}|1[01]\d{3})/i, 51.2, 'DDR4-3200 dual channel, a 6th-11th gen Core (older boards run slower DDR4)'],
];
/** The default when the CPU is not recognised. */
const DEFAULT_RAM = { gbps: 51.2, what: 'DDR4-3200 dual channel, a cautious default', recognised: false };
function hostMemory(facts) {
    if (facts.memoryType && /ddr5/i.test(facts.memoryType))
        return { gbps: 89.6, what: `DDR5-5600 dual channel (memory type ${facts.memoryType})`, recognised: true };
    if (facts.memoryType && /ddr4/i.test(facts.memoryType))
        return { gbps: 51.2, what: `DDR4-3200 dual channel (memory type ${facts.memoryType})`, recognised: true };
    const row = facts.cpuModel ? CPU_MEMORY.find(([pattern]) => pattern.test(facts.cpuModel)) : undefined;
    if (row)
        return { gbps: row[1], what: row[2], recognised: true };
    return { ...DEFAULT_RAM, what: `${DEFAULT_RAM.what}${facts.cpuModel ? ` (the CPU "${facts.cpuModel}" is not in the table)` : ' (no CPU model was read)'}` };
}
const ramBwText = (figure) => `RAM bandwidth ${figure.gbps} GB/s: ${figure.what}; pass --ram-bw to correct`;
/** Memory bandwidth of a GPU no preset describes, by class: [name pattern, GB/s, class]. */
const GPU_CLASSES = [
    [/instinct|\bmi\d{3}|\b[abgh]\d{3}\b|gh200|gb200|v100|p100|hbm/i, 2000, 'an HBM datacenter GPU'],
    [/8060s|8050s|strix halo/i, 256, 'a Ryzen AI Max iGPU on LPDDR5X-8000, 256-bit'],
    [/laptop|mobile|max-q/i, 256, 'a laptop GPU with 128-bit GDDR6'],
    [/rtx a\d|rtx \d{4} ada|quadro|rtx pro|radeon pro/i, 768, 'a workstation GPU with 384-bit GDDR6'],
];
function gpuBandwidth(gpu, vramBytes) {
    const row = GPU_CLASSES.find(([pattern]) => pattern.test(gpu.name));
    if (row)
        return { gbps: row[1], what: `typical of ${row[2]}`, recognised: true };
    if (vramBytes >= 20 * GIB)
        return { gbps: 768, what: 'typical of a 20+ GiB card (384-bit GDDR6)', recognised: false };
    if (vramBytes >= 12 * GIB)
        return { gbps: 448, what: 'typical of a 12-16 GiB card (256-bit GDDR6)', recognised: false };
    return { gbps: 288, what: 'typical of a card under 12 GiB (128-bit GDDR6)', recognised: false };
}
function backendOf(gpu, os) {
    if (gpu.vendor === 'apple' || os === 'darwin')
        return 'metal';
    return gpu.vendor === 'nvidia' ? 'cuda' : gpu.vendor === 'amd' ? 'rocm' : gpu.vendor === 'intel' ? 'sycl' : 'vulkan';
}
// ------------------------------------------------------------------------------ the parts of a suggestion
class Notes {
    found = [];
    assumed = [];
    missing = [];
}
function hostFound(facts, notes) {
    if (facts.ramBytes !== undefined) {
        notes.found.push(facts.ramAtLeast ? `RAM: at least ${fmtGiB(facts.ramBytes)} (the browser's figure, capped)` : `RAM: ${fmtGiB(facts.ramBytes)}`);
    }
    else
        notes.missing.push('RAM size');
    const cores = facts.cpuCores !== undefined ? `${facts.cpuCores} ${facts.appleChip ? 'performance ' : ''}cores` : '';
    const threads = facts.cpuThreads !== undefined ? `${facts.cpuThreads} threads` : '';
    const counts = [cores, threads].filter(Boolean).join(', ');
    if (facts.cpuModel || counts)
        notes.found.push(`CPU: ${[facts.cpuModel, counts].filter(Boolean).join(', ')}`);
    if (!facts.cpuModel)
        notes.missing.push('CPU model');
    notes.missing.push(...facts.notes);
}
/** Cores for the spec: as read, else half the threads (2-way SMT assumed), else none (the preset's / default). */
function coresFor(facts, notes, fallback) {
    if (facts.cpuCores !== undefined)
        return facts.cpuCores;
    if (facts.cpuThreads !== undefined) {
        const cores = Math.max(1, Math.round(facts.cpuThreads / 2));
        notes.assumed.push(`CPU cores ${cores}: half the ${facts.cpuThreads} threads (2 threads per core); pass --cores to correct`);
        return cores;
    }
    if (fallback !== undefined)
        notes.assumed.push(`CPU cores ${fallback}: not read; pass --cores to correct`);
    return fallback;
}
/** A preset's GPU(s) with this machine's RAM, cores and (when the CPU tells) RAM bandwidth. */
function presetWithHost(preset, count, facts, notes) {
    const spec = { preset: preset.id };
    if (preset.gpuCount !== count && !preset.unifiedMemory)
        spec.gpuCount = count;
    const ram = readRam(facts);
    if (preset.unifiedMemory) {
        if (ram !== undefined && nominalGiB(ram) !== gib(preset.ramBytes)) {
            notes.assumed.push(`memory ${fmtGiB(preset.ramBytes)}: the preset's (it cannot be changed on unified memory; this machine reports ${fmtGiB(ram)})`);
        }
    }
    else if (ram !== undefined) {
        if (gib(ram) !== gib(preset.ramBytes))
            spec.ramGiB = gib(ram);
    }
    else if (facts.ramAtLeast && facts.ramBytes !== undefined && facts.ramBytes > preset.ramBytes) {
        spec.ramGiB = gib(facts.ramBytes);
        notes.assumed.push(`RAM ${fmtGiB(facts.ramBytes)}: the least the browser vouches for; pass --ram with yours`);
    }
    else {
        const why = facts.ramAtLeast && facts.ramBytes !== undefined ? `the browser vouches only for ${fmtGiB(facts.ramBytes)}` : 'not read';
        notes.assumed.push(`RAM ${fmtGiB(preset.ramBytes)}: the preset's (${why}); pass --ram with yours`);
    }
    const cores = coresFor(facts, notes, undefined);
    if (cores !== undefined && cores !== preset.cpuCores)
        spec.cpuCores = cores;
    if (cores === undefined)
        notes.assumed.push(`CPU cores ${preset.cpuCores}: the preset's (not read); pass --cores to correct`);
    if (!preset.unifiedMemory) {
        const memory = hostMemory(facts);
        if (memory.recognised && Math.abs(memory.gbps - preset.ramBandwidthGBps) > 0.05) {
            spec.ramBandwidthGBps = memory.gbps;
            notes.assumed.push(ramBwText(memory));
        }
        else
            notes.assumed.push(`RAM bandwidth ${preset.ramBandwidthGBps} GB/s: the preset's${memory.recognised ? `, ${memory.what}` : ''}; pass --ram-bw to correct`);
    }
    const gpus = `${count > 1 && !/^\d+x /.test(preset.name) ? `${count}x ` : ''}${gpuPart(preset.name)}`;
    const label = preset.unifiedMemory ? preset.name : `${gpus} + ${spec.ramGiB !== undefined ? `${spec.ramGiB} GiB` : fmtGiB(preset.ramBytes)} RAM`;
    return { spec, label };
}
/** RAM for a custom machine: as read, else the browser's lower bound, else 32 GiB (stated). */
function customRam(facts, notes, fallbackGiB = 32) {
    if (facts.ramBytes !== undefined) {
        if (facts.ramAtLeast)
            notes.assumed.push(`RAM ${fmtGiB(facts.ramBytes)}: the least the browser vouches for; pass --ram with yours`);
        return gib(facts.ramBytes);
    }
    notes.assumed.push(`RAM ${fallbackGiB} GiB: not read; pass --ram with yours`);
    return fallbackGiB;
}
function appleChipParts(chip) {
    const m = /M(\d+)\s*(Pro|Max|Ultra)?/i.exec(chip);
    return { generation: m ? Number(m[1]) : 0, tier: (m?.[2] ?? '').toLowerCase() };
}
function appleEntries(catalog) {
    return catalog
        .filter((h) => h.unifiedMemory && /^Apple M\d/i.test(h.name))
        .map((preset) => {
        const chip = gpuPart(preset.name);
        const cores = /(\d+)-core GPU/i.exec(preset.name)?.[1];
        return { preset, chip, gpuCores: cores ? Number(cores) : undefined, ...appleChipParts(chip) };
    });
}
const sameChip = (a, b) => a.toLowerCase().replace(/\s+/g, ' ').trim() === b.toLowerCase().replace(/\s+/g, ' ').trim();
/** The entry with the RAM nearest to `bytes` (ties: the smaller), or the smallest without a figure. */
function nearestRam(entries, bytes) {
    const target = bytes ?? 0;
    return [...entries].sort((a, b) => Math.abs(a.preset.ramBytes - target) - Math.abs(b.preset.ramBytes - target) || a.preset.ramBytes - b.preset.ramBytes)[0];
}
/** macOS lets the GPU use about 2/3 of up to 36 GiB of unified memory, 3/4 above. */
const appleWorkingSetGiB = (ramGiB) => round1(ramGiB * (ramGiB <= 36 ? 2 / 3 : 3 / 4));
function suggestApple(facts, catalog, notes) {
    const entries = appleEntries(catalog);
    if (entries.length === 0)
        return null;
    const chip = facts.appleChip;
    const cores = facts.appleGpuCores;
    const ram = facts.ramBytes;
    if (!chip) {
        // A browser sees an Apple GPU, not which chip: the newest generation, nearest RAM, as a guess.
        const newest = Math.max(...entries.map((e) => e.generation));
        const pick = nearestRam(entries.filter((e) => e.generation === newest), ram);
        notes.missing.push('which Apple chip (M1-M4, Pro / Max / Ultra), its GPU cores and memory');
        notes.assumed.push(`${pick.preset.name}: a guess; choose your Mac's chip and memory`);
        return finish({ preset: pick.preset.id }, pick.preset.id, pick.preset.name, 'guess', notes, entries.map((e) => e.preset.id));
    }
    notes.found = notes.found.filter((line) => !line.startsWith('RAM: '));
    notes.found.unshift(`Chip: ${chip}${cores !== undefined ? `, ${cores}-core GPU` : ''}`, ...(ram !== undefined ? [`Unified memory: ${fmtGiB(ram)}`] : []));
    const same = entries.filter((e) => sameChip(e.chip, chip));
    if (same.length === 0)
        return suggestUnknownApple(facts, entries, notes);
    let pool = same;
    let coresAgree = false;
    if (cores !== undefined) {
        const nearest = Math.min(...same.map((e) => Math.abs((e.gpuCores ?? 0) - cores)));
        pool = same.filter((e) => Math.abs((e.gpuCores ?? 0) - cores) === nearest);
        coresAgree = nearest === 0;
        if (!coresAgree)
            notes.assumed.push(`GPU cores ${pool[0].gpuCores}: no ${chip} preset has ${cores} cores; speed figures are for ${pool[0].gpuCores}`);
    }
    else
        notes.missing.push('GPU core count');
    const pick = ram !== undefined ? nearestRam(pool, ram) : nearestRam(pool, undefined);
    const ramAgrees = ram !== undefined && !facts.ramAtLeast && nominalGiB(ram) === gib(pick.preset.ramBytes);
    if (!ramAgrees) {
        notes.assumed.push(`memory ${fmtGiB(pick.preset.ramBytes)}: ${ram === undefined || facts.ramAtLeast ? 'not read' : `the nearest ${chip} preset to the ${fmtGiB(ram)} read`}; choose another preset if yours differs`);
    }
    const spec = { preset: pick.preset.id };
    if (facts.cpuCores !== undefined && facts.cpuCores !== pick.preset.cpuCores)
        spec.cpuCores = facts.cpuCores;
    const confidence = coresAgree && ramAgrees ? 'exact' : 'close';
    return finish(spec.cpuCores === undefined ? pick.preset.id : spec, pick.preset.id, pick.preset.name, confidence, notes, same.map((e) => e.preset.id));
}
/** A chip the catalog lacks: a unified custom machine with the figures of the newest preset of the same tier. */
function suggestUnknownApple(facts, entries, notes) {
    const chip = facts.appleChip;
    const { tier } = appleChipParts(chip);
    const sameTier = entries.filter((e) => e.tier === tier);
    const pool = sameTier.length ? sameTier : entries;
    const newest = Math.max(...pool.map((e) => e.generation));
    const analog = nearestRam(pool.filter((e) => e.generation === newest), facts.ramBytes).preset;
    const ramGiB = facts.ramBytes !== undefined ? gib(facts.ramBytes) : gib(analog.ramBytes);
    if (facts.ramBytes === undefined)
        notes.assumed.push(`memory ${ramGiB} GiB: not read (the ${gpuPart(analog.name)} preset's)`);
    const spec = {
        name: `${chip} (${ramGiB} GiB unified)`,
        vramGiB: appleWorkingSetGiB(ramGiB),
        ramGiB,
        unifiedMemory: true,
        backend: 'metal',
        gpuBandwidthGBps: analog.gpuBandwidthGBps,
        ramBandwidthGBps: analog.ramBandwidthGBps,
        gpuTflops: analog.gpuTflops,
        cpuCores: facts.cpuCores ?? analog.cpuCores,
    };
    notes.assumed.push(`${chip} is not in the catalog: bandwidth ${analog.gpuBandwidthGBps} GB/s and ${analog.gpuTflops} TFLOPS of the ${gpuPart(analog.name)} (the newest preset of its tier); pass --gpu-bw / --gpu-tflops to correct`, `GPU memory ${spec.vramGiB} GiB: the share macOS gives the GPU (2/3 up to 36 GiB, 3/4 above)`);
    return finish(spec, null, spec.name, 'guess', notes, pool.map((e) => e.preset.id));
}
// ------------------------------------------------------------------------------ unified PC chips
/** PC chips whose GPU shares the RAM, by CPU model: [CPU pattern, catalog name pattern, iGPU name pattern]. */
const UNIFIED_PC = [[/Ryzen AI Max/i, /Strix Halo|Ryzen AI Max/i, /radeon|strix/i]];
/**
 * A Strix Halo style machine: the preset of its chip nearest to the whole memory, which is the RAM
 * the OS reports plus what the BIOS set aside for the GPU (rocm-smi's VRAM of the iGPU).
 */
function suggestUnifiedPc(facts, catalog, notes) {
    const row = UNIFIED_PC.find(([cpu]) => cpu.test(facts.cpuModel ?? ''));
    const presets = row ? catalog.filter((h) => h.unifiedMemory && row[1].test(h.name)) : [];
    if (!row || presets.length === 0)
        return null;
    const igpus = facts.gpus.filter((g) => g.vendor === 'amd' && row[2].test(g.name));
    const carveOut = igpus.reduce((sum, g) => sum + (g.vramBytes ?? 0), 0);
    const ram = readRam(facts);
    const total = ram === undefined ? undefined : ram + carveOut;
    const target = total ?? 0;
    const pick = [...presets].sort((a, b) => Math.abs(a.ramBytes - target) - Math.abs(b.ramBytes - target) || a.ramBytes - b.ramBytes)[0];
    if (carveOut > 0)
        notes.found.unshift(`GPU: ${igpus[0].name}, ${fmtGiB(carveOut)} set aside for it (integrated)`);
    const agrees = total !== undefined && nominalGiB(total) === gib(pick.ramBytes);
    if (!agrees) {
        notes.assumed.push(`memory ${fmtGiB(pick.ramBytes)}: ${total === undefined ? 'not read' : `the nearest preset to the ${fmtGiB(total)} read (RAM + GPU carve-out)`}; choose another if yours differs`);
    }
    const spec = facts.cpuCores !== undefined && facts.cpuCores !== pick.cpuCores ? { preset: pick.id, cpuCores: facts.cpuCores } : pick.id;
    return finish(spec, pick.id, pick.name, agrees && facts.source !== 'browser' ? 'exact' : 'close', notes, presets.map((h) => h.id));
}
// ------------------------------------------------------------------------------ GPU machines
/** Catalog presets a browser's architecture (or, without one, its vendor) points to: [pattern, name pattern]. */
const ARCH_NAMES = [
    [/^(lovelace|ada)$/, /RTX 40\d0/],
    [/^ampere$/, /RTX 30\d0/],
    [/^turing$/, /RTX 20\d0/],
    [/^blackwell$/, /RTX 50\d0/],
    [/^rdna-4$/, /RX 9\d{3}/],
    [/^rdna-3$/, /RX 7\d{3}/],
    [/^rdna-2$/, /RX 6\d{3}/],
    [/^gen-12hp$/, /Arc A\d/],
    [/^xe-2hpg$/, /Arc B\d/],
];
const VENDOR_NAMES = { nvidia: /GeForce RTX/, amd: /Radeon RX/, intel: /Intel Arc/ };
/** A GPU known only by vendor and architecture: the family's middle preset (by VRAM, then bandwidth), desktop first. */
function guessFamily(gpu, catalog) {
    const byArch = gpu.architecture ? ARCH_NAMES.find(([arch]) => arch.test(gpu.architecture))?.[1] : undefined;
    const pattern = byArch ?? (gpu.vendor ? VENDOR_NAMES[gpu.vendor] : undefined);
    if (!pattern)
        return null;
    const family = singleGpuPresets(catalog).filter((h) => pattern.test(h.name));
    if (family.length === 0)
        return null;
    const desktop = family.filter((h) => !/laptop/i.test(h.name));
    const pool = (desktop.length ? desktop : family).sort((a, b) => a.vramBytes - b.vramBytes || a.gpuBandwidthGBps - b.gpuBandwidthGBps);
    return { pick: pool[Math.floor((pool.length - 1) / 2)], family };
}
/** A matched preset for `count` GPUs: itself when its count agrees, else the catalog's "Nx" preset of it, if any. */
function multiGpuPreset(single, count, catalog) {
    if (count === single.gpuCount)
        return single;
    return (catalog.find((h) => h.gpuCount === count && !h.unifiedMemory && h.vramBytes === single.vramBytes && gpuPart(h.name) === gpuPart(single.name)) ??
        single);
}
function suggestGpu(facts, catalog, gpus, notes, browser) {
    const [main, ...others] = gpuGroups(gpus);
    const { gpu, count } = main;
    notes.found.unshift(describeGpu(gpu, count));
    for (const other of others)
        notes.assumed.push(`${describeGpu(other.gpu, other.count).slice(5)} left out: plans take identical GPUs only`);
    if (gpu.vramBytes === undefined)
        notes.missing.push(browser ? 'exact GPU model and its VRAM (browsers do not tell)' : `VRAM of the ${gpu.name || 'GPU'}`);
    const match = matchGpu(gpu, catalog);
    if (match) {
        const vramOff = gpu.vramBytes !== undefined && !match.exact;
        if (!vramOff) {
            const preset = multiGpuPreset(match.preset, count, catalog);
            const { spec, label } = presetWithHost(preset, count, facts, notes);
            const hostRead = readRam(facts) !== undefined || preset.unifiedMemory;
            const confidence = browser ? 'close' : match.exact && hostRead && others.length === 0 ? 'exact' : 'close';
            if (!match.exact)
                notes.assumed.push(`${gpuPart(match.preset.name)}: the ${fmtGiB(match.preset.vramBytes)} variant; choose another if yours differs`);
            const alternatives = match.candidates.map((h) => h.id).filter((id) => id !== preset.id);
            return finish(Object.keys(spec).length === 1 ? spec.preset : spec, preset.id, label, confidence, notes, alternatives);
        }
        // The name matches a preset but the VRAM does not: its figures with the VRAM read.
        notes.assumed.push(`GPU figures of ${gpuPart(match.preset.name)} (${match.preset.id}), whose ${fmtGiB(match.preset.vramBytes)} differ from the ${fmtGiB(gpu.vramBytes)} read`);
        return customGpu(facts, gpu, count, notes, match.preset, match.candidates.map((h) => h.id));
    }
    if (!gpu.name || browser) {
        const guess = guessFamily(gpu, catalog);
        if (guess) {
            notes.assumed.push(`${gpuPart(guess.pick.name)}: a guess from the ${gpu.architecture ? `"${gpu.architecture}" architecture` : 'GPU vendor'}; choose your GPU`);
            const { spec, label } = presetWithHost(multiGpuPreset(guess.pick, count, catalog), count, facts, notes);
            return finish(Object.keys(spec).length === 1 ? spec.preset : spec, spec.preset, label, 'guess', notes, guess.family.map((h) => h.id));
        }
    }
    return customGpu(facts, gpu, count, notes, undefined, []);
}
/** A custom machine for a GPU no preset describes (or one whose VRAM differs from its preset's). */
function customGpu(facts, gpu, count, notes, like, alternatives) {
    let vramBytes = gpu.vramBytes;
    if (vramBytes === undefined) {
        vramBytes = like?.vramBytes ?? 8 * GIB;
        notes.assumed.push(`VRAM ${fmtGiB(vramBytes)}: not read; pass --vram with yours`);
    }
    const name = gpuLabel(gpu);
    const spec = {
        name: `${count > 1 ? `${count}x ` : ''}${name} (${fmtGiB(vramBytes)}${count > 1 ? ' each' : ''})`,
        vramGiB: gib(vramBytes),
        ramGiB: customRam(facts, notes),
        gpuCount: count,
        backend: like?.backend ?? backendOf(gpu, facts.os),
    };
    if (like) {
        spec.gpuBandwidthGBps = like.gpuBandwidthGBps;
        spec.gpuTflops = like.gpuTflops;
        spec.pcieBandwidthGBps = like.pcieBandwidthGBps;
    }
    else {
        const bw = gpuBandwidth(gpu, vramBytes);
        spec.gpuBandwidthGBps = bw.gbps;
        notes.assumed.push(`GPU bandwidth ${bw.gbps} GB/s: ${bw.what} (${name} is not in the catalog); pass --gpu-bw to correct`);
        notes.assumed.push('GPU TFLOPS: the planner derives them from the bandwidth; pass --gpu-tflops to correct');
    }
    const cores = coresFor(facts, notes, 8);
    if (cores !== undefined)
        spec.cpuCores = cores;
    const memory = hostMemory(facts);
    spec.ramBandwidthGBps = memory.gbps;
    notes.assumed.push(ramBwText(memory));
    return finish(spec, null, `${spec.name} + ${spec.ramGiB} GiB RAM`, like ? 'close' : 'guess', notes, alternatives);
}
// ------------------------------------------------------------------------------ CPU only
/** Mobile CPU model numbers (H, HS, HX, U, P suffixes; Core Ultra; Ryzen AI). */
const LAPTOP_CPU = /\d{4,5}(H|HS|HX|HK|U|P)\b|Core.*Ultra \d \d{3}[HUV]\b|Ryzen AI/i;
function suggestCpu(facts, catalog, notes, browser) {
    notes.found.unshift('GPU: none found');
    if (browser)
        notes.missing.push('whether there is a GPU (this browser offers no WebGPU adapter)');
    const memory = hostMemory(facts);
    const ram = readRam(facts);
    const nominal = nominalGiB(ram);
    const cpuPresets = catalog.filter((h) => h.gpuCount === 0 && h.backend === 'cpu');
    const fits = cpuPresets.filter((h) => nominal !== undefined && gib(h.ramBytes) === nominal && Math.abs(h.ramBandwidthGBps - memory.gbps) < 0.05);
    const sure = memory.recognised && ram !== undefined && facts.cpuCores !== undefined && !browser;
    if (fits.length > 0) {
        // A laptop preset for a laptop CPU, a desktop one otherwise (when both exist), then the same cores.
        const laptop = LAPTOP_CPU.test(facts.cpuModel ?? '');
        const kind = fits.filter((h) => /laptop/i.test(h.name) === laptop);
        const pool = kind.length ? kind : fits;
        const preset = pool.find((h) => h.cpuCores === facts.cpuCores) ?? pool[0];
        const cores = coresFor(facts, notes, undefined);
        notes.assumed.push(ramBwText(memory));
        const spec = cores !== undefined && cores !== preset.cpuCores ? { preset: preset.id, cpuCores: cores } : preset.id;
        return finish(spec, preset.id, preset.name, sure ? 'close' : 'guess', notes, fits.map((h) => h.id).filter((id) => id !== preset.id));
    }
    const ramGiB = customRam(facts, notes);
    const spec = { name: `CPU only: ${facts.cpuModel ?? 'unknown CPU'}`, vramGiB: 0, ramGiB, ramBandwidthGBps: memory.gbps };
    const cores = coresFor(facts, notes, 8);
    if (cores !== undefined)
        spec.cpuCores = cores;
    notes.assumed.push(ramBwText(memory));
    return finish(spec, null, `${spec.name}, ${ramGiB} GiB RAM`, sure ? 'close' : 'guess', notes, []);
}
function finish(spec, presetId, name, confidence, notes, alternatives) {
    const others = [...new Set(alternatives)].filter((id) => id !== presetId);
    return { spec, presetId, name, found: notes.found, assumed: notes.assumed, missing: notes.missing, confidence, alternatives: others };
}
// ------------------------------------------------------------------------------ entry
const VENDORS = ['nvidia', 'amd', 'intel', 'apple'];
/** Facts as they should be (whatever came in): positive finite figures, whole cores, strings trimmed. */
function cleanFacts(input) {
    const f = (input && typeof input === 'object' ? input : {});
    const num = (v, min = 0) => (typeof v === 'number' && Number.isFinite(v) && v > min ? v : undefined);
    const int = (v) => (num(v, 0.5) === undefined ? undefined : Math.round(v));
    const str = (v) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    const out = { gpus: [], notes: Array.isArray(f.notes) ? f.notes.filter((n) => typeof n === 'string') : [] };
    const set = (key, value) => {
        if (value !== undefined)
            out[key] = value;
    };
    set('source', f.source === 'browser' || f.source === 'tools' ? f.source : undefined);
    set('os', str(f.os));
    set('cpuModel', str(f.cpuModel));
    set('cpuCores', int(f.cpuCores));
    set('cpuThreads', int(f.cpuThreads));
    set('ramBytes', num(f.ramBytes, GIB / 2));
    set('ramAtLeast', f.ramAtLeast === true ? true : undefined);
    set('appleChip', str(f.appleChip));
    set('appleGpuCores', int(f.appleGpuCores));
    set('memoryType', str(f.memoryType));
    for (const g of Array.isArray(f.gpus) ? f.gpus : []) {
        if (!g || typeof g !== 'object')
            continue;
        const r = g;
        const gpu = { name: str(r.name) ?? '' };
        const vram = num(r.vramBytes);
        if (vram !== undefined)
            gpu.vramBytes = vram;
        const vendor = VENDORS.find((v) => v === r.vendor);
        if (vendor)
            gpu.vendor = vendor;
        const driver = str(r.driver);
        if (driver)
            gpu.driver = driver;
        const architecture = str(r.architecture);
        if (architecture)
            gpu.architecture = architecture.toLowerCase();
        out.gpus.push(gpu);
    }
    return out;
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
export function suggestHardware(facts, catalog) {
    const safe = cleanFacts(facts);
    const browser = safe.source === 'browser';
    const notes = new Notes();
    hostFound(safe, notes);
    const apple = safe.appleChip !== undefined || safe.gpus.some((g) => g.vendor === 'apple');
    if (apple) {
        const suggestion = suggestApple(safe, catalog, notes);
        if (suggestion)
            return suggestion;
    }
    const unifiedPc = suggestUnifiedPc(safe, catalog, notes);
    if (unifiedPc)
        return unifiedPc;
    const discrete = safe.gpus.filter((g) => g.vendor !== 'apple' && !isIntegrated(g));
    for (const g of safe.gpus.filter((g) => g.vendor !== 'apple' && isIntegrated(g))) {
        notes.found.push(`${gpuLabel(g)}: integrated, shares the RAM; not counted as a GPU`);
    }
    if (discrete.length > 0)
        return suggestGpu(safe, catalog, discrete, notes, browser);
    return suggestCpu(safe, catalog, notes, browser);
}
//# sourceMappingURL=match.js.map