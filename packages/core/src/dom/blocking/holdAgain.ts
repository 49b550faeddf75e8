import { HELD_ATTRS } from './heldAttributes';
import { reloadMedia } from './reloadMedia';

/** Elements that hold a browsing context or a plugin: only a fresh element unloads them. */
const FRAMES = /^(IFRAME|OBJECT|EMBED)$/;

/**
 * Puts each released element that is `revoked` back in its held form on withdrawal, and returns
 * the held list with the elements now in the page.
 */
export function holdAgain(held: Element[], revoked: (el: Element) => boolean, released: WeakSet<Element>, inserted: Map<Element, ChildNode[]>): Element[] {
  return held.map((el) => {
    if (!revoked(el)) return el;
    released.delete(el);
    return holdOne(el, inserted);
  });
}

/**
 * Puts a released element back in its held form and returns the element now in the page: a frame
 * is replaced by a fresh copy without its URL, media drop their sources, a template's inserted
 * content is removed. Its scripts ran and stay run (only a reload unloads them): they leave the
 * template too, so that allowing it again inserts the rest and runs no script twice.
 */
function holdOne(el: Element, inserted: Map<Element, ChildNode[]>): Element {
  if (el.tagName == 'TEMPLATE') {
    inserted.get(el)?.forEach((n) => n.remove());
    inserted.delete(el);
    (el as HTMLTemplateElement).content.querySelectorAll('script').forEach((s) => s.remove());
    return el;
  }
  const target = FRAMES.test(el.tagName) ? (el.cloneNode(true) as Element) : el;
  for (const a of HELD_ATTRS) if (el.hasAttribute('data-' + a)) target.removeAttribute(a == 'src' && el.tagName == 'OBJECT' ? 'data' : a);
  if (target != el) el.replaceWith(target);
  reloadMedia(target);
  return target;
}
