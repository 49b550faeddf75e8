import { uiStyles } from './uiStyles';

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adds styles to a shadow root: constructable stylesheets, shared by every root (CSP `style-src`
 * does not govern them, and no inline `style` attribute is ever written); a `<style>` with the
 * nonce where constructable stylesheets are missing.
 */
export function attachStyles(root: ShadowRoot, css: string, nonce?: string): void {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    root.appendChild(style);
  }
}

/**
 * A `<consentry-ui>` host in `theme` with an open shadow root, the UI's styles and `css` (a
 * placeholder's), ready to render into.
 */
export function createShadowHost(nonce: string | undefined, theme: string, css?: string): [HTMLElement, ShadowRoot] {
  const host = document.createElement('consentry-ui');
  const root = host.attachShadow({ mode: 'open' });
  host.setAttribute('data-theme', theme);
  attachStyles(root, uiStyles, nonce);
  if (css) attachStyles(root, css, nonce);
  return [host, root];
}
