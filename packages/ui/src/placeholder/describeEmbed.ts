import type { ResolvedConfig } from '@consentry/core/internal';
import { categoryTitle, serviceFacts } from '../dialog/dialogModel';
import type { EmbedSubject, UiContext } from '../uiContext';

/**
 * What a held embed is, for its placeholder: the service's label and provider (from config or
 * the catalogue) and the category's title; its button allows the service, else the category.
 */
export function describeEmbed(ctx: UiContext, config: ResolvedConfig, el: Element): EmbedSubject {
  const cat = el.getAttribute('data-category')!;
  const svc = el.getAttribute('data-service') || undefined;
  const c = config.categories.find((x) => x.name == cat);
  const s = svc ? c?.services.find((x) => x.name == svc) : undefined;
  const facts = s && serviceFacts(s);
  const category = c ? categoryTitle(c, ctx.tr()) : cat;
  const service = facts ? facts.label : svc;
  return {
    service,
    provider: facts?.provider,
    category,
    choices: svc ? { [cat]: { [svc]: true } } : { [cat]: true },
    name: service || category,
  };
}
