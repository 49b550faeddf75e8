// consentry-decide.js: making decisions, fetched on the first decision of a page view.
import { makeDecision } from '@consentry/core/decide';
import { registerChunk } from './registerChunk';

registerChunk('decide', { makeDecision });
