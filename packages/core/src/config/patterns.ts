import type { NameMatcher } from './resolvedConfig';

/** Compiles `"/^_ga/i"` to a RegExp and keeps any other string as an exact name; `undefined` when invalid. */
export function compilePattern(pattern: string): NameMatcher | undefined {
  const m = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (!m) return pattern || undefined;
  try {
    return new RegExp(m[1], m[2]);
  } catch {
    return undefined;
  }
}

/** Does `name` match an exact name or a regular expression? */
export function matchesName(matcher: NameMatcher, name: string): boolean {
  return typeof matcher == 'string' ? matcher === name : matcher.test(name);
}
