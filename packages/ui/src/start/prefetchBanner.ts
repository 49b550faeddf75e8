import type { Engine } from '@consentry/core/internal';
import { visitorLanguage } from './visitorLanguage';

/**
 * No decision stored (and no crawler): the banner will show, so what it needs is fetched now, while
 * the page parses and the engine looks for a decision kept in IndexedDB (issue 15): the UI chunk,
 * and the banner's texts in the visitor's language (Bokmål's too: only its revisit label is in the
 * main file), side by side, not once the UI has run and picked them. A failed load is tried again
 * when the banner is due; the UI's own requests get these loads.
 */
export function prefetchBanner(engine: Engine, loadUi: () => Promise<unknown>, loadTexts: (lang: string, part: 'banner') => Promise<unknown>) {
  if (engine.stored() || engine.crawler) return;
  loadUi().catch(() => {});
  const [, l, fetch = l] = visitorLanguage(engine);
  if (fetch != 'en') loadTexts(fetch, 'banner').catch(() => {});
}
