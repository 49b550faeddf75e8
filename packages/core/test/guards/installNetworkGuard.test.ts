// The network guard (design.md, "Guards beyond cookies"): a refused request fails the way a
// network error does, for code that reads events and for code that reads readyState.
import { beforeAll, describe, expect, it } from 'vitest';
import { installNetworkGuard } from '../../src/dom/guards/installNetworkGuard';

beforeAll(() => installNetworkGuard((host) => host == 'tracker.example'));

describe('network guard: XMLHttpRequest', () => {
  it('given a refused XHR, it should end as a network error does: loadstart, then readyState 4 with status 0, readystatechange, error, loadend; reopened, it is a fresh request', async () => {
    const x = new XMLHttpRequest();
    x.open('POST', 'https://tracker.example/collect');
    const seen: string[] = [];
    const log = (e: Event) => seen.push(`${e.type} ${x.readyState} ${x.status}`);
    for (const type of ['loadstart', 'error', 'loadend', 'load', 'abort']) x.addEventListener(type, log);
    // Code that only reads readyState (jQuery, older SDKs) uses the handler property.
    x.onreadystatechange = log;
    x.send('a');
    expect(seen, 'loadstart, as send() returns').toEqual(['loadstart 1 0']);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['loadstart 1 0', 'readystatechange 4 0', 'error 4 0', 'loadend 4 0']);
    expect([x.responseText, x.getAllResponseHeaders()]).toEqual(['', '']);

    x.open('GET', 'https://tracker.example/again');
    expect(x.readyState).toBe(1);
  });
});
