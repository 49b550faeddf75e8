import type { ConsentryConfig, ConsentState } from '@consentry/core';
import type { ConsentryApi } from 'consentry';
import { createContext } from 'react';

/** The decision hooks and gates render with: categories and services are all they read. */
export type RenderedConsent = Pick<ConsentState, 'categories' | 'services'> | null;

/**
 * What the provider hands its tree: the page's instance (none on a server), and how to read the
 * decision. Not the decision itself: each hook subscribes on its own, so a part of the tree that
 * hydrates later (a lazy or suspended one) still hydrates with `initialConsent`, as the server
 * rendered it, and only then takes the browser's decision.
 */
export interface ConsentryContextValue {
  api: ConsentryApi | null;
  config: ConsentryConfig | undefined;
  subscribe(onChange: () => void): () => void;
  /** The browser's decision (the same object while it does not change). */
  snapshot(): RenderedConsent;
  /** What the server rendered with: the provider's `initialConsent`. */
  initial(): RenderedConsent;
}

export const ConsentryContext = /* @__PURE__ */ createContext<ConsentryContextValue | null>(null);
