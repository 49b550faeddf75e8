/**
 * Crawlers by user-agent string only. Never `navigator.webdriver`: site owners' own browser tests
 * must see the banner. Lighthouse is not a crawler: the banner's cost should show in its reports.
 * CUBOT is a phone brand. No lookbehind (`(?<!cu)`): Safari before 16.4 refuses the whole file.
 */
export const isCrawler = (ua: string) => /crawl|spider|[^u]bot\b|[^c]ubot\b|slurp|mediapartners|facebookexternalhit|bingpreview|archiver/i.test(ua);
