import { catalogueEntry } from '../catalogue/catalogueEntry';
import type { ConfigProblem } from '../../types';
import { describeProblem } from './describeProblem';
import { type RawProblem, readConfig } from './readConfig';
import type { ResolvedConfig } from './resolvedConfig';

/**
 * Turns untrusted config into a complete one plus the list of problems found, each naming the
 * path of the bad value and the safe value used instead. Never throws. For tooling and tests;
 * the SDK itself logs the same problems with a `[consentry]` prefix. Catalogue names are checked
 * against the whole built-in catalogue and come with its patterns and words.
 * @example const { problems } = normalizeConfig(JSON.parse(text)); if (problems.length) fail(problems);
 */
export function normalizeConfig(input: unknown): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const raw: RawProblem[] = [];
  const config = readConfig(input, (...p) => raw.push(p), catalogueEntry);
  return { config, problems: raw.map((p) => ({ path: p[0], message: describeProblem(p) })) };
}
