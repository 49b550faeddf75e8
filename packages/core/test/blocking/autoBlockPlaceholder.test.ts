// An iframe that auto-blocking holds gets a placeholder like a marked one: blocking tells the UI
// (its watcher) that held markup was added.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBlocker } from '../../src/dom/blocking/createBlocker';
import { createEngine } from '../../src/engine/createEngine';
import { createTestEnv, settle } from '../support/createTestEnv';

afterEach(() => vi.restoreAllMocks());

describe('given autoBlock and a YouTube service with its hosts', () => {
  it('when code adds an iframe from that host, it should hold it and call the watcher', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const engine = createEngine({ autoBlock: true, categories: { marketing: { services: { yt: { hosts: ['www.youtube.com'] } } } } }, createTestEnv());
    const blocker = createBlocker(engine);
    let watched = 0;
    blocker.watch(() => watched++);
    await new Promise((ready) => engine.api.on('ready', ready)); // the guards chunk is in force

    const f = document.createElement('iframe');
    f.src = 'https://www.youtube.com/embed/x';
    document.body.append(f);
    await settle(5);

    expect(f.getAttribute('data-src')).toBe('https://www.youtube.com/embed/x');
    expect(blocker.heldEmbeds()).toContain(f);
    expect(watched).toBeGreaterThan(0);
  });
});
