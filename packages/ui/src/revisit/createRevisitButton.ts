import { revisitStyles } from './revisitStyles';

/**
 * The revisit button (design.md): plain DOM in the main file, since it shows on every page view
 * after a decision and must not wait for the UI chunk. It opens the preferences, so withdrawing is
 * as easy as agreeing (GDPR Art. 7(3)). Styled by a constructable stylesheet (CSP-clean); its icon
 * is drawn by the stylesheet: no markup string, so pages enforcing Trusted Types accept it, and no
 * SVG (20 B gzip less than the icon built node by node; in a fresh page the first SVG element took
 * 1.6 ms, 3.4 ms with a path put in). Its name and language are set by the caller (they follow setLanguage).
 */
export function createRevisitButton(position: string, onOpen: (button: HTMLElement) => void): HTMLElement {
  const host = document.createElement('consentry-revisit');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  const button = document.createElement('button');
  sheet.replaceSync(revisitStyles);
  root.adoptedStyleSheets = [sheet];
  // Its corner: the banner's position (`bottom-right`, `top-left`…; a bar's `top` or `bottom` means the left corner).
  button.setAttribute('data-position', position);
  button.onclick = () => onOpen(button);
  root.append(button);
  return host;
}

/** The button in a revisit host (where focus goes when a layer's opener is gone). */
export const revisitButtonOf = (host: HTMLElement | undefined) => host?.shadowRoot?.lastChild as HTMLElement | undefined;

/** Names the button `label`, in `lang` (it follows the UI's language). */
export function nameRevisitButton(host: HTMLElement, label: string, lang: string): void {
  const button = revisitButtonOf(host)!;
  button.lang = lang;
  button.setAttribute('aria-label', label);
  // Its name on hover too: the banner tells visitors to use the button by this name.
  button.title = label;
}
