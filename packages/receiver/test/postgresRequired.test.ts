import { describe, expect, it } from 'vitest';
import { DATABASE_URL } from './backends';

// CI must prove the receiver on PostgreSQL: a run that skipped those tests is a failed run.
describe.runIf(process.env.CI == 'true')('under CI=true', () => {
  it('the PostgreSQL tests ran (DATABASE_URL is set)', () => {
    expect(DATABASE_URL, 'DATABASE_URL is not set, so the PostgreSQL tests were skipped (see packages/receiver/README.md)').toBeTruthy();
  });
});
