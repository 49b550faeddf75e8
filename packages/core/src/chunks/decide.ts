// Making decisions, split out: page views without a decision never fetch it. The record's
// textHash comes with it: the UI hashes what a layer shows once this chunk is here, so the banner's
// first visit does not fetch the hashing code, and a click needs this chunk anyway.
import type { Engine } from '../engine/engine';
import { makeDecision as make } from '../decisions/makeDecision';
import { checkSetup } from '../dom/checkSetup';

const checked = new WeakSet<Engine>();

/** `makeDecision`; the first decision of a page view also checks the setup (another consent tool, Consent Mode map). */
export const makeDecision: typeof make = (engine, ...args) => {
  if (!checked.has(engine)) {
    checked.add(engine);
    checkSetup(engine);
  }
  make(engine, ...args);
};

export { textHash } from '../model/texts/textHash';
