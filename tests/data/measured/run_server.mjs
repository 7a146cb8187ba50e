// Runs each case's generated llama-server command (the plan's flags, -m the sparse file) and records
// llama.cpp's buffer sizes and the process's peak RSS after one request.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, openSync, existsSync } from 'node:fs';

const BIN = process.env.LLAMA_BIN ?? '/tmp/llama.cpp/build/bin';
const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const out = process.argv[3];
const extra = (process.env.EXTRA_FLAGS ?? '').split(' ').filter(Boolean);
const promptTokens = Number(process.env.PROMPT_TOKENS ?? 600);
const rows = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function args(text, file, port) {
  const words = text.replace(/\\\n/g, ' ').split('\n').filter((l) => l.startsWith('llama-server'))[0].split(/\s+/).filter(Boolean);
  const a = words.slice(1);
  a[a.indexOf('-m') + 1] = file;
  a[a.indexOf('--port') + 1] = String(port);
  // later flags win in llama.cpp's parser: EXTRA_FLAGS (e.g. "-fa off") override the plan's
  return [...a, ...extra, '-lv', '4'];
}

function mib(log, re) {
  let total = 0, found = false;
  for (const m of log.matchAll(re)) { total += Number(m[1]); found = true; }
  return found ? total.toFixed(2) : '';
}

let port = 18180;
for (const c of cases) {
  port += 1;
  const argv = args(c.server, c.file, port);
  const logFile = `/tmp/measure/log-${c.id}-${c.type}-${c.ctx}-${c.kv}${extra.length ? '-' + extra.join('') : ''}.txt`;
  const fd = openSync(logFile, 'w');
  const child = spawn(`${BIN}/llama-server`, argv, { stdio: ['ignore', fd, fd] });
  let log = '';
  const t0 = Date.now();
  while (Date.now() - t0 < 600_000) {
    await sleep(250);
    log = readFileSync(logFile, 'utf8');
    if (/server is listening|listening on/.test(log) || child.exitCode !== null) break;
  }
  let ok = /server is listening|listening on/.test(log);
  let hwmBeforeKb = 0;
  if (ok) {
    hwmBeforeKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]);
    const n = Math.min(promptTokens, c.ctx - 64);
    const prompt = Array.from({ length: n }, (_, i) => 10 + (i % 200));
    try {
      const res = await fetch(`http://127.0.0.1:${port}/completion`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt, n_predict: 4, cache_prompt: false }) });
      const body = await res.json();
      ok = res.ok;
      if (!ok) console.error(c.id, c.type, JSON.stringify(body).slice(0, 300));
    } catch (e) { ok = false; console.error(c.id, c.type, String(e)); }
  }
  const status = existsSync(`/proc/${child.pid}/status`) ? readFileSync(`/proc/${child.pid}/status`, 'utf8') : '';
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  child.kill('SIGTERM');
  await sleep(500);
  if (child.exitCode === null) child.kill('SIGKILL');
  log = readFileSync(logFile, 'utf8');
  const row = {
    model: c.id, quant: c.type, n_ctx: c.ctx, kv: c.kv, flags: argv.filter((a, i) => !(argv[i - 1] === '-m' || a === '-m' || a.endsWith('.gguf'))).join(' '),
    model_buf_mib: mib(log, /CPU model buffer size =\s+([\d.]+) MiB/g),
    mapped_buf_mib: mib(log, /CPU_Mapped model buffer size =\s+([\d.]+) MiB/g),
    repack_buf_mib: mib(log, /CPU_REPACK model buffer size =\s+([\d.]+) MiB/g),
    kv_mib: mib(log, /CPU KV buffer size =\s+([\d.]+) MiB/g),
    compute_mib: mib(log, /CPU compute buffer size =\s+([\d.]+) MiB/g),
    output_mib: mib(log, /CPU output buffer size =\s+([\d.]+) MiB/g),
    rss_loaded_mib: (hwmBeforeKb / 1024).toFixed(1), peak_rss_mib: (hwm / 1024).toFixed(1), rss_mib: (rss / 1024).toFixed(1),
    ok: ok ? 1 : 0,
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}
const header = Object.keys(rows[0]);
writeFileSync(out, [header.join(','), ...rows.map((r) => header.map((k) => String(r[k]).includes(',') ? `"${r[k]}"` : r[k]).join(','))].join('\n') + '\n');
