// English and Norwegian are split so the banner's bundle carries only the banner's texts and the
// dialog's (and the placeholders') load with it; the build splits every other language the same way.
// The halves together must be the whole language, with no key in both (a key in both would be sent
// twice, and one copy could drift).
import { describe, expect, it } from 'vitest';
import en, { enBanner, enDialog } from '../../src/i18n/en';
import nb, { nbBanner, nbDialog } from '../../src/i18n/nb';

describe.each([
  ['en', en, enBanner, enDialog],
  ['nb', nb, nbBanner, nbDialog],
] as const)('the %s dictionary, split in two', (_, whole, banner, dialog) => {
  it('when the halves are joined, should equal the whole language', () => {
    expect({ ...banner, ...dialog }).toEqual(whole);
  });

  it('should have no key in both halves', () => {
    expect(Object.keys(banner).filter((k) => k in dialog)).toEqual([]);
  });

  it('should have the same keys in each half as the English half', () => {
    expect(Object.keys(banner).sort()).toEqual(Object.keys(enBanner).sort());
    expect(Object.keys(dialog).sort()).toEqual(Object.keys(enDialog).sort());
  });
});

describe('the banner half', () => {
  it('should hold every text the first layer shows (banner, the status after its choices, revisit) and no other', () => {
    const firstLayer = Object.keys(en).filter(
      (k) =>
        /^(banner|revisit)\./.test(k) ||
        ['button.acceptAll', 'button.rejectAll', 'button.customize', 'status.acceptedAll', 'status.acceptedAllGpc', 'status.rejectedAll'].includes(k),
    );
    expect(Object.keys(enBanner).sort()).toEqual(firstLayer.sort());
  });

  it("should leave the placeholders' texts and the status messages only the dialog and placeholders cause to the dialog half (they come with the preferences chunk and wait for its texts)", () => {
    expect(Object.keys(enDialog).filter((k) => k.startsWith('placeholder.'))).toHaveLength(4);
    expect(enDialog).toMatchObject({ 'status.saved': en['status.saved'], 'status.allowed': en['status.allowed'], 'status.forgotten': en['status.forgotten'] });
  });
});
