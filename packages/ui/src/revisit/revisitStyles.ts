/** The revisit button's look: a round button in a corner, themed by the same custom properties as the UI. */
export const revisitStyles = `
button {
  all: initial;
  position: fixed;
  z-index: 2147483000;
  bottom: 16px;
  left: 16px;
  width: 44px;
  height: 44px;
  border-radius: 50%;
  border: 2px solid #fff;
  background: var(--consentry-accent, #1d4ed8);
  color: var(--consentry-accent-fg, #fff);
  cursor: pointer;
  display: grid;
  place-items: center;
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
  width: 24px;
  height: 24px;
  fill: currentColor;
}
`;
