// consentry-diagnostics.js: words for config problems, fetched only when the config has one.
import { configProblems, describe, describeProblem } from '@consentry/core/diagnostics';
import { registerChunk } from './registerChunk';

registerChunk('diagnostics', { describe, describeProblem, configProblems });
