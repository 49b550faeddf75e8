/**
 * Crawlers by user-agent string only. Never `navigator.webdriver`: site owners' own browser tests
 * must see the banner. Lighthouse is not a crawler: the banner's cost should show in its reports.
 */
export const isCrawler = (ua: string) => /(?<!cu)bot\b|crawl|spider|slurp|mediapartners|facebookexternalhit|bingpreview|archiver/i.test(ua);
