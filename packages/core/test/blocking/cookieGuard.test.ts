// The cookie guard and deletions: a refused write sets nothing however its Max-Age and Expires are
// written, and a deletion still deletes. The test env's jar reads Max-Age as browsers do (the last
// one wins); test/browser/blocking.test.ts checks the same strings against Chromium's own jar.
import { describe, expect, it } from 'vitest';
import { installCookieGuard } from '../../src/dom/blocking/installCookieGuard';
import { createTestEnv } from '../support/createTestEnv';

const guarded = () => {
  const env = createTestEnv();
  installCookieGuard(
    env,
    (name) => name.startsWith('_ga'),
    () => true,
    false,
  );
  return env;
};

describe('given the cookie guard refusing _ga', () => {
  // Each sets a live cookie under RFC 6265 (an Expires that is no cookie-date, or a 2-digit year
  // read as 20xx; a Max-Age that is not -?digits is ignored; the last Max-Age wins).
  it.each([
    '_ga=GA1.1.1; Max-Age=63072000',
    '_ga=GA1.1.2; expires=1',
    '_ga=GA1.1.3; expires=Sat, 01 Jan 55 00:00:00 GMT',
    '_ga=GA1.1.4; max-age=0x; expires=Fri, 01 Jan 2100 00:00:00 GMT',
    '_ga=GA1.1.5; Max-Age=0; Max-Age=63072000',
    '_ga=GA1.1.6; max-age=0.5',
  ])('when a script writes %j, it should set no _ga', (cookie) => {
    const env = guarded();
    document.cookie = cookie;
    expect(env.jar.cookies.has('_ga')).toBe(false);
  });

  it.each(['_ga=; max-age=+0; path=/', '_ga=; Max-Age=-1', '_ga=x; max-age=99; max-age=0'])(
    'when a script deletes an existing _ga with %j, it should delete it',
    (cookie) => {
      const env = guarded();
      env.writeCookie('_ga=old; path=/');
      document.cookie = cookie;
      expect(env.jar.cookies.has('_ga')).toBe(false);
    },
  );

  it('when a script writes a cookie nothing refuses, it should pass exactly as written', () => {
    const env = guarded();
    document.cookie = 'site_pref=dark; max-age=99; path=/';
    expect(env.jar.writes).toEqual(['site_pref=dark; max-age=99; path=/']);
  });
});
