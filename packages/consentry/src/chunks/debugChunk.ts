// consentry-debug.js: the debug overlay, fetched only on `?consentry-debug`, `debug: true` or Consentry.debug().
import { openDebug } from '../debug/openDebug';
import { registerChunk } from './registerChunk';

registerChunk('debug', { debug: openDebug });
