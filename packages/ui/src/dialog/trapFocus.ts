const TABBABLE = 'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"])';

/** Elements of `root` that Tab reaches, in order (hidden ones left out). */
export const tabbables = (root: Element): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => !el.closest('[hidden]') && el.getClientRects().length > 0);

/**
 * Keeps Tab and Shift+Tab inside `root`: a native modal dialog lets Tab leave to the browser's
 * own UI and back to the document, so the wrap is done here (APG dialog pattern). Inside a shadow
 * root the focused element is the root's `activeElement`.
 */
export function trapFocus(root: HTMLElement, e: KeyboardEvent): void {
  if (e.key != 'Tab') return;
  const items = tabbables(root);
  if (!items.length) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = (root.getRootNode() as ShadowRoot | Document).activeElement;
  const inside = !!active && root.contains(active);
  if (e.shiftKey ? active == first || !inside : active == last || !inside) {
    e.preventDefault();
    (e.shiftKey ? last : first).focus();
  }
}
