import type { ResolvedConfig, ResolvedService, CookieRule } from '@consentry/core/internal';
import type { ServiceDescription } from '@consentry/core/catalogue';
import type { Translator } from '../i18n/Translator';
import { patternInWords } from './patternInWords';

/** One row of the cookie table: name, provider, purpose, duration. */
export type CookieRow = [name: string, provider: string, purpose: string, duration: string];

export interface ServiceModel {
  name: string;
  label: string;
  provider: string;
  privacyPolicy?: { text: string; url: string };
}

export interface CategoryModel {
  name: string;
  necessary: boolean;
  title: string;
  alwaysOn: string;
  description: string;
  servicesLabel: string;
  services: ServiceModel[];
  caption: string;
  rows: CookieRow[];
  empty: string;
}

/** Everything the preferences dialog shows, in render order: the components and `dialogTexts` read it. */
export interface DialogModel {
  title: string;
  close: string;
  intro: string;
  headers: CookieRow;
  categories: CategoryModel[];
  acceptAll: string;
  rejectAll: string;
  save: string;
}

/** A cookie as the table names it: its label, else its name or pattern in words (never a raw pattern). */
const shown = (r: CookieRule) => r.label || patternInWords(r.name || String(r.match));

/** What a service is, from its config and, for a catalogue service, its entry's words (see catalogueWords). */
export function serviceFacts(s: ResolvedService): { d?: ServiceDescription; label: string; provider: string; url?: string } {
  const d = s.description;
  // A catalogue service's label is its key unless the site named it.
  return {
    d,
    label: s.label != s.name ? s.label : d?.label || s.label,
    provider: s.provider || d?.provider || '',
    url: s.privacyPolicyUrl || d?.privacyPolicyUrl,
  };
}

/** Builds the dialog's model from the full config and the texts of one language. */
export function dialogModel(config: ResolvedConfig, tr: Translator): DialogModel {
  const { t, lookup, override } = tr;
  const service = (s: ResolvedService): ServiceModel => {
    const { label, provider, url } = serviceFacts(s);
    return {
      name: s.name,
      label,
      provider: provider && t('service.provider', { provider }),
      privacyPolicy: url && provider ? { text: t('service.privacyPolicy', { provider }), url } : undefined,
    };
  };
  const rows = (c: ResolvedConfig['categories'][number]): CookieRow[] => {
    const out: CookieRow[] = c.cookies.map((r) => [shown(r), r.provider || '', r.purpose || '', r.duration || '']);
    for (const s of c.services) {
      const { d, provider } = serviceFacts(s);
      if (d && !s.cookies.some((r) => r.name)) for (const k of d.cookies) out.push([k.name, provider, k.purpose || d.purpose, k.duration]);
      else for (const r of s.cookies) out.push([shown(r), r.provider || provider, r.purpose || s.purpose || '', r.duration || '']);
    }
    if (c.necessary) {
      // Consentry's own storage is always declared (compliance R4): the cookie, the receipts, and with
      // an endpoint the records waiting to be sent (the lease only in browsers without Web Locks).
      const own = t('cookieTable.thisSite');
      const purpose = t('cookieTable.consentryPurpose');
      const until = t('cookieTable.untilDeleted');
      out.unshift(
        [config.cookie.name, own, purpose, t('cookieTable.days', { days: config.cookie.expiresAfterDays })],
        ['consentry (IndexedDB)', own, purpose, until],
        ...(config.endpoint ? [['consentry-outbox, consentry-outbox-lease (localStorage)', own, purpose, until] as CookieRow] : []),
      );
    }
    return out;
  };
  return {
    title: t('dialog.title'),
    close: t('button.close'),
    intro: t('dialog.text'),
    headers: [t('cookieTable.name'), t('cookieTable.provider'), t('cookieTable.purpose'), t('cookieTable.duration')],
    categories: config.categories.map((c) => {
      const key = `category.${c.name}`;
      const title = categoryTitle(c, tr);
      return {
        name: c.name,
        necessary: c.necessary,
        title,
        alwaysOn: c.necessary ? t('category.alwaysOn') : '',
        description: override(key + '.description') || c.description || lookup(key + '.description') || '',
        // The disclosure holds the services and the cookie table; without services it is the table's.
        servicesLabel: c.services.length ? t('category.services', { category: title }) : t('cookieTable.caption', { category: title }),
        services: c.services.map(service),
        caption: t('cookieTable.caption', { category: title }),
        rows: rows(c),
        empty: t('cookieTable.empty'),
      };
    }),
    acceptAll: t('button.acceptAll'),
    rejectAll: t('button.rejectAll'),
    save: t('button.saveChoices'),
  };
}

/** The dialog's texts in DOM order (see PreferencesDialog): what its `textHash` is computed over. */
export function dialogTexts(m: DialogModel): string[] {
  const out = [m.title, m.close, m.intro];
  for (const c of m.categories) {
    out.push(c.title, c.alwaysOn, c.description, c.servicesLabel);
    for (const s of c.services) out.push(s.label, s.provider, s.privacyPolicy?.text || '');
    out.push(c.caption);
    if (c.rows.length) out.push(...m.headers, ...c.rows.flat());
    else out.push(c.empty);
  }
  out.push(m.acceptAll, m.rejectAll, m.save);
  return out.filter(Boolean);
}

/** A category's title: the site's translation, then its label, then the built-in title (CategoryConfig.label). */
export function categoryTitle(c: ResolvedConfig['categories'][number], { override, lookup }: Translator): string {
  const key = `category.${c.name}.title`;
  return override(key) || c.label || lookup(key) || c.name;
}
