/**
 * The revisit button's look: a round button in a corner, themed by the same custom properties as
 * the UI. 48 px across (the 24 px icon, 10 px padding and a 2 px border each side): a target well
 * over WCAG 2.5.8's 24 px. The icon, a cookie with a bite out of it, is the button's `::before`: a
 * disc in the text colour with the bite (a corner and two arcs) and two chips cut out by masks
 * (where masks are unsupported, Safari before 15.4, a plain disc). The disc is a border, not a
 * background, so forced colours paint it in the button's text colour (they drop backgrounds).
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
button::before {
  content: "";
  display: block;
  width: 0;
  height: 0;
  margin: 2px;
  border: 10px solid;
  border-radius: 50%;
  mask:
    linear-gradient(45deg, #000 21.2px, #0000 0),
    radial-gradient(4.3px at 18.8px 6.2px, #0000 4px, #000),
    radial-gradient(4.3px at 13.8px 1.2px, #0000 4px, #000),
    radial-gradient(1.8px at 6px 10.5px, #0000 1.5px, #000),
    radial-gradient(1.8px at 11px 14.5px, #0000 1.5px, #000);
  mask-composite: intersect;
}
`;
