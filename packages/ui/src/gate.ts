// `@consentry/ui/gate`: what the framework bindings' default fallback needs, apart from the UI's
// main entry (which init() loads lazily, so importing it here would put all of it in an app's
// first bundle).
export { gateTexts } from './i18n/gateTexts';
export { allowFromPlaceholder } from './placeholder/allowFromPlaceholder';
export { allowedBy } from './bindings/allowedBy';
export { refocusAfter } from './placeholder/refocusAfter';
