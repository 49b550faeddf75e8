/**
 * JSON with object keys sorted at every level and no white space: the one byte form of a record
 * or entry that the chain hashes, so the same content always hashes the same whatever order its
 * keys arrived in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value != 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  const object = value as Record<string, unknown>;
  return (
    '{' +
    Object.keys(object)
      .sort()
      .filter((key) => object[key] !== undefined)
      .map((key) => JSON.stringify(key) + ':' + canonicalJson(object[key]))
      .join(',') +
    '}'
  );
}
