// The preferences chunk: the dialog, the cookie table and what placeholders name. It loads when
// the visitor opens the preferences or a held embed needs a placeholder.
export { createPreferences } from './createPreferences';
export { describeEmbed } from './describeEmbed';
export { showReloadNotice } from './showReloadNotice';
export { createPlaceholders } from './createPlaceholders';
