import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { createSSRApp, defineComponent, h as vh } from 'vue';
import { renderToString as renderVue } from 'vue/server-renderer';
import { describe, expect, it } from 'vitest';
import { formatConsentCookie, parseConsentCookie } from '@consentry/core';
import * as react from '@consentry/react';
import * as vue from '@consentry/vue';

// Runs in Node with no DOM: any read of window, document, navigator or storage would throw here.
const config = { categories: { analytics: {}, marketing: { services: { youtube: 'youtube' } } } };
const cookie = (categories: Record<string, boolean>, services = {}) =>
  `theme=dark; consentry=${formatConsentCookie({ categories, services, timestamp: Date.now() - 1000 })}`;
const accepted = () => parseConsentCookie(cookie({ analytics: true, marketing: true }, { marketing: { youtube: true } }));
const rejected = () => parseConsentCookie(cookie({ analytics: false, marketing: false }));

function reactPage(initialConsent?: react.InitialConsent | null) {
  const { ConsentryProvider, ConsentGate, ConsentScript, useAllowed, useConsent, useConsentry } = react;
  const Probe = () => h('output', null, JSON.stringify({ analytics: useAllowed('analytics'), decided: !!useConsent(), api: useConsentry() }));
  return renderToString(
    h(
      ConsentryProvider,
      { config, initialConsent },
      h(Probe),
      h(ConsentGate, { require: 'analytics', fallback: h('p', null, 'analytics off') }, h('p', null, 'analytics on')),
      h(ConsentGate, { require: 'marketing.youtube' }, h('iframe', { title: 'Video' })),
      h(ConsentScript, { require: 'analytics', src: '/a.js' }),
    ),
  );
}

async function vuePage(initialConsent?: vue.InitialConsent | null) {
  const { ConsentGate, createConsentry, useAllowed, useConsent, useConsentry } = vue;
  const App = defineComponent({
    setup() {
      const analytics = useAllowed('analytics');
      const consent = useConsent();
      const api = useConsentry();
      return () => [
        vh('output', JSON.stringify({ analytics: analytics.value, decided: !!consent.value, api })),
        vh(ConsentGate, { require: 'analytics' }, { default: () => vh('p', 'analytics on'), fallback: () => vh('p', 'analytics off') }),
        vh(ConsentGate, { require: 'marketing.youtube' }, { default: () => vh('iframe', { title: 'Video' }) }),
      ];
    },
  });
  return renderVue(createSSRApp(App).use(createConsentry(config, { initialConsent })));
}

describe.each([
  ['React (react-dom/server)', reactPage],
  ['Vue (vue/server-renderer)', vuePage],
])('given %s on a server without a DOM', (_, render) => {
  it('should render the fallbacks and the placeholder for a first visit (no initialConsent)', async () => {
    const html = await render();
    expect(html).toContain('{&quot;analytics&quot;:false,&quot;decided&quot;:false,&quot;api&quot;:null}');
    expect(html).toContain('analytics off');
    expect(html).not.toContain('analytics on');
    expect(html).toMatch(/role="group"/);
    expect(html).toContain('YouTube by Google Ireland Limited is held until you allow Marketing.');
    expect(html).toMatch(/<button type="button"[^>]*>Allow and load<\/button>/);
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('<script');
  });

  it('should render the gated content for a visitor whose cookie allows it', async () => {
    const html = await render(accepted());
    expect(html).toContain('{&quot;analytics&quot;:true,&quot;decided&quot;:true,&quot;api&quot;:null}');
    expect(html).toContain('analytics on');
    expect(html).toContain('<iframe title="Video">');
    expect(html).not.toContain('Allow and load');
  });

  it('should render the fallbacks for a visitor who refused', async () => {
    const html = await render(rejected());
    expect(html).toContain('analytics off');
    expect(html).toContain('Allow and load');
    expect(html).not.toContain('<iframe');
  });

  it('should leave the server without browser globals', () => {
    for (const name of ['window', 'document', 'navigator', 'localStorage', 'Consentry'])
      expect(typeof (globalThis as Record<string, unknown>)[name], name).toBe('undefined');
  });
});

describe('given the decision a server component hands to a client component', () => {
  it('should be plain data (isAllowed does not cross the boundary, the rest does)', () => {
    const parsed = accepted()!;
    expect(parsed.isAllowed('marketing.youtube')).toBe(true);
    expect(Object.values(parsed).some((v) => typeof v == 'function')).toBe(false);
    expect(JSON.parse(JSON.stringify(parsed))).toMatchObject({ categories: parsed.categories, services: parsed.services });
  });
});
