import type { ConsentryConfig, ConsentState } from '@consentry/core';
import { type ConsentryApi, init } from 'consentry';
import { type Plugin, shallowReadonly, shallowRef } from 'vue';
import { consentryKey } from './consentryKey.js';

/**
 * The decision the server read, for the first render: what `parseConsentCookie()` returns (or a
 * `getConsent()` value); only `categories` and `services` are used.
 */
export type InitialConsent = Pick<ConsentState, 'categories' | 'services'>;

export interface CreateConsentryOptions {
  /** The visitor's decision as the server read it: `parseConsentCookie(cookieHeader)`. @default null */
  initialConsent?: InitialConsent | null;
}

const EVENTS = ['ready', 'consent', 'change'] as const;

/**
 * The Vue plugin: `app.use(createConsentry(config))`. In the browser it uses the page's one
 * instance (the script tag's, or one started earlier) or starts it with `config`. The app's first
 * render, on the server and when hydrating, uses `initialConsent`; the browser's decision takes
 * over as soon as the app is mounted (before the browser paints), in each component once it is
 * mounted itself (readContext.ts), so hydration always matches, of a late async part too.
 */
export function createConsentry(config?: ConsentryConfig, options: CreateConsentryOptions = {}): Plugin {
  return {
    install(app) {
      const consent = shallowRef<InitialConsent | null>(options.initialConsent ?? null);
      const api = typeof window == 'undefined' ? null : (window as { Consentry?: ConsentryApi }).Consentry || init(config);
      app.provide(consentryKey, { api, config, consent: shallowReadonly(consent), initial: options.initialConsent ?? null });
      if (!api) return;
      const { mount, unmount } = app;
      let stops: Array<() => void> = [];
      app.mount = (...args) => {
        const vm = mount(...args);
        const update = () => (consent.value = api.getConsent());
        stops = EVENTS.map((e) => api.on(e, update));
        update();
        return vm;
      };
      app.unmount = () => {
        stops.forEach((stop) => stop());
        stops = [];
        unmount();
      };
    },
  };
}
