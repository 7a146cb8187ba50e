import { readFileSync, writeFileSync, existsSync } from 'node:fs';
const sources = [['mem-small-part1.log', 'fill'], ['mem-small2.log', 600], ['mem-big.log', 600], ['faoff.log', 600], ['mmap.log', 600], ['mmap-norepack.log', 600]];
const rows = [];
for (const [file, prompt] of sources) {
  if (!existsSync(file)) continue;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const r = JSON.parse(line);
    if (r.ok !== 1) continue;
    r.flags = r.flags.replace(/ --port \d+/, '').replace(/ -lv 4$/, '');
    r.prompt_tokens = prompt === 'fill' ? r.n_ctx - 64 : prompt;
    delete r.kv;
    rows.push(r);
  }
}
const header = ['model', 'quant', 'n_ctx', 'flags', 'prompt_tokens', 'model_buf_mib', 'mapped_buf_mib', 'repack_buf_mib', 'kv_mib', 'compute_mib', 'output_mib', 'rss_loaded_mib', 'peak_rss_mib', 'ok'];
writeFileSync(process.argv[2], [header.join(','), ...rows.map((r) => header.map((k) => r[k]).join(','))].join('\n') + '\n');
console.log(rows.length, 'rows');
