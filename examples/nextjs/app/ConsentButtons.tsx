'use client';
import { useConsent, useConsentry } from '@consentry/react';

/** The site's own controls: open the preferences, or withdraw everything (the cookies go too). */
export function ConsentButtons() {
  const consentry = useConsentry();
  const consent = useConsent();
  return (
    <p className="buttons">
      <button type="button" onClick={() => consentry?.showPreferences()}>
        Cookie settings
      </button>
      <button type="button" onClick={() => consentry?.reset()} disabled={!consent}>
        Withdraw consent
      </button>
    </p>
  );
}
