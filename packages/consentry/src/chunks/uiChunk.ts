// consentry-ui.js: the banner, placeholders and status messages, fetched when something must show.
import { mountUI } from '@consentry/ui';
import { registerChunk } from './registerChunk';

registerChunk('ui', { mountUI });
