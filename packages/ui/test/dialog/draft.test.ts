import { readConfig } from '@consentry/core/readConfig';
import { describe, expect, it } from 'vitest';
import { draftChoices, draftFrom, toggleCategory, toggleService } from '../../src/dialog/draft';

const problems: unknown[] = [];
const config = readConfig(
  {
    categories: {
      necessary: {},
      analytics: { services: { ga: { label: 'Google Analytics' }, matomo: { label: 'Matomo' } } },
      newsletter: { label: 'Newsletter' },
    },
  },
  (...problem) => problems.push(problem),
);

describe('the dialog draft', () => {
  it('given a valid config, should read it without problems', () => {
    expect(problems).toEqual([]);
  });

  it('given no decision, should start with only the necessary category on', () => {
    const draft = draftFrom(config, null);
    expect(draft.categories).toEqual({ necessary: true, analytics: false, newsletter: false });
  });

  it('given one service of a category switched on, Save should send that category service by service', () => {
    const draft = draftFrom(config, null);
    toggleService(config, draft, 'analytics', 'ga', true);
    expect(draft.categories.analytics).toBe(false);
    expect(draftChoices(config, draft)).toEqual({ analytics: { ga: true }, newsletter: false });
  });

  it('given every service of a category switched on, the category should be on and Save should send it whole', () => {
    const draft = draftFrom(config, null);
    toggleService(config, draft, 'analytics', 'ga', true);
    toggleService(config, draft, 'analytics', 'matomo', true);
    expect(draft.categories.analytics).toBe(true);
    expect(draftChoices(config, draft)).toEqual({ analytics: true, newsletter: false });
  });

  it('given a category switched on and then off, its services should follow it', () => {
    const draft = draftFrom(config, null);
    toggleCategory(config, draft, 'analytics', true);
    expect(draft.services.analytics).toEqual({ ga: true, matomo: true });
    toggleCategory(config, draft, 'newsletter', true);
    toggleCategory(config, draft, 'analytics', false);
    expect(draftChoices(config, draft)).toEqual({ analytics: false, newsletter: true });
  });
});
