/**
 * Patterns of the built-in service catalogue, space-separated to stay small: cookie names, storage
 * keys (`localStorage` / `sessionStorage`), IndexedDB database names, and the hosts the service's
 * scripts load from and send to (`x.com` that host, `*.x.com` its subdomains). None of this is in
 * the main file: the script-tag build makes one `consentry-service-<id>.js` per entry, fetched only
 * by sites that name the service (see `catalogueEntry.ts`). Only first-party names are listed:
 * what a service sets on its own domains is out of a page's reach.
 *
 * Where no vendor SDK is on the npm registry, the names come from the vendor's public documentation,
 * cited per entry; entries with `// unsure` name what is not confirmed there.
 */
export type ServicePatterns = [cookies: string, storage?: string, indexedDB?: string, hosts?: string];

export const SERVICE_PATTERNS: Record<string, ServicePatterns> = {
  // Analytics
  // https://support.google.com/analytics/answer/11397207 (cookie usage on websites)
  'google-analytics': ['/^_ga($|_)/ _gid /^_gat/ /^_dc_gtm_/', '', '', 'google-analytics.com *.google-analytics.com *.analytics.google.com'],
  // https://developers.google.com/tag-platform/tag-manager
  'google-tag-manager': ['/^_dc_gtm_/', '', '', 'www.googletagmanager.com'],
  // https://matomo.org/faq/general/faq_146/ (cookies Matomo sets); self-hosted trackers use the site's own host
  matomo: ['/^_pk_/ /^mtm_/ /^matomo_sessid$/i', '/^matomo/', '', '*.matomo.cloud cdn.matomo.cloud'],
  // https://plausible.io/data-policy (no cookies; `plausible_ignore` opts a browser out)
  plausible: ['', 'plausible_ignore', '', 'plausible.io'],
  // posthog-js (npm): ph_<token>_posthog cookie and keys, __ph_opt_in_out_<token>
  posthog: ['/^ph_/ /^__ph_/', '/^ph_/ /^__ph_/ /^posthog/', '', 'posthog.com *.posthog.com'],
  // mixpanel-browser (npm): mp_<token>_mixpanel, __mp_opt_in_out_<token>; IndexedDB for batches and flags
  mixpanel: ['/^mp_/ /^__mp_/', '/^mp_/ /^__mp/ /^mprec_/', '/^mixpanel/', '*.mixpanel.com *.mxpnl.com'],
  // @amplitude/analytics-browser (npm): AMP_<key>, AMP_MKTG_<key>, AMP_unsent_<key>, AMP_remote_config_…
  amplitude: ['/^AMP_/ /^amp_/', '/^AMP_/ /^amp_/', '/^AMP_/', 'amplitude.com *.amplitude.com'],
  // @segment/analytics-next (npm): ajs_* cookies and keys; its event queue is saved as persisted-queue:v1:<key>:… when the page is left
  segment: ['/^ajs_/', '/^ajs_/ /^seg[_:-]/ /^segment/ /^persisted-queue:/', '', '*.segment.com *.segment.io'],
  // https://help.heap.io/data-management/security-and-privacy/cookies/ (_hp2_id.<app>, _hp2_ses_props.<app>)
  heap: ['/^_hp2_/', '/^_hp2_/ /^_hp5_/', '', 'heapanalytics.com *.heapanalytics.com *.heap-api.com'],
  // https://help.hotjar.com/hc/en-us/articles/6952777582999 (cookies Hotjar sets)
  hotjar: ['/^_hj/', '/^_?hj/', '', '*.hotjar.com *.hotjar.io'],
  // https://learn.microsoft.com/clarity/setup-and-installation/cookie-list; clarity-js (npm) also keeps
  // its tab id in sessionStorage (`_cltk`)
  'microsoft-clarity': ['_clck _clsk', '_cltk', '', '*.clarity.ms'],
  // https://help.fullstory.com/hc/en-us/articles/360020829513 (fs_uid, fs_cid, fs_lua); storage keys unsure
  fullstory: ['fs_uid fs_cid fs_lua', '/^_fs/', '', 'fullstory.com *.fullstory.com'],
  // https://docs.snowplow.io/docs/sources/trackers/javascript-trackers/ (_sp_id.<hash>, _sp_ses.<hash>, snowplowOutQueue_*); the collector host is the site's own
  snowplow: ['/^_sp_/', '/^snowplow/ /^_sp_/', '', '*.snowplowanalytics.com'],
  // https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/ (rl_* cookies and keys)
  rudderstack: ['/^rl_/', '/^rl_/ /^rudder/', '', '*.rudderstack.com *.rudderlabs.com'],
  // https://docs.datadoghq.com/real_user_monitoring/browser/ (_dd_s session cookie; _dd_* keys when cookies are off)
  'datadog-rum': [
    '/^_dd_/',
    '/^_dd_/',
    '',
    '*.datadoghq.com *.datadoghq.eu browser-intake-datadoghq.com browser-intake-datadoghq.eu *.browser-intake-datadoghq.com www.datadoghq-browser-agent.com',
  ],
  // https://docs.newrelic.com/docs/browser/new-relic-browser/performance-quality/security-browser-monitoring/ (NRBA_SESSION key, JSESSIONID is the site's own)
  'new-relic-browser': ['', '/^NRBA/', '', 'js-agent.newrelic.com *.nr-data.net'],
  // https://docs.logrocket.com/docs/privacy (_lr_* keys); unsure about cookies
  logrocket: ['/^_lr_/', '/^_lr_/ /^logrocket/', '', '*.logrocket.io *.logrocket.com *.lr-ingest.io *.lr-in.com *.lr-in-prod.com *.lrkt-in.com'],
  // https://help.smartlook.com/docs/cookies-and-local-storage (SL_C_*, SL_L_*)
  smartlook: ['/^SL_/', '/^SL_/ /^smartlook/i', '', '*.smartlook.com *.smartlook.cloud'],
  // https://help.mouseflow.com/en/articles/4310818 (mf_user, mf_<website-id>)
  mouseflow: ['/^mf_/', '/^mf_/ /^mouseflow/', '', 'mouseflow.com *.mouseflow.com'],
  // Marketing
  // https://business.safety.google/adscookies/
  'google-ads': ['/^_gcl_/ /^_gac_/', '', '', 'googleads.g.doubleclick.net *.doubleclick.net www.googleadservices.com pagead2.googlesyndication.com'],
  // https://www.facebook.com/policies/cookies/
  'meta-pixel': ['_fbp _fbc', '', '', 'connect.facebook.net www.facebook.com'],
  // https://www.linkedin.com/legal/l/cookie-table
  'linkedin-insight': ['li_fat_id li_giant', '', '', 'snap.licdn.com px.ads.linkedin.com'],
  // https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel
  'tiktok-pixel': ['_ttp /^_tt_/ /^ttcsid/ /^_?ttclid$/', '/^tt_/', '', 'analytics.tiktok.com'],
  // https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies
  'pinterest-tag': ['_pin_unauth _pinterest_ct_ua /^_pinterest_/ _derived_epik _epik', '/^_pin_/ /^_epik/', '', 's.pinimg.com ct.pinterest.com'],
  // https://businesshelp.snapchat.com/s/article/pixel-direct-implementation (_scid, _sctr)
  'snap-pixel': ['/^_scid/ _sctr', '', '', 'sc-static.net tr.snapchat.com tr-shadow.snapchat.com'],
  // https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites (_twclid)
  'x-pixel': ['_twclid', '', '', 'static.ads-twitter.com analytics.twitter.com ads-api.twitter.com ads-twitter.com'],
  // https://business.reddithelp.com/s/article/Reddit-Pixel (_rdt_uuid, _rdt_em)
  'reddit-pixel': ['/^_rdt_/', '', '', 'www.redditstatic.com alb.reddit.com pixel-config.reddit.com'],
  // https://help.ads.microsoft.com/#apex/ads/en/56959/1 (UET: _uetsid, _uetvid, _uetmsclkid; also kept in localStorage)
  'microsoft-ads': ['/^_uet/', '/^_uet/', '', 'bat.bing.com bat.bing.net'],
  // https://www.criteo.com/privacy/ (cto_bundle, cto_bidid…)
  criteo: ['/^cto_/ /^criteo/', '/^cto_/ /^criteo/', '', '*.criteo.com *.criteo.net'],
  // https://www.taboola.com/policies/cookie-policy (t_gid and _tb_*); unsure about storage keys
  taboola: ['t_gid t_pt_gid /^_tb_/ /^taboola/', '/^taboola/ /^tbl/ /^trc_/', '', '*.taboola.com *.taboolasyndication.com'],
  // https://www.outbrain.com/privacy/cookies/ (obuid, outbrain_cid_fetch); unsure about storage keys
  outbrain: ['obuid /^outbrain/ /^_ob_/', '/^outbrain/ /^OB-/', '', '*.outbrain.com *.outbrainimg.com'],
  // https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser
  hubspot: [
    '__hstc __hssc __hssrc hubspotutk messagesUtk /^__hs/',
    '/^hs-/ /^HUBLYTICS/',
    '',
    '*.hs-scripts.com *.hs-analytics.net *.hs-banner.com *.hscollectedforms.net *.hubspot.com *.usemessages.com *.hsforms.com',
  ],
  // https://www.intercom.com/help/en/articles/2361922 (intercom-id-<app>, intercom-session-<app>, intercom-device-id-<app>)
  intercom: ['/^intercom-/', '/^intercom/', '', '*.intercom.io *.intercomcdn.com *.intercomassets.com'],
  // Embeds and functional
  youtube: ['', '', '', 'youtube.com *.youtube.com *.youtube-nocookie.com *.ytimg.com *.googlevideo.com'],
  vimeo: ['', '', '', 'vimeo.com *.vimeo.com *.vimeocdn.com'],
  'google-maps': ['', '', '', 'maps.googleapis.com maps.gstatic.com maps.google.com'],
  'google-fonts': ['', '', '', 'fonts.googleapis.com fonts.gstatic.com'],
  // https://developer.spotify.com/documentation/embeds
  spotify: ['', '', '', 'open.spotify.com embed.spotify.com *.scdn.co'],
  // https://developers.soundcloud.com/docs/api/html5-widget
  soundcloud: ['', '', '', 'w.soundcloud.com *.sndcdn.com'],
  // https://help.calendly.com/hc/en-us/articles/223147027 (embed options)
  calendly: ['', '', '', 'calendly.com *.calendly.com'],
  // https://www.typeform.com/developers/embed/ (the embed keeps its own state per form); unsure about storage keys
  typeform: ['', '/^tf-/ /^typeform/', '', '*.typeform.com'],
  // https://developers.google.com/recaptcha/docs/faq (its cookies are on google.com, out of reach). Only its
  // own hosts: www.google.com/recaptcha shares a host with everything else on www.google.com.
  recaptcha: ['', '', '', 'www.recaptcha.net recaptcha.net'],
  // https://developers.cloudflare.com/turnstile/ (no first-party cookies)
  'cloudflare-turnstile': ['', '', '', 'challenges.cloudflare.com'],
  // https://wistia.com/privacy (the player keeps `wistia` and `wistia-video-progress-*` keys)
  wistia: ['', '/^wistia/', '', 'wistia.com *.wistia.com wistia.net *.wistia.net'],
  // https://help.disqus.com/en/articles/1717155 (cookies are on disqus.com, out of reach)
  disqus: ['', '', '', 'disqus.com *.disqus.com *.disquscdn.com'],
};
