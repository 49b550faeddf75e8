import '../../../test/setup/browserEnv';
import { startRecordsCollector } from '../../../test/support/recordsCollector';
import { flushPromises, mount } from '@vue/test-utils';
import { init, type ConsentryApi } from 'consentry';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSSRApp, defineComponent, h, nextTick, Suspense } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { formatConsentCookie, parseConsentCookie } from '@consentry/core';
import { textHash } from '@consentry/core/texts';
import { ConsentGate, createConsentry, useAllowed, useConsent, useConsentry } from '@consentry/vue';

const config = { categories: { analytics: {}, marketing: { services: { youtube: 'youtube' } } } };
const page = () => window as { Consentry?: ConsentryApi };
const banners = () => document.querySelectorAll('consentry-ui:not([data-placeholder])').length;

const Probe = defineComponent({
  setup() {
    const consent = useConsent();
    const analytics = useAllowed('analytics');
    const youtube = useAllowed(() => 'marketing.youtube');
    const api = useConsentry();
    return () =>
      h('output', JSON.stringify({ decided: !!consent.value, analytics: analytics.value, youtube: youtube.value, api: !!api && api === page().Consentry }));
  },
});
const gates = () => [
  h(ConsentGate, { require: 'analytics' }, { default: () => h('p', 'analytics on'), fallback: () => h('p', 'analytics off') }),
  h(ConsentGate, { require: 'marketing.youtube' }, { default: () => h('iframe', { title: 'Video' }) }),
];
const App = defineComponent({ setup: () => () => [h(Probe), ...gates()] });
// The gates only: the probe shows the instance, which a server has not (a real mismatch).
const Gates = defineComponent({ setup: () => gates });
const mountApp = (plugin = createConsentry(config)) => mount(App, { global: { plugins: [plugin] }, attachTo: document.body });
const state = (w: ReturnType<typeof mountApp>) => JSON.parse(w.get('output').text());

beforeEach(() => {
  for (const c of document.cookie.split('; ')) if (c) document.cookie = `${c.split('=')[0]}=; max-age=0; path=/`;
  delete page().Consentry;
  document.body.innerHTML = '';
});
let wrapper: ReturnType<typeof mountApp> | undefined;
afterEach(() => wrapper?.unmount());

describe('given a first visit and app.use(createConsentry(config))', () => {
  it('should start one instance and one banner, even with two apps on the page', async () => {
    wrapper = mountApp();
    const other = mountApp();
    expect(page().Consentry).toBeDefined();
    await vi.waitFor(() => expect(banners()).toBe(1));
    expect(state(wrapper)).toEqual({ decided: false, analytics: false, youtube: false, api: true });
    expect(state(other).api).toBe(true);
    other.unmount();
  });

  it('should use the instance already on the page (the script tag)', () => {
    const existing = init({ categories: { analytics: {} } });
    wrapper = mountApp();
    expect(page().Consentry).toBe(existing);
    expect(state(wrapper).api).toBe(true);
  });

  it('should update composables and gates on each decision and on withdrawal', async () => {
    wrapper = mountApp();
    expect(wrapper.text()).toContain('analytics off');
    await page().Consentry!.acceptAll();
    await nextTick();
    expect(state(wrapper)).toEqual({ decided: true, analytics: true, youtube: true, api: true });
    expect(wrapper.text()).toContain('analytics on');
    expect(wrapper.find('iframe').exists()).toBe(true);
    await page().Consentry!.reset();
    await nextTick();
    expect(state(wrapper)).toMatchObject({ decided: false, analytics: false, youtube: false });
    expect(wrapper.text()).toContain('analytics off');
  });

  it('should show the placeholder without a fallback slot; Allow and load allows the service only', async () => {
    wrapper = mountApp();
    const group = wrapper.get('[role=group]');
    expect(group.attributes('aria-label')).toBe('YouTube by Google Ireland Limited is held until you allow Marketing.');
    const button = group.get('button');
    expect(button.text()).toBe('Allow and load');
    expect(button.attributes('type')).toBe('button');
    (button.element as HTMLElement).focus();
    await button.trigger('click');
    await vi.waitFor(() => expect(wrapper!.find('iframe').exists()).toBe(true));
    // Focus follows to what replaced the placeholder.
    await vi.waitFor(() => expect(document.activeElement).toBe(wrapper!.find('iframe').element));
    expect(page().Consentry!.isAllowed('marketing.youtube')).toBe(true);
    expect(page().Consentry!.isAllowed('analytics')).toBe(false);
  });

  it("should record the placeholder's Allow and load as the script tag's: source placeholder, the hash of its texts, their language", async () => {
    const endpoint = await startRecordsCollector();
    try {
      wrapper = mountApp(createConsentry({ ...config, endpoint: endpoint.url }));
      const group = wrapper.get('[role=group]');
      const shown = [group.get('p').text(), 'Allow and load'];
      await group.get('button').trigger('click');
      const record = await endpoint.next();
      expect(record).toMatchObject({ source: 'placeholder', method: 'custom', language: 'en', services: { marketing: { youtube: true } } });
      expect(record.textHash).toBe(await textHash(shown, () => Promise.reject(Error('SubtleCrypto is there'))));
    } finally {
      await endpoint.close();
    }
  });

  it.each<[string, unknown]>([
    ['a symbol', Symbol('x')],
    ['an object without a prototype', Object.create(null)],
    ['an array', ['necessary']],
  ])('should answer false for useAllowed(%s), as isAllowed does, never throw', async (_, name) => {
    await page().Consentry?.acceptAll();
    const Bad = defineComponent({ setup: () => () => h('output', String(useAllowed(() => name as string).value)) });
    const w = mount(Bad, { global: { plugins: [createConsentry(config)] }, attachTo: document.body });
    expect(w.text()).toBe('false');
    w.unmount();
  });

  it('should stop listening when the app unmounts', async () => {
    const api = init(config);
    const stops: Array<ReturnType<typeof vi.fn>> = [];
    const on = api.on;
    api.on = ((event: 'change', fn: () => void) => {
      const stop = vi.fn(on(event, fn));
      stops.push(stop);
      return stop;
    }) as ConsentryApi['on'];
    const w = mountApp();
    expect(stops.length).toBe(3);
    expect(stops.every((s) => s.mock.calls.length == 0)).toBe(true);
    w.unmount();
    expect(stops.every((s) => s.mock.calls.length == 1)).toBe(true);
    api.on = on;
  });

  it('should answer "no decision" with one [consentry] warning without the plugin, never throw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    wrapper = mount(App);
    await flushPromises();
    expect(state(wrapper)).toEqual({ decided: false, analytics: false, youtube: false, api: false });
    // Only ours: an instance of an earlier test may still log its own.
    expect(warn.mock.calls.map((c) => String(c[0])).filter((m) => /createConsentry/.test(m))).toEqual([
      '[consentry] useConsent() is used in an app without app.use(createConsentry(config)); it sees no decision',
    ]);
    warn.mockRestore();
  });
});

describe('given server HTML to hydrate', () => {
  const ssrApp = (initialConsent?: ReturnType<typeof parseConsentCookie>) => createSSRApp(Gates).use(createConsentry(config, { initialConsent }));
  async function roundTrip(initialConsent?: ReturnType<typeof parseConsentCookie>) {
    // As a server renders: no window, so no instance.
    vi.stubGlobal('window', undefined);
    let html: string;
    try {
      html = await renderToString(ssrApp(initialConsent));
    } finally {
      vi.unstubAllGlobals();
    }
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = ssrApp(initialConsent);
    app.mount(container);
    await nextTick();
    const logged = [...warn.mock.calls, ...error.mock.calls].map(String).filter((m) => /hydrat|mismatch/i.test(m));
    warn.mockRestore();
    error.mockRestore();
    app.unmount();
    return { html, logged, text: container.textContent };
  }

  it("should hydrate a returning visitor's page without a mismatch, content already in the server HTML", async () => {
    document.cookie = `consentry=${formatConsentCookie({ categories: { analytics: true }, services: { marketing: { youtube: true } } })}; path=/`;
    const initial = parseConsentCookie(document.cookie);
    const { html, logged } = await roundTrip(initial);
    expect(html).toContain('analytics on');
    expect(html).toContain('<iframe');
    expect(logged).toEqual([]);
  });

  it('should hydrate a gate in an async component under Suspense, which hydrates after the app has mounted, with the server decision too, then show what the cookie allows', async () => {
    document.cookie = `consentry=${formatConsentCookie({ categories: { analytics: true } })}; path=/`;
    // Its setup awaits (data, as a Nuxt page does): it hydrates once that resolves.
    const AsyncPart = defineComponent({
      async setup() {
        await new Promise((r) => setTimeout(r, 10));
        return () => h(ConsentGate, { require: 'analytics' }, { default: () => h('p', 'analytics on'), fallback: () => h('p', 'analytics off') });
      },
    });
    const App = defineComponent({ setup: () => () => h(Suspense, null, { default: () => h(AsyncPart) }) });
    vi.stubGlobal('window', undefined);
    let html: string;
    try {
      html = await renderToString(createSSRApp(App).use(createConsentry(config)));
    } finally {
      vi.unstubAllGlobals();
    }
    expect(html).toContain('analytics off');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = createSSRApp(App).use(createConsentry(config));
    app.mount(container);
    await new Promise((r) => setTimeout(r, 100));
    const logged = [...warn.mock.calls, ...error.mock.calls].map(String).filter((m) => /hydrat|mismatch/i.test(m));
    warn.mockRestore();
    error.mockRestore();
    expect(logged).toEqual([]);
    expect(container.textContent).toBe('analytics on');
    app.unmount();
  });

  it('should hydrate without a mismatch when the server had no initialConsent, then show what the cookie allows', async () => {
    document.cookie = `consentry=${formatConsentCookie({ categories: { analytics: true } })}; path=/`;
    const container = await roundTrip();
    expect(container.html).toContain('analytics off');
    expect(container.logged).toEqual([]);
  });
});
