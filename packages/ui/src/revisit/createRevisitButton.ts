/** Its look: a round button in a corner, themed by the same custom properties as the UI. */
const CSS =
  'button{all:initial;position:fixed;z-index:2147483000;bottom:16px;left:16px;width:44px;height:44px;border-radius:50%;border:2px solid #fff;background:var(--consentry-accent,#1d4ed8);color:var(--consentry-accent-fg,#fff);cursor:pointer;display:grid;place-items:center;box-shadow:0 2px 8px #0006}.r{left:auto;right:16px}.t{bottom:auto;top:16px}button:focus-visible{outline:3px solid var(--consentry-accent,#1d4ed8);outline-offset:2px}svg{width:24px;fill:currentColor}';

/**
 * The revisit button (design.md): plain DOM in the main file, since it shows on every page view
 * after a decision and must not wait for the UI chunk. It opens the preferences, so withdrawing is
 * as easy as agreeing (GDPR Art. 7(3)). Styled by a constructable stylesheet (CSP-clean); its icon
 * is built node by node; its name and language are set by the caller (they follow setLanguage). It, no markup string, so pages enforcing Trusted Types accept it.
 */
export function createRevisitButton(position: string, onOpen: (button: HTMLElement) => void): HTMLElement {
  const host = document.createElement('consentry-revisit');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  const button = document.createElement('button');
  const svg = (tag: string) => document.createElementNS('http://www.w3.org/2000/svg', tag);
  const icon = svg('svg');
  const path = svg('path');
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];
  button.className = (position.includes('right') ? 'r ' : '') + (position[0] == 't' ? 't' : '');
  button.onclick = () => onOpen(button);
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('aria-hidden', 'true');
  // A cookie with a bite out of it.
  path.setAttribute('d', 'M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zM8 11a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm5 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z');
  icon.append(path);
  button.append(icon);
  root.append(button);
  return host;
}
