// Public surface of @consentry/ui.
export { useConsent } from './useConsent';
export { mountUI, type MountOptions, type MountedUI } from './mount/mountUI';
export type { UiContext, Preferences, PreferencesModule } from './uiContext';
export { bannerTexts, placeholderTexts, textList, type BannerTextOptions, type PlaceholderSubject } from './i18n/layerTexts';
export { dialogModel, dialogTexts, type DialogModel } from './dialog/dialogModel';
export { embedSubject } from './placeholder/describeEmbed';
export { readUiOptions, type UiOptions } from './config/readUiOptions';
export * from './i18n';
