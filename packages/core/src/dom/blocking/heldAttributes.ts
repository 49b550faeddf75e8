/**
 * Attributes a held element keeps as `data-*` until it is allowed (`data-src` is `data` on an
 * object); `srcdoc` is an iframe's whole document, scripts included.
 */
export const HELD_ATTRS = ['src', 'srcset', 'href', 'srcdoc'];
