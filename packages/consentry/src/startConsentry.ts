import type { Env } from '@consentry/core';
import { createEngine, type Engine, startBlocking, startSignals } from '@consentry/core/internal';
import type { MountOptions, mountUI } from '@consentry/ui';
import { prefetchBanner, revisitLabel, startUi } from '@consentry/ui/start';
import type { InstanceParts } from './publishInstance';

/** Where the UI's code comes from: chunks for the script tag, `import()` for npm. */
export type UiSource = Pick<MountOptions, 'loadTexts' | 'loadPreferences'> & { loadUi(): Promise<{ mountUI: typeof mountUI }> };

/** The overlay's chunk: `consentry-debug.js` for the script tag; init() gives its env a loader that knows it. */
type LoadDebug = (name: 'debug') => Promise<{ debug(engine: Engine): Promise<void> }>;

/**
 * Starts an instance in the browser, the same for the script tag and `init()`: the engine, the
 * Consent Mode default (before blocking, so it precedes every tag blocking releases), blocking,
 * and the UI's side in the main file.
 */
export function startConsentry(config: unknown, env: Env, nonce: string | undefined, source: UiSource): InstanceParts {
  const engine = createEngine(config, env);
  // The config's nonce as the engine read it (never a raw read: a getter may throw, a nonce may be no string).
  nonce ||= engine.config.nonce;
  startSignals(engine);
  // Before blocking starts: the banner's requests go out as early as the engine knows it will show.
  prefetchBanner(engine, source.loadUi, source.loadTexts);
  const blocker = startBlocking(engine, nonce);
  const ui = startUi(
    engine,
    blocker,
    (revisitButton) => source.loadUi().then((m) => m.mountUI({ ...source, engine, blocker, nonce, revisitButton, pickLanguage: revisitLabel })),
    source.loadTexts,
  );
  // The overlay costs nothing until asked for: this trigger is all the main file has of it.
  const debug = () =>
    (env.load as unknown as LoadDebug)('debug').then(
      (m) => m.debug(engine),
      () => {},
    );
  if (engine.config.debug || location.search.includes('consentry-debug')) debug();
  return { engine, ui, debug };
}
