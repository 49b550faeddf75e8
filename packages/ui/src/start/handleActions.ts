import type { Engine } from '@consentry/core/internal';

/**
 * Declarative hooks (design.md): any element with `data-consentry-action="preferences | banner |
 * accept-all | reject-all | reset"` does that on click and on Enter, and so does vanilla-cookieconsent's
 * `data-cc` (docs/migration.md). One listener on the document, so elements added later work too,
 * and those in open shadow roots; links and buttons already turn Enter into a click.
 */
export function handleActions(engine: Engine, openPreferences: (opener: Element) => unknown, showBanner: () => unknown): void {
  const on = (e: Event) => {
    // The nearest such element on the event's path, which crosses shadow roots: one inside a site's
    // web component (the target is then its host) and one on the host (`closest` stops at a root).
    const el = e.composedPath().find((n) => (n as Element).matches?.('[data-consentry-action],[data-cc]')) as Element | undefined;
    if (el && (e.type == 'click' || ((e as KeyboardEvent).key == 'Enter' && !el.matches('a[href],button,input,select,textarea')))) {
      if (run(el.getAttribute('data-consentry-action') ?? el.getAttribute('data-cc')!, el) !== false) e.preventDefault();
    }
  };
  /** Does what `action` names; false for an unknown one, which is reported (and its event left alone). */
  function run(action: string, el: Element): unknown {
    const link = { source: 'link' as const };
    if (action == 'preferences' || action == 'show-preferencesModal') return openPreferences(el);
    // Outside vanilla-cookieconsent's preferences modal, saving what is set there means opening ours.
    if (action == 'accept-custom') return openPreferences(el);
    if (action == 'banner' || action == 'show-consentModal') return showBanner();
    if (action == 'accept-all') return engine.decide('accept_all', undefined, link);
    if (action == 'reject-all' || action == 'accept-necessary') return engine.decide('reject_all', undefined, link);
    if (action == 'reset') return engine.decide('reset', undefined, link);
    engine.problem('action', action, el);
    return false;
  }
  document.addEventListener('click', on);
  document.addEventListener('keydown', on);
}
