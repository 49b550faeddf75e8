/**
 * The banner's and placeholders' styles, adopted by every shadow root Consentry renders; the
 * dialog's own (`dialogStyles`) load with it.
 * Sizes are in px on purpose: `rem` and inherited font sizes cross the shadow boundary, so a host
 * page's `html { font-size: 40px }` would blow the UI up; browser zoom still scales px (WCAG 1.4.4).
 * Every colour, the radius, the font and the spacing are `--consentry-*` custom properties
 * (docs/ui.md, "Theming"); the defaults meet WCAG 2.2 AA contrast in light and dark.
 * Nothing here moves: the dialog's styles, where the motion is, switch it off for reduced motion.
 * Buttons of a row share it equally, whatever their number. Up to 480 px the banner spans the width
 * at the screen's edge, tighter, so at 320×640 it keeps its buttons in one row and covers under half.
 */
export const uiStyles = `
:host {
  all: initial;
  display: contents;
  --consentry-light-bg: #fff;
  --consentry-light-fg: #1b1b1f;
  --consentry-light-muted: #4b4b55;
  --consentry-light-accent: #1d4ed8;
  --consentry-light-accent-fg: #fff;
  --consentry-light-border: #6e6e78;
  --consentry-light-surface: #f3f4f6;
  --consentry-dark-bg: #1e1f24;
  --consentry-dark-fg: #f4f4f5;
  --consentry-dark-muted: #c9c9d1;
  --consentry-dark-accent: #93b4ff;
  --consentry-dark-accent-fg: #0b1020;
  --consentry-dark-border: #9b9ba6;
  --consentry-dark-surface: #2a2b31;
  --c-radius: var(--consentry-radius, 10px);
  --c-space: var(--consentry-spacing, 16px);
  --c-font: var(--consentry-font, system-ui, sans-serif);
  --c-size: var(--consentry-font-size, 15px);
  --c-z: var(--consentry-z-index, 2147483000);
  --c-focus: var(--consentry-focus, var(--c-accent));
}
${palette(':host', 'light')}
${palette(':host([data-theme=dark])', 'dark')}
@media (prefers-color-scheme: dark) {
  ${palette(':host([data-theme=auto])', 'dark')}
}
*, ::before, ::after {
  box-sizing: border-box;
}
.root {
  font: 400 var(--c-size)/1.5 var(--c-font);
  color: var(--c-fg);
  letter-spacing: normal;
  text-align: start;
  -webkit-text-size-adjust: 100%;
}
.banner {
  position: fixed;
  z-index: var(--c-z);
  inset: auto 16px 16px auto;
  width: min(440px, calc(100vw - 32px));
  max-height: calc(100vh - 32px);
  overflow: auto;
  background: var(--c-bg);
  color: var(--c-fg);
  border: 1px solid var(--c-border);
  border-radius: var(--c-radius);
  box-shadow: 0 6px 28px #00000047;
  padding: var(--c-space);
  margin: 0;
}
.banner[data-position=bottom-left] {
  inset: auto auto 16px 16px;
}
.banner[data-position=top-right] {
  inset: 16px 16px auto auto;
}
.banner[data-position=top-left] {
  inset: 16px auto auto 16px;
}
.banner[data-layout=bar] {
  inset: auto 0 0;
  width: 100%;
  border-radius: 0;
  border-width: 1px 0 0;
}
.banner[data-layout=bar][data-position=top] {
  inset: 0 0 auto;
  border-width: 0 0 1px;
}
.banner[data-layout=bar] .inner {
  max-width: 1100px;
  margin: 0 auto;
}
dialog.banner {
  max-width: none;
}
dialog::backdrop {
  background: #0000008c;
}
h2, h3 {
  font: 700 1.15em/1.3 var(--c-font);
  margin: 0 0 8px;
}
p {
  margin: 0 0 10px;
}
a {
  color: var(--c-fg);
  text-decoration: underline;
  text-underline-offset: 2px;
}
.actions {
  display: grid;
  grid-auto-flow: column;
  grid-auto-columns: 1fr;
  gap: 8px;
  margin-top: 12px;
}
button {
  font: 600 1em/1.2 var(--c-font);
  min-height: 44px;
  min-width: 44px;
  padding: 10px 8px;
  hyphens: auto;
  overflow-wrap: break-word;
  border-radius: calc(var(--c-radius)*.6);
  border: 2px solid var(--c-accent);
  background: var(--c-accent);
  color: var(--c-accent-fg);
  cursor: pointer;
  margin: 0;
  text-align: center;
}
button.secondary {
  background: var(--c-bg);
  color: var(--c-fg);
  border-color: var(--c-border);
}
button:focus-visible, a:focus-visible, input:focus-visible {
  outline: 3px solid var(--c-focus);
  outline-offset: 2px;
}
.gpc {
  border-inline-start: 4px solid var(--c-accent);
  padding-inline-start: 8px;
}
.sr-only {
  position: fixed;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
@media (max-width: 480px) {
  .root {
    font-size: 14px;
  }
  .banner[data-layout] {
    inset: auto 0 0;
    width: 100%;
    border-radius: var(--c-radius) var(--c-radius) 0 0;
    border-width: 1px 0 0;
    padding: 12px 10px;
    line-height: 1.4;
  }
  .banner p {
    margin-bottom: 6px;
  }
  h2 {
    margin-bottom: 4px;
  }
  .actions {
    gap: 6px;
    margin-top: 8px;
  }
  button {
    padding: 8px 2px;
  }
  .banner[data-position^=top] {
    inset: 0 0 auto;
    border-radius: 0;
    border-width: 0 0 1px;
  }
}
@media (forced-colors: active) {
  .banner {
    border: 2px solid CanvasText;
  }
  button {
    border: 2px solid ButtonText;
  }
}
`;

/** The colours for `sel`: each `--consentry-<name>` the site sets, else the `theme`'s default. */
function palette(sel: string, theme: 'light' | 'dark'): string {
  const names = ['bg', 'fg', 'muted', 'accent', 'accent-fg', 'border', 'surface'];
  return `${sel}{${names.map((n) => `--c-${n}:var(--consentry-${n},var(--consentry-${theme}-${n}))`).join(';')}}`;
}
