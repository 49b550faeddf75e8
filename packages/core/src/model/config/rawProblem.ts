/**
 * A problem as the main file records it: where, a short code, the bad value and the value used.
 * `describeProblem()` turns it into words; it ships in a chunk fetched only when there is a problem.
 * Codes: a type code or `|a|b` (see CHECKS); `o` object, `a` array, `p` name pattern, `u` unknown
 * option, `N` bad name, `c` unknown catalogue service, `O` service value, `x` above the maximum
 * lifetime, `C` cookie name, `P` cookie path, `D` cookie domain, `E` endpoint, `G` consentMode,
 * `R` config root, `K` a retired translation key.
 */
export type RawProblem = [path: string, code: string, got?: unknown, using?: unknown];
