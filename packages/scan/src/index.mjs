// @consentry/scan: the scanner as a library (the consentry-scan command uses the same functions).
export { scanSite, buildReport } from './scanSite.mjs';
export { reportHtml } from './reportHtml.mjs';
export { draftConfig } from './draftConfig.mjs';
export { catalogueServices } from './catalogueServices.mjs';
export { findChromium } from './findChromium.mjs';
