import type { ConsentryConfig, ConsentState } from '@consentry/core';
import { type ConsentryApi, init } from 'consentry';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { type ConsentryContextValue, ConsentryContext } from './ConsentryContext.js';

/**
 * The decision the server read, for the first render: what `parseConsentCookie()` returns (or a
 * `getConsent()` value); only `categories` and `services` are used. `null`: no decision.
 */
export type InitialConsent = Pick<ConsentState, 'categories' | 'services'>;

export interface ConsentryProviderProps {
  /** Consentry's config (docs/configuration.md). Ignored when the page already has an instance (the script tag). */
  config?: ConsentryConfig;
  /** The visitor's decision as the server read it: `parseConsentCookie(cookieHeader)`. @default null */
  initialConsent?: InitialConsent | null;
  children?: ReactNode;
}

const EVENTS = ['ready', 'consent', 'change'] as const;

/**
 * Puts the page's Consentry instance under a React tree. There is one instance per page: the one
 * the script tag or an earlier provider started, else this provider starts it with `config`. It
 * is never stopped, so StrictMode's double mount and remounts keep it (and its one banner).
 * Server render and hydration use `initialConsent`; the browser's decision takes over after that.
 */
export function ConsentryProvider({ config, initialConsent = null, children }: ConsentryProviderProps) {
  // Starting is idempotent (window.Consentry), so a second call of this initialiser starts nothing.
  const [api] = useState(() => (typeof window == 'undefined' ? null : (window as { Consentry?: ConsentryApi }).Consentry || init(config)));

  const subscribe = useCallback(
    (onChange: () => void) => {
      const stops = api ? EVENTS.map((e) => api.on(e, onChange)) : [];
      return () => stops.forEach((stop) => stop());
    },
    [api],
  );
  // getConsent() returns a fresh copy each call; React needs the same value while nothing changed.
  const snapshot = useMemo(() => {
    let key: string | undefined;
    let last: InitialConsent | null = null;
    return () => {
      if (!api) return initialConsent;
      const consent = api.getConsent();
      const next = JSON.stringify(consent);
      if (next !== key) [key, last] = [next, consent];
      return last;
    };
  }, [api, initialConsent]);
  const value = useMemo<ConsentryContextValue>(
    () => ({ api, config, subscribe, snapshot, initial: () => initialConsent }),
    [api, config, subscribe, snapshot, initialConsent],
  );
  return <ConsentryContext.Provider value={value}>{children}</ConsentryContext.Provider>;
}
