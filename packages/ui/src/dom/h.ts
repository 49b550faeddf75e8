type Child = Node | string | false | null | undefined;
type Props = Record<string, string | boolean | EventListener | null | undefined>;

/**
 * Creates an element: attributes (`true` for an empty one; `false`/`null`/`undefined` left out),
 * `on*` listeners, and children (strings become text). The banner, placeholders and status
 * message are built with this rather than Preact: they hold no state, and leaving Preact to the
 * preferences dialog keeps a first visit within its size budget (docs/architecture.md).
 */
export function h(tag: string, props?: Props | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (typeof v == 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (v != null && v !== false) el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}
