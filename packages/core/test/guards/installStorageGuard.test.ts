// The storage guard (design.md, "Guards beyond cookies"): refused keys are dropped, and the page's
// Storage objects stay the browser's own (storage events, brand checks).
import { beforeAll, describe, expect, it } from 'vitest';
import { installStorageGuard } from '../../src/dom/guards/installStorageGuard';

const local = window.localStorage;
const session = window.sessionStorage;
let refuse = true;
beforeAll(() => installStorageGuard((key) => refuse && key.startsWith('trk_')));

describe('storage guard', () => {
  it('given the guard, window.localStorage and sessionStorage should be the Storage objects a storage event carries', () => {
    expect(window.localStorage).toBe(local);
    expect(window.sessionStorage).toBe(session);
    const e = new StorageEvent('storage', { key: 'k', storageArea: localStorage });
    // posthog-js syncs tabs only when this holds.
    expect(e.storageArea === window.localStorage).toBe(true);
  });

  it('given a refused key, setItem should drop it without throwing, and a property write should be gone when the page is left', () => {
    localStorage.setItem('trk_id', '1');
    sessionStorage.setItem('trk_session', '1');
    localStorage.setItem('site', '1');
    expect([localStorage.getItem('trk_id'), sessionStorage.getItem('trk_session'), localStorage.getItem('site')]).toEqual([null, null, '1']);

    // A property write cannot be stopped on the browser's own object: it lasts until the page is left.
    (localStorage as unknown as Record<string, string>).trk_prop = '2';
    (sessionStorage as unknown as Record<string, string>).trk_prop = '2';
    expect(localStorage.getItem('trk_prop'), 'until the page is left').toBe('2');
    dispatchEvent(new Event('pagehide'));
    expect([localStorage.getItem('trk_prop'), sessionStorage.getItem('trk_prop'), localStorage.getItem('site')]).toEqual([null, null, '1']);

    refuse = false;
    localStorage.setItem('trk_id', '1');
    dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('trk_id'), 'allowed: kept').toBe('1');
    localStorage.clear();
  });
});
