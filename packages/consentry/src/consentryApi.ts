import type { ConsentManager } from '@consentry/core';
import type { UiApi } from '@consentry/ui/start';

/** The debug overlay's door (docs/testing-your-site.md, "Debug overlay"). */
export interface DebugApi {
  /** Loads and shows the debug overlay and logs its report to the console. Resolves once shown. */
  debug(): Promise<void>;
}

/** `window.Consentry` and what `init()` returns: the engine's API, the UI's and the overlay's (docs/api.md). */
export type ConsentryApi = ConsentManager & UiApi & DebugApi;
