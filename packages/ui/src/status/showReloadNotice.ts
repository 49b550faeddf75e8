import { h } from '../dom/h';
import type { UiContext } from '../uiContext';

/**
 * After a banner decision that revoked something whose code already ran (design.md, "Visitor-facing
 * details"): a small notice, where the banner was, offering **Reload page**. It goes on Dismiss, on
 * the next banner, or with the UI.
 */
export function showReloadNotice(ctx: UiContext, place: HTMLElement): void {
  const { t } = ctx.tr();
  place.querySelector('.notice')?.remove();
  const notice = h(
    'section',
    { class: 'banner notice', 'aria-label': t('button.reloadPage') },
    h('p', null, t('withdraw.reload')),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => ctx.engine.settled().then(() => location.reload()) }, t('button.reloadPage')),
      h('button', { type: 'button', class: 'secondary', onclick: () => notice.remove() }, t('button.close')),
    ),
  );
  place.prepend(notice);
}
