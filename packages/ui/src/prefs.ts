// The preferences chunk: the dialog, the cookie table, the placeholders and what they name, the
// reload notice. It loads when the visitor opens the preferences or a held embed needs a placeholder.
export { createPrefsLayers } from './mount/createPrefsLayers';
