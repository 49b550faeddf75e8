/** Its look: a round button in a corner, themed by the same custom properties as the UI. */
const CSS = `:host{all:initial}button{position:fixed;z-index:var(--consentry-z-index,2147483000);bottom:16px;left:16px;width:44px;height:44px;padding:0;margin:0;border-radius:50%;border:2px solid var(--consentry-accent-fg,#fff);background:var(--consentry-accent,#1d4ed8);color:var(--consentry-accent-fg,#fff);cursor:pointer;display:grid;place-items:center;box-shadow:0 2px 10px rgba(0,0,0,.3)}button.r{left:auto;right:16px}button.t{bottom:auto;top:16px}button:focus-visible{outline:3px solid var(--consentry-accent,#1d4ed8);outline-offset:2px}svg{width:24px;height:24px;fill:currentColor}@media (forced-colors:active){button{border-color:ButtonText}}`;
/** A cookie with a bite out of it. */
const ICON = 'M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zm-4 9a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm4 5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm5-3a1 1 0 1 1 0 2 1 1 0 0 1 0-2z';
const svg = (tag: string) => document.createElementNS('http://www.w3.org/2000/svg', tag);

/**
 * The revisit button (design.md): plain DOM in the main file, since it shows on every page view
 * after a decision and must not wait for the UI chunk. It opens the preferences, so withdrawing is
 * as easy as agreeing (GDPR Art. 7(3)). Styles come from a constructable stylesheet (CSP-clean).
 */
export function createRevisitButton(label: string, lang: string, position: string, onOpen: (button: HTMLElement) => void): HTMLElement {
  const host = document.createElement('consentry-revisit');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];
  const button = document.createElement('button');
  button.type = 'button';
  button.lang = lang;
  button.setAttribute('aria-label', label);
  button.className = (position.includes('right') ? 'r ' : '') + (position.startsWith('top') ? 't' : '');
  // Built node by node: no markup string, so pages enforcing Trusted Types accept it.
  const icon = svg('svg');
  const path = svg('path');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('aria-hidden', 'true');
  path.setAttribute('d', ICON);
  icon.append(path);
  button.append(icon);
  button.onclick = () => onOpen(button);
  root.appendChild(button);
  return host;
}
