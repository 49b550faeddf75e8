const FOCUSABLE = 'a[href],button,input,select,textarea,iframe,object,embed,video[controls],audio[controls],[tabindex]:not([tabindex="-1"])';

/**
 * Remembers where a placeholder stands; the returned function, called once the allowed content
 * has replaced it, focuses that content (the video's frame, say) if it can take focus, so a
 * keyboard user who pressed **Allow and load** stays where they were instead of at the page's
 * start. Does nothing while the placeholder is still there.
 */
export function refocusAfter(placeholder: Element): () => void {
  const parent = placeholder.parentNode;
  const before = placeholder.previousSibling;
  return () => {
    if (placeholder.isConnected || !parent) return;
    let next = before ? (before.parentNode == parent ? before.nextSibling : null) : parent.firstChild;
    // Frameworks mark fragments with empty text nodes or comments: the content is the next element.
    while (next && !(next instanceof Element) && !next.textContent?.trim()) next = next.nextSibling;
    const el = next instanceof Element ? (next.matches(FOCUSABLE) ? next : next.querySelector(FOCUSABLE)) : null;
    (el as HTMLElement | null)?.focus();
  };
}
