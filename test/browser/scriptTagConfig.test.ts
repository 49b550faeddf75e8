// The script tag's own mistakes, as site owners make them: a data-config that finds no config (the
// element further down the page, a typo, a selector that is none, broken JSON) and the file loaded
// as a module. Each gets a [consentry] message that says what to change, the defaults, a banner,
// and nothing thrown into the page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Opened, POLL, useBrowser } from './harness';

const h = useBrowser();
const banner = (page: Page) => page.locator('consentry-ui:not([data-placeholder]) .banner');
const warnings = (o: Opened) => o.messages.filter((m) => m.text.startsWith('[consentry]')).map((m) => m.text);
const CONFIG = '<script type="application/json" id="consent-config">{"revision": 2}</script>';
const tag = (selector: string) => `<script src="/consentry/consentry.min.js" data-config="${selector}"></script>`;

/** Opens a page with `head` and `body`; resolves with what it printed once a message matches `expected`. */
async function messageFor(head: string, body: string, expected: RegExp) {
  const o = await h.open(h.page({ head, body }));
  await expect.poll(() => warnings(o).join('\n'), POLL).toMatch(expected);
  await expect.poll(() => banner(o.page).isVisible(), POLL).toBe(true);
  expect(o.errors).toEqual([]);
  return warnings(o);
}

describe('data-config that finds no config', () => {
  it('given the config element after the script tag, should say so and to put it before the tag', async () => {
    const said = await messageFor(tag('#consent-config'), CONFIG, /data-config="#consent-config"/);
    expect(said.join('\n')).toMatch(/comes after the Consentry script tag.*put it before/);
    expect(said.join('\n')).not.toMatch(/Cannot read properties/);
  });

  it('given a selector no element matches, should say that no element matches it', async () => {
    const said = await messageFor(tag('#consent-cnofig') + CONFIG, '', /data-config="#consent-cnofig"/);
    expect(said.join('\n')).toMatch(/no element matches it/);
  });

  it('given something that is no CSS selector, should say so', async () => {
    const said = await messageFor(tag('consent-config{}') + CONFIG, '', /data-config="consent-config\{\}"/);
    expect(said.join('\n')).toMatch(/not a CSS selector/);
  });

  it("given broken JSON, should name the JSON's error", async () => {
    const broken = '<script type="application/json" id="consent-config">{"revision": 2,}</script>';
    const said = await messageFor(broken + tag('#consent-config'), '', /data-config="#consent-config"/);
    expect(said.join('\n')).toMatch(/valid JSON \((Expected|Unexpected|JSON).*\); using the defaults$/m);
  });

  it('given a config element before the tag, should read it and say nothing', async () => {
    const o = await h.open(h.page({ head: CONFIG + tag('#consent-config') }));
    await expect.poll(() => banner(o.page).isVisible(), POLL).toBe(true);
    // The config's revision is in force: the cookie a decision writes carries it.
    await banner(o.page).getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(async () => (await o.context.cookies()).find((c) => c.name == 'consentry')?.value.split(':')[2], POLL).toBe('2');
    expect(warnings(o)).toEqual([]);
  });
});

describe('consentry.min.js loaded as a module', () => {
  it('should say it must be a plain script, load its files from its own folder, and still show the banner', async () => {
    const said = await messageFor(CONFIG + tag('#consent-config').replace('<script', '<script type="module"'), '', /type="module"/);
    expect(said.join('\n')).toMatch(/plain <script src>/);
    // Its files came from its folder, not the page's: nothing failed to load.
    expect(said.join('\n')).not.toMatch(/could not load/);
  });
});
