// consentry-prefs.js: the preferences dialog, the cookie table and what placeholders name;
// fetched when the visitor opens the preferences or a held embed needs a placeholder.
import { createPreferences, describeEmbed, createPlaceholders, showReloadNotice } from '@consentry/ui/prefs';
import { registerChunk } from './registerChunk';

registerChunk('prefs', { createPreferences, describeEmbed, createPlaceholders, showReloadNotice });
