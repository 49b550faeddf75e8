import { h } from '../dom/h';

/** The UI's polite live region, which confirms each decision (see `announce`). */
export const createStatus = (): HTMLElement => h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });

/** Says `text()` in `status` a moment later: emptied first, so the same message twice is announced twice. */
export function announce(status: HTMLElement, text: () => string): void {
  status.textContent = '';
  setTimeout(() => (status.textContent = text()), 50);
}
