// The declarative hooks (design.md): any element with data-consentry-action does its action on
// click, and on Enter where the element does not turn Enter into a click itself; also inside the
// open shadow root of a site's own web component (a footer built with Lit, say), where the
// document's listener sees only the component as the event's target.
import { describe, expect, it } from 'vitest';
import { consentry, consentryTag, POLL, ready, useBrowser } from './harness';

const h = useBrowser();

const BODY = `<h1>Hooks</h1>
<button type="button" data-consentry-action="preferences">Privacy choices</button>
<span role="button" tabindex="0" data-consentry-action="banner">Show the banner</span>
<button type="button" data-consentry-action="acept-all">Misspelt</button>
<site-footer></site-footer>
<fancy-button data-consentry-action="preferences">Privacy choices (component)</fancy-button>
<script>
  customElements.define('site-footer', class extends HTMLElement {
    connectedCallback() {
      this.attachShadow({ mode: 'open' }).innerHTML =
        '<footer><p>Footer</p><button type="button" data-consentry-action="reject-all"><span>Only necessary</span></button></footer>';
    }
  });
  // A design system's button: the hook is on the host, the click lands on its inner button.
  customElements.define('fancy-button', class extends HTMLElement {
    connectedCallback() {
      this.attachShadow({ mode: 'open' }).innerHTML = '<button type="button"><slot></slot></button>';
    }
  });
</script>`;
const CONFIG = { revision: 1, categories: { necessary: {}, analytics: {} } };
const UI = 'consentry-ui:not([data-placeholder])';

describe('given a page with data-consentry-action hooks, one inside a web component', () => {
  const open = async () => {
    const opened = await h.open(h.page({ head: consentryTag(CONFIG), body: BODY }));
    await ready(opened.page);
    return opened;
  };

  it('a hook inside an open shadow root should do its action (a click on its inner text)', async () => {
    const { page } = await open();
    await page.locator('site-footer').getByText('Only necessary').click();
    await expect.poll(() => consentry(page, (c) => c.getConsent()?.method), POLL).toBe('reject_all');
  });

  it('a hook on a web component whose shadow root holds the clicked button should do its action', async () => {
    const { page } = await open();
    await page.locator('fancy-button').locator('button').click();
    await page.locator(UI).getByRole('dialog').waitFor();
  });

  it('a button should open the preferences; Enter on a role="button" span should show the banner', async () => {
    const { page } = await open();
    await consentry(page, (c) => c.rejectAll());
    await expect.poll(() => page.locator(UI).locator('.banner').count(), POLL).toBe(0);
    await page.getByRole('button', { name: 'Privacy choices', exact: true }).click();
    const dialog = page.locator(UI).getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count(), POLL).toBe(0);
    await page.getByText('Show the banner').focus();
    await page.keyboard.press('Enter');
    await page.locator(UI).locator('.banner').waitFor();
  });

  it('an unknown action should be named in one [consentry] message and do nothing', async () => {
    const { page, messages } = await open();
    await page.getByRole('button', { name: 'Misspelt' }).click();
    await expect.poll(() => messages.filter((m) => m.text.includes('data-consentry-action="acept-all"')).length, POLL).toBe(1);
    expect(await consentry(page, (c) => c.getConsent())).toBeNull();
  });
});
