export const USAGE = `Usage: consentry-scan <url> [--pages 20] [--out ./scan] [--config consentry.config.json] [--ci] [--chromium <path>]

  Visits up to --pages same-origin pages from <url> in headless Chromium, each three times:
  before any decision, after Reject all and after Accept all (Consentry's banner buttons).
  Writes report.json, report.html and a draft Consentry config (config-draft.json) to --out;
  --config FILE writes the draft to FILE instead, unless FILE is there already.
  --ci exits 1 when anything beyond the necessary is there before consent or after a refusal,
  and 2 when a page or state could not be scanned.
  Chromium: --chromium, else CHROME_PATH, else /usr/bin/chromium (never downloaded).`;

/** Thrown for a command line that cannot be used; the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {}

/** Options from the command line (design.md, "Site-owner tools"). */
export function parseArgs(args) {
  const o = { url: null, pages: 20, out: './scan', config: null, ci: false, chromium: null, help: false };
  const value = (i, flag) => {
    const v = args[i + 1];
    if (v == null || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a == '--help' || a == '-h') o.help = true;
    else if (a == '--ci') o.ci = true;
    else if (a == '--pages') {
      o.pages = Number(value(i++, a));
      if (!Number.isInteger(o.pages) || o.pages < 1) throw new UsageError(`--pages ${args[i]}: a whole number of 1 or more`);
    } else if (a == '--out') o.out = value(i++, a);
    else if (a == '--config') o.config = value(i++, a);
    else if (a == '--chromium') o.chromium = value(i++, a);
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (o.url) throw new UsageError(`one URL only (got ${o.url} and ${a})`);
    else o.url = a;
  }
  if (o.help) return o;
  if (!o.url) throw new UsageError('the URL to scan is missing');
  let u;
  try {
    u = new URL(o.url);
  } catch {
    throw new UsageError(`${o.url} is not a URL (give it with http:// or https://)`);
  }
  if (!/^https?:$/.test(u.protocol)) throw new UsageError(`${o.url}: only http and https pages can be scanned`);
  return o;
}
