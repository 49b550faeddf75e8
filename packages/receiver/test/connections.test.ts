// Connections a client holds open: the receiver does not keep taking in a body nobody reads, and a
// held connection never holds up its shutdown past the grace it gives requests in flight.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SHUTDOWN_GRACE_MS } from '../src/listen';
import { backends, makeRecord, receiverPerTest } from './backends';
import { exited, startCli } from './startCli';

const sqlite = backends.find((b) => b.name == 'sqlite')!;
const sockets: Socket[] = [];
afterEach(() => sockets.splice(0).forEach((s) => s.destroy()));

/** A raw connection to `base`: what it has received, and whether the receiver closed it. */
function rawSocket(base: string) {
  const { port } = new URL(base);
  const socket = connect(Number(port), '127.0.0.1');
  sockets.push(socket);
  const seen = { answer: '', closed: false };
  socket.on('data', (d) => (seen.answer += d));
  socket.on('close', () => (seen.closed = true));
  socket.on('error', () => {});
  return { socket, seen };
}

describe('connections a client holds open', () => {
  const r = receiverPerTest(sqlite);

  it('answers a GET whose chunked body never ends, then closes its connection', async () => {
    await r.start();
    const { socket, seen } = rawSocket(r.base);
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n');
    const drip = setInterval(() => socket.write('1\r\na\r\n'), 100);
    try {
      await expect.poll(() => seen.answer, { timeout: 5000 }).toMatch(/^HTTP\/1\.1 200/);
      const answeredAt = Date.now();
      await expect.poll(() => seen.closed, { timeout: 5000 }).toBe(true);
      expect(Date.now() - answeredAt).toBeLessThan(2000);
    } finally {
      clearInterval(drip);
    }
  });

  it('on SIGTERM, finishes the request in flight and exits within the grace although other clients hold connections open', async () => {
    const db = await sqlite.fresh();
    const { url: base, child } = await startCli(['--db', db.url, '--rate-limit', '0']);
    try {
      // One connection that never sends a byte, one with half its headers, one dripping a body.
      rawSocket(base);
      rawSocket(base).socket.write('POST /consent HTTP/1.1\r\nHost: x\r\n');
      const body = JSON.stringify(makeRecord());
      const dripping = rawSocket(base);
      dripping.socket.write(`POST /consent HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
      const drip = setInterval(() => dripping.socket.write(' '), 100);
      // A request in flight: its headers and half its body are in when SIGTERM comes.
      const record = JSON.stringify(makeRecord());
      const inFlight = rawSocket(base);
      inFlight.socket.write(`POST /consent HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${record.length}\r\n\r\n`);
      inFlight.socket.write(record.slice(0, 100));
      await new Promise((wait) => setTimeout(wait, 300));
      const asked = Date.now();
      child.kill('SIGTERM');
      await new Promise((wait) => setTimeout(wait, 300));
      inFlight.socket.write(record.slice(100));
      await expect.poll(() => inFlight.seen.answer, { timeout: 5000 }).toMatch(/^HTTP\/1\.1 201/);
      expect(await exited(child)).toEqual({ code: 0, signal: null });
      clearInterval(drip);
      expect(Date.now() - asked).toBeLessThan(SHUTDOWN_GRACE_MS + 3000);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await db.drop();
    }
  }, 30_000);
});
