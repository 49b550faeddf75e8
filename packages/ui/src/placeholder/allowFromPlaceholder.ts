import type { ConsentChoices, ConsentManager } from '@consentry/core';
import type { DecisionContext } from '@consentry/core/internal';
import { textList } from '../i18n/layerTexts';

/** `setConsent` as the engine has it: an internal second argument says which control decided. */
type SetConsent = (choices: ConsentChoices, ctx: DecisionContext) => Promise<void>;

/**
 * A framework binding's placeholder button: allows `require` (`"marketing.youtube"` the service,
 * `"marketing"` the category) and says so in the record as the script tag's placeholder does
 * (docs/records.md): `source` "placeholder", the `textHash` of the texts it showed and their
 * language. The hash takes SubtleCrypto (well under a millisecond) or, on plain http, core's small
 * SHA-256; if the hashing code cannot load the record carries `null`, and the decision still counts.
 */
export async function allowFromPlaceholder(api: ConsentManager, require: string, texts: { lang: string; text: string; allow: string }) {
  const [category, service] = String(require).split('.');
  const shown = textList({ text: texts.text, allow: texts.allow });
  // Loaded on the click, like the code that decides: an app's first bundle carries none of it.
  const hash = await import('@consentry/core/texts').then((m) => m.textHash(shown, async () => m.sha256)).catch(() => null);
  await (api.setConsent as SetConsent)({ [category]: service ? { [service]: true } : true }, { source: 'placeholder', textHash: hash, language: texts.lang });
}
