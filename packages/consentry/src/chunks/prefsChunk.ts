// consentry-prefs.js: the preferences dialog, the cookie table, the placeholders and what they
// name; fetched when the visitor opens the preferences or a held embed needs a placeholder.
import { createPrefsLayers } from '@consentry/ui/prefs';
import { registerChunk } from './registerChunk';

registerChunk('prefs', { createPrefsLayers });
