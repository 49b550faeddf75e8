/**
 * English texts: the shape every language matches (`Translations`).
 *
 * Flat dotted keys; `{name}` marks a value the UI fills in (see the comment on each group).
 * Every translation keeps exactly the placeholders of the English text (a test checks it).
 * Wording rules (compliance.md R6, R10, R15, R56): plain, short, no nudging; never suggest that
 * accepting is needed to use the site; never claim more than the SDK can do.
 */
/** Texts the first layer needs (banner, its status messages, the revisit button): each language's banner file. */
export const enBanner = {
  // Banner (first layer). `banner.text`: {controller} = the controller's name, else `banner.thisSite`;
  // it starts the sentence in every language, so `banner.thisSite` is written to stand there.
  // `banner.label` names the banner region; `banner.gpc` shows only while the browser sends GPC.
  'banner.label': 'Cookie consent',
  'banner.title': 'We use cookies',
  'banner.text':
    '{controller} uses necessary cookies to make this site work. With your consent, we also use optional cookies, described under Customize. You can use the site either way, and you can withdraw your consent at any time with the Cookie settings button.',
  'banner.thisSite': 'This site',
  'banner.privacyPolicy': 'Privacy policy',
  'banner.gpc': 'Your browser sends the Global Privacy Control signal, and we honour it: marketing stays off unless you switch it on yourself.',
  // Buttons (design.md: these default English labels are part of the public surface).
  'button.acceptAll': 'Accept all',
  'button.rejectAll': 'Reject all',
  'button.customize': 'Customize',
  // Revisit button: its accessible name.
  'revisit.label': 'Cookie settings',
  // Polite status messages after the banner's choices (and the dialog's same buttons). `status.acceptedAllGpc`:
  // Accept all while GPC kept marketing off.
  'status.acceptedAll': 'You accepted all cookies.',
  'status.acceptedAllGpc': 'You accepted all cookies except marketing, which stays off because of your Global Privacy Control signal.',
  'status.rejectedAll': 'You rejected all optional cookies. Only necessary cookies are used.',
} as const;

/**
 * Texts of the preferences dialog and the embed placeholders: they load with them (both come with the
 * preferences chunk, after the banner has shown).
 */
export const enDialog = {
  // Embed placeholder: {service} = the service's label, {provider} = its provider, {category} = the category's title.
  // Use `placeholder.text` when a provider is known, `placeholder.textNoProvider` for a service without
  // one, `placeholder.textCategoryOnly` for an element with no service.
  'placeholder.text': '{service} by {provider} is held until you allow {category}.',
  'placeholder.textNoProvider': '{service} is held until you allow {category}.',
  'placeholder.textCategoryOnly': 'This content is held until you allow {category}.',
  'placeholder.allow': 'Allow and load',
  // Status messages after the dialog's Forget me and Save choices and a placeholder's button.
  // `status.allowed`: {name} = the service's label or the category's title.
  'status.forgotten': 'Your consent was withdrawn and your choices were deleted from this device.',
  'status.saved': 'Your choices have been saved.',
  'status.allowed': '{name} is now allowed.',
  'button.saveChoices': 'Save choices',
  'button.close': 'Close',
  'button.reloadPage': 'Reload page',
  'button.downloadHistory': 'Download my consent history',
  'button.forgetMe': 'Forget me',
  // Preferences dialog: `dialog.text` is the intro the dialog is described by.
  'dialog.title': 'Cookie settings',
  'dialog.text':
    'Choose which optional cookies we may use. Necessary cookies are always on, because the site cannot work without them. You can change your choices at any time.',
  // Categories. `category.services`: {category} = the category's title (names its group of service switches).
  // `category.<name>.title` / `.description` for the default categories; a site adds its own through
  // config `translations` (look those up with `Translator.lookup`).
  'category.alwaysOn': 'Always on',
  'category.services': 'Services in {category}',
  'category.necessary.title': 'Necessary',
  'category.necessary.description': 'Needed for the site to work, for example to remember your choices here. They cannot be switched off.',
  'category.functional.title': 'Functional',
  'category.functional.description': 'Remember your settings and enable extra features.',
  'category.analytics.title': 'Analytics',
  'category.analytics.description': 'Help us understand how the site is used, so we can improve it.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description': 'Used to show and measure ads, also on other sites.',
  // Services: {provider} = the service's provider.
  'service.provider': 'Provided by {provider}',
  'service.privacyPolicy': 'Privacy policy of {provider}',
  // Cookie table. `cookieTable.caption`: {category} = the category's title. `cookieTable.days`: {days} = a number.
  // Consentry's own row: provider `cookieTable.thisSite`, purpose `cookieTable.consentryPurpose`,
  // duration `cookieTable.days` (the cookie) and `cookieTable.untilDeleted` (the IndexedDB history).
  'cookieTable.caption': 'Cookies and storage: {category}',
  'cookieTable.name': 'Name',
  'cookieTable.provider': 'Provider',
  'cookieTable.purpose': 'Purpose',
  'cookieTable.duration': 'Duration',
  'cookieTable.empty': 'No cookies or storage listed.',
  'cookieTable.thisSite': 'This site',
  'cookieTable.consentryPurpose': 'Remembers your cookie choices and keeps their history on this device',
  'cookieTable.days': '{days} days',
  'cookieTable.untilDeleted': 'Until deleted',
  // After a decision (in the dialog): labels for the consent id and the decision date, the
  // access / portability / erasure promise, and what Forget me does (describe the button with it).
  'receipt.heading': 'Your consent',
  'receipt.consentId': 'Your consent ID',
  'receipt.decidedOn': 'Decided on',
  'receipt.text': 'Your choices are stored on this device. You can download their history, or erase them and withdraw all consent.',
  'receipt.forgetMeHint': 'Withdraws all consent, deletes your choices from this device and shows the cookie banner again.',
  // Withdrawal. `withdraw.reload` goes with the Reload page button; `withdraw.thirdParty` is the
  // honest limit of clearing (R56: HttpOnly and third-party cookies are out of a page's reach).
  'withdraw.reload': 'You withdrew consent for something that has already run on this page. Reload the page to stop it.',
  'withdraw.thirdParty': 'Cookies that other companies have already set in your browser can only be removed in your browser settings or by those companies.',
} as const;

export const en = { ...enBanner, ...enDialog } as const;

export default en;

/** A key of the UI texts. */
export type TranslationKey = keyof typeof en;

/** One language's UI texts: every key, plain strings. */
export type Translations = Record<TranslationKey, string>;
