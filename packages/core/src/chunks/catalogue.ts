// The built-in service catalogue, whole: for npm builds (code-split, loaded when a config names a
// service), the script-tag build's per-service files, tests and tools. Never in the main file.
export { SERVICE_PATTERNS, type ServicePatterns } from '../model/catalogue/servicePatterns';
export { SERVICE_DESCRIPTIONS, type ServiceDescription } from '../model/catalogue/serviceDescriptions';
export { catalogueEntry, catalogueIds, type CatalogueEntry } from '../model/catalogue/catalogueEntry';
export { SERVICE_CATEGORIES, type ServiceCategory } from '../model/catalogue/serviceCategories';
