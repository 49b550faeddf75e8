import type { ConsentManager } from '@consentry/core';
import type { UiApi } from './ui/startUi';

/** `window.Consentry` and what `init()` returns: the engine's API and the UI's (docs/api.md). */
export type ConsentryApi = ConsentManager & UiApi;
