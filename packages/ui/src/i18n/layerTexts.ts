import type { Translator } from './Translator';

/**
 * The texts of each layer, in DOM order, exactly as the components render them: the record's
 * `textHash` is computed over these (docs/records.md), `npx consentry texts` writes them for the
 * owner's archive, and a test checks that they are what the screen shows. What is particular to
 * one visitor (their consent id and date, status messages) is not part of a layer's text.
 */
export interface BannerTextOptions {
  controllerName: string;
  privacyPolicyUrl: string;
  gpc: boolean;
}

/** The banner's texts (and the labels the Banner component renders). */
export function bannerTexts(t: Translator['t'], o: BannerTextOptions) {
  return {
    title: t('banner.title'),
    text: t('banner.text', { controller: o.controllerName || t('banner.thisSite') }),
    gpc: o.gpc ? t('banner.gpc') : '',
    privacyPolicy: o.privacyPolicyUrl ? t('banner.privacyPolicy') : '',
    acceptAll: t('button.acceptAll'),
    rejectAll: t('button.rejectAll'),
    customize: t('button.customize'),
  };
}

/** What a placeholder names. */
export interface PlaceholderSubject {
  service?: string;
  provider?: string;
  category: string;
}

/** A placeholder's texts. */
export function placeholderTexts(t: Translator['t'], s: PlaceholderSubject) {
  const params = { service: s.service || '', provider: s.provider || '', category: s.category };
  const key = !s.service ? 'placeholder.textCategoryOnly' : s.provider ? 'placeholder.text' : 'placeholder.textNoProvider';
  return { text: t(key, params), allow: t('placeholder.allow') };
}

/** Values in render order, empty ones left out: the array a layer's `textHash` is computed over. */
export const textList = (texts: Record<string, string>): string[] => Object.values(texts).filter(Boolean);
