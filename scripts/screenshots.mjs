// Screenshots of the real UI on the company-site example, taken in headless Chromium from the
// built files (npm run build first), into docs/images/:
//   banner.png, dialog.png                the README's pair (English home page, 1100×700, light)
//   <state>-<width>-<theme>-<lang>.png     every state at 1280, 375 and 320 px, light and dark,
//                                          Norwegian (the site's language) and Arabic (right to left)
// States: banner (first visit), dialog (from Customize), dialog-expanded (Analytics opened),
// placeholders (the product page after Reject all), withdrawn (the product page after Accept all,
// then Reject all in the dialog on the same page: placeholders back, Reload page offered).
//   npm run build && npm run screenshots     (CHROME_PATH overrides /usr/bin/chromium)
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../packages/scan/src/findChromium.mjs';
import { startServer } from './serve.mjs';

const out = fileURLToPath(new URL('../docs/images/', import.meta.url));
mkdirSync(out, { recursive: true });
const server = await startServer({ port: 0 });
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const UI = 'consentry-ui:not([data-placeholder])';
const PH = 'consentry-ui[data-placeholder]';
let written = 0;

/** A fresh visitor's page at `width`, in `theme`, with the UI in `lang`. */
async function visit(path, { width, height = width > 800 ? 800 : 700, theme = 'light', lang = 'nb' }) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme, locale: lang == 'ar' ? 'ar' : 'nb-NO' });
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.evaluate(() => new Promise((done) => window.Consentry.on('ready', done)));
  if (lang != 'nb') await page.evaluate((l) => window.Consentry.setLanguage(l), lang);
  return { context, page };
}

const settle = (page) => page.waitForTimeout(400); // transitions and fonts
async function shot(page, name) {
  await settle(page);
  await page.screenshot({ path: out + name + '.png' });
  written++;
}

/** Opens the dialog from the banner's Customize (its third button). */
async function openDialog(page) {
  await page.locator(UI).locator('.banner [data-action=customize]').click();
  await page.locator(UI).locator('dialog.prefs').waitFor();
}

try {
  // The README's pair.
  {
    const context = await browser.newContext({ viewport: { width: 1100, height: 700 }, colorScheme: 'light', locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(server.url + 'company-site/en/');
    await page.locator(UI).locator('.banner').waitFor();
    await shot(page, 'banner');
    await openDialog(page);
    await shot(page, 'dialog');
    await context.close();
  }

  for (const width of [1280, 375, 320])
    for (const theme of ['light', 'dark'])
      for (const lang of ['nb', 'ar']) {
        const tag = `${width}-${theme}-${lang}`;
        const home = await visit('company-site/', { width, theme, lang });
        await home.page.locator(UI).locator('.banner').waitFor();
        await shot(home.page, `banner-${tag}`);
        await openDialog(home.page);
        await shot(home.page, `dialog-${tag}`);
        await home.page.locator(UI).locator('button[aria-controls="consentry-cat-analytics-more"]').click();
        await home.page.locator(UI).locator('#consentry-cat-analytics-more table').scrollIntoViewIfNeeded();
        await shot(home.page, `dialog-expanded-${tag}`);
        await home.context.close();

        const product = await visit('company-site/produkt.html', { width, theme, lang });
        await product.page.locator(UI).locator('.banner [data-action=reject-all]').click();
        await product.page.locator(PH).first().locator('.placeholder').waitFor();
        await product.page.locator(PH).first().scrollIntoViewIfNeeded();
        await shot(product.page, `placeholders-${tag}`);
        await product.context.close();

        const withdrawn = await visit('company-site/produkt.html', { width, theme, lang });
        await withdrawn.page.locator(UI).locator('.banner [data-action=accept-all]').click();
        await withdrawn.page.waitForFunction(() => document.querySelector('iframe[src]'));
        await withdrawn.page.evaluate(() => window.Consentry.showPreferences());
        await withdrawn.page.locator(UI).locator('dialog.prefs .foot button').nth(1).click();
        await withdrawn.page.locator(UI).locator('dialog.prefs .receipt button').first().waitFor();
        await withdrawn.page.locator(PH).first().locator('.placeholder').waitFor();
        await shot(withdrawn.page, `withdrawn-${tag}`);
        await withdrawn.context.close();
      }
  console.log(`wrote ${written} screenshots to ${out}`);
} finally {
  await browser.close();
  await server.close();
}
