import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** One consent record as the SDK sends it (docs/consent-record.schema.json): the SDK's own type. */
export type { ConsentRecord } from '@consentry/core';
import type { ConsentRecord } from '@consentry/core';

/** Why a body is not a record: a message and the JSON pointer of the offending value. */
export interface RecordProblem {
  error: string;
  path: string;
}

// The schema in docs/ is the single definition of a record (the SDK's tests check against it too).
// In this repository the receiver reads it there (same depth from src/ and dist/); a published
// package carries the copy `prepack` makes in its own folder.
const packedSchema = new URL('../../consent-record.schema.json', import.meta.url);
const schemaUrl = existsSync(packedSchema) ? packedSchema : new URL('../../../../docs/consent-record.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ allErrors: false, strict: false }));
const validate = ajv.compile<ConsentRecord>(schema);

const describe = (e: ErrorObject): RecordProblem => {
  const params = e.params as Record<string, string>;
  if (e.keyword == 'additionalProperties')
    return { error: `unknown field "${params.additionalProperty}"`, path: `${e.instancePath}/${params.additionalProperty}` };
  if (e.keyword == 'required') return { error: `missing field "${params.missingProperty}"`, path: `${e.instancePath}/${params.missingProperty}` };
  return { error: `${e.instancePath || 'the record'} ${e.message}`, path: e.instancePath || '/' };
};

/**
 * The JSON pointer of the first number JSON.parse read as Infinity or -Infinity (`1e400`), if any.
 * The schema's `integer` lets them through, and JSON has no way to write them back (canonical JSON
 * would store null): a record holding one is refused wherever it is. (A loop, not recursion: it
 * runs before the schema, on bodies nested as deep as their size allows.)
 */
function nonFinitePath(value: unknown): string | undefined {
  const pending: [unknown, string][] = [[value, '']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, path] = next;
    if (typeof item == 'number' && !Number.isFinite(item)) return path || '/';
    if (item === null || typeof item != 'object') continue;
    const children = Object.entries(item);
    for (let i = children.length - 1; i >= 0; i--) {
      const [key, child] = children[i]!;
      pending.push([child, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return undefined;
}

/** The record, or what is wrong with it (a non-finite number, else the first schema error). */
export function validateRecord(value: unknown): { record: ConsentRecord } | { problem: RecordProblem } {
  const nonFinite = nonFinitePath(value);
  if (nonFinite) return { problem: { error: `${nonFinite} must be a finite number`, path: nonFinite } };
  if (validate(value)) return { record: value };
  return { problem: describe(validate.errors![0]!) };
}

/** A consent id as the schema defines it (a v4 UUID, lower case). */
export const isConsentId = (value: string): boolean => new RegExp(schema.properties.consentId.pattern).test(value);
