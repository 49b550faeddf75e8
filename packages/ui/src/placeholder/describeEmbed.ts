import type { ResolvedConfig } from '@consentry/core/internal';
import { categoryTitle, serviceFacts } from '../dialog/dialogModel';
import type { Translator } from '../i18n/Translator';
import type { EmbedSubject, UiContext } from '../uiContext';

/**
 * What a held embed is, for its placeholder: the service's label and provider (from config or
 * the catalogue) and the category's title; its button allows the service, else the category.
 */
export function describeEmbed(ctx: UiContext, config: ResolvedConfig, el: Element): EmbedSubject {
  return embedSubject(config, ctx.tr(), el.getAttribute('data-category')!, el.getAttribute('data-service') || undefined);
}

/**
 * The placeholder's subject for `category` (and `service`) in the texts of `tr`: the page's
 * placeholders and the text archive (`npx consentry texts`) name an embed alike.
 */
export function embedSubject(config: ResolvedConfig, tr: Translator, cat: string, svc?: string): EmbedSubject {
  const c = config.categories.find((x) => x.name == cat);
  const s = svc ? c?.services.find((x) => x.name == svc) : undefined;
  const facts = s && serviceFacts(s);
  const category = c ? categoryTitle(c, tr) : cat;
  const service = facts ? facts.label : svc;
  return {
    service,
    provider: facts?.provider,
    category,
    choices: svc ? { [cat]: { [svc]: true } } : { [cat]: true },
    name: service || category,
  };
}
