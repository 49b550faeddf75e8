// Making decisions, split out: page views without a decision never fetch it.
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
