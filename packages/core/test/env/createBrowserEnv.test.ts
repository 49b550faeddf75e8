import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserEnv } from '../../src/env/createBrowserEnv';

const load = () => Promise.reject(new Error('no chunks here'));

describe('createBrowserEnv: Global Privacy Control', () => {
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).globalPrivacyControl;
  });
  const gpc = (d: PropertyDescriptor) => Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, ...d });

  it('should read navigator.globalPrivacyControl: true as on, anything else as off', () => {
    gpc({ get: () => true });
    expect(createBrowserEnv({ load }).gpc).toBe(true);
    gpc({ get: () => 'true' });
    expect(createBrowserEnv({ load }).gpc).toBe(false);
    delete (navigator as unknown as Record<string, unknown>).globalPrivacyControl;
    expect(createBrowserEnv({ load }).gpc).toBe(false);
  });

  it('given a getter that throws, should not throw and read it as no signal (a boolean, so the record still says gpc)', () => {
    gpc({
      get() {
        throw new Error('hostile');
      },
    });
    let env: ReturnType<typeof createBrowserEnv> | undefined;
    expect(() => (env = createBrowserEnv({ load }))).not.toThrow();
    expect(env!.gpc).toBe(false);
  });
});
