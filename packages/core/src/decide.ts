// Making decisions, split out: page views without a decision never fetch it.
export { makeDecision } from './decisions/makeDecision';
