/** Attributes a held element keeps as `data-*` until it is allowed (`data-src` is `data` on an object). */
export const HELD_ATTRS = ['src', 'srcset', 'href'];
