/**
 * The text nodes under `root` in DOM order, white space collapsed, empty ones left out, skipping
 * `[data-nohash]` subtrees: what a visitor reads of a layer, as its record's `textHash` sees it.
 * `hidden` content counts (it is in the DOM; the services disclosure hides it only visually).
 */
export function visibleTexts(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType == 3) {
      const text = (node.textContent || '').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    } else if (!(node instanceof Element && node.hasAttribute('data-nohash'))) node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}
