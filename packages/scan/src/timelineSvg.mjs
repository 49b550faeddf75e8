const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * When each cookie, storage key and request first appeared, relative to the decision (0; before
 * it is negative), as an SVG picture: one row each, a dot at its time, red for a violation.
 * Findings whose time the browser could not tell are left out (the tables list them).
 */
export function timelineSvg(findings, { title, zeroLabel }) {
  const rows = findings.filter((f) => f.at != null).sort((a, b) => a.at - b.at);
  if (!rows.length) return '';
  const LABEL = 260;
  const PLOT = 560;
  const ROW = 18;
  const TOP = 34;
  const min = Math.min(0, ...rows.map((f) => f.at));
  const max = Math.max(1000, ...rows.map((f) => f.at));
  const x = (t) => LABEL + ((t - min) / (max - min)) * PLOT;
  const height = TOP + rows.length * ROW + 10;
  const id = 'tl' + Math.random().toString(36).slice(2, 8);
  const short = (s) => (s.length > 38 ? s.slice(0, 17) + '…' + s.slice(-20) : s);
  const secs = (t) => `${(t / 1000).toFixed(1)} s`;
  const ticks = [min, 0, max].filter((t, i, a) => a.indexOf(t) == i);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}" width="${LABEL + PLOT + 40}" height="${height}" viewBox="0 0 ${LABEL + PLOT + 40} ${height}" font-family="system-ui, sans-serif" font-size="12">
<title id="${id}">${esc(title)}</title>
${ticks.map((t) => `<text x="${x(t)}" y="12" text-anchor="middle" fill="#333">${t == 0 ? esc(zeroLabel) : secs(t)}</text>`).join('')}
<line x1="${x(0)}" y1="18" x2="${x(0)}" y2="${height - 4}" stroke="#1a56db" stroke-width="2" stroke-dasharray="4 3"/>
${rows
  .map((f, i) => {
    const y = TOP + i * ROW;
    const color = f.violation ? '#b42318' : f.status == 'consentry' ? '#555' : '#137333';
    return `<g><title>${esc(`${f.kind} ${f.name} at ${secs(f.at)}${f.setBy ? ' by ' + f.setBy : ''}${f.violation ? ' (violation)' : ''}`)}</title>
<text x="${LABEL - 8}" y="${y + 4}" text-anchor="end" fill="#222">${esc(short(f.kind == 'request' ? f.name.replace(/^https?:\/\//, '') : f.kind == 'cookie' ? f.name : `${f.area}: ${f.name}`))}</text>
<line x1="${LABEL}" y1="${y}" x2="${LABEL + PLOT}" y2="${y}" stroke="#e3e3e3"/>
<circle cx="${x(f.at)}" cy="${y}" r="5" fill="${color}"/></g>`;
  })
  .join('\n')}
</svg>`;
}
