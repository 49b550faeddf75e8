/**
 * The one URL check for every URL Consentry renders (privacy links) or sends to (the records
 * endpoint): `http:`, `https:` or relative, as the URL parser reads it, which drops the controls,
 * tabs and spaces a browser ignores and ignores case (` JaVa\tScript:` is `javascript:`). A fixed
 * https base resolves relative URLs, so the answer is the same on servers and pages.
 */
export function isWebUrl(url: unknown): url is string {
  try {
    return typeof url == 'string' && /^https?:$/.test(new URL(url, 'https://x/').protocol);
  } catch {
    return false; // not a URL at all ("http://", "https://[")
  }
}
