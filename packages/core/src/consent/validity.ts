import type { Decision } from './decision';

const DAY = 864e5;

/** When a decision expires: its own time plus the configured lifetime (not the cookie's, which Safari may cut). */
export const expiresAt = (d: Decision, days: number) => d.decidedAt + days * DAY;

/** Why a stored decision no longer counts, or `undefined` when it does. */
export function staleReason(d: Decision, revision: number, days: number, now: number): 'revision' | 'expired' | undefined {
  if (d.revision !== revision) return 'revision';
  if (expiresAt(d, days) <= now) return 'expired';
}
