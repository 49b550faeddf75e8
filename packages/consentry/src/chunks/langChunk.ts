// consentry-lang-<code>.js: one language's texts, fetched only when that language is picked.
// The build makes one file per language from this entry (rollup.config.mjs replaces LANG).
import texts from '@consentry/ui/lang';
import { registerChunk } from './registerChunk';

declare const LANG: string;
registerChunk('lang-' + LANG, texts);
