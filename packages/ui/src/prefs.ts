// The preferences chunk: the dialog, the cookie table and what placeholders name. It loads when
// the visitor opens the preferences or a held embed needs a placeholder.
export { createPreferences } from './dialog/createPreferences';
export { describeEmbed } from './placeholder/describeEmbed';
export { showReloadNotice } from './status/showReloadNotice';
export { createPlaceholders } from './placeholder/createPlaceholders';
