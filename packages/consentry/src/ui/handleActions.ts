import type { Engine } from '@consentry/core/internal';
import type { UiApi } from './startUi';

/**
 * Declarative hooks (design.md): any element with `data-consentry-action="preferences | banner |
 * accept-all | reject-all | reset"` does that on click and on Enter. One listener on the document,
 * so elements added later work too. Links and buttons already turn Enter into a click.
 */
export function handleActions(engine: Engine, ui: UiApi, openPreferences: (opener: Element) => unknown): void {
  const run = (e: Event) => {
    const el = (e.target as Element | null)?.closest?.('[data-consentry-action]');
    if (!el) return;
    if (e.type == 'keydown' && ((e as KeyboardEvent).key != 'Enter' || el.matches('a[href],button,input,select,textarea,summary'))) return;
    const action = el.getAttribute('data-consentry-action');
    const ctx = { source: 'link' as const };
    if (action == 'preferences') openPreferences(el);
    else if (action == 'banner') ui.show();
    else if (action == 'accept-all') engine.decide('accept_all', undefined, ctx);
    else if (action == 'reject-all') engine.decide('reject_all', undefined, ctx);
    else if (action == 'reset') engine.decide('reset', undefined, ctx);
    else return;
    e.preventDefault();
  };
  document.addEventListener('click', run);
  document.addEventListener('keydown', run);
}
