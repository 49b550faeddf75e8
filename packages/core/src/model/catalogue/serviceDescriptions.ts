/**
 * What the cookie table, the per-service switches and the embed placeholders show for a
 * built-in catalogue service. The patterns that drive blocking live in `servicePatterns.ts`;
 * both travel together in the service's own file (see `catalogueEntry.ts`).
 */
export interface ServiceDescription {
  /** Name shown on the service's switch and placeholder, for example "Google Analytics". */
  label: string;
  /** Who provides the service: the company named as controller for EEA users where it is well known. */
  provider: string;
  /** What the service does, in plain words. */
  purpose: string;
  /** The provider's privacy policy (https). */
  privacyPolicyUrl: string;
  /**
   * First-party cookies the service's script sets on the site's own domain, each matched by the
   * service's patterns. `<site-id>` and the like stand for a part of the name that varies.
   * Empty when the service sets none there: what it sets on its own domains is out of a page's reach.
   */
  cookies: Array<{ name: string; duration: string; purpose?: string }>;
}

// Shared strings, written once to keep the UI chunk small.
const GOOGLE = 'Google Ireland Limited';
const GOOGLE_PRIVACY = 'https://policies.google.com/privacy';
const OWN_DOMAINS = ' Once loaded, the provider can set cookies on its own domains and learn that you visited this page.';

/** Descriptions of the built-in service catalogue, one per key of `SERVICE_PATTERNS`. */
export const SERVICE_DESCRIPTIONS: Record<string, ServiceDescription> = {
  'google-analytics': {
    label: 'Google Analytics',
    provider: GOOGLE,
    purpose: 'Counts visits and measures how the site is used.',
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [
      { name: '_ga', duration: '2 years', purpose: 'Tells visitors apart' },
      { name: '_ga_<container-id>', duration: '2 years', purpose: 'Keeps the state of the visit' },
      { name: '_gid', duration: '24 hours', purpose: 'Tells visitors apart (older tags)' },
      { name: '_gat', duration: '1 minute', purpose: 'Limits the request rate (older tags)' },
    ],
  },
  'google-tag-manager': {
    label: 'Google Tag Manager',
    provider: GOOGLE,
    purpose: 'Loads and manages other tags on the site. It sets no cookie itself; the tags it loads may.',
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [{ name: '_dc_gtm_<property-id>', duration: '1 minute', purpose: 'Limits the request rate of Google Analytics' }],
  },
  'google-ads': {
    label: 'Google Ads',
    provider: GOOGLE,
    purpose: 'Measures which ads lead to visits and purchases, and shows ads to past visitors.',
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [
      { name: '_gcl_au', duration: '90 days', purpose: 'Links conversions to ads' },
      { name: '_gcl_aw', duration: '90 days', purpose: 'Stores the ad click' },
      { name: '_gac_<property-id>', duration: '90 days', purpose: 'Stores the ad campaign' },
    ],
  },
  'meta-pixel': {
    label: 'Meta Pixel',
    provider: 'Meta Platforms Ireland Limited',
    purpose: 'Measures the effect of ads on Facebook and Instagram and shows ads to past visitors.',
    privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
    cookies: [
      { name: '_fbp', duration: '3 months', purpose: 'Tells browsers apart' },
      { name: '_fbc', duration: '3 months', purpose: 'Stores the last ad click' },
    ],
  },
  hotjar: {
    label: 'Hotjar',
    provider: 'Hotjar Ltd',
    purpose: 'Records clicks, scrolling and mouse movement for heatmaps and session recordings, and runs surveys.',
    privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    cookies: [
      { name: '_hjSessionUser_<site-id>', duration: '1 year', purpose: 'Tells visitors apart' },
      { name: '_hjSession_<site-id>', duration: '30 minutes', purpose: 'Keeps the current visit together' },
      { name: '_hjAbsoluteSessionInProgress', duration: '30 minutes', purpose: 'Detects the first page of a visit' },
    ],
  },
  'microsoft-clarity': {
    label: 'Microsoft Clarity',
    provider: 'Microsoft Corporation',
    purpose: 'Records clicks, scrolling and mouse movement for heatmaps and session recordings.',
    privacyPolicyUrl: 'https://www.microsoft.com/privacy/privacystatement',
    cookies: [
      { name: '_clck', duration: '1 year', purpose: 'Tells visitors apart' },
      { name: '_clsk', duration: '1 day', purpose: 'Joins page views into one recording' },
    ],
  },
  matomo: {
    label: 'Matomo',
    provider: 'InnoCraft Ltd (Matomo Cloud), or this site when self-hosted',
    purpose: 'Counts visits and measures how the site is used.',
    privacyPolicyUrl: 'https://matomo.org/privacy-policy/',
    cookies: [
      { name: '_pk_id.<site-id>.<hash>', duration: '13 months', purpose: 'Tells visitors apart' },
      { name: '_pk_ses.<site-id>.<hash>', duration: '30 minutes', purpose: 'Keeps the current visit together' },
      { name: '_pk_ref.<site-id>.<hash>', duration: '6 months', purpose: 'Stores where the visitor came from' },
    ],
  },
  'linkedin-insight': {
    label: 'LinkedIn Insight Tag',
    provider: 'LinkedIn Ireland Unlimited Company',
    purpose: 'Measures the effect of ads on LinkedIn and shows ads to past visitors.',
    privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy',
    cookies: [
      { name: 'li_fat_id', duration: '30 days', purpose: 'Links conversions to LinkedIn members' },
      { name: 'li_giant', duration: '7 days', purpose: 'Links conversions to groups of members' },
    ],
  },
  'tiktok-pixel': {
    label: 'TikTok Pixel',
    provider: 'TikTok Technology Limited',
    purpose: 'Measures the effect of ads on TikTok and shows ads to past visitors.',
    privacyPolicyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
    cookies: [
      { name: '_ttp', duration: '13 months', purpose: 'Tells visitors apart' },
      { name: '_tt_enable_cookie', duration: '13 months', purpose: 'Checks that cookies work' },
    ],
  },
  youtube: {
    label: 'YouTube',
    provider: GOOGLE,
    purpose: 'Plays embedded videos.' + OWN_DOMAINS,
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [],
  },
  vimeo: {
    label: 'Vimeo',
    provider: 'Vimeo.com, Inc.',
    purpose: 'Plays embedded videos.' + OWN_DOMAINS,
    privacyPolicyUrl: 'https://vimeo.com/privacy',
    cookies: [],
  },
  'google-maps': {
    label: 'Google Maps',
    provider: GOOGLE,
    purpose: 'Shows embedded maps.' + OWN_DOMAINS,
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [],
  },
  'google-fonts': {
    label: 'Google Fonts',
    provider: GOOGLE,
    purpose: "Loads fonts from Google's servers, which receive your IP address. Sets no cookie.",
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [],
  },
  plausible: {
    label: 'Plausible Analytics',
    provider: 'Plausible Insights OÜ',
    purpose: 'Counts visits without cookies; the provider receives the page address and a daily hash of IP address and browser.',
    privacyPolicyUrl: 'https://plausible.io/privacy',
    cookies: [],
  },
  posthog: {
    label: 'PostHog',
    provider: 'PostHog Inc.',
    purpose: 'Measures how the site is used and may record sessions.',
    privacyPolicyUrl: 'https://posthog.com/privacy',
    cookies: [{ name: 'ph_<project-key>_posthog', duration: '1 year', purpose: 'Tells visitors apart' }],
  },
  mixpanel: {
    label: 'Mixpanel',
    provider: 'Mixpanel, Inc.',
    purpose: 'Measures how the site is used.',
    privacyPolicyUrl: 'https://mixpanel.com/legal/privacy-policy/',
    cookies: [{ name: 'mp_<project-token>_mixpanel', duration: '1 year', purpose: 'Tells visitors apart' }],
  },
  amplitude: {
    label: 'Amplitude',
    provider: 'Amplitude, Inc.',
    purpose: 'Measures how the site is used.',
    privacyPolicyUrl: 'https://amplitude.com/privacy',
    cookies: [
      { name: 'AMP_<api-key>', duration: '1 year', purpose: 'Tells visitors apart' },
      { name: 'AMP_MKTG_<api-key>', duration: '1 year', purpose: 'Stores where the visitor came from' },
    ],
  },
  segment: {
    label: 'Segment',
    provider: 'Twilio Inc.',
    purpose: 'Collects how the site is used and passes it on to other tools.',
    privacyPolicyUrl: 'https://www.twilio.com/en-us/legal/privacy',
    cookies: [
      { name: 'ajs_anonymous_id', duration: '1 year', purpose: 'Tells visitors apart' },
      { name: 'ajs_user_id', duration: '1 year', purpose: 'Stores the signed-in user' },
    ],
  },
  heap: {
    label: 'Heap',
    provider: 'Heap Inc.',
    purpose: 'Records clicks and page views to measure how the site is used.',
    privacyPolicyUrl: 'https://www.heap.io/privacy',
    cookies: [
      { name: '_hp2_id.<app-id>', duration: '13 months', purpose: 'Tells visitors apart' },
      { name: '_hp2_ses_props.<app-id>', duration: '30 minutes', purpose: 'Keeps the current visit together' },
    ],
  },
  fullstory: {
    label: 'FullStory',
    provider: 'FullStory, Inc.',
    purpose: 'Records clicks, scrolling and typing for session recordings.',
    privacyPolicyUrl: 'https://www.fullstory.com/legal/privacy-policy/',
    cookies: [
      { name: 'fs_uid', duration: '1 year', purpose: 'Tells visitors apart' },
      { name: 'fs_lua', duration: '30 minutes', purpose: 'Stores the time of the last activity' },
    ],
  },
  snowplow: {
    label: 'Snowplow',
    provider: 'Snowplow Analytics Ltd, or this site when self-hosted',
    purpose: 'Measures how the site is used.',
    privacyPolicyUrl: 'https://snowplow.io/privacy-policy',
    cookies: [
      { name: '_sp_id.<hash>', duration: '2 years', purpose: 'Tells visitors apart' },
      { name: '_sp_ses.<hash>', duration: '30 minutes', purpose: 'Keeps the current visit together' },
    ],
  },
  rudderstack: {
    label: 'RudderStack',
    provider: 'RudderStack, Inc.',
    purpose: 'Collects how the site is used and passes it on to other tools.',
    privacyPolicyUrl: 'https://www.rudderstack.com/privacy-policy/',
    cookies: [{ name: 'rl_anonymous_id', duration: '1 year', purpose: 'Tells visitors apart' }],
  },
  'datadog-rum': {
    label: 'Datadog RUM',
    provider: 'Datadog, Inc.',
    purpose: 'Measures page speed and errors, and may record sessions.',
    privacyPolicyUrl: 'https://www.datadoghq.com/legal/privacy/',
    cookies: [{ name: '_dd_s', duration: '4 hours', purpose: 'Keeps the current visit together' }],
  },
  'new-relic-browser': {
    label: 'New Relic Browser',
    provider: 'New Relic, Inc.',
    purpose: 'Measures page speed and errors.',
    privacyPolicyUrl: 'https://newrelic.com/termsandconditions/privacy',
    cookies: [],
  },
  logrocket: {
    label: 'LogRocket',
    provider: 'LogRocket, Inc.',
    purpose: 'Records sessions, errors and network activity.',
    privacyPolicyUrl: 'https://logrocket.com/privacy',
    cookies: [{ name: '_lr_<app-id>', duration: '1 year', purpose: 'Tells visitors apart' }],
  },
  smartlook: {
    label: 'Smartlook',
    provider: 'Smartlook.com, s.r.o.',
    purpose: 'Records clicks and scrolling for heatmaps and session recordings.',
    privacyPolicyUrl: 'https://www.smartlook.com/privacy/',
    cookies: [{ name: 'SL_C_<hash>_SID', duration: '1 year', purpose: 'Tells visitors apart' }],
  },
  mouseflow: {
    label: 'Mouseflow',
    provider: 'Mouseflow ApS',
    purpose: 'Records clicks, scrolling and mouse movement for heatmaps and session recordings.',
    privacyPolicyUrl: 'https://mouseflow.com/legal/company/privacy-policy/',
    cookies: [
      { name: 'mf_user', duration: '90 days', purpose: 'Tells visitors apart' },
      { name: 'mf_<website-id>', duration: 'Session', purpose: 'Keeps the current recording together' },
    ],
  },
  'pinterest-tag': {
    label: 'Pinterest Tag',
    provider: 'Pinterest Europe Limited',
    purpose: 'Measures the effect of ads on Pinterest and shows ads to past visitors.',
    privacyPolicyUrl: 'https://policy.pinterest.com/privacy-policy',
    cookies: [
      { name: '_pin_unauth', duration: '1 year', purpose: 'Tells visitors apart' },
      { name: '_epik', duration: '1 year', purpose: 'Stores the last ad click' },
    ],
  },
  'snap-pixel': {
    label: 'Snap Pixel',
    provider: 'Snap B.V.',
    purpose: 'Measures the effect of ads on Snapchat and shows ads to past visitors.',
    privacyPolicyUrl: 'https://values.snap.com/privacy/privacy-policy',
    cookies: [
      { name: '_scid', duration: '13 months', purpose: 'Tells visitors apart' },
      { name: '_sctr', duration: '1 year', purpose: 'Counts visits' },
    ],
  },
  'x-pixel': {
    label: 'X Pixel',
    provider: 'Twitter International Unlimited Company',
    purpose: 'Measures the effect of ads on X (Twitter) and shows ads to past visitors.',
    privacyPolicyUrl: 'https://x.com/privacy',
    cookies: [{ name: '_twclid', duration: '2 years', purpose: 'Stores the last ad click' }],
  },
  'reddit-pixel': {
    label: 'Reddit Pixel',
    provider: 'Reddit, Inc.',
    purpose: 'Measures the effect of ads on Reddit and shows ads to past visitors.',
    privacyPolicyUrl: 'https://www.reddit.com/policies/privacy-policy',
    cookies: [{ name: '_rdt_uuid', duration: '3 months', purpose: 'Tells visitors apart' }],
  },
  'microsoft-ads': {
    label: 'Microsoft Advertising (UET)',
    provider: 'Microsoft Ireland Operations Limited',
    purpose: 'Measures which ads on Bing lead to visits and purchases, and shows ads to past visitors.',
    privacyPolicyUrl: 'https://www.microsoft.com/privacy/privacystatement',
    cookies: [
      { name: '_uetsid', duration: '1 day', purpose: 'Keeps the current visit together' },
      { name: '_uetvid', duration: '13 months', purpose: 'Tells visitors apart' },
      { name: '_uetmsclkid', duration: '90 days', purpose: 'Stores the ad click' },
    ],
  },
  criteo: {
    label: 'Criteo',
    provider: 'Criteo SA',
    purpose: 'Shows ads for products viewed on this site on other sites.',
    privacyPolicyUrl: 'https://www.criteo.com/privacy/',
    cookies: [{ name: 'cto_bundle', duration: '13 months', purpose: 'Tells browsers apart' }],
  },
  taboola: {
    label: 'Taboola',
    provider: 'Taboola Inc.',
    purpose: 'Recommends articles and ads, and measures what visitors click.',
    privacyPolicyUrl: 'https://www.taboola.com/policies/privacy-policy',
    cookies: [{ name: 't_gid', duration: '1 year', purpose: 'Tells visitors apart' }],
  },
  outbrain: {
    label: 'Outbrain',
    provider: 'Outbrain Inc.',
    purpose: 'Recommends articles and ads, and measures what visitors click.',
    privacyPolicyUrl: 'https://www.outbrain.com/privacy/',
    cookies: [{ name: 'obuid', duration: '3 months', purpose: 'Tells visitors apart' }],
  },
  hubspot: {
    label: 'HubSpot',
    provider: 'HubSpot, Inc.',
    purpose: 'Tracks visits for marketing and links them to forms and chats.',
    privacyPolicyUrl: 'https://legal.hubspot.com/privacy-policy',
    cookies: [
      { name: '__hstc', duration: '6 months', purpose: 'Tells visitors apart' },
      { name: 'hubspotutk', duration: '6 months', purpose: 'Links form submissions to the visitor' },
      { name: '__hssc', duration: '30 minutes', purpose: 'Keeps the current visit together' },
      { name: '__hssrc', duration: 'Session', purpose: 'Detects a new browser session' },
    ],
  },
  intercom: {
    label: 'Intercom',
    provider: 'Intercom R&D Unlimited Company',
    purpose: 'Shows a chat window and remembers conversations.',
    privacyPolicyUrl: 'https://www.intercom.com/legal/privacy',
    cookies: [
      { name: 'intercom-id-<app-id>', duration: '9 months', purpose: 'Tells visitors apart' },
      { name: 'intercom-session-<app-id>', duration: '1 week', purpose: 'Keeps the conversation open' },
    ],
  },
  spotify: {
    label: 'Spotify',
    provider: 'Spotify AB',
    purpose: 'Plays embedded music and podcasts.' + OWN_DOMAINS,
    privacyPolicyUrl: 'https://www.spotify.com/legal/privacy-policy/',
    cookies: [],
  },
  soundcloud: {
    label: 'SoundCloud',
    provider: 'SoundCloud Global Limited & Co. KG',
    purpose: 'Plays embedded audio.' + OWN_DOMAINS,
    privacyPolicyUrl: 'https://soundcloud.com/pages/privacy',
    cookies: [],
  },
  calendly: {
    label: 'Calendly',
    provider: 'Calendly LLC',
    purpose: 'Shows an embedded booking calendar.' + OWN_DOMAINS,
    privacyPolicyUrl: 'https://calendly.com/legal/privacy-notice',
    cookies: [],
  },
  typeform: {
    label: 'Typeform',
    provider: 'Typeform S.L.',
    purpose: 'Shows embedded forms and surveys.' + OWN_DOMAINS,
    privacyPolicyUrl: 'https://www.typeform.com/privacy-policy/',
    cookies: [],
  },
  recaptcha: {
    label: 'Google reCAPTCHA',
    provider: GOOGLE,
    purpose: 'Tells people from bots on forms.' + OWN_DOMAINS,
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [],
  },
  'cloudflare-turnstile': {
    label: 'Cloudflare Turnstile',
    provider: 'Cloudflare, Inc.',
    purpose: 'Tells people from bots on forms, without cookies on this site.',
    privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
    cookies: [],
  },
  wistia: {
    label: 'Wistia',
    provider: 'Wistia, Inc.',
    purpose: 'Plays embedded videos and measures how they are watched.' + OWN_DOMAINS,
    privacyPolicyUrl: 'https://wistia.com/privacy',
    cookies: [],
  },
  disqus: {
    label: 'Disqus',
    provider: 'Disqus, Inc.',
    purpose: 'Shows comments.' + OWN_DOMAINS,
    privacyPolicyUrl: 'https://disqus.com/privacy-policy/',
    cookies: [],
  },
};
