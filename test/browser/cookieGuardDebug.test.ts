// debug: true tells site owners what the cookie guard sees: cookies no category declares (once
// each, so they can declare them) and writes it dropped. Config problems are named in words.
import { describe, expect, it } from 'vitest';
import { consentryTag, type Message, POLL, ready, useBrowser } from './harness';

const h = useBrowser();
const ours = (messages: Message[]) => messages.filter((m) => m.text.startsWith('[consentry]')).map((m) => m.text);

describe('given debug: true and analytics cookies /^_ga/', () => {
  it('when page scripts write cookies before consent, it should name the undeclared one once and each blocked write', async () => {
    const config = { debug: true, categories: { analytics: { cookies: ['/^_ga/'] } } };
    const body = `<script>
      document.cookie = 'sessionPref=1; path=/';
      document.cookie = 'sessionPref=2; path=/';
      document.cookie = '_ga=1; path=/';
    </script>`;
    const { page, messages, context } = await h.open(h.page({ head: consentryTag(config), body }));
    await ready(page);

    await expect.poll(() => ours(messages).filter((t) => t.includes('sessionPref')), POLL).toHaveLength(1);
    expect(ours(messages).find((t) => t.includes('sessionPref'))).toContain('no category declares');
    await expect.poll(() => ours(messages).filter((t) => t.includes('blocked the cookie "_ga"')), POLL).toHaveLength(1);
    expect((await context.cookies()).map((c) => c.name)).toEqual(['sessionPref']);
  });
});

describe('given a config with a wrong-typed value', () => {
  it('when the page loads, it should name the path and the safe value used, once', async () => {
    const { page, messages } = await h.open(h.page({ head: consentryTag({ cookie: { expiresAfterDays: 'soon' } }) }));
    await ready(page);
    const expected = '[consentry] config cookie.expiresAfterDays: expected a number above 0, got "soon"; using 182';
    await expect.poll(() => ours(messages), POLL).toContain(expected);
    await page.waitForTimeout(200);
    expect(ours(messages).filter((t) => t == expected)).toHaveLength(1);
  });
});

describe('given analytics and marketing cookie patterns and no decision', () => {
  it('when a script disguises a long-lived write as a deletion, it should still drop it, and let a real deletion through', async () => {
    const config = { categories: { analytics: { cookies: ['/^_ga/'] }, marketing: { cookies: ['_fbp'] } } };
    const body = `<script>
      document.cookie = '_ga=x; max-age=031536000; path=/';
      document.cookie = '_ga2=x; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=63072000; path=/';
      document.cookie = '_fbp=a&expires=0; max-age=7776000; path=/';
      document.cookie = '_gax=1; max-age=0; path=/';
    </script>`;
    const { page, context } = await h.open(h.page({ head: consentryTag(config), body }));
    await ready(page);
    expect((await context.cookies()).map((c) => c.name)).toEqual([]);
  });
});
