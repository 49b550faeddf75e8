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
  const initialConsent = parseConsentCookie(cookieHeader, { revision: consentryConfig.revision });
  return createSSRApp(App, { page: path == '/privacy' ? 'privacy' : 'home' }).use(createConsentry(consentryConfig, { initialConsent }));
}
