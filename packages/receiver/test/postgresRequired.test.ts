import { describe, expect, it } from 'vitest';
import { DATABASE_URL } from './backends';

// The one line saying the PostgreSQL tests were skipped; and under CI=true a run that skipped
// them is a failed run (CI must prove the receiver on PostgreSQL).
if (!DATABASE_URL) console.log('[receiver tests] PostgreSQL tests SKIPPED: DATABASE_URL is not set (see packages/receiver/README.md)');

describe.runIf(process.env.CI == 'true')('under CI=true', () => {
  it('the PostgreSQL tests ran (DATABASE_URL is set)', () => {
    expect(DATABASE_URL, 'DATABASE_URL is not set, so the PostgreSQL tests were skipped (see packages/receiver/README.md)').toBeTruthy();
  });
});
