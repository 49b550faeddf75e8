// The built-in service catalogue: patterns (also in the main file) and descriptions (for the UI).
export { SERVICE_PATTERNS } from './catalogue/servicePatterns';
export { SERVICE_DESCRIPTIONS, type ServiceDescription } from './catalogue/serviceDescriptions';
