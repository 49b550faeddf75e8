// Host patterns of `hosts` declarations (design.md, "Guards beyond cookies").
import { describe, expect, it } from 'vitest';
import { matchesHost } from '../../src/dom/guards/matchesHost';

describe('matchesHost', () => {
  it('given "x.com", it should match that host only', () => {
    expect(matchesHost(['posthog.com'], 'posthog.com')).toBe(true);
    expect(matchesHost(['posthog.com'], 'eu.posthog.com')).toBe(false);
  });

  it('given "*.x.com", it should match its subdomains, not the host itself nor a look-alike', () => {
    expect(matchesHost(['*.posthog.com'], 'us.i.posthog.com')).toBe(true);
    expect(matchesHost(['*.posthog.com'], 'posthog.com')).toBe(false);
    expect(matchesHost(['*.posthog.com'], 'evilposthog.com')).toBe(false);
  });
});
