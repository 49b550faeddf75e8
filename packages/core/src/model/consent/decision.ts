import type { CategoryChoices, ConsentMethod, ServiceChoices } from '../../types';

/**
 * A decision as stored (cookie, IndexedDB): the flags the visitor set, for the categories and
 * services that existed when they decided. Anything configured later is off until decided.
 */
export interface Decision {
  consentId: string;
  revision: number;
  /** Milliseconds since the epoch. */
  decidedAt: number;
  method: ConsentMethod;
  /** Category switch per decided category (`necessary` is implied). */
  categories: CategoryChoices;
  /** Service switch per decided service. */
  services: ServiceChoices;
}
