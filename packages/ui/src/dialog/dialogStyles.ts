/**
 * The preferences dialog's styles (on top of `uiStyles`), loaded with the dialog. The UI's only
 * motion is here (the switch knob, the disclosure chevron), on pseudo-elements, which `*` does not
 * match: reduced motion names them. The site's own texts (category titles and descriptions, cookie
 * rows) may be in another script than the UI's: each takes its direction, and so its alignment, from
 * its first letter, as `dir="auto"` would (an English full stop stays at its end in Arabic).
 */
export const dialogStyles = `
[hidden] {
  display: none !important;
}
h3 {
  font-size: 1em;
}
.muted {
  color: var(--c-muted);
}
.prefs {
  position: fixed;
  inset: 0;
  margin: auto;
  width: min(640px, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow: auto;
  background: var(--c-bg);
  color: var(--c-fg);
  border: 1px solid var(--c-border);
  border-radius: var(--c-radius);
  padding: 0;
  box-shadow: 0 10px 40px rgba(0, 0, 0, .35);
  z-index: var(--c-z);
}
.prefs .head {
  display: flex;
  gap: 8px;
  align-items: flex-start;
  justify-content: space-between;
  padding: var(--c-space) var(--c-space) 0;
}
.prefs .head h2 {
  min-width: 0;
  overflow-wrap: break-word;
  hyphens: auto;
  -webkit-hyphens: auto;
}
.prefs .head button {
  flex: none;
}
.prefs .body {
  padding: 0 var(--c-space);
}
.prefs .foot {
  position: sticky;
  bottom: 0;
  background: var(--c-bg);
  padding: 8px var(--c-space) var(--c-space);
  border-top: 1px solid var(--c-border);
}
.category {
  border: 1px solid var(--c-border);
  border-radius: calc(var(--c-radius)*.6);
  padding: 12px;
  margin: 0 0 10px;
}
.row {
  display: flex;
  gap: 12px;
  align-items: center;
  justify-content: space-between;
}
.row label {
  font-weight: 700;
  margin-inline-end: auto;
}
.switch {
  appearance: none;
  -webkit-appearance: none;
  position: relative;
  flex: none;
  width: 48px;
  height: 28px;
  margin: 0;
  border-radius: 14px;
  border: 2px solid var(--c-border);
  background: var(--c-surface);
  cursor: pointer;
}
.switch::after {
  content: "";
  position: absolute;
  top: 3px;
  inset-inline-start: 3px;
  width: 18px;
  height: 18px;
  border-radius: 50%;
  background: var(--c-border);
  transition: inset-inline-start .15s;
}
.switch:checked {
  background: var(--c-accent);
  border-color: var(--c-accent);
}
.switch:checked::after {
  inset-inline-start: 23px;
  background: var(--c-accent-fg);
}
.switch:disabled {
  cursor: not-allowed;
  opacity: .75;
}
.services {
  margin: 10px 0 0;
  padding: 0;
  list-style: none;
}
.services li {
  padding: 8px 0;
  border-top: 1px solid var(--c-surface);
}
.link {
  display: flex;
  align-items: center;
  gap: 8px;
  background: none;
  border: 0;
  color: var(--c-fg);
  text-decoration: underline;
  padding: 10px 0;
  padding-inline-end: 4px;
  min-height: 24px;
  font-weight: 600;
  text-align: start;
}
.link::after {
  content: "";
  flex: none;
  width: 7px;
  height: 7px;
  border: solid currentColor;
  border-width: 0 2px 2px 0;
  transform: rotate(45deg);
  margin-top: -4px;
  transition: transform .15s;
}
.link[aria-expanded=true]::after {
  transform: rotate(225deg);
  margin-top: 4px;
}
table {
  border-collapse: collapse;
  width: calc(100% + 24px);
  margin: 8px -12px 0;
  font-size: .9em;
  display: block;
  overflow-x: auto;
}
table:focus-visible {
  outline: 3px solid var(--c-focus);
  outline-offset: -3px;
}
th:first-child, td:first-child {
  padding-inline-start: 12px;
}
caption {
  text-align: start;
  font-weight: 700;
  padding: 4px 12px;
}
.root:has(.prefs[open]) .banner {
  visibility: hidden;
}
th, td {
  text-align: start;
  padding: 6px 8px;
  border-bottom: 1px solid var(--c-surface);
  vertical-align: top;
  min-width: 9em;
}
.receipt {
  background: var(--c-surface);
  border-radius: calc(var(--c-radius)*.6);
  padding: 12px;
  margin: 0 0 12px;
}
.receipt code {
  font: 1em/1.4 ui-monospace, monospace;
  overflow-wrap: anywhere;
}
.row label, .category > p, td {
  unicode-bidi: plaintext;
}
@media (prefers-reduced-motion: reduce) {
  *, ::before, ::after {
    transition: none !important;
    animation: none !important;
  }
}
@media (forced-colors: active) {
  .prefs, .category {
    border: 2px solid CanvasText;
  }
  .switch {
    border-color: ButtonText;
  }
  .switch:checked {
    background: Highlight;
  }
  .switch::after {
    background: ButtonText;
  }
}
`;
