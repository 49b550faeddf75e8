import type { NameMatcher } from './resolvedConfig';

/** Compiles `"/^_ga/i"` to a RegExp and keeps any other string as an exact name; `undefined` when invalid. */
export function compilePattern(pattern: string): NameMatcher | undefined {
  const m = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (!m) return pattern || undefined;
  try {
    new RegExp(m[1], m[2]); // throws on bad flags too
    // Without g and y: a RegExp with them keeps lastIndex between test() calls and misses every other match.
    return new RegExp(m[1], m[2].replace(/[gy]/g, ''));
  } catch {
    return undefined;
  }
}

/** Does `name` match an exact name or a regular expression? */
export function matchesName(matcher: NameMatcher, name: string): boolean {
  return typeof matcher == 'string' ? matcher === name : matcher.test(name);
}
