import { timelineSvg } from './timelineSvg.mjs';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const STATE_TITLES = { none: 'Before any decision', reject: 'After Reject all', accept: 'After Accept all' };

function table(caption, head, rows) {
  if (!rows.length) return `<p>${esc(caption)}: none.</p>`;
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>
${rows.map((r) => `<tr${r.violation ? ' class="violation"' : ''}>${r.cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>`;
}

const flag = (b) => (b ? 'yes' : 'no');
const code = (s) => (s ? `<code>${esc(s)}</code>` : '—');
const status = (f) => `${f.violation ? '<strong>Violation:</strong> ' : ''}${esc(f.classification)}`;

function stateSection(page, state, s) {
  const f = s.findings;
  const cookies = f.filter((x) => x.kind == 'cookie');
  const storage = f.filter((x) => x.kind == 'storage' || x.kind == 'database');
  const requests = f.filter((x) => x.kind == 'request');
  return `<section><h3>${STATE_TITLES[state]}</h3>
${s.error ? `<p class="error">Could not scan this state: ${esc(s.error)}</p>` : ''}
${s.note ? `<p class="note">${esc(s.note)}</p>` : ''}
${table(
  'Cookies',
  ['Name', 'Domain', 'Path', 'Expires', 'HttpOnly', 'Secure', 'SameSite', 'Party', 'Set by', 'Status'],
  cookies.map((c) => ({
    violation: c.violation,
    cells: [
      code(c.name),
      esc(c.domain),
      esc(c.path),
      esc(c.expires ?? 'session'),
      flag(c.httpOnly),
      flag(c.secure),
      esc(c.sameSite),
      esc(c.party),
      `${code(c.setBy)}${c.setVia ? ` <small>(${esc(c.setVia)})</small>` : ''}`,
      status(c),
    ],
  })),
)}
${table(
  'Storage and databases',
  ['Kind', 'Name', 'Origin', 'Set by', 'Status'],
  storage.map((x) => ({ violation: x.violation, cells: [esc(x.area), code(x.name), esc(x.origin), code(x.setBy), status(x)] })),
)}
${table(
  'Requests to other sites',
  ['URL', 'Type', 'Made by', 'Status'],
  requests.map((r) => ({ violation: r.violation, cells: [code(r.name), esc(r.resourceType), code(r.setBy), status(r)] })),
)}
<figure>${timelineSvg(f, { title: `When each item appeared, ${STATE_TITLES[state].toLowerCase()}, on ${page.url}`, zeroLabel: state == 'none' ? 'page load' : 'decision' }) || '<p>No timed items.</p>'}
<figcaption>Timeline: each dot is when a cookie, storage key or request first appeared, relative to ${state == 'none' ? 'the start of loading' : 'the click on the banner'}; red ones are violations.</figcaption></figure>
</section>`;
}

/** The HTML report: violations first, then per page and state the tables and the timeline. */
export function reportHtml(report) {
  const v = report.violations;
  const unscanned = report.pages.flatMap((p) => Object.values(p.states)).filter((s) => s.error).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consentry scan of ${esc(report.startUrl)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;color:#1b1b1b;margin:0 auto;max-width:80rem;padding:1rem 1.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.25rem;font-size:13px}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #c9c9c9;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f1f3f5;white-space:nowrap}
tr.violation td{background:#fde8e7}
code{font-size:12px;overflow-wrap:anywhere}
.summary{padding:.75rem 1rem;border-radius:6px;background:${v.length ? '#fde8e7' : '#e6f4ea'};border:1px solid ${v.length ? '#b42318' : '#137333'}}
section{margin-left:.5rem}
figure{margin:0 0 1.5rem;overflow-x:auto}
figcaption{font-size:13px;color:#444}
.error{color:#b42318;font-weight:600}
</style></head><body>
<h1>Consentry scan</h1>
<p>${esc(report.startUrl)}${report.redirect ? ` (redirects to ${esc(report.redirect.to)}: that site was scanned)` : ''} · ${report.pages.length} page${report.pages.length == 1 ? '' : 's'} in ${(report.durationMs / 1000).toFixed(1)} s · ${esc(report.scannedAt)}</p>
<p class="summary">${v.length ? `<strong>${v.length} violation${v.length == 1 ? '' : 's'}</strong>: something beyond the necessary is there before consent or after Reject all.` : '<strong>No violations</strong>: nothing beyond the necessary before consent or after Reject all.'}${unscanned ? ` <strong>Incomplete:</strong> ${unscanned} state${unscanned == 1 ? '' : 's'} could not be scanned (see below).` : ''}</p>
${
  v.length
    ? table(
        'Violations',
        ['Page', 'State', 'Kind', 'Name', 'Script or response', 'Status'],
        v.map((x) => ({ cells: [esc(x.page), esc(STATE_TITLES[x.state]), esc(x.area || x.kind), code(x.name), code(x.scriptUrl), esc(x.classification)] })),
      )
    : ''
}
${report.pages
  .map(
    (p) => `<h2>${esc(p.url)}</h2>
${p.states.none?.status >= 400 ? `<p class="error">The page answered HTTP ${p.states.none.status}.</p>` : ''}
<p>${p.consentTool ? `Consentry ${esc(p.consentTool.version)}${p.consentTool.configSource ? `, config from <code>${esc(p.consentTool.configSource)}</code>` : ', no config found on the page'}.` : ''} ${esc(p.note ?? '')}</p>
${Object.entries(p.states)
  .map(([state, s]) => stateSection(p, state, s))
  .join('\n')}`,
  )
  .join('\n')}
</body></html>
`;
}
