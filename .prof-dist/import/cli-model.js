import { importError } from './errors.js';
import { importModel } from './node.js';
const MiB = 2 ** 20;
/** True when --model names something to import rather than a catalog id (ids have no '/' or extension). */
export function isModelSource(value) {
    return /[/\\]/.test(value) || /\.(gguf|json)$/i.test(value) || /^(hf:|https?:)/i.test(value) || value.trim().startsWith('{');
}
function progressLine(p) {
    const where = p.shards ? `${p.label} (shard ${p.shard}/${p.shards})` : p.label;
    switch (p.phase) {
        case 'listing': return `listing the files of ${where}`;
        case 'config': return `reading ${where}`;
        case 'safetensors': return `reading the safetensors headers of ${where}`;
        case 'header': {
            const total = p.totalBytes !== undefined ? ` of a ${(p.totalBytes / MiB).toFixed(1)} MiB file` : '';
            return `reading the GGUF header of ${where}: ${(p.loadedBytes / MiB).toFixed(1)} MiB${total}`;
        }
    }
}
/**
 * The request's model for --model VALUE [--gguf FILE]: the id itself, or the imported ModelSpec.
 * `err` receives progress lines and warnings ("fitplan: ..."). Environment: HF_ENDPOINT (the Hugging
 * Face endpoint, default https://huggingface.co), HF_TOKEN (an access token for gated repositories).
 */
export async function resolveModelFlag(value, gguf, err, env = process.env) {
    if (!isModelSource(value)) {
        if (gguf !== undefined)
            throw importError('--gguf chooses a file of a Hugging Face repository: use it with --model hf:org/name');
        return value;
    }
    let last = '';
    const result = await importModel(value, {
        ...(gguf !== undefined ? { gguf } : {}),
        ...(env.HF_ENDPOINT ? { hubUrl: env.HF_ENDPOINT } : {}),
        ...(env.HF_TOKEN ? { accessToken: env.HF_TOKEN } : {}),
        onProgress: (p) => {
            const line = progressLine(p);
            if (line !== last)
                err(`fitplan: ${line}\n`);
            last = line;
        },
    });
    const what = result.model.file ? `${result.model.file.fileType}, ${result.model.file.tensors.length} tensors` : 'from config.json';
    err(`fitplan: imported ${result.model.name} (${result.model.architecture.ggufArch}, ${what})\n`);
    if (result.ggufFiles?.length && !result.model.file)
        err(`fitplan: its GGUF files (choose one with --gguf): ${result.ggufFiles.join(', ')}\n`);
    for (const warning of result.warnings)
        err(`fitplan: warning: ${warning}\n`);
    return result.model;
}
//# sourceMappingURL=cli-model.js.map