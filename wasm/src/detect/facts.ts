// What a machine says about itself, and pure parsers of the tools that say it. No I/O here: node.ts
// runs the tools, browser.ts asks the browser, match.ts turns the facts into a hardware spec.
// Every parser takes whatever text came back (junk, an error message, nothing) and returns what
// it could read; none throws.

const MIB = 2 ** 20;
const GIB = 2 ** 30;

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
  os?: 'linux' | 'darwin' | 'win32' | (string & {});
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
export function emptyFacts(): MachineFacts {
  return { gpus: [], notes: [] };
}

/**
 * Merges partial facts: the first value given for a field wins (pass the best source first);
 * gpus and notes are concatenated.
 */
export function mergeFacts(...parts: Partial<MachineFacts>[]): MachineFacts {
  const out: MachineFacts = emptyFacts();
  for (const part of parts) {
    for (const [key, value] of Object.entries(part) as [keyof MachineFacts, unknown][]) {
      if (value === undefined) continue;
      if (key === 'gpus') out.gpus.push(...(value as GpuFact[]));
      else if (key === 'notes') out.notes.push(...(value as string[]));
      else if (out[key] === undefined) (out as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}

// ------------------------------------------------------------------------------ helpers

function text(input: unknown): string {
  return typeof input === 'string' ? input : '';
}

/** A positive finite number from the start of a string ("24564", " 38 ", "12288 MiB"), else undefined. */
function positive(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : Number.parseFloat(text(value).trim());
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function positiveInt(value: unknown): number | undefined {
  const n = positive(value);
  return n === undefined ? undefined : Math.round(n);
}

/** The first line, shortened, for notes about output that could not be read. */
function firstLine(input: string): string {
  const line = input.trim().split(/\r?\n/, 1)[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

/** "key: value" (or "key = value") lines as a map with lower-case keys; the first occurrence wins. */
function keyValues(input: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of input.split(/\r?\n/)) {
    const m = /^\s*([^:=]+?)\s*[:=]\s*(.*?)\s*$/.exec(line);
    if (m && !map.has(m[1]!.toLowerCase())) map.set(m[1]!.toLowerCase(), m[2]!);
  }
  return map;
}

/** Vendor from a GPU name. */
export function gpuVendor(name: string): GpuFact['vendor'] {
  if (/nvidia|geforce|quadro|tesla|\brtx\b|\bgtx\b/i.test(name)) return 'nvidia';
  if (/\bamd\b|radeon|instinct|\bati\b/i.test(name)) return 'amd';
  if (/intel|\barc\b/i.test(name)) return 'intel';
  if (/^apple\b/i.test(name)) return 'apple';
  return undefined;
}

/** One CSV line split into fields (double quotes protect commas). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(field.trim());
      field = '';
    } else field += ch;
  }
  fields.push(field.trim());
  return fields;
}

// ------------------------------------------------------------------------------ parsers

/**
 * `nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader,nounits`: one line
 * per GPU, e.g. "NVIDIA GeForce RTX 4090, 24564, 550.54.14" (memory.total in MiB). "[N/A]" memory
 * (e.g. GB10) leaves vramBytes out; lines that are not GPUs (driver errors) become a note.
 */
export function parseNvidiaSmi(csv: string): Partial<MachineFacts> {
  const input = text(csv);
  const gpus: GpuFact[] = [];
  for (const line of input.split(/\r?\n/)) {
    const [name = '', memory, driver] = csvFields(line);
    const numeric = /^[\d.]+$/.test(memory ?? '');
    if (!/[a-z]{2}/i.test(name) || /[{}[\]<>]|nvidia-smi|failed|error|no devices/i.test(name)) continue;
    if (!numeric && !/n\/a|not supported/i.test(memory ?? '')) continue;
    const gpu: GpuFact = { name, vendor: 'nvidia' };
    const mib = numeric ? positive(memory) : undefined;
    if (mib !== undefined) gpu.vramBytes = Math.round(mib * MIB);
    if (driver && /^[\d.]+$/.test(driver)) gpu.driver = driver;
    gpus.push(gpu);
  }
  const notes = gpus.length === 0 && input.trim() ? [`nvidia-smi answered without a GPU line: "${firstLine(input)}"`] : [];
  return { gpus, notes };
}

interface RocmCard {
  name?: string;
  vramBytes?: number;
  driver?: string;
}

/** The fields of one rocm-smi card (keys compared case-insensitively; names as rocm-smi prints them). */
function rocmCard(fields: Record<string, unknown>, card: RocmCard = {}): RocmCard {
  for (const [rawKey, value] of Object.entries(fields)) {
    const key = rawKey.toLowerCase().trim();
    const v = text(typeof value === 'number' ? String(value) : value).trim();
    if (!v) continue;
    if ((key === 'card series' || key === 'marketing name') && !card.name) card.name = v;
    else if (key === 'vram total memory (b)') card.vramBytes = positiveInt(v);
    else if (key === 'vram total memory (mib)') card.vramBytes = positiveInt((positive(v) ?? 0) * MIB);
    else if (key === 'driver version') card.driver = v;
  }
  return card;
}

function rocmFacts(cards: Map<string, RocmCard>, driver: string | undefined, input: string): Partial<MachineFacts> {
  const gpus: GpuFact[] = [];
  for (const card of cards.values()) {
    if (!card.name && card.vramBytes === undefined) continue;
    const gpu: GpuFact = { name: card.name ?? '', vendor: 'amd' };
    if (card.vramBytes !== undefined) gpu.vramBytes = card.vramBytes;
    const d = card.driver ?? driver;
    if (d) gpu.driver = d;
    gpus.push(gpu);
  }
  const notes = gpus.length === 0 && input.trim() ? [`rocm-smi answered without a GPU: "${firstLine(input)}"`] : [];
  return { gpus, notes };
}

/**
 * `rocm-smi --showproductname --showmeminfo vram --json` (a "card0": {...} object per GPU, with
 * "Card Series" / "Card series", "VRAM Total Memory (B)" as strings, and a "system" entry), its
 * `--csv` form (a "device" header row), or its plain form ("GPU[0] : Card Series: ..." lines).
 */
export function parseRocmSmi(output: string): Partial<MachineFacts> {
  const input = text(output);
  const cards = new Map<string, RocmCard>();
  let driver: string | undefined;
  const start = input.indexOf('{');
  const end = input.lastIndexOf('}');
  if (start >= 0 && end > start) {
    try {
      const doc = JSON.parse(input.slice(start, end + 1)) as unknown;
      if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
        for (const [key, fields] of Object.entries(doc as Record<string, unknown>)) {
          if (!fields || typeof fields !== 'object') continue;
          if (/^card\d+$/i.test(key)) cards.set(key, rocmCard(fields as Record<string, unknown>));
          else driver ??= rocmCard(fields as Record<string, unknown>).driver;
        }
        return rocmFacts(cards, driver, input);
      }
    } catch {
      // not JSON: try the other forms
    }
  }
  const lines = input.split(/\r?\n/).filter((line) => line.trim());
  const header = lines.findIndex((line) => /^"?device"?\s*,/i.test(line));
  if (header >= 0) {
    const keys = csvFields(lines[header]!);
    for (const line of lines.slice(header + 1)) {
      const values = csvFields(line);
      if (!/^card\d+$/i.test(values[0] ?? '')) continue;
      const fields = Object.fromEntries(keys.map((key, i) => [key, values[i] ?? '']));
      cards.set(values[0]!, rocmCard(fields, cards.get(values[0]!)));
    }
  } else {
    for (const line of lines) {
      const m = /^\s*GPU\[(\d+)\]\s*:\s*(.+?):\s*(.*)$/.exec(line);
      if (m) cards.set(`card${m[1]}`, rocmCard({ [m[2]!]: m[3] }, cards.get(`card${m[1]}`)));
      else if (/driver version/i.test(line)) driver ??= line.split(':').slice(1).join(':').trim() || undefined;
    }
  }
  return rocmFacts(cards, driver, input);
}

/** `/proc/meminfo`: "MemTotal:       65748660 kB". */
export function parseMeminfo(meminfo: string): Partial<MachineFacts> {
  const m = /^MemTotal:\s*(\d+)\s*kB/im.exec(text(meminfo));
  return m ? { ramBytes: Number(m[1]) * 1024 } : { notes: ['/proc/meminfo without a MemTotal line'] };
}

/**
 * `lscpu` (run with LC_ALL=C): "Model name:", "Thread(s) per core:", "Core(s) per socket:" (or
 * "per cluster"), "Socket(s):" (or "Cluster(s):"), "CPU(s):". Hybrid ARM chips list one block per
 * core type; the cores of all blocks are added up.
 */
export function parseLscpu(lscpu: string): Partial<MachineFacts> {
  const out: Partial<MachineFacts> = {};
  let cores = 0;
  let perSocket: number | undefined;
  let threadsPerCore: number | undefined;
  for (const line of text(lscpu).split(/\r?\n/)) {
    const m = /^\s*([^:]+):\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!;
    if (key === 'model name' && value && value !== '-') out.cpuModel ??= value;
    else if (key === 'cpu(s)') out.cpuThreads ??= positiveInt(value);
    else if (key === 'thread(s) per core') threadsPerCore ??= positiveInt(value);
    else if (key === 'core(s) per socket' || key === 'core(s) per cluster') perSocket = positiveInt(value);
    else if ((key === 'socket(s)' || key === 'cluster(s)') && perSocket !== undefined) {
      const sockets = positiveInt(value);
      if (sockets !== undefined) {
        cores += perSocket * sockets;
        perSocket = undefined;
      }
    }
  }
  if (perSocket !== undefined) cores += perSocket; // "Socket(s): -": one
  if (cores > 0) out.cpuCores = cores;
  else if (out.cpuThreads !== undefined && threadsPerCore !== undefined) out.cpuCores = Math.round(out.cpuThreads / threadsPerCore);
  return out;
}

/**
 * macOS `sysctl` lines ("hw.memsize: 68719476736"; `sysctl -a` or named keys): hw.memsize,
 * machdep.cpu.brand_string ("Apple M2 Max" sets appleChip), hw.perflevel0.physicalcpu
 * (performance cores, preferred on Apple silicon), hw.physicalcpu, hw.logicalcpu.
 */
export function parseSysctl(sysctl: string): Partial<MachineFacts> {
  const kv = keyValues(text(sysctl));
  const out: Partial<MachineFacts> = {};
  const memsize = positive(kv.get('hw.memsize'));
  if (memsize !== undefined) out.ramBytes = memsize;
  const brand = kv.get('machdep.cpu.brand_string');
  if (brand) {
    out.cpuModel = brand;
    if (/^Apple M\d/i.test(brand)) out.appleChip = brand;
  }
  const cores = positiveInt(kv.get('hw.perflevel0.physicalcpu')) ?? positiveInt(kv.get('hw.physicalcpu'));
  if (cores !== undefined) out.cpuCores = cores;
  const threads = positiveInt(kv.get('hw.logicalcpu'));
  if (threads !== undefined) out.cpuThreads = threads;
  return out;
}

/** "8 GB", "1536 MB" (system_profiler's VRAM figures, binary units) in bytes. */
function profilerSize(value: unknown): number | undefined {
  const m = /([\d.]+)\s*(GB|MB)/i.exec(text(value));
  if (!m) return undefined;
  const n = positive(m[1]);
  return n === undefined ? undefined : Math.round(n * (m[2]!.toUpperCase() === 'GB' ? GIB : MIB));
}

/**
 * `system_profiler SPDisplaysDataType -json`: {"SPDisplaysDataType": [{ "sppci_model": "Apple M2 Max",
 * "sppci_cores": "38", ... }]}. An Apple GPU sets appleChip and appleGpuCores; a discrete GPU of an
 * Intel Mac is a GPU with its "spdisplays_vram"; an integrated one (shared VRAM) is only a note.
 */
export function parseSystemProfiler(json: string): Partial<MachineFacts> {
  let rows: unknown;
  try {
    rows = (JSON.parse(text(json)) as { SPDisplaysDataType?: unknown })?.SPDisplaysDataType;
  } catch {
    return { notes: text(json).trim() ? ['system_profiler output is not JSON'] : [] };
  }
  const out: Partial<MachineFacts> & { gpus: GpuFact[]; notes: string[] } = { gpus: [], notes: [] };
  for (const row of Array.isArray(rows) ? rows : []) {
    if (!row || typeof row !== 'object') continue;
    const r = row as Record<string, unknown>;
    const name = text(r.sppci_model ?? r._name).trim();
    if (!name) continue;
    const vendor = /apple/i.test(text(r.spdisplays_vendor)) || /^Apple M\d/i.test(name) ? 'apple' : gpuVendor(name);
    if (vendor === 'apple') {
      out.appleChip ??= name;
      const cores = positiveInt(r.sppci_cores);
      if (cores !== undefined) out.appleGpuCores ??= cores;
      out.gpus.push({ name, vendor });
      continue;
    }
    const vram = profilerSize(r.spdisplays_vram ?? r['spdisplays_vram_dynamic']);
    if (vram === undefined) {
      out.notes.push(`${name}: an integrated GPU sharing the system RAM, not counted`);
      continue;
    }
    const gpu: GpuFact = { name, vramBytes: vram };
    if (vendor) gpu.vendor = vendor;
    out.gpus.push(gpu);
  }
  return out;
}
