import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { TOOLS } from './tools.mjs';
const tool = TOOLS.find((t) => t.id == (process.argv[2] || 'consentry'));
const cpu = Number(process.argv[3] || 4);
const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext();
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
await page.addInitScript(
  `window.__bench={}; addEventListener('click', e => __bench.clickAt ??= performance.now(), true); new PerformanceObserver(l => l.getEntries().forEach(e => (__bench.ev ||= []).push([e.name, e.duration, e.processingStart - e.startTime, e.processingEnd - e.processingStart]))).observe({type:'event', durationThreshold:16, buffered:true});`,
);
await page.goto(server.origin + '/' + tool.id + '.html');
await page.locator(tool.accept).waitFor();
await page.waitForTimeout(1500);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.locator(tool.accept).click();
await page.waitForFunction(() => window.__bench.analyticsAt != null);
await page.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop');
console.log(await page.evaluate(() => JSON.stringify({ accept: __bench.analyticsAt - __bench.clickAt, ev: __bench.ev })));
const dt = {};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
profile.nodes.forEach((n) => (n.children || []).forEach((c) => parent.set(c, n.id)));
profile.samples.forEach((id, i) => {
  let n = byId.get(id);
  const leaf = n.callFrame.functionName || n.callFrame.url.split('/').pop();
  while (n && !/consentry|analytics/.test(n.callFrame.url)) n = byId.get(parent.get(n.id));
  if (!n) return;
  n = { callFrame: { ...n.callFrame, functionName: n.callFrame.functionName + ' [' + leaf + ']' } };
  const k = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').pop() + ':' + n.callFrame.lineNumber + ':' + n.callFrame.columnNumber;
  dt[k] = (dt[k] || 0) + (profile.timeDeltas[i] || 0) / 1000;
});
Object.entries(dt)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 25)
  .forEach(([k, v]) => console.log(v.toFixed(2).padStart(8), k));
await browser.close();
await server.close();
