import type { ConsentryConfig, ConsentState } from '@consentry/core';
import type { ConsentryApi } from 'consentry';
import type { InjectionKey, Ref } from 'vue';

/** The decision components render with: categories and services are all they read. */
export type RenderedConsent = Pick<ConsentState, 'categories' | 'services'> | null;

/** What the plugin provides: the page's instance (none on a server) and the decisions to render with. */
export interface ConsentryContext {
  api: ConsentryApi | null;
  config: ConsentryConfig | undefined;
  /** The browser's decision once the app is mounted (until then `initial`). */
  consent: Readonly<Ref<RenderedConsent>>;
  /** What the server rendered with: `initialConsent`. */
  initial: RenderedConsent;
}

export const consentryKey: InjectionKey<ConsentryContext> = Symbol('consentry');
