/** Does `host` match one of `hosts`: `"x.com"` that host only, `"*.x.com"` any of its subdomains? */
export const matchesHost = (hosts: string[], host: string) => hosts.some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) : h == host));

/** The host of `url` (relative to the page), or '' when it is not a URL. */
export function hostOf(url: unknown): string {
  try {
    return new URL(String(url), location.href).hostname;
  } catch {
    return '';
  }
}
