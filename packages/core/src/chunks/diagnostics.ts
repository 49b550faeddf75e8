// Words for problems (config and the main file's coded ones), split out so pages without
// problems never fetch them.
import { describeProblem } from '../model/config/describeProblem';
import { type RawProblem, readConfig } from '../model/config/readConfig';
import { warn } from '../log';

export { describeProblem };
export { describe } from '../model/messages';

/** Every problem of a config, in words. */
export function configProblems(input: unknown): string[] {
  const problems: RawProblem[] = [];
  readConfig(input, (...p) => problems.push(p));
  return problems.map(describeProblem);
}

const said = new Set<string>();

/** Warns each problem of a config once per page: the main file and the UI both ask (a bad `ui.*` value is both's). */
export function warnConfig(input: unknown) {
  for (const p of configProblems(input))
    if (!said.has(p)) {
      said.add(p);
      warn(p);
    }
}
