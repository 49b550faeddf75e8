/** A video or audio element picks up new or removed sources only on load(): the element, or the one a `<source>` is in. */
export function reloadMedia(el: Element) {
  el.closest<HTMLMediaElement>('video,audio')?.load();
}
