import type { Engine } from '../../engine/engine';
import { error } from '../../log';
import { type Blocker, createBlocker } from './createBlocker';

/**
 * Blocking for the script tag and headless Consentry alike: a hostile page (a frozen
 * `document.cookie`, say) gets no exception from us, and held content stays held.
 */
export function startBlocking(engine: Engine, nonce?: string): Blocker | undefined {
  try {
    return createBlocker(engine, nonce);
  } catch (e) {
    error('blocking could not start:', e);
  }
}
