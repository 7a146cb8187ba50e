// The import code (GGUF header reader, Hugging Face client) in a chunk of its own: it is fetched
// only when the visitor imports a model or opens a link that names one.
export { importModel } from 'fitplan';
