// Public surface of @consentry/ui.
export { useConsent } from './useConsent';
export { mountUI, type MountOptions, type MountedUI } from './mount/mountUI';
export type { UiContext, Preferences, PreferencesModule } from './mount/uiContext';
export { bannerTexts, placeholderTexts, textList, type BannerTextOptions, type PlaceholderSubject } from './texts/layerTexts';
export { dialogModel, dialogTexts, type DialogModel } from './texts/dialogModel';
export { readUiOptions, type UiOptions } from './config/readUiOptions';
export * from './i18n';
