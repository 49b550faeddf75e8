// Making decisions, split out: page views without a decision never fetch it. The record's
// textHash comes with it: the UI hashes what a layer shows once this chunk is here, so the banner's
// first visit does not fetch the hashing code, and a click needs this chunk anyway.
import type { Engine } from '../engine/engine';
import { makeDecision as make } from '../decisions/makeDecision';
import { checkSetup } from '../dom/checkSetup';

const checked = new WeakSet<Engine>();

/**
 * The setup checks (another consent tool, the Consent Mode map), once per page view: when this
 * chunk comes for a banner (so a site owner looking at the banner sees them) or for the first
 * decision.
 */
export function checkOnce(engine: Engine) {
  if (!checked.has(engine)) {
    checked.add(engine);
    checkSetup(engine);
  }
}

/** `makeDecision`, after the setup checks. */
export const makeDecision: typeof make = (engine, ...args) => {
  checkOnce(engine);
  make(engine, ...args);
};

export { textHash } from '../model/texts/textHash';
