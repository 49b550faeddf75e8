// consentry-decide.js: making decisions (and the record's textHash), prefetched once a banner shows.
import { checkOnce, makeDecision, textHash } from '@consentry/core/decide';
import { registerChunk } from './registerChunk';

registerChunk('decide', { makeDecision, textHash, checkOnce });
