// consentry-withdraw.js: clearing and re-holding, fetched when something is refused or withdrawn.
import { clearBlocked, holdAgain } from '@consentry/core/withdraw';
import { registerChunk } from './registerChunk';

registerChunk('withdraw', { clearBlocked, holdAgain });
