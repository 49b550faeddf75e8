// consentry-scan's progress (issue 17): a bar redrawn in place on a terminal, one plain line per
// page otherwise (CI logs), never wider than the terminal.
import { describe, expect, it } from 'vitest';

const { createProgress }: { createProgress(stream: object): { update(p: { done: number; total: number; url: string }): void; end(): void } } = await import(
  '../../packages/scan/src/progress.mjs' as string
);

/** A stream that keeps what is written to it. */
const stream = (tty: boolean, columns = 80) => {
  const out: string[] = [];
  return { out, isTTY: tty, columns, write: (s: string) => out.push(s) };
};

describe('consentry-scan progress', () => {
  it('given a terminal, it should redraw one bar in place and end with a newline', () => {
    const s = stream(true);
    const p = createProgress(s);
    p.update({ done: 1, total: 4, url: 'http://127.0.0.1/a' });
    p.update({ done: 4, total: 4, url: 'http://127.0.0.1/b' });
    p.end();
    expect(s.out).toEqual([`\r\x1b[K[######------------------] 1/4 http://127.0.0.1/a`, `\r\x1b[K[########################] 4/4 http://127.0.0.1/b`, '\n']);
  });

  it('given a narrow terminal, the bar should be cut to fit (no wrapped lines to redraw)', () => {
    const s = stream(true, 40);
    createProgress(s).update({ done: 1, total: 2, url: 'http://127.0.0.1/a/very/long/path/that/does/not/fit' });
    const line = s.out[0]!.replace('\r\x1b[K', '');
    expect(line.length).toBeLessThan(40);
    expect(line.endsWith('…')).toBe(true);
  });

  it('given no terminal (a CI log), it should write one plain line per page and nothing at the end', () => {
    const s = stream(false);
    const p = createProgress(s);
    p.update({ done: 1, total: 2, url: 'http://127.0.0.1/a' });
    p.update({ done: 2, total: 2, url: 'http://127.0.0.1/b' });
    p.end();
    expect(s.out).toEqual(['scanned 1/2 http://127.0.0.1/a\n', 'scanned 2/2 http://127.0.0.1/b\n']);
    expect(s.out.join('')).not.toContain('\x1b');
  });
});
