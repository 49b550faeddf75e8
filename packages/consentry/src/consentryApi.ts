import type { ConsentManager } from '@consentry/core';

/** `window.Consentry` and what `init()` returns. */
export type ConsentryApi = ConsentManager;
