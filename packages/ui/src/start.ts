// `@consentry/ui/start`: the UI's part of the main file (when to load the UI, the revisit button,
// the declarative hooks). Apart from the main entry, which the main file loads lazily.
export { startUi, type UiApi } from './start/startUi';
export { prefetchBanner } from './start/prefetchBanner';
export { revisitLabel } from './i18n/revisitLabel';
