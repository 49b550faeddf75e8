import { describe, expect, it } from 'vitest';
import { clearDatabases } from '../../src/dom/blocking/clearDatabases';
import { compilePattern } from '../../src/model/config/patterns';
import type { NameMatcher } from '../../src/model/config/resolvedConfig';

const create = (name: string) =>
  new Promise<void>((done) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => (req.result.close(), done());
  });
const names = async () => (await indexedDB.databases()).map((d) => d.name);

describe('clearDatabases', () => {
  it('deletes what the rules refuse once the browser has listed the databases: a service allowed meanwhile keeps its data', async () => {
    await create('trackdb-1');
    await create('chatdb');
    let refused: NameMatcher[] = [compilePattern('/^trackdb/')!, compilePattern('chatdb')!];
    const cleared = clearDatabases(() => refused);
    // The visitor allows the chat service while the browser lists the databases.
    refused = [compilePattern('/^trackdb/')!];

    expect(await cleared).toEqual([['trackdb-1'], []]);
    expect(await names()).toContain('chatdb');
    expect(await names()).not.toContain('trackdb-1');
  });

  it('with nothing refused, it lists nothing and deletes nothing', async () => {
    await create('chatdb-2');
    expect(await clearDatabases(() => [])).toEqual([[], []]);
    expect(await names()).toContain('chatdb-2');
  });
});
