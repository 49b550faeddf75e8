// Screenshots of the real UI for the README, taken in headless Chromium from the built demo:
// docs/images/banner.png (first visit to the company site's English home page) and
// docs/images/dialog.png (the preferences dialog opened from the banner's Customize).
//   npm run build && node scripts/screenshots.mjs     (CHROME_PATH overrides /usr/bin/chromium)
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const out = fileURLToPath(new URL('../docs/images/', import.meta.url));
mkdirSync(out, { recursive: true });
const server = await startServer({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1100, height: 700 }, colorScheme: 'light', locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(server.url + 'company-site/en/');
  const ui = page.locator('consentry-ui:not([data-placeholder])');
  await ui.locator('.banner').waitFor();
  await page.waitForTimeout(300); // let the entrance transition finish
  await page.screenshot({ path: out + 'banner.png' });
  await page.getByRole('button', { name: 'Customize', exact: true }).click();
  await ui.getByRole('dialog').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out + 'dialog.png' });
  console.log(`wrote ${out}banner.png and ${out}dialog.png`);
} finally {
  await browser.close();
  await server.close();
}
