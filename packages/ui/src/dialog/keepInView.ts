/**
 * Scrolls the dialog so that `el`, just focused, is not under its sticky buttons (`.foot`): the
 * browser scrolls a focused control into the dialog's scrollport, behind which the buttons stay,
 * so a switch Tabbed to could end entirely hidden (WCAG 2.4.11). 8 px more clears its focus ring.
 */
export function keepInView(dialog: HTMLElement, el: Element): void {
  const foot = dialog.querySelector('.foot');
  if (!foot || foot.contains(el)) return;
  const over = el.getBoundingClientRect().bottom + 8 - foot.getBoundingClientRect().top;
  if (over > 0) dialog.scrollTop += over;
}
