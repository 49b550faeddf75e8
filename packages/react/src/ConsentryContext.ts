import type { ConsentryConfig, ConsentState } from '@consentry/core';
import type { ConsentryApi } from 'consentry';
import { createContext } from 'react';

/** What the provider hands its tree: the page's instance (none on a server) and the decision to render with. */
export interface ConsentryContextValue {
  api: ConsentryApi | null;
  config: ConsentryConfig | undefined;
  /** The decision to render with: categories and services are all hooks and gates read. */
  consent: Pick<ConsentState, 'categories' | 'services'> | null;
}

export const ConsentryContext = /* @__PURE__ */ createContext<ConsentryContextValue | null>(null);
