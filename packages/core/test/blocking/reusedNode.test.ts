// A framework may reuse a held element for other content and remove its data-category: it is no
// longer held, and decisions go on as usual (no throw, events fire, later elements are released).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBlocker } from '../../src/dom/blocking/createBlocker';
import { createEngine } from '../../src/engine/createEngine';
import { createTestEnv, settle } from '../support/createTestEnv';

afterEach(() => vi.restoreAllMocks());

describe('given a held iframe whose data-category a framework removes', () => {
  it('when the visitor decides, it should fire the events, release what is allowed and no longer hold the reused node', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = `<iframe id="f" data-category="marketing" data-src="https://www.youtube-nocookie.com/embed/x"></iframe>
      <img id="later" data-category="analytics" data-src="/pixel.png">`;
    const engine = createEngine({ categories: { marketing: {}, analytics: {} } }, createTestEnv());
    const blocker = createBlocker(engine);
    await settle(5);
    const f = document.getElementById('f')!;
    f.removeAttribute('data-category');
    f.removeAttribute('data-src');
    f.setAttribute('src', '/own.html');
    const events: string[] = [];
    engine.api.on('consent', () => events.push('consent'));
    engine.api.on('change', () => events.push('change'));

    await engine.api.setConsent({ analytics: true });
    await settle(5);
    const later = document.getElementById('later')!;
    expect(later.getAttribute('src'), 'released').toBe('/pixel.png');
    await engine.api.setConsent({ analytics: false });
    await vi.waitFor(() => expect(later.getAttribute('src'), 'held again').toBeNull(), { timeout: 3000 }); // the withdraw chunk loads

    expect(events).toEqual(['consent', 'change']);
    expect(blocker.heldEmbeds()).not.toContain(f);
    expect(f.getAttribute('src'), 'the reused node is not put back on hold').toBe('/own.html');
  });
});
