// Node: read this machine with its own tools (nvidia-smi, rocm-smi, lscpu, /proc/meminfo; macOS
// sysctl and system_profiler), with node:os as the fallback, and suggest a hardware spec. A missing
// or failing tool is a null answer, never an error.
import { execFile } from 'node:child_process';
import { readFile as fsReadFile } from 'node:fs/promises';
import * as nodeOs from 'node:os';
import { mergeFacts, parseLscpu, parseMeminfo, parseNvidiaSmi, parseRocmSmi, parseSysctl, parseSystemProfiler } from './facts.js';
import { suggestHardware } from './match.js';
/** Each tool gets this long, milliseconds. */
export const DETECT_TIMEOUT_MS = 3000;
/** The commands detectHardware runs: [command, args]. */
export const DETECT_COMMANDS = {
    nvidiaSmi: ['nvidia-smi', ['--query-gpu=name,memory.total,driver_version', '--format=csv,noheader,nounits']],
    rocmSmi: ['rocm-smi', ['--showproductname', '--showmeminfo', 'vram', '--json']],
    lscpu: ['lscpu', []],
    sysctl: ['sysctl', ['hw.memsize', 'hw.physicalcpu', 'hw.logicalcpu', 'hw.perflevel0.physicalcpu', 'machdep.cpu.brand_string']],
    systemProfiler: ['system_profiler', ['SPDisplaysDataType', '-json']],
};
/** The default RunCommand: execFile, 3 s timeout, C locale; stdout even on a non-zero exit (sysctl with an unknown key). */
export const runDetectCommand = (command, args) => new Promise((resolve) => {
    try {
        execFile(command, args, { timeout: DETECT_TIMEOUT_MS, encoding: 'utf8', maxBuffer: 8 * 2 ** 20, windowsHide: true, env: { ...process.env, LC_ALL: 'C' } }, (error, stdout) => {
            const out = typeof stdout === 'string' ? stdout : '';
            resolve(error?.code === 'ENOENT' || !out.trim() ? null : out);
        });
    }
    catch {
        resolve(null);
    }
});
async function readText(path) {
    try {
        return await fsReadFile(path, 'utf8');
    }
    catch {
        return null;
    }
}
/** The OS's own figures: total RAM, CPU model and logical processors. */
function systemFacts(system) {
    if (!system)
        return {};
    try {
        const cpus = system.cpus();
        const out = {};
        const ram = system.totalmem();
        if (Number.isFinite(ram) && ram > 0)
            out.ramBytes = ram;
        if (cpus.length > 0)
            out.cpuThreads = cpus.length;
        const model = cpus[0]?.model?.trim();
        if (model)
            out.cpuModel = model;
        return out;
    }
    catch {
        return {};
    }
}
/**
 * Reads this machine and suggests its hardware spec: GPUs from nvidia-smi (Linux, Windows) and
 * rocm-smi (Linux), RAM from /proc/meminfo, CPU from lscpu; on macOS, sysctl and system_profiler;
 * node:os for what they leave out. Never throws: what could not be read is in `missing`.
 * @param catalog `planner.hardware()`
 */
export async function detectHardware(catalog, options = {}) {
    const run = options.run ?? runDetectCommand;
    const read = options.readFile ?? readText;
    const platform = options.platform ?? process.platform;
    const tool = (name) => {
        const [command, args] = DETECT_COMMANDS[name];
        return Promise.resolve()
            .then(() => run(command, [...args]))
            .then((out) => (typeof out === 'string' && out.trim() ? out : null))
            .catch(() => null);
    };
    const file = (path) => Promise.resolve().then(() => read(path)).catch(() => null);
    const parts = [{ source: 'tools', os: platform }];
    if (platform === 'darwin') {
        const [sysctl, profiler] = await Promise.all([tool('sysctl'), tool('systemProfiler')]);
        parts.push(sysctl ? parseSysctl(sysctl) : { notes: ['sysctl gave no answer'] });
        parts.push(profiler ? parseSystemProfiler(profiler) : { notes: ['system_profiler gave no answer (GPU unknown)'] });
    }
    else {
        const linux = platform === 'linux';
        const [nvidia, rocm, meminfo, lscpu] = await Promise.all([
            tool('nvidiaSmi'),
            linux ? tool('rocmSmi') : null,
            linux ? file('/proc/meminfo') : null,
            linux ? tool('lscpu') : null,
        ]);
        if (nvidia)
            parts.push(parseNvidiaSmi(nvidia));
        if (rocm)
            parts.push(parseRocmSmi(rocm));
        if (!nvidia && !rocm)
            parts.push({ notes: [`no GPU tool answered (nvidia-smi${linux ? ', rocm-smi' : ''}): a GPU without its driver tools is not seen`] });
        if (meminfo)
            parts.push(parseMeminfo(meminfo));
        if (lscpu)
            parts.push(parseLscpu(lscpu));
    }
    parts.push(systemFacts(options.system === undefined ? nodeOs : options.system));
    const facts = mergeFacts(...parts);
    return { ...suggestHardware(facts, catalog), facts };
}
//# sourceMappingURL=node.js.map