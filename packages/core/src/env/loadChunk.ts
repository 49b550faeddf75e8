import type { Chunks } from './env';

const CHUNKS: { [K in keyof Chunks]: () => Promise<Chunks[K]> } = {
  records: () => import('../records'),
  diagnostics: () => import('../diagnostics'),
  withdraw: () => import('../withdraw'),
  decide: () => import('../decide'),
};

/** Loads code that not every page view needs, through the bundler's code splitting (npm builds). */
export const loadChunk = <K extends keyof Chunks>(name: K) => CHUNKS[name]() as Promise<Chunks[K]>;
