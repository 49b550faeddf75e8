import type { PreferencesModule, UiContext } from '../uiContext';
import { categoryTitle, serviceFacts } from '../dialog/dialogModel';
import { completeUi, fullConfig } from '../dialog/createPreferences';

/**
 * What a held embed is, for its placeholder: the service's label and provider (from config or
 * the catalogue) and the category's title; its button allows the service, else the category.
 */
export const describeEmbed: PreferencesModule['describeEmbed'] = (ctx: UiContext, el: Element) => {
  completeUi(ctx);
  const cat = el.getAttribute('data-category')!;
  const svc = el.getAttribute('data-service') || undefined;
  const c = fullConfig(ctx).categories.find((x) => x.name == cat);
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
};
