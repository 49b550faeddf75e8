// consentry-withdraw.js: clearing and re-holding, fetched when something is refused or withdrawn.
import { holdAgain, sweep } from '@consentry/core/withdraw';
import { registerChunk } from './registerChunk';

registerChunk('withdraw', { holdAgain, sweep });
