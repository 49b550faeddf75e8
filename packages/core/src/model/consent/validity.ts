import type { Decision } from './decision';

const DAY = 864e5;

/** When a decision expires: its own time plus the configured lifetime (not the cookie's, which Safari may cut). */
export const expiresAt = (d: Decision, days: number) => d.decidedAt + days * DAY;

/** A stored decision no longer counts: made under another revision, or expired. */
export const isStale = (d: Decision, revision: number, days: number, now: number) => d.revision !== revision || expiresAt(d, days) <= now;
