// consentry-lang-<code>.js (the banner's texts) and consentry-lang-<code>-dialog.js (the rest):
// one language's texts, fetched only when that language is picked. The build makes both files
// of every language from this entry (rollup.config.mjs supplies the texts and replaces LANG).
import texts from '@consentry/ui/lang';
import { registerChunk } from './registerChunk';

declare const LANG: string;
registerChunk('lang-' + LANG, texts);
