// The pages the bench compares: the same article, four categories (necessary + three a visitor can
// refuse), and one held analytics script (/analytics.js, which sets a cookie) that may run only after
// "Accept all". Each tool is set up the way its own docs show; `banner` finds its first layer in the
// page (Consentry's is in an open shadow root, found through its host), `accept` is its Accept all
// button as a Playwright selector (which pierces open shadow roots).

const ARTICLE = `<main>
  <h1>Fjord walks</h1>
  <p>Three easy walks along the fjord, with a café at the end of each. ${'The path follows the shore past old boathouses and birch woods. '.repeat(8)}</p>
  <p>${'Bring a jacket: the wind off the water is cold even in summer. '.repeat(6)}</p>
</main>`;

const page = (title, head, body = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
${ARTICLE}
${body}
</body>
</html>`;

const CATEGORIES = [
  ['functional', 'Functional', 'Remembers your choices such as language.'],
  ['analytics', 'Analytics', 'Counts visits so we can improve the site.'],
  ['marketing', 'Marketing', 'Shows you relevant ads on other sites.'],
];

/** Loads the analytics script by hand (tools that only call back on consent). */
const LOAD_ANALYTICS = `var s=document.createElement('script');s.src='/analytics.js';document.head.appendChild(s);`;

/** Consentry's page, its files served from `base` (a variant: another build of dist, see run.mjs --variant). */
export function consentryTool(id, label, base) {
  return {
    id,
    label,
    html: page(
      label,
      `<script type="application/json" id="consentry-config">{}</script>
<script src="${base}consentry.min.js" data-config="#consentry-config"></script>
<script type="text/plain" data-category="analytics" src="/analytics.js"></script>`,
    ),
    banner: `document.querySelector('consentry-ui:not([data-placeholder])')?.shadowRoot?.querySelector('.banner')`,
    accept: 'consentry-ui:not([data-placeholder]) .banner [data-action=accept-all]',
  };
}

/** @type {{ id: string, label: string, version?: string, html: string, banner?: string, accept?: string, floor?: boolean }[]} */
export const TOOLS = [
  consentryTool('consentry', 'Consentry', '/consentry/'),
  {
    id: 'vanilla-cookieconsent',
    label: 'vanilla-cookieconsent',
    package: 'vanilla-cookieconsent',
    html: page(
      'vanilla-cookieconsent',
      `<link rel="stylesheet" href="/nm/vanilla-cookieconsent/dist/cookieconsent.css">
<script type="text/plain" data-category="analytics" src="/analytics.js"></script>`,
      `<script src="/nm/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>
<script>
CookieConsent.run({
  hideFromBots: false, // the bench's browser is driven by Playwright (navigator.webdriver)
  categories: { necessary: { enabled: true, readOnly: true }, ${CATEGORIES.map(([id]) => `${id}: {}`).join(', ')} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: 'We use cookies', description: 'Some are needed to run the site; others only with your consent.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Customize' },
    preferencesModal: { title: 'Cookie settings', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save', closeIconLabel: 'Close',
      sections: [{ title: 'Necessary', description: 'Needed to run the site.', linkedCategory: 'necessary' }, ${CATEGORIES.map(([id, t, d]) => `{ title: '${t}', description: '${d}', linkedCategory: '${id}' }`).join(', ')}] }
  } } }
});
</script>`,
    ),
    banner: `document.querySelector('#cc-main .cm')`,
    accept: '#cc-main .cm [data-role=all]',
  },
  {
    id: 'orejime',
    label: 'Orejime',
    package: 'orejime',
    html: page(
      'Orejime',
      `<link rel="stylesheet" href="/nm/orejime/dist/orejime-standard.css">
<script>
window.orejimeConfig = {
  privacyPolicyUrl: '/privacy',
  purposes: [
    { id: 'necessary', title: 'Necessary', isMandatory: true },
    ${CATEGORIES.map(([id, t, d]) => `{ id: '${id}', title: '${t}', description: '${d}'${id == 'analytics' ? `, cookies: ['_bench_analytics']` : ''} }`).join(',\n    ')}
  ]
};
</script>
<script src="/nm/orejime/dist/orejime-standard-en.js"></script>
<template data-purpose="analytics"><script src="/analytics.js"></script></template>`,
    ),
    banner: `document.querySelector('.orejime-Banner')`,
    accept: '.orejime-Banner-saveButton',
  },
  {
    id: 'klaro',
    label: 'Klaro',
    package: 'klaro',
    html: page(
      'Klaro',
      `<script>
var klaroConfig = {
  privacyPolicy: '/privacy',
  groupByPurpose: true,
  acceptAll: true,
  translations: { en: { purposes: { ${CATEGORIES.map(([id, t]) => `${id}: '${t}'`).join(', ')} } } },
  services: [
    { name: 'session', title: 'Session', purposes: ['necessary'], required: true },
    ${CATEGORIES.map(([id, t]) => `{ name: '${id}', title: '${t}', purposes: ['${id}']${id == 'analytics' ? `, cookies: ['_bench_analytics']` : ''} }`).join(',\n    ')}
  ]
};
</script>
<script defer src="/nm/klaro/dist/klaro.js"></script>
<script type="text/plain" data-type="text/javascript" data-name="analytics" data-src="/analytics.js"></script>`,
    ),
    banner: `document.querySelector('.klaro .cookie-notice')`,
    accept: '.klaro .cookie-notice .cm-btn-success',
  },
  {
    id: 'tarteaucitron',
    label: 'tarteaucitron',
    package: 'tarteaucitronjs',
    html: page(
      'tarteaucitron',
      `<script src="/nm/tarteaucitronjs/tarteaucitron.min.js"></script>
<script>
tarteaucitron.init({ privacyUrl: '/privacy', orientation: 'bottom', highPrivacy: true, AcceptAllCta: true, DenyAllCta: true, showAlertSmall: false, showIcon: true, removeCredit: true, mandatory: true, googleConsentMode: false, bingConsentMode: false, pianoConsentMode: false });
${[
  ['benchanalytics', 'analytic', 'Analytics', LOAD_ANALYTICS],
  ['benchmarketing', 'ads', 'Marketing', ''],
  ['benchfunctional', 'support', 'Functional', ''],
]
  .map(
    ([key, type, name, js]) =>
      `tarteaucitron.services.${key} = { key: '${key}', type: '${type}', name: '${name}', needConsent: true, cookies: [${key == 'benchanalytics' ? `'_bench_analytics'` : ''}], js: function () { ${js} }, fallback: function () {} };
(tarteaucitron.job = tarteaucitron.job || []).push('${key}');`,
  )
  .join('\n')}
</script>`,
    ),
    banner: `document.querySelector('#tarteaucitronAlertBig')`,
    accept: '#tarteaucitronPersonalize2',
  },
  {
    id: 'osano',
    label: 'Osano cookieconsent (no categories, no blocking)',
    package: 'cookieconsent',
    html: page(
      'Osano cookieconsent',
      `<link rel="stylesheet" href="/nm/cookieconsent/build/cookieconsent.min.css">`,
      `<script src="/nm/cookieconsent/build/cookieconsent.min.js"></script>
<script>
window.cookieconsent.initialise({
  type: 'opt-in',
  content: { message: 'We use cookies: some to run the site, others only with your consent.', allow: 'Accept all', deny: 'Reject all' },
  onInitialise: function (status) { if (status == 'allow') { ${LOAD_ANALYTICS} } },
  onStatusChange: function (status) { if (status == 'allow') { ${LOAD_ANALYTICS} } }
});
</script>`,
    ),
    banner: `document.querySelector('.cc-window:not(.cc-invisible)')`,
    accept: '.cc-window .cc-allow',
  },
  {
    id: 'c15t',
    label: 'c15t (React UI, offline mode)',
    package: '@c15t/react',
    html: page('c15t', `<link rel="stylesheet" href="/build/c15t.css">`, `<div id="consent"></div>\n<script src="/build/c15t.js"></script>`),
    banner: `document.querySelector('[data-testid=consent-banner-card]')`,
    accept: '[data-testid=consent-banner-accept-button]',
  },
  {
    id: 'preact-floor',
    label: 'floor: Preact + a bare banner, one file',
    floor: true,
    html: page('Preact floor', '', `<div id="consent"></div>\n<script src="/build/preact-floor.js"></script>`),
    banner: `document.querySelector('#consent .bare-banner')`,
    accept: '#consent .bare-banner [data-accept]',
  },
  {
    id: 'empty',
    label: 'floor: the page without a banner',
    floor: true,
    html: page('Empty', ''),
  },
];

/** The held script: records when it ran and sets the cookie a real analytics tag would. */
export const ANALYTICS_JS = `document.cookie = '_bench_analytics=1; path=/; max-age=3600';
(window.__bench = window.__bench || {}).analyticsAt = performance.now();`;
