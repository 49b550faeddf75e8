import type { Engine } from '../engine/engine';
import { consentSignals } from '../model/consentSignals';
import { whenIdle } from '../env/whenIdle';

/** Globals other consent tools define: TCF and GPP stubs, Cookiebot, OneTrust, Klaro, vanilla-cookieconsent, Didomi, Usercentrics. */
export const OTHER_CMPS = ['__tcfapi', '__gpp', '__cmp', 'Cookiebot', 'OneTrust', 'klaro', 'CookieConsent', 'initCookieConsent', 'Didomi', 'UC_UI'];

/**
 * Setup problems that need not hold up start-up, reported by code (docs/messages.md) once per
 * page view after the page has loaded: another consent tool on the page (`cmp`), Consent Mode in
 * advanced mode (`advanced`), a Consent Mode map that can never grant `analytics_storage` or
 * `ad_storage` (`unmapped`), a `dataLayer` without the `default` startSignals pushed (`datalayer`:
 * a script replaced it after Consentry, or it takes no pushes), which Google tags then never see.
 * Comes with the decide chunk: once a banner has shown, or with the first decision of a page view,
 * so a returning visitor's page view never pays for it.
 */
export function checkSetup(engine: Engine) {
  const { config, problem } = engine;
  const cm = config.consentMode;
  const check = () => {
    const other = OTHER_CMPS.find((name) => name in window);
    if (other) problem('cmp', other);
    if (!cm) return;
    if (cm.mode == 'advanced') problem('advanced');
    const all = consentSignals(config, Object.fromEntries(config.categories.map((c) => [c.name, true])));
    for (const t of ['analytics_storage', 'ad_storage']) if (all[t] == 'denied') problem('unmapped', t);
    try {
      // gtag.js and Tag Manager keep what they processed in the array: the default stays there.
      // None at all: signals are off (a test env), as startSignals makes one.
      const dl = (window as { dataLayer?: unknown }).dataLayer;
      if (dl === undefined || (Array.isArray(dl) && dl.some((e) => e?.[0] == 'consent' && e[1] == 'default'))) return;
    } catch {}
    problem('datalayer');
  };
  if (document.readyState == 'complete') whenIdle(check);
  else addEventListener('load', () => whenIdle(check));
}
