import { createEngine, createServerEnv } from '@consentry/core/internal';
import { afterEach, describe, expect, it } from 'vitest';
import { mountUI } from '../../src/mount/mountUI';

/**
 * A UI mounted for its own engine, its preferences chunk imported as npm users get it. The engine
 * decides nothing (a server's env): opening the dialog needs no decision.
 */
async function mount(config: unknown) {
  const engine = createEngine(config, createServerEnv());
  const ui = await mountUI({
    engine,
    loadTexts: () => Promise.resolve({}),
    loadPreferences: () => import('../../src/prefs'),
    revisitButton: () => undefined,
  });
  const host = [...document.querySelectorAll('consentry-ui')].find((el) => !mounted.includes(el))!;
  mounted.push(host);
  return { ui, host };
}
const mounted: Element[] = [];
/** The switches' names in a UI's open dialog. */
const switchNames = (host: Element) =>
  [...host.shadowRoot!.querySelectorAll<HTMLInputElement>('dialog.prefs input[type=checkbox]')].map(
    (el) => el.getAttribute('aria-label') || el.labels?.[0]?.textContent,
  );

afterEach(() => {
  for (const host of mounted.splice(0)) host.remove();
});

describe('mountUI', () => {
  it('given two UIs with different configs, when each opens its preferences, each dialog should show its own categories', async () => {
    const first = await mount({ categories: { necessary: {}, newsletter: { label: 'Newsletter' } } });
    const second = await mount({ categories: { necessary: {}, maps: { label: 'Maps' } } });
    await first.ui.showPreferences();
    await second.ui.showPreferences();
    expect(switchNames(first.host)).toContain('Newsletter');
    expect(switchNames(first.host)).not.toContain('Maps');
    expect(switchNames(second.host)).toContain('Maps');
    expect(switchNames(second.host)).not.toContain('Newsletter');
  });
});
