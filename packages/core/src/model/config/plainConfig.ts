/**
 * Stands for a value that could not be read (a getter or a Proxy trap threw): it fails every
 * check, so the reader uses the default and names the path. `Symbol.for`: the main file and the
 * diagnostics chunk are separate bundles and must see the same marker.
 */
export const UNREADABLE = Symbol.for('consentry.unreadable');

/**
 * A copy of untrusted config made only of plain data, so that no reader can throw or meet a
 * prototype: own enumerable string keys (symbols dropped) in objects without a prototype, arrays
 * as arrays, functions and primitives as they are. A value whose reading throws, and a cycle,
 * become UNREADABLE. Never throws.
 */
export function plainConfig(v: unknown, seen = new Set<unknown>()): unknown {
  if (typeof v != 'object' || !v) return v;
  if (seen.has(v)) return UNREADABLE;
  seen.add(v);
  try {
    const out: any = Array.isArray(v) ? [] : Object.create(null);
    for (const k of Object.keys(v))
      try {
        out[k] = plainConfig((v as any)[k], seen);
      } catch {
        out[k] = UNREADABLE;
      }
    return out;
  } catch {
    // Array.isArray or Object.keys of a Proxy whose trap throws
    return UNREADABLE;
  } finally {
    seen.delete(v);
  }
}
