import type { Engine } from '../engine/engine';
import { type ConsentSignals, consentSignals } from '../model/consentSignals';

/** The page globals the signals use. */
type SignalGlobals = { dataLayer?: any[]; gtag?: (...args: unknown[]) => void; uetq?: unknown[] };

/**
 * Signals to the ad and analytics stack (docs/configuration.md), in the main file. Runs
 * synchronously when the script runs, after the engine and before blocking, so the Consent Mode
 * default precedes every tag blocking may release. With `consentMode`:
 * - `dataLayer` and `gtag` defined if missing; the `default` (all denied but `security_storage`,
 *   with `wait_for_update`, per `region`), `set ads_data_redaction true`, and `url_passthrough`
 *   when configured;
 * - a stored decision at once with one complete `update`, then one complete `update` per change,
 *   with `ads_data_redaction` following `ad_storage`;
 * - with each update a `consentry_consent` dataLayer event for Tag Manager triggers;
 * - Microsoft UET consent (`consentMode.uet`);
 * - a warning by code (`gtag`) when a gtag or Tag Manager snippet ran above Consentry.
 * Checks that need not run at start-up are in `checkSetup` (the decide chunk).
 * Never throws into the page: a page that broke `dataLayer`, `uetq` or `gtag` (frozen, no array,
 * a throwing getter) gets no signals there.
 */
export function startSignals(engine: Engine) {
  const { config, api } = engine;
  const cm = config.consentMode;
  const w = window as unknown as SignalGlobals;
  if (!cm) return;
  /**
   * To the page's queue of the moment, made if missing: UET's bat.js replaces the `uetq` array with
   * an object that takes later pushes, and a page may replace `dataLayer`.
   */
  const push = (queue: 'dataLayer' | 'uetq', ...entries: unknown[]) => {
    try {
      (w[queue] ||= []).push(...entries);
    } catch {}
  };
  /** As gtag does it: an `arguments` object (gtag ignores arrays). */
  const gtag: (...args: unknown[]) => void = function () {
    // biome-ignore lint/complexity/noArguments: gtag's queue takes `arguments` objects and ignores arrays.
    push('dataLayer', arguments);
  };
  /** A complete Consent Mode command, `ads_data_redaction` following `ad_storage`, and UET's. */
  const signal = (command: string, s: ConsentSignals, more?: object) => {
    gtag('consent', command, { ...s, ...more });
    // 'denied' < 'g' < 'granted': true exactly when ad_storage is denied, in fewer bytes.
    gtag('set', 'ads_data_redaction', s.ad_storage < 'g');
    if (cm.uet) push('uetq', 'consent', command, { ad_storage: s.ad_storage });
  };
  const send = () => {
    const consent = api.getConsent();
    signal('update', consentSignals(config, consent?.categories));
    push('dataLayer', { event: 'consentry_consent', consent: consent && { categories: consent.categories, services: consent.services } });
  };
  try {
    w.gtag ||= gtag;
    // A gtag command (`[0]` is its name) or a Tag Manager event: a snippet ran before us.
    if (w.dataLayer!.some((e) => e?.[0] || e?.event)) engine.problem('gtag');
  } catch {}
  signal('default', consentSignals(config), { wait_for_update: cm.waitForUpdate, ...(cm.region.length && { region: cm.region }) });
  if (cm.urlPassthrough) gtag('set', 'url_passthrough', true);
  if (api.getConsent()) send();
  engine.onApply(send);
}
