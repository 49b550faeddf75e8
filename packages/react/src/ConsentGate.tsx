import type { ReactNode } from 'react';
import { ConsentPlaceholder } from './ConsentPlaceholder.js';
import { useAllowed } from './useAllowed.js';

export interface ConsentGateProps {
  /** `"analytics"` (a category) or `"marketing.youtube"` (a service). */
  require: string;
  /** Shown while not allowed. @default Consentry's placeholder with **Allow and load** (`null` shows nothing) */
  fallback?: ReactNode;
  children?: ReactNode;
}

/**
 * Renders its children only while `require` is allowed, else `fallback`. On the server it decides
 * from the provider's `initialConsent`, so a returning visitor gets the right content in the HTML.
 * @example <ConsentGate require="marketing.youtube"><iframe src="https://www.youtube-nocookie.com/embed/…" /></ConsentGate>
 */
export function ConsentGate({ require, fallback, children }: ConsentGateProps) {
  const allowed = useAllowed(require);
  return <>{allowed ? children : fallback === undefined ? <ConsentPlaceholder require={require} /> : fallback}</>;
}
