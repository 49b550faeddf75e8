// Starting the guards (design.md, "Guards beyond cookies"; docs/blocking.md, "Start-up sweep"):
// what scripts wrote before the guards were in force and is not allowed is cleared before `ready`.
import { describe, expect, it, vi } from 'vitest';
import { createBlocker } from '../../src/dom/blocking/createBlocker';
import { createEngine } from '../../src/engine/createEngine';
import type { ClearedDetail } from '../../src/types';
import { createTestEnv } from '../support/createTestEnv';

describe('start-up sweep', () => {
  it('given keys of a catalogue service written to sessionStorage right after the tag, they should be cleared and reported by ready', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const env = createTestEnv();
    const load = env.load;
    // The catalogue entry arrives after the page's first script ran: its patterns were not known then.
    env.load = ((name: string) =>
      name == 'service-posthog'
        ? new Promise((r) => setTimeout(() => r({ patterns: ['/^ph_/', '/^ph_/', '', 'eu.i.posthog.com'] }), 20))
        : load(name as never)) as typeof env.load;
    const engine = createEngine({ categories: { analytics: { services: { ph: 'posthog' } } } }, env);
    const cleared: ClearedDetail[] = [];
    engine.api.on('cleared', (d) => cleared.push(d as ClearedDetail));
    const ready = new Promise((r) => engine.api.on('ready', r));
    createBlocker(engine);
    sessionStorage.setItem('ph_phc_x_window_id', 'w');
    sessionStorage.setItem('site', 'kept');
    await ready;
    expect(cleared.map((c) => c.byKind?.storage)).toEqual([['ph_phc_x_window_id']]);
    expect(Object.keys(sessionStorage)).toEqual(['site']);
  });
});
