// Code splitting for npm builds; kept out of internal.ts so the script-tag build never sees it.
export { loadChunk } from './env/loadChunk';
