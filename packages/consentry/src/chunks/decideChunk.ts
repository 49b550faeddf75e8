// consentry-decide.js: making decisions (and the record's textHash), prefetched once a banner shows.
import { makeDecision, textHash } from '@consentry/core/decide';
import { registerChunk } from './registerChunk';

registerChunk('decide', { makeDecision, textHash });
