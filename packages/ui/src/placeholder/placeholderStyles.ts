/**
 * A placeholder's styles (on top of `uiStyles`), loaded with the preferences chunk that names what
 * it holds. It fills the held element's box (its host has that box's size), content centred.
 */
export const placeholderStyles = `
.root {
  height: 100%;
}
.placeholder {
  display: flex;
  flex-direction: column;
  gap: 10px;
  align-items: center;
  justify-content: center;
  text-align: center;
  min-height: 120px;
  height: 100%;
  padding: var(--c-space);
  background: var(--c-surface);
  color: var(--c-fg);
  border: 1px dashed var(--c-border);
  border-radius: var(--c-radius);
  overflow-wrap: anywhere;
}
.placeholder p {
  margin: 0;
  max-width: 42em;
}
@media (forced-colors: active) {
  .placeholder {
    border: 2px solid CanvasText;
  }
}
`;
