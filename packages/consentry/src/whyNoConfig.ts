/**
 * Why data-config's element gave no config, told from the page as it is now (the diagnostics load
 * later than the main file read it, which knows only the browser's error: "Cannot read properties
 * of null" says nothing to a site owner): no CSS selector, no element, an element that comes after
 * the script tag, or what is wrong with its JSON.
 */
export function whyNoConfig(selector: string, error: string): string {
  let el: Element | null;
  try {
    el = document.querySelector(selector);
  } catch {
    return 'it is not a CSS selector';
  }
  // None yet, on a page still being parsed, may be one further down: the same advice then.
  if (!el) return 'no element matches it; it must come before the Consentry script tag';
  try {
    JSON.parse(el.textContent!);
  } catch (e) {
    return (e as Error).message;
  }
  return error.includes('JSON')
    ? error // its text changed since
    : 'the element comes after the Consentry script tag, which reads it when it runs: put it before the tag';
}
