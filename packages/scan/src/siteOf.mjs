// "Same site" without the Public Suffix List (no dependency): the registrable domain is taken as
// the last two labels, three under the common two-label suffixes below. IP addresses and single
// labels (localhost) are their own site. Good enough to tell a page's own requests from a vendor's.
const TWO_LABEL_SUFFIXES = /\.(co|com|net|org|gov|ac|edu)\.[a-z]{2}$/;

/** The site (registrable domain, roughly) of a host name. */
export function siteOf(host) {
  host = host.replace(/^\./, '').toLowerCase();
  if (/^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return host;
  const labels = host.split('.');
  return labels.slice(TWO_LABEL_SUFFIXES.test(host) ? -3 : -2).join('.');
}

/** The site of a URL, or '' for one without a host (data:, about:). */
export function siteOfUrl(url) {
  try {
    const { hostname } = new URL(url);
    return hostname ? siteOf(hostname.replace(/^\[|\]$/g, '')) : '';
  } catch {
    return '';
  }
}
