// The export streams: it reads the log a page at a time as the client reads the answer, so a
// client that stops reading stops the reading of the database (memory stays flat however large).
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createReceiver, openStore, type Listening, type RecordStore } from '../src/index';
import type { ConsentRecord } from '../src/records/validateRecord';
import { backends, makeRecord } from './backends';

const TOKEN = 'test-admin-token-0123456789';
const TOTAL = 50_000;
const [sqlite] = backends;

describe(`export of ${TOTAL} records on ${sqlite!.name}`, () => {
  let server: Listening | undefined;
  let store: RecordStore | undefined;
  let db: Awaited<ReturnType<typeof sqlite.fresh>>;
  let response: http.IncomingMessage | undefined;
  afterEach(async () => {
    response?.destroy(); // a failed run leaves it paused
    await server?.close();
    await store?.close();
    await db?.drop();
  });

  it('sends the first lines before the log is read, reads no further than the client takes, and ends with every entry', async () => {
    db = await sqlite!.fresh();
    store = await openStore(db.url);
    for (let n = 0; n < TOTAL; n += 10_000) await store.append(Array.from({ length: 10_000 }, () => makeRecord() as unknown as ConsentRecord));
    // The store as the receiver sees it, counting the entries the export has taken from the database.
    let taken = 0;
    const open = store;
    const counting: RecordStore = {
      ...open,
      async *entries(filter, pageSize) {
        for await (const entry of open.entries(filter, pageSize)) {
          taken++;
          yield entry;
        }
      },
    };
    server = await createReceiver({ db: counting, adminToken: TOKEN }).listen({ port: 0 });

    response = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get(`${server!.url}/admin/records`, { headers: { authorization: `Bearer ${TOKEN}` } }, resolve).on('error', reject),
    );
    expect(response!.statusCode).toBe(200);
    const answer = response;
    const first: Buffer = await new Promise((resolve) => answer.once('data', resolve));
    answer.pause();
    const takenAtFirstBytes = taken;
    expect(first.toString().split('\n')[0]).toMatch(/^\{"entry":1,/);
    expect(takenAtFirstBytes).toBeLessThan(TOTAL);
    // Not read any further: the reading stops once the socket's buffers are full.
    let before = -1;
    while (taken != before) {
      before = taken;
      await new Promise((r) => setTimeout(r, 500));
    }
    const takenWhilePaused = taken;
    expect(takenWhilePaused).toBeLessThan(TOTAL);

    let lines = first.toString().split('\n').length - 1;
    let last = '';
    let rest = first.toString().slice(first.toString().lastIndexOf('\n') + 1);
    answer.on('data', (chunk: Buffer) => {
      const text = rest + chunk.toString();
      const parts = text.split('\n');
      rest = parts.pop()!;
      lines += parts.length;
      if (parts.length) last = parts[parts.length - 1]!;
    });
    answer.resume();
    await new Promise((resolve) => answer.once('end', resolve));
    expect(lines).toBe(TOTAL);
    expect(JSON.parse(last).entry).toBe(TOTAL);
    expect(taken).toBe(TOTAL);
    console.log(`[export] ${TOTAL} entries: ${takenAtFirstBytes} read when the first bytes arrived, ${takenWhilePaused} while the client did not read`);
  }, 60_000);
});
