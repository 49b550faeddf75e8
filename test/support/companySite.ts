/**
 * What the company-site example holds until consent: the URLs its held scripts, embeds and web font
 * would fetch. The example's own tests and the scanner's run on the draft config check against it.
 */
export const COMPANY_SITE_HELD_URLS = [
  '/company-site/js/analytics.js',
  '/company-site/js/marketing.js',
  '/company-site/embed.html',
  '/company-site/map.html',
  '/company-site/fonts/brand.css',
];
