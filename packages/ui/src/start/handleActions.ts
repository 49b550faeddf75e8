/**
 * Declarative hooks (design.md): any element with `data-consentry-action="preferences | banner |
 * accept-all | reject-all | reset"` does that on click and on Enter, and so does vanilla-cookieconsent's
 * `data-cc` (`run` gets its value as the action). One listener on the document, so elements added
 * later work too; links and buttons already turn Enter into a click.
 */
export function handleActions(run: (action: string, el: Element) => unknown): void {
  const on = (e: Event) => {
    const el = (e.target as Element).closest?.('[data-consentry-action],[data-cc]');
    if (el && (e.type == 'click' || ((e as KeyboardEvent).key == 'Enter' && !el.matches('a[href],button,input,select,textarea')))) {
      if (run(el.getAttribute('data-consentry-action') ?? el.getAttribute('data-cc')!, el) !== false) e.preventDefault();
    }
  };
  document.addEventListener('click', on);
  document.addEventListener('keydown', on);
}
