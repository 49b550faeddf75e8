// The built-in service catalogue, whole: for npm builds (code-split, loaded when a config names a
// service), the script-tag build's per-service files, tests and tools. Never in the main file.
export { SERVICE_PATTERNS, type ServicePatterns } from './catalogue/servicePatterns';
export { SERVICE_DESCRIPTIONS, type ServiceDescription } from './catalogue/serviceDescriptions';
export { catalogueEntry, catalogueIds, type CatalogueEntry } from './catalogue/catalogueEntry';
export { SERVICE_CATEGORIES, type ServiceCategory } from './catalogue/serviceCategories';
