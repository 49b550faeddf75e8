/**
 * The words of the problems the main file reports by code (`engine.problem(code, …)`); they load
 * with the diagnostics chunk. docs/messages.md lists every code.
 */
/** An element as the site owner would find it in their markup. */
const html = (el: Element) => el.outerHTML.slice(0, 160);

export const MESSAGES: Record<string, (...a: any[]) => string> = {
  cookie: (name: string) =>
    `the "${name}" cookie holds an unreadable value (corrupt, truncated, written by another tool, or decided in the future); treating it as no decision`,
  category: (cat: string, el: Element) =>
    `markup names the category "${cat}", which is not configured (a service goes in data-service); it stays held: ${html(el)}`,
  service: (svc: string, cat: string, el: Element) =>
    `markup names the service "${svc}" in "${cat}", but service names are a letter, then letters, digits, "_", "-" or single spaces; it stays held: ${html(el)}`,
  live: (el: Element) =>
    `this element has data-category but is live, so the browser may already have fetched it (use type="text/plain" on scripts, data-src on embeds): ${html(el)}`,
  undeclared: (name: string) => `a script set the cookie "${name}", which no category declares; declare it so visitors see it in the cookie table`,
  blocked: (name: string) => `blocked the cookie "${name}": its category or service is not allowed`,
  action: (action: string, el: Element) =>
    `data-consentry-action="${action}" is not one of preferences, banner, accept-all, reject-all, reset; ignored: ${html(el)}`,
  json: (selector: string, message: string) => `data-config="${selector}" must name an element holding valid JSON (${message}); using the defaults`,
  module: () =>
    'consentry.min.js is loaded as a module (type="module"), which runs only once the page is parsed, so scripts before it ran unheld: load it with a plain <script src>, first in <head>',
  gtag: () =>
    'dataLayer already holds gtag commands or Tag Manager events: a Google tag snippet ran before Consentry, so it may have sent data before the Consent Mode default (move it below the Consentry script, or hold it with type="text/plain" data-category)',
  advanced: () =>
    'Consent Mode is in advanced mode: Google tags you left live load before consent and send cookieless pings with denied signals; only use this after legal review (see docs/configuration.md, "consentMode")',
  unmapped: (type: string) =>
    `no configured category maps to the Consent Mode type "${type}", so it is never granted; give consentMode.map for your category names (see docs/configuration.md, "consentMode")`,
  datalayer: () =>
    'window.dataLayer does not hold the Consent Mode default Consentry pushed when it started: a script replaced it after Consentry (write window.dataLayer = window.dataLayer || [] instead), or it takes no pushes (not an array, frozen); Google tags then miss the default (and every update, when it takes no pushes)',
  cmp: (name: string) => `another consent tool is on this page (window.${name}); two tools send conflicting signals and ask visitors twice: remove one`,
  stored: (where: string) =>
    `${where} held a value that is not a list of records (corrupt, or written by another tool); ignored it, the next write replaces it`,
  offsite: (url: string) => `records go to ${url}, another origin than this page's: consent records (with the consent id) leave the site`,
  catalogue: (id: string) =>
    `no catalogue service "${id}" could be loaded (unknown id, or its file is missing); it gets no patterns (see docs/configuration.md for the catalogue)`,
  unheld: (url: string) =>
    `a script from ${url} ran without Consentry markup, and its host belongs to a configured service: mark it (type="text/plain" data-category) or set autoBlock: true`,
  event: (name: unknown) => `on(${JSON.stringify(name)}): expected one of ready, consent, change, show, hide, cleared, record, and a function; ignored`,
};

/** The message of a reported problem, or its code and details when the code is unknown. */
export const describe = (code: string, ...args: unknown[]) => (MESSAGES[code] ? MESSAGES[code](...args) : [code, ...args].join(' '));
