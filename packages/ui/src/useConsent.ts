import type { ConsentManager, ConsentState } from '@consentry/core';
import { useEffect, useState } from 'preact/hooks';

/**
 * The current consent of a Consentry instance, kept up to date, for apps that render their own UI.
 * @example const consent = useConsent(window.Consentry); return consent?.categories.analytics ? <Chart/> : null;
 */
export function useConsent(manager: ConsentManager): ConsentState | null {
  const [consent, setConsent] = useState(() => manager.getConsent());
  useEffect(() => {
    const update = () => setConsent(manager.getConsent());
    const stops = (['ready', 'consent', 'change'] as const).map((e) => manager.on(e, update));
    update();
    return () => stops.forEach((stop) => stop());
  }, [manager]);
  return consent;
}
