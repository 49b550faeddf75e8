/** A consent category a catalogue service belongs in by default. */
export type ServiceCategory = 'functional' | 'analytics' | 'marketing';

/**
 * The category of each built-in catalogue service, one per key of `SERVICE_PATTERNS`: what tools
 * propose for a service they find (consentry-scan's draft config). A site still puts a service in
 * whichever category its config names; the SDK never reads this, so it is in neither the main file
 * nor the per-service files. Measurement and session recording are `analytics`; ads, retargeting
 * and embeds whose provider tracks viewers for ads (YouTube, Vimeo) are `marketing`; other embeds,
 * fonts, maps and bot checks are `functional`. docs/configuration.md lists the same.
 */
export const SERVICE_CATEGORIES: Record<string, ServiceCategory> = {
  'google-analytics': 'analytics',
  'google-tag-manager': 'analytics',
  matomo: 'analytics',
  plausible: 'analytics',
  posthog: 'analytics',
  mixpanel: 'analytics',
  amplitude: 'analytics',
  segment: 'analytics',
  heap: 'analytics',
  hotjar: 'analytics',
  'microsoft-clarity': 'analytics',
  fullstory: 'analytics',
  snowplow: 'analytics',
  rudderstack: 'analytics',
  'datadog-rum': 'analytics',
  'new-relic-browser': 'analytics',
  logrocket: 'analytics',
  smartlook: 'analytics',
  mouseflow: 'analytics',
  'google-ads': 'marketing',
  'meta-pixel': 'marketing',
  'linkedin-insight': 'marketing',
  'tiktok-pixel': 'marketing',
  'pinterest-tag': 'marketing',
  'snap-pixel': 'marketing',
  'x-pixel': 'marketing',
  'reddit-pixel': 'marketing',
  'microsoft-ads': 'marketing',
  criteo: 'marketing',
  taboola: 'marketing',
  outbrain: 'marketing',
  hubspot: 'marketing',
  intercom: 'marketing',
  youtube: 'marketing',
  vimeo: 'marketing',
  'google-maps': 'functional',
  'google-fonts': 'functional',
  spotify: 'functional',
  soundcloud: 'functional',
  calendly: 'functional',
  typeform: 'functional',
  recaptcha: 'functional',
  'cloudflare-turnstile': 'functional',
  wistia: 'functional',
  disqus: 'functional',
};
