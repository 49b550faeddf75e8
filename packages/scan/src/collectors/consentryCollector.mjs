/** Runs in the page: Consentry's presence, its config as the page gives it, held elements and links. */
function readPage() {
  const abs = (u) => {
    try {
      return u ? new URL(u, location.href).href : null;
    } catch {
      return null;
    }
  };
  const api = window.Consentry;
  // The script tag's config: the JSON element its data-config names, else window.consentryConfig.
  // Consentry finds its tag as document.currentScript, whatever the file is called (a site may
  // serve it as /assets/cmp.js): any script with a src and data-config, one named consentry first.
  const tags = [...document.scripts].filter((s) => s.src && s.hasAttribute('data-config'));
  const tag = tags.find((s) => /consentry/i.test(s.src)) || tags[0];
  let config = window.consentryConfig;
  let source = config ? 'window.consentryConfig' : null;
  if (tag) {
    try {
      config = JSON.parse(document.querySelector(tag.getAttribute('data-config')).textContent);
      source = tag.getAttribute('data-config');
    } catch {
      // Broken JSON: Consentry runs on its defaults, and so does the classification.
    }
  }
  let plain = null;
  try {
    plain = config == null ? null : JSON.parse(JSON.stringify(config));
  } catch {
    plain = null;
  }
  return {
    found: !!(api && typeof api.acceptAll == 'function'),
    version: api?.version ?? null,
    config: plain,
    configSource: plain ? source : null,
    held: [...document.querySelectorAll('[data-category]')].map((el) => ({
      tag: el.tagName.toLowerCase(),
      category: el.getAttribute('data-category').replace('!', ''),
      service: el.getAttribute('data-service')?.replace('!', '') || null,
      url: abs(
        el.getAttribute('data-src') || el.getAttribute('src') || el.getAttribute('data-href') || el.getAttribute('href') || el.getAttribute('data-data'),
      ),
    })),
    links: [...document.querySelectorAll('a[href]')].map((a) => a.href),
  };
}

/**
 * The consent tool: whether Consentry runs on the page, its config (read from the page, as the
 * script tag reads it), what the page marks as held (data-category), and the page's links.
 */
export const consentryCollector = {
  name: 'consentry',
  setup(run) {
    run.consentry = null;
  },
  async snapshot(run) {
    const found = await run.page.evaluate(readPage).catch(() => null);
    if (found && !run.consentry) run.consentry = found;
    else if (found) run.consentry.held.push(...found.held.filter((h) => !run.consentry.held.some((x) => x.url == h.url)));
  },
  result: () => [],
};
