import type { ConsentryConfig, ConsentState } from '@consentry/core';
import type { ConsentryApi } from 'consentry';
import type { InjectionKey, Ref } from 'vue';

/** What the plugin provides: the page's instance (none on a server) and the decision to render with. */
export interface ConsentryContext {
  api: ConsentryApi | null;
  config: ConsentryConfig | undefined;
  consent: Readonly<Ref<Pick<ConsentState, 'categories' | 'services'> | null>>;
}

export const consentryKey: InjectionKey<ConsentryContext> = Symbol('consentry');
