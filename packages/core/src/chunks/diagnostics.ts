// Words for problems (config and the main file's coded ones), split out so pages without
// problems never fetch them.
import { describeProblem } from '../model/config/describeProblem';
import { type RawProblem, readConfig } from '../model/config/readConfig';

export { describeProblem };
export { describe } from '../model/messages';

/** Every problem of a config, in words. */
export function configProblems(input: unknown): string[] {
  const problems: RawProblem[] = [];
  readConfig(input, (...p) => problems.push(p));
  return problems.map(describeProblem);
}
