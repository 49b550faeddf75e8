import type { DebugReport } from './collectDebugReport';

/** The panel's styles (a constructable stylesheet: CSP `style-src` does not govern it). */
export const DEBUG_CSS = `:host{all:initial}
aside{position:fixed;z-index:2147483647;left:8px;bottom:8px;width:min(44rem,calc(100vw - 16px));max-height:min(70vh,40rem);overflow:auto;
box-sizing:border-box;padding:12px 14px;background:#fff;color:#1b1b1b;border:2px solid #1b1b1b;border-radius:8px;
font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 18px rgba(0,0,0,.3)}
header{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
h2{font-size:16px;margin:0;flex:1}
button{font:inherit;min-height:32px;padding:2px 10px;border:1px solid #1b1b1b;border-radius:4px;background:#f1f3f5;color:#1b1b1b;cursor:pointer}
button:focus-visible,summary:focus-visible{outline:3px solid #1a56db;outline-offset:2px}
details{margin-top:8px}
summary{font-weight:600;cursor:pointer;padding:2px 0}
table{border-collapse:collapse;width:100%;margin:4px 0;font-size:13px}
th,td{border:1px solid #8a8a8a;padding:2px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eef0f3}
.bad{color:#a4190f;font-weight:600}
p{margin:4px 0}`;

type Child = Node | string;
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

function table(head: string[], rows: string[][], bad: (row: string[]) => boolean = () => false) {
  if (!rows.length) return h('p', {}, 'None.');
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...head.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...rows.map((r) => h('tr', bad(r) ? { class: 'bad' } : {}, ...r.map((c) => h('td', {}, c))))),
  );
}

/** The report's sections: title and table, shared with the console report. */
export function debugSections(r: DebugReport): Array<[title: string, head: string[], rows: string[][]]> {
  return [
    ['Held and released elements', ['Category', 'Service', 'Element', 'Now'], r.elements.map((e) => [e.category, e.service, e.element, e.status])],
    ['Cookies this page can see', ['Name', 'Declared as'], r.cookies.map((c) => [c.name, c.declared])],
    ['Storage keys', ['Area', 'Key', 'Declared as'], r.storage.map((s) => [s.area, s.key, s.declared])],
    ['IndexedDB databases', ['Name', 'Declared as'], r.databases.map((d) => [d.name, d.declared])],
    ['Clearing: removed and survived', ['Name', 'Result', 'Why'], r.clearing.map((c) => [c.name, c.result, c.why])],
    ['Consent Mode sent', ['Command', 'State'], r.consentMode.map((c) => [c.command, c.state])],
    ['Consent records', ['Status', 'Method', 'Time', 'Id'], r.records.map((x) => [x.status, x.method, x.timestamp, x.id])],
  ];
}

/**
 * Draws the report into `body` (the panel's content; the header with its buttons stays, so focus
 * on them survives a refresh). Sections the reader opened or closed keep that state.
 */
export function renderDebugPanel(body: HTMLElement, r: DebugReport) {
  const closed = new Set([...body.querySelectorAll('details:not([open])')].map((d) => d.getAttribute('data-section')));
  // A refresh must not take the keyboard user's place: the focused section's summary gets focus back.
  const focused = (body.getRootNode() as ShadowRoot).activeElement?.closest('details')?.getAttribute('data-section');
  const state = r.consent;
  body.replaceChildren(
    h(
      'p',
      {},
      state
        ? `Decision: ${state.method}, ${state.timestamp}. Allowed: ${Object.keys(state.categories)
            .filter((c) => state.categories[c])
            .join(', ')}.`
        : 'No decision yet.',
    ),
    ...debugSections(r).map(([title, head, rows], i) => {
      const d = h(
        'details',
        { 'data-section': String(i) },
        h('summary', {}, `${title} (${rows.length})`),
        table(head, rows, (row) => row.includes('survived') || row.some((c) => c.startsWith('undeclared'))),
      );
      if (!closed.has(String(i))) d.setAttribute('open', '');
      return d;
    }),
  );
  if (focused != null) body.querySelector<HTMLElement>(`[data-section="${focused}"] summary`)?.focus();
}
