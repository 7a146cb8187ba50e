// Hugging Face repositories (`org/name`): the file list (@huggingface/hub listFiles), config.json
// for the architecture, the safetensors headers for the exact tensor shapes and dtypes
// (@huggingface/hub parseSafetensorsMetadata: parameter counts, biases, tied embeddings), and the
// repository's GGUF files so the user can pick one (importing one reads only its header).
import { listFiles, parseSafetensorsMetadata } from '@huggingface/hub';
import { FILE_TYPE_NAMES } from '../types.js';
import { architectureFromConfig } from './architecture.js';
import { describeError, importError, throwIfAborted } from './errors.js';
import { IMPORT_LIMITS } from './limits.js';
import { displayUrl, fetchWithTimeout, httpStatusError, readBody } from './source.js';
export const DEFAULT_HUB_URL = 'https://huggingface.co';
/** "org/name": letters, digits, '-', '_', '.' (Hugging Face's repo id rules). */
export const HF_REPO_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
/** Most files a repository listing may have (the largest real repos have a few thousand). */
const MAX_LISTED_FILES = 100_000;
/** A resolve URL of a repository file (path segments encoded). */
export function resolveUrl(hubUrl, repo, path) {
    return `${hubUrl.replace(/\/+$/, '')}/${repo}/resolve/main/${path.split('/').map(encodeURIComponent).join('/')}`;
}
/**
 * The fetch the hub library uses: the caller's fetch with the import's signal and stall timeout,
 * bodies capped at IMPORT_LIMITS.maxJsonBytes, and without the Xet content negotiation (plain
 * HTTP range reads are all an import needs).
 */
export function hubFetch(options) {
    const base = options.fetch ?? globalThis.fetch;
    return (async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const headers = new Headers(init?.headers);
        const accept = headers.get('accept');
        if (accept?.includes('xet'))
            headers.set('accept', '*/*');
        const { response, clear } = await fetchWithTimeout(base, url, { ...init, headers }, options.signal);
        try {
            if (init?.method === 'HEAD' || !response.body)
                return response;
            const { bytes, truncated } = await readBody(response, IMPORT_LIMITS.maxJsonBytes, options.signal, url);
            if (truncated)
                throw importError(`${displayUrl(url)}: the answer is larger than ${IMPORT_LIMITS.maxJsonBytes} bytes`, 'out_of_range');
            return new Response(bytes.slice(), { status: response.status, statusText: response.statusText, headers: response.headers });
        }
        finally {
            clear();
        }
    });
}
/** A hub library error as an import error (401/403: private or gated, 404: no such repository). */
function hubError(error, repo, what) {
    const status = error.statusCode;
    if (status === 401 || status === 403) {
        return importError(`Hugging Face repository '${repo}': access denied (HTTP ${status}); it is private or gated. Accept its terms and pass an access token, or download a GGUF file and open it locally`);
    }
    if (status === 404)
        return importError(`Hugging Face repository '${repo}' does not exist (HTTP 404)`, 'unknown_id');
    if (error.name === 'FitplanError')
        return error;
    return importError(`Hugging Face repository '${repo}': could not ${what}: ${describeError(error)}`);
}
export async function listRepoFiles(repo, options) {
    const hubUrl = options.hubUrl ?? DEFAULT_HUB_URL;
    options.onProgress?.({ phase: 'listing', label: `${hubUrl}/${repo}`, loadedBytes: 0 });
    const paths = [];
    const sizes = new Map();
    try {
        for await (const entry of listFiles({
            repo: { type: 'model', name: repo },
            recursive: true,
            hubUrl,
            fetch: hubFetch(options),
            ...(options.accessToken ? { accessToken: options.accessToken } : {}),
        })) {
            throwIfAborted(options.signal);
            if (entry.type === 'file') {
                paths.push(entry.path);
                if (typeof entry.size === 'number')
                    sizes.set(entry.path, entry.size);
            }
            if (paths.length > MAX_LISTED_FILES)
                throw importError(`Hugging Face repository '${repo}' lists more than ${MAX_LISTED_FILES} files`, 'out_of_range');
        }
    }
    catch (error) {
        throwIfAborted(options.signal);
        throw hubError(error, repo, 'list its files');
    }
    const ggufFiles = paths
        .filter((p) => /\.gguf$/i.test(p))
        .filter((p) => {
        const shard = /-(\d{5})-of-\d{5}\.gguf$/i.exec(p);
        return !shard || Number(shard[1]) === 1;
    })
        .sort();
    return { paths, ggufFiles, published: publishedFromListing(repo, paths, sizes) };
}
/** The llama.cpp file type a GGUF file name states (e.g. "Model-Q4_K_M.gguf", "model.q8_0-00001-of-00002.gguf"), if any. */
export function fileTypeOfName(path) {
    const name = (path.split('/').pop() ?? path).replace(/-\d{5}-of-\d{5}\.gguf$/i, '').replace(/\.gguf$/i, '').toUpperCase();
    // Longest names first, so Q4_K_M is not read as Q4_K; whole tokens only (Q4_K_M_L is bartowski's mix, not Q4_K_M).
    const names = [...FILE_TYPE_NAMES].sort((a, b) => b.length - a.length);
    for (const type of names) {
        const at = name.lastIndexOf(type);
        if (at < 0)
            continue;
        const before = at === 0 ? '' : name[at - 1];
        const after = name.slice(at + type.length);
        if ((before === '' || /[-_.]/.test(before)) && after === '')
            return type;
    }
    return undefined;
}
/** The GGUF files of a repository listing as one published repository (split files: the first shard, all shards' bytes). */
export function publishedFromListing(repo, paths, sizes) {
    const files = new Map();
    for (const path of [...paths].sort()) {
        if (!/\.gguf$/i.test(path) || /mmproj/i.test(path))
            continue;
        const shard = /-(\d{5})-of-(\d{5})\.gguf$/i.exec(path);
        if (shard && Number(shard[1]) !== 1)
            continue;
        const fileType = fileTypeOfName(path);
        if (!fileType || files.has(fileType))
            continue;
        const parts = shard ? paths.filter((p) => p.replace(/-\d{5}-of-\d{5}\.gguf$/i, '') === path.replace(/-\d{5}-of-\d{5}\.gguf$/i, '')) : [path];
        const known = parts.every((p) => sizes.has(p));
        const bytes = parts.reduce((sum, p) => sum + (sizes.get(p) ?? 0), 0);
        files.set(fileType, { fileType, fileName: path, ...(known && bytes > 0 ? { fileBytes: bytes } : {}) });
    }
    if (files.size === 0)
        return [];
    return [{ repo, publisher: repo.split('/')[0], source: `https://huggingface.co/${repo}`, files: [...files.values()] }];
}
/** Fetches a small repository file (config.json); undefined when it does not exist. */
export async function fetchRepoText(repo, path, options) {
    const url = resolveUrl(options.hubUrl ?? DEFAULT_HUB_URL, repo, path);
    options.onProgress?.({ phase: 'config', label: displayUrl(url), loadedBytes: 0 });
    const headers = options.accessToken ? { Authorization: `Bearer ${options.accessToken}` } : {};
    const { response, clear } = await fetchWithTimeout(options.fetch ?? globalThis.fetch, url, { headers }, options.signal);
    try {
        if (response.status === 404)
            return undefined;
        if (!response.ok)
            throw httpStatusError(response.status, url);
        const { bytes, truncated } = await readBody(response, IMPORT_LIMITS.maxJsonBytes, options.signal, url);
        if (truncated)
            throw importError(`${displayUrl(url)} is larger than ${IMPORT_LIMITS.maxJsonBytes} bytes`, 'out_of_range');
        options.onProgress?.({ phase: 'config', label: displayUrl(url), loadedBytes: bytes.byteLength });
        return new TextDecoder().decode(bytes);
    }
    finally {
        clear();
    }
}
export function parseConfigText(text, label) {
    if (text.length > IMPORT_LIMITS.maxJsonBytes)
        throw importError(`${label} is larger than ${IMPORT_LIMITS.maxJsonBytes} bytes`, 'out_of_range');
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw importError(`${label} is not valid JSON: ${describeError(error)}`);
    }
}
/** The safetensors headers of a repository (only their JSON headers are read). */
export async function readSafetensors(repo, paths, options) {
    const path = paths.includes('model.safetensors.index.json')
        ? 'model.safetensors.index.json'
        : paths.includes('model.safetensors')
            ? 'model.safetensors'
            : undefined;
    if (!path)
        return undefined;
    options.onProgress?.({ phase: 'safetensors', label: `${repo}/${path}`, loadedBytes: 0 });
    const parsed = await parseSafetensorsMetadata({
        repo: { type: 'model', name: repo },
        path,
        computeParametersCount: true,
        hubUrl: options.hubUrl ?? DEFAULT_HUB_URL,
        fetch: hubFetch(options),
        ...(options.accessToken ? { accessToken: options.accessToken } : {}),
    });
    const headers = parsed.sharded ? Object.values(parsed.headers) : [parsed.header];
    const tensorNames = new Set();
    for (const header of headers)
        for (const name of Object.keys(header))
            if (name !== '__metadata__')
                tensorNames.add(name);
    const parameters = {};
    for (const [dtype, count] of Object.entries(parsed.parameterCount ?? {}))
        if (typeof count === 'number')
            parameters[dtype] = count;
    return { parameters, totalParameters: Object.values(parameters).reduce((a, b) => a + b, 0), tensorNames };
}
/** config.json (+ safetensors names) -> architecture, for a repository. */
export function architectureOfRepo(configText, repo, safetensors) {
    const label = `${repo}/config.json`;
    return architectureFromConfig({ config: parseConfigText(configText, label), label, ...(safetensors ? { tensorNames: safetensors.tensorNames } : {}) });
}
export { hubError };
//# sourceMappingURL=hf.js.map