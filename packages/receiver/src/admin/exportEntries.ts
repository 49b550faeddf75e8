import { csvCell } from './csvCell.js';
import type { ArchivedTexts, Entry, EntryFilter, RecordStore } from '../store/recordStore.js';

export type ExportFormat = 'ndjson' | 'csv';

const CSV_COLUMNS = [
  'entry',
  'kind',
  'receivedAt',
  'id',
  'consentId',
  'timestamp',
  'method',
  'source',
  'revision',
  'categories',
  'services',
  'textHash',
  'language',
  'url',
  'gpc',
  'sdkVersion',
  'expires',
  'texts',
  'detail',
  'prevHash',
  'hash',
] as const;

/** One export line's object: the entry, its content and, for records, the archived texts behind `textHash`. */
export function exportObject(e: Entry, texts: Map<string, ArchivedTexts>) {
  const base = { entry: e.seq, kind: e.kind, receivedAt: e.receivedAt, prevHash: e.prevHash, hash: e.hash };
  if (e.kind != 'record') return { ...base, detail: e.content };
  if (!e.content) return { ...base, id: e.recordId, erased: true, record: null };
  const textHash = e.content.textHash as string | null;
  return { ...base, id: e.recordId, record: e.content, texts: (textHash && texts.get(textHash)) || null };
}

function csvLine(o: ReturnType<typeof exportObject>): string {
  const r = ('record' in o && o.record) || {};
  const row: Record<string, unknown> = {
    ...r,
    entry: o.entry,
    kind: o.kind,
    receivedAt: o.receivedAt,
    id: 'id' in o ? o.id : '',
    texts: 'texts' in o && o.texts ? o.texts : '',
    detail: 'detail' in o ? o.detail : 'erased' in o ? { erased: true } : '',
    prevHash: o.prevHash,
    hash: o.hash,
  };
  return CSV_COLUMNS.map((c) => csvCell(row[c])).join(',') + '\r\n';
}

/**
 * The export as a byte stream, produced a page at a time as the client reads it: memory stays the
 * same for a thousand records or a million. Erasure and purge entries are included.
 */
export function exportEntries(store: RecordStore, filter: EntryFilter, format: ExportFormat): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = store.entries(filter, 500)[Symbol.asyncIterator]();
  let header = format == 'csv';
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const page: Entry[] = [];
      while (page.length < 500) {
        const next = await iterator.next();
        if (next.done) break;
        page.push(next.value);
      }
      const hashes = page.map((e) => e.content?.textHash).filter((h): h is string => typeof h == 'string');
      const texts = hashes.length ? await store.getTexts(hashes) : new Map();
      let text = header ? CSV_COLUMNS.join(',') + '\r\n' : '';
      header = false;
      for (const e of page) text += format == 'csv' ? csvLine(exportObject(e, texts)) : JSON.stringify(exportObject(e, texts)) + '\n';
      if (text) controller.enqueue(encoder.encode(text));
      if (page.length < 500) controller.close();
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
