// The record's textHash (design.md "Consent records endpoint"): an auditor recomputes it with any
// SHA-256, so it must be exactly sha256- + base64(SHA-256(UTF-8 JSON of the collapsed texts)),
// and the small fallback used on plain http must agree with a real SHA-256 byte for byte.
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { sha256 } from '../../src/model/texts/sha256';
import { collapseText, textHash } from '../../src/model/texts/textHash';

const nodeHash = (texts: string[]) => 'sha256-' + createHash('sha256').update(JSON.stringify(texts), 'utf8').digest('base64');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const fallback = () => Promise.resolve(sha256);

describe('sha256 (the fallback for pages without SubtleCrypto)', () => {
  // 55 and 56 bytes straddle the padding boundary (one block vs two); 64 is exactly one block.
  it.each([0, 1, 55, 56, 63, 64, 65, 119, 120, 1000])('given %i bytes, should equal Node’s SHA-256', (n) => {
    const data = new Uint8Array(n).map((_, i) => (i * 31 + 7) & 0xff);
    expect(hex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
  });

  it('given the FIPS 180-4 example "abc", should give its published digest', () => {
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('given non-ASCII text (Norwegian, Arabic, an emoji), should hash its UTF-8 bytes as Node does', () => {
    const text = 'Godta alle – blåbærsyltetøy · إعدادات ملفات تعريف الارتباط · 🍪';
    expect(hex(sha256(new TextEncoder().encode(text)))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('textHash', () => {
  const texts = ['We use cookies', 'Example AS uses necessary cookies…', 'Accept all', 'Reject all', 'Customize'];

  it('given texts and no SubtleCrypto, should be sha256- and the base64 of SHA-256 over their UTF-8 JSON', async () => {
    const load = vi.fn(fallback);
    expect(await textHash(texts, load, null)).toBe(nodeHash(texts));
    expect(load).toHaveBeenCalledOnce();
  });

  it('given SubtleCrypto, should give the same hash without loading the fallback', async () => {
    const { webcrypto } = await import('node:crypto');
    const load = vi.fn(fallback);
    expect(await textHash(texts, load, webcrypto.subtle as SubtleCrypto)).toBe(nodeHash(texts));
    expect(load).not.toHaveBeenCalled();
  });

  it('given white space runs, line breaks and padding, should hash the texts collapsed and trimmed', async () => {
    expect(await textHash(['  We\n use\t\tcookies ', 'Accept\u00a0all'], fallback, null)).toBe(nodeHash(['We use cookies', 'Accept all']));
  });

  it('given empty and blank texts, should leave them out', async () => {
    expect(await textHash(['Title', '', '   ', 'Accept all'], fallback, null)).toBe(nodeHash(['Title', 'Accept all']));
  });

  it('given non-ASCII texts, should hash their UTF-8 JSON as Node does', async () => {
    const nb = ['Vi bruker informasjonskapsler', 'Godta alle', 'إعدادات', '"sitat" \\ 🍪'];
    expect(await textHash(nb, fallback, null)).toBe(nodeHash(nb));
  });

  it('given texts in another order, should give another hash (order is part of what was shown)', async () => {
    expect(await textHash(['a', 'b'], fallback, null)).not.toBe(await textHash(['b', 'a'], fallback, null));
  });

  it('collapseText should turn every white-space run into one space and trim', () => {
    expect(collapseText('\n  a \t b\r\n')).toBe('a b');
  });
});
