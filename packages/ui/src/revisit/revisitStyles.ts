/**
 * The revisit button's look: a round button in a corner, themed by the same custom properties as
 * the UI. 48 px across (the 24 px icon, 10 px padding and a 2 px border each side): a target well
 * over WCAG 2.5.8's 24 px.
 */
export const revisitStyles = `
button {
  all: initial;
  position: fixed;
  z-index: 2147483000;
  bottom: 16px;
  left: 16px;
  width: 24px;
  height: 24px;
  padding: 10px;
  border-radius: 50%;
  border: 2px solid #fff;
  background: var(--consentry-accent, #1d4ed8);
  color: var(--consentry-accent-fg, #fff);
  cursor: pointer;
  box-shadow: 0 2px 8px #0006;
}
[data-position$=right] {
  left: auto;
  right: 16px;
}
[data-position^=top] {
  bottom: auto;
  top: 16px;
}
button:focus-visible {
  outline: 3px solid var(--consentry-accent, #1d4ed8);
  outline-offset: 2px;
}
svg {
  display: block;
  width: 24px;
  height: 24px;
  fill: currentColor;
}
`;
