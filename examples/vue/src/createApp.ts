import { createConsentry } from '@consentry/vue';
import { parseConsentCookie } from 'consentry';
import { createSSRApp } from 'vue';
import App from './App.vue';
import { consentryConfig } from './consentryConfig';

/**
 * The app, the same on the server and in the browser: both read the decision from the same
 * consent cookie (the request's `Cookie` header there, `document.cookie` here), so the first
 * render matches and hydration keeps the server's HTML.
 */
export function createApp(cookieHeader: string | undefined, path: string) {
  const { revision, cookie } = consentryConfig;
  // The options the config sets decide which cookie is read and when a decision has expired.
  const initialConsent = parseConsentCookie(cookieHeader, { revision, name: cookie?.name, expiresAfterDays: cookie?.expiresAfterDays });
  return createSSRApp(App, { page: path == '/privacy' ? 'privacy' : 'home' }).use(createConsentry(consentryConfig, { initialConsent }));
}
