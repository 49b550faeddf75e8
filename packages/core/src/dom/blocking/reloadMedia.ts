/** A video or audio element picks up new or removed sources only on load(). */
export function reloadMedia(el: Element) {
  const media = el.tagName == 'SOURCE' ? el.parentElement : el;
  if (media instanceof HTMLMediaElement) media.load();
}
