// The page's "Import a model" panel: a GGUF file (drop or pick; only a slice of the header is read,
// nothing leaves the machine; all shards of a split file together), a GGUF URL or a Hugging Face
// id (read with HTTP Range requests / the Hub API, with a progress bar), or a pasted config.json.
// The imported model joins the model picker (group "Imported") and becomes the selected model; a
// URL or Hugging Face import has a token (hf:org/name, the URL) that the page puts in its link's
// `model` parameter, so a shared link imports it again. The import code is loaded on first use.
import { FitplanError, type ImportProgress, type ImportResult, type ImportSource, type ModelSpec } from 'fitplan';

import { element } from './dom';

const IMPORT_PREFIX = 'import:';
const imported = new Map<string, ImportResult>();
let counter = 0;

/** The request's model for a picker value: the catalog id, or the imported ModelSpec. */
export function modelFor(value: string): string | ModelSpec {
  return imported.get(value)?.model ?? value;
}

/** The largest context of an imported model (for the context input), undefined for catalog ids. */
export function importedMaxContext(value: string): number | undefined {
  return imported.get(value)?.model.architecture.nCtxTrain;
}

/** The imported result of a picker value (undefined for catalog ids). */
export function importedResult(value: string): ImportResult | undefined {
  return imported.get(value);
}

/**
 * Every imported model as a request takes it, its id set to its picker value (so that a ranking's
 * row names the picker entry it came from).
 */
export function importedModels(): ModelSpec[] {
  return [...imported.entries()].map(([value, result]) => ({ ...result.model, id: value }));
}

/** What a link names for a picker value: the catalog id, an import's token, or "" (a local file). */
export function linkToken(value: string): string {
  const result = imported.get(value);
  if (!result) return value;
  return result.source.token ?? '';
}

const MiB = 2 ** 20;

function describeProgress(p: ImportProgress): string {
  const shard = p.shards ? ` (shard ${p.shard} of ${p.shards})` : '';
  switch (p.phase) {
    case 'listing': return `Listing the files of ${p.label}…`;
    case 'config': return `Reading ${p.label}…`;
    case 'safetensors': return `Reading the safetensors headers of ${p.label}…`;
    case 'header': {
      const total = p.totalBytes !== undefined ? ` of a ${(p.totalBytes / 2 ** 30).toFixed(2)} GiB file` : '';
      return `Reading the GGUF header of ${p.label}${shard}: ${(p.loadedBytes / MiB).toFixed(1)} MiB${total}…`;
    }
  }
}

export interface ImportPanel {
  /** Imports the source a shared link names (hf:org/name or a URL); resolves when done, with the error's message if it failed (undefined on success). */
  importToken(token: string): Promise<string | undefined>;
}

/** Where imports go: the page adds the model to its picker and selects it. */
export type OnImported = (value: string, label: string, result: ImportResult) => void;

/** Wires the panel; each finished import is handed to `onImported`. */
export function setupImportPanel(onImported: OnImported): ImportPanel {
  const panel = {
    file: element<HTMLInputElement>('import-file'),
    drop: element<HTMLElement>('import-drop'),
    source: element<HTMLInputElement>('import-source'),
    go: element<HTMLButtonElement>('import-go'),
    gguf: element<HTMLSelectElement>('import-gguf'),
    config: element<HTMLTextAreaElement>('import-config'),
    paste: element<HTMLButtonElement>('import-paste'),
    progress: element<HTMLProgressElement>('import-progress'),
    cancel: element<HTMLButtonElement>('import-cancel'),
    status: element<HTMLParagraphElement>('import-status'),
    warnings: element<HTMLUListElement>('import-warnings'),
  };
  let running: AbortController | undefined;
  let repoOfChoices: string | undefined;

  const setStatus = (text: string, error = false) => {
    panel.status.textContent = text;
    panel.status.classList.toggle('error', error);
  };

  function addToPicker(result: ImportResult): void {
    const value = `${IMPORT_PREFIX}${++counter}`;
    imported.set(value, result);
    const what = result.model.file ? `${result.model.file.fileType}, ${result.model.file.label}` : result.source.kind === 'config' ? 'config.json' : result.source.label;
    onImported(value, `${result.model.name ?? result.model.id} (${what})`, result);
  }

  /** Imports `source`; resolves with the error's message when it fails (undefined on success or when superseded). */
  async function run(source: ImportSource, options: { gguf?: string } = {}): Promise<string | undefined> {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    panel.progress.hidden = false;
    panel.progress.removeAttribute('value');
    panel.cancel.hidden = false;
    panel.warnings.replaceChildren();
    setStatus('Importing…');
    try {
      const { importModel } = await import('./importer');
      const result = await importModel(source, {
        ...options,
        signal: controller.signal,
        onProgress: (p) => {
          if (running !== controller) return;
          if (p.totalBytes && p.phase === 'header') {
            // The header is a small part of the file: show how much of the first read budget is done.
            panel.progress.max = 1;
            panel.progress.value = Math.min(1, p.loadedBytes / Math.max(p.loadedBytes, 8 * MiB));
          }
          setStatus(describeProgress(p));
        },
      });
      if (running !== controller) return undefined;
      addToPicker(result);
      const file = result.model.file;
      setStatus(
        `Imported ${result.model.name ?? result.model.id}: ${result.model.architecture.ggufArch}, ${result.model.architecture.nLayer} blocks` +
          (file ? `, ${file.fileType}, ${file.tensors.length} tensors, ${(file.fileBytes / 2 ** 30).toFixed(2)} GiB` : '') +
          (result.source.headerBytes ? ` (read ${(result.source.headerBytes / MiB).toFixed(1)} MiB of header)` : '') +
          '.',
      );
      panel.warnings.replaceChildren(...result.warnings.map((w) => Object.assign(document.createElement('li'), { textContent: w })));
      const repo = result.source.kind === 'hf' ? /^hf:([^/]+\/[^/]+)/.exec(result.source.token ?? '')?.[1] : undefined;
      if (repo && result.ggufFiles && result.ggufFiles.length > 0) {
        repoOfChoices = repo;
        const chosen = file ? result.source.label.slice(repo.length + 1) : '';
        panel.gguf.replaceChildren(
          new Option(file ? 'config.json (architecture only)' : 'Choose one of its GGUF files…', ''),
          ...result.ggufFiles.map((f) => new Option(f, f, false, f === chosen)),
        );
        panel.gguf.hidden = false;
      } else if (result.source.kind !== 'hf') {
        panel.gguf.hidden = true;
      }
      return undefined;
    } catch (error) {
      if (running !== controller) return undefined;
      const aborted = error instanceof DOMException && error.name === 'AbortError';
      const message = aborted ? 'Import cancelled.' : error instanceof FitplanError ? error.message : `Import failed: ${String(error)}`;
      setStatus(message, !aborted);
      return message;
    } finally {
      if (running === controller) {
        running = undefined;
        panel.progress.hidden = true;
        panel.cancel.hidden = true;
      }
    }
  }

  panel.file.addEventListener('change', () => {
    const files = [...(panel.file.files ?? [])];
    if (files.length > 0) void run(files.length === 1 ? files[0]! : files);
  });
  panel.drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    panel.drop.classList.add('dragging');
  });
  panel.drop.addEventListener('dragleave', () => panel.drop.classList.remove('dragging'));
  panel.drop.addEventListener('drop', (event) => {
    event.preventDefault();
    panel.drop.classList.remove('dragging');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) void run(files.length === 1 ? files[0]! : files);
  });
  panel.drop.addEventListener('click', () => panel.file.click());
  panel.drop.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    panel.file.click();
  });
  panel.go.addEventListener('click', () => {
    const text = panel.source.value.trim();
    if (text === '') return setStatus('Enter a GGUF URL or a Hugging Face id (org/name).', true);
    void run(text);
  });
  panel.source.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      panel.go.click();
    }
  });
  panel.gguf.addEventListener('change', () => {
    if (!repoOfChoices) return;
    void run(`hf:${repoOfChoices}`, panel.gguf.value ? { gguf: panel.gguf.value } : {});
  });
  panel.paste.addEventListener('click', () => {
    const text = panel.config.value.trim();
    if (text === '') return setStatus('Paste the contents of a config.json first.', true);
    void run(text.startsWith('{') ? text : `{${text}}`);
  });
  panel.cancel.addEventListener('click', () => running?.abort());
  return {
    importToken(token: string) {
      panel.source.value = token;
      return run(token);
    },
  };
}
