/**
 * The admin page: plain server-rendered HTML and one small script (nonce'd, no framework). The page
 * itself holds no data; the script asks for the admin token (kept in sessionStorage for this tab)
 * and calls the admin routes with it. Data is written with textContent only, never as HTML.
 */
export function renderAdminPage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Consent records · Consentry</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header><h1>Consent records</h1><button type="button" id="signout" hidden>Sign out</button></header>
<main>
<section id="login" aria-labelledby="login-title">
  <h2 id="login-title">Sign in</h2>
  <form id="login-form">
    <label for="token">Admin token</label>
    <input id="token" name="token" type="password" autocomplete="current-password" required aria-describedby="login-error">
    <button type="submit">Sign in</button>
    <p id="login-error" class="error" role="alert"></p>
  </form>
</section>
<div id="app" hidden>
<section aria-labelledby="chart-title">
  <h2 id="chart-title" tabindex="-1">Decisions per day</h2>
  <form id="range" class="row">
    <label for="from">From</label><input id="from" name="from" type="date">
    <label for="to">To</label><input id="to" name="to" type="date">
    <button type="submit">Show</button>
  </form>
  <div id="chart"></div>
  <table id="rates"><caption>Acceptance rate per category per day</caption><thead></thead><tbody></tbody></table>
</section>
<section aria-labelledby="search-title">
  <h2 id="search-title">Find a visitor's records</h2>
  <form id="search" class="row">
    <label for="consent-id">Consent id</label>
    <input id="consent-id" name="consentId" size="40" required pattern="[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}" aria-describedby="consent-id-hint">
    <button type="submit">Search</button>
  </form>
  <p id="consent-id-hint" class="hint">The visitor finds it in the cookie settings, under their receipt.</p>
  <div id="results" role="status"></div>
</section>
<section aria-labelledby="export-title">
  <h2 id="export-title">Export</h2>
  <p class="hint">Every entry of the log (records, erasures, purges) with the texts behind each record, for the dates above if set.</p>
  <div class="row"><button type="button" id="export-ndjson">Download NDJSON</button><button type="button" id="export-csv">Download CSV</button></div>
  <p id="export-status" role="status"></p>
</section>
<section aria-labelledby="verify-title">
  <h2 id="verify-title">Verify the log</h2>
  <p class="hint">Recomputes every entry's hash from the first kept entry to the last.</p>
  <button type="button" id="verify">Verify</button>
  <p id="verify-result" role="status"></p>
</section>
</div>
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

const STYLE = `
:root{color-scheme:light;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}
body{margin:0}header{display:flex;justify-content:space-between;align-items:center;padding:.75rem 1.5rem;background:#14324f;color:#fff}
h1{font-size:1.4rem;margin:0}main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}section{margin:1.5rem 0}
h2{font-size:1.15rem;border-bottom:1px solid #767676;padding-bottom:.25rem}
.row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
input{font:inherit;padding:.35rem .5rem;border:1px solid #595959;border-radius:4px;min-height:2rem}
button{font:inherit;padding:.4rem .9rem;min-height:2.25rem;border:1px solid #14324f;border-radius:4px;background:#14324f;color:#fff;cursor:pointer}
header button{background:#fff;color:#14324f}
:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
.error{color:#b3261e}.ok{color:#1b6e20}.bad{color:#b3261e;font-weight:600}.hint{color:#4a4a4a}
table{border-collapse:collapse;margin-top:1rem}th,td{border:1px solid #b0b0b0;padding:.25rem .5rem;text-align:right}caption{text-align:left;font-weight:600}
svg text{font-size:11px;fill:#1a1a1a}
.record{border:1px solid #b0b0b0;border-radius:4px;padding:.5rem .75rem;margin:.5rem 0}
`;

const SCRIPT = `
(() => {
  const $ = (id) => document.getElementById(id);
  let token = sessionStorage.getItem('consentry-admin-token') || '';
  const el = (tag, text, attrs) => { const e = document.createElement(tag); if (text != null) e.textContent = text; for (const k in attrs || {}) e.setAttribute(k, attrs[k]); return e; };
  const svgEl = (tag, attrs) => { const e = document.createElementNS('http://www.w3.org/2000/svg', tag); for (const k in attrs) e.setAttribute(k, attrs[k]); return e; };
  const api = async (path) => {
    const r = await fetch(path, { headers: { authorization: 'Bearer ' + token } });
    if (r.status == 401) { signOut('The admin token was not accepted.'); throw new Error('401'); }
    return r;
  };
  const range = () => { const q = new URLSearchParams(); if ($('from').value) q.set('from', $('from').value); if ($('to').value) q.set('to', $('to').value); return q; };
  function signOut(message) {
    token = ''; sessionStorage.removeItem('consentry-admin-token');
    $('app').hidden = true; $('signout').hidden = true; $('login').hidden = false;
    $('login-error').textContent = message || ''; $('token').focus();
  }
  async function signIn() {
    // A cheap authenticated call: stats of a range with nothing in it.
    const r = await fetch('/admin/stats?from=9999-12-31', { headers: { authorization: 'Bearer ' + token } }).catch(() => null);
    if (!r || r.status == 401) return signOut(r ? 'The admin token was not accepted.' : 'The receiver does not answer.');
    sessionStorage.setItem('consentry-admin-token', token);
    $('login').hidden = true; $('app').hidden = false; $('signout').hidden = false;
    $('chart-title').focus();
    loadStats();
  }
  async function loadStats() {
    const { days } = await (await api('/admin/stats?' + range())).json();
    const chart = $('chart'); chart.textContent = '';
    const total = days.reduce((n, d) => n + d.decisions, 0);
    const W = 640, H = 200, pad = 30, max = Math.max(1, ...days.map((d) => d.decisions));
    const svg = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + (H + 40), width: '100%', role: 'img', 'aria-labelledby': 'chart-desc' });
    const desc = svgEl('title', { id: 'chart-desc' });
    desc.textContent = days.length ? total + ' decisions over ' + days.length + ' days, at most ' + max + ' a day' : 'No decisions in this range';
    svg.append(desc);
    const bw = days.length ? (W - pad) / days.length : 0;
    days.forEach((d, i) => {
      const h = (d.decisions / max) * H;
      svg.append(svgEl('rect', { x: pad + i * bw + 2, y: H - h + 10, width: Math.max(1, bw - 4), height: h, fill: '#14324f' }));
      if (days.length <= 31) { const t = svgEl('text', { x: pad + i * bw + bw / 2, y: H + 28, 'text-anchor': 'middle' }); t.textContent = d.day.slice(5); svg.append(t); }
    });
    const axis = svgEl('text', { x: 0, y: 20 }); axis.textContent = String(max); svg.append(axis);
    chart.append(svg);
    const cats = [...new Set(days.flatMap((d) => Object.keys(d.granted)))].filter((c) => c != 'necessary');
    const head = $('rates').tHead; head.textContent = '';
    const hr = el('tr'); hr.append(el('th', 'Day', { scope: 'col' }), el('th', 'Decisions', { scope: 'col' }), ...cats.map((c) => el('th', c, { scope: 'col' }))); head.append(hr);
    const body = $('rates').tBodies[0]; body.textContent = '';
    for (const d of days) {
      const tr = el('tr'); tr.append(el('th', d.day, { scope: 'row' }), el('td', String(d.decisions)), ...cats.map((c) => el('td', Math.round((100 * (d.granted[c] || 0)) / d.decisions) + ' %')));
      body.append(tr);
    }
  }
  async function search(consentId) {
    const out = $('results'); out.textContent = 'Searching…';
    const text = await (await api('/admin/records?consentId=' + encodeURIComponent(consentId))).text();
    const lines = text.trim() ? text.trim().split('\\n').map((l) => JSON.parse(l)) : [];
    out.textContent = '';
    out.append(el('p', lines.length ? lines.length + ' records for ' + consentId : 'No records for ' + consentId));
    for (const l of lines) {
      const r = l.record, box = el('article', null, { class: 'record' });
      box.append(el('h3', r.timestamp + ' · ' + r.method + ' (' + r.source + ')'));
      box.append(el('p', Object.entries(r.categories).map(([c, on]) => c + ': ' + (on ? 'yes' : 'no')).join(', ')));
      box.append(el('p', 'Page ' + r.url + ' · language ' + r.language + ' · revision ' + r.revision + ' · entry ' + l.entry));
      if (l.texts) { const d = el('details'); d.append(el('summary', 'Texts shown (' + r.textHash + ')')); const ul = el('ul'); for (const t of l.texts.texts) ul.append(el('li', t)); d.append(ul); box.append(d); }
      else box.append(el('p', r.textHash ? 'Texts for ' + r.textHash + ' are not archived' : 'No texts (decided by link or API)'));
      out.append(box);
    }
  }
  async function download(format) {
    $('export-status').textContent = 'Preparing the ' + format.toUpperCase() + ' export…';
    const q = range(); q.set('format', format);
    const blob = await (await api('/admin/records?' + q)).blob();
    const a = el('a', null, { href: URL.createObjectURL(blob), download: 'consent-records.' + format });
    document.body.append(a); a.click(); a.remove();
    $('export-status').textContent = 'Downloaded consent-records.' + format + ' (' + blob.size + ' bytes).';
  }
  async function verify() {
    const out = $('verify-result'); out.className = ''; out.textContent = 'Verifying…';
    const v = await (await api('/admin/verify')).json();
    out.className = v.ok ? 'ok' : 'bad';
    out.textContent = v.ok ? 'The log verifies: ' + v.entries + ' entries, chain intact.' : 'The log does NOT verify: first bad entry ' + v.firstBad + (v.reason ? ' (' + v.reason + ')' : '') + '.';
  }
  $('login-form').addEventListener('submit', (e) => { e.preventDefault(); token = $('token').value.trim(); $('token').value = ''; signIn(); });
  $('signout').addEventListener('click', () => signOut('Signed out.'));
  $('range').addEventListener('submit', (e) => { e.preventDefault(); loadStats(); });
  $('search').addEventListener('submit', (e) => { e.preventDefault(); search($('consent-id').value.trim().toLowerCase()); });
  $('export-ndjson').addEventListener('click', () => download('ndjson'));
  $('export-csv').addEventListener('click', () => download('csv'));
  $('verify').addEventListener('click', verify);
  if (token) signIn(); else $('token').focus();
})();
`;
