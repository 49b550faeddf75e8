import type { Engine } from '@consentry/core/internal';
import { visitorLanguage } from './visitorLanguage';

/**
 * No decision stored (and no crawler): the banner will show, so what it needs is fetched now, while
 * the page parses and the engine looks for a decision kept in IndexedDB (issue 15): the UI chunk
 * and the banner's texts in the visitor's language (the UI chunk carries none, not even English),
 * side by side, not once the UI has run and picked them. A failed load is tried again when the
 * banner is due; the UI's own requests get these loads.
 */
export function prefetchBanner(engine: Engine, loadUi: () => Promise<unknown>, loadTexts: (lang: string, part: 'banner') => Promise<unknown>) {
  if (engine.stored() || engine.crawler) return;
  loadUi().catch(() => {});
  // The last item names the language of the texts (`revisitLabel`).
  loadTexts(visitorLanguage(engine).at(-1)!, 'banner').catch(() => {});
}
