/** See internalProperties.mjs. */
export declare const INTERNAL_PROPERTIES: string[];
