/** Type guards for untrusted config: every reader of config uses these. */
export type Obj = Record<string, any>;
export const isObj = (v: unknown): v is Obj => typeof v == 'object' && v !== null && !Array.isArray(v);
export const isStr = (v: unknown): v is string => typeof v == 'string';
export const isBool = (v: unknown): v is boolean => typeof v == 'boolean';
