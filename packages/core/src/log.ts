/** Console messages for site owners, always prefixed so they can be found and filtered. */
export const warn = (...msg: unknown[]) => console.warn('[consentry]', ...msg);
export const error = (...msg: unknown[]) => console.error('[consentry]', ...msg);
