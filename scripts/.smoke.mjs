import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
const srv = await startServer({ port: 0, routes: {
  '/t.html': `<!doctype html><html lang="${process.argv[2]||'en'}"><head><meta charset=utf-8><meta name=viewport content="width=device-width">
<script type="application/json" id="consentry-config">{"revision":1,"privacyPolicyUrl":"/privacy","controller":{"name":"Example AS"},"categories":{"necessary":{},"analytics":{"services":{"ga":"google-analytics"}},"marketing":{"services":{"youtube":"youtube"}}}}</script>
<script src="/consentry/consentry.min.js" data-config="#consentry-config"></script></head><body><h1>Hello</h1><p>Page text</p>
<iframe data-category="marketing" data-service="youtube" data-src="/yt.html" width="400" height="225"></iframe>
<button data-consentry-action="preferences">Prefs</button></body></html>`,
  '/yt.html': '<p>video</p>' } });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1000, height: 700 } });
p.on('console', m => console.log('console:', m.type(), m.text()));
p.on('pageerror', e => console.log('PAGEERROR', e.message));
await p.goto('http://127.0.0.1:' + srv.port + '/t.html');
await p.waitForTimeout(800);
await p.screenshot({ path: '/tmp/smoke/1-banner.png' });
await p.locator('consentry-ui button[data-action=customize]').first().click();
await p.waitForTimeout(600);
await p.screenshot({ path: '/tmp/smoke/2-prefs.png' });
console.log('active:', await p.evaluate(() => document.querySelector('consentry-ui').shadowRoot.activeElement?.outerHTML.slice(0,120)));
await p.keyboard.press('Escape');
await p.waitForTimeout(300);
console.log('after esc active:', await p.evaluate(() => { const a = document.activeElement; return a.tagName + ' ' + (a.shadowRoot?.activeElement?.outerHTML.slice(0,80) || ''); }));
await p.locator('consentry-ui button[data-action=reject-all]').first().click();
await p.waitForTimeout(800);
console.log('consent:', JSON.stringify(await p.evaluate(() => Consentry.getConsent()?.categories)));
await p.screenshot({ path: '/tmp/smoke/3-after.png' });
await b.close(); await srv.close();
