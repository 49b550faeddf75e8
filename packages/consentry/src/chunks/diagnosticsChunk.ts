// consentry-diagnostics.js: words for config problems, fetched only when the config has one.
import { configProblems, describe, describeProblem, warnConfig } from '@consentry/core/diagnostics';
import { whyNoConfig } from '../whyNoConfig';
import { registerChunk } from './registerChunk';

registerChunk('diagnostics', {
  // The script tag's own problem: why its config element gave none is told from the page.
  describe: (code: string, ...args: any[]) => describe(code, ...(code == 'json' ? [args[0], whyNoConfig(args[0], args[1])] : args)),
  describeProblem,
  configProblems,
  warnConfig,
});
