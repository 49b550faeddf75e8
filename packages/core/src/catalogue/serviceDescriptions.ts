/**
 * What the cookie table, the per-service switches and the embed placeholders show for a
 * built-in catalogue service. The cookie and storage patterns that drive blocking live in
 * `servicePatterns.ts`, in the main file; these words load with the UI.
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
};
