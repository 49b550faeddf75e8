// Words for config problems, split out so pages without problems never fetch them.
export { describeProblem } from './config/describeProblem';
