/**
 * JSON with object keys sorted at every level and no white space: the one byte form of a record
 * or entry that the chain hashes, so the same content always hashes the same whatever order its
 * keys arrived in. (Plain loops: it runs for every record received.)
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value != 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (canonicalJson(value[i]) ?? 'null');
    return out + ']';
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object).sort();
  let out = '{';
  for (const key of keys) {
    if (object[key] === undefined) continue;
    out += (out.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + canonicalJson(object[key]);
  }
  return out + '}';
}
