import type { Transport } from '../env/env';

/** Web Lock name, and the lease's key in localStorage: ours alone, never the host app's. */
const TURN = 'consentry-outbox';
const LEASE = 'consentry-outbox-lease';
/** Longest a lease lasts without renewal (where Web Locks are missing). */
const LEASE_MS = 4000;

/**
 * Tabs take turns sending the outbox, so they do not send a record twice in normal flushes: a Web
 * Lock, or where Web Locks are missing (plain http) a short lease in localStorage. `later` is
 * called when another tab has the turn: try again in a while.
 */
export function createTurns(transport: Transport, local: Storage | undefined, timeoutMs: number, later: () => void) {
  const tab = Math.random().toString(36).slice(2);
  const storage = (fn: (s: Storage) => unknown) => {
    try {
      return local && fn(local);
    } catch {
      // Storage full or failing: without a lease this tab just sends (receivers drop duplicates by id).
    }
  };
  const lease = () => storage((s) => s.getItem(LEASE)) as string | null | undefined;
  /** A short lease, renewed before each send: a tab that dies mid-flush holds up the others only briefly. */
  const renew = () => {
    // Web Locks hold the turn themselves: no lease to write.
    if (!transport.lock) storage((s) => s.setItem(LEASE, `${tab}:${Date.now() + Math.min(timeoutMs, LEASE_MS) + 1000}`));
  };
  const release = () => storage((s) => s.getItem(LEASE)?.startsWith(tab) && s.removeItem(LEASE));

  /** Runs `fn` in this tab's turn: the next tab reads the outbox after this one has emptied it. */
  function take(fn: () => Promise<void>): Promise<void> {
    if (transport.lock) return transport.lock(TURN, fn).then(() => {});
    const held = lease();
    if (held && !held.startsWith(tab) && +held.split(':')[1] > Date.now()) return Promise.resolve(later());
    renew();
    // Two tabs loading at once may both have found no lease: the later write wins, and after a
    // pause longer than the gap between their writes, the other sees it and steps back.
    return new Promise((r) => setTimeout(r, 100 + Math.random() * 100)).then(() => {
      if (!lease()?.startsWith(tab)) return later();
      return fn().finally(release);
    });
  }
  return { take, renew, release };
}
