// A consent-records endpoint on 127.0.0.1 for unit tests that start a real instance (happy-dom's
// fetch goes out on the network): it answers CORS preflights, stores each record it is sent with
// 201, and lets a test wait for the records it expects.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConsentRecord } from '@consentry/core';

export async function startRecordsCollector() {
  const records: ConsentRecord[] = [];
  const server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', req.headers.origin || '*');
    res.setHeader('access-control-allow-headers', 'content-type');
    res.setHeader('access-control-allow-methods', 'POST');
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method == 'POST') records.push(JSON.parse(body));
      res.writeHead(req.method == 'POST' ? 201 : 204).end();
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/consent`,
    records,
    /** Resolves with the first record `match` accepts, once it has arrived (or throws after `ms`). */
    async next(match: (r: ConsentRecord) => boolean = () => true, ms = 5000): Promise<ConsentRecord> {
      for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
        const found = records.find(match);
        if (found) return found;
      }
      throw new Error(`no matching record arrived in ${ms} ms; got ${JSON.stringify(records)}`);
    },
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
