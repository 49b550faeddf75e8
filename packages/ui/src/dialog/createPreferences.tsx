import type { ResolvedConfig } from '@consentry/core/internal';
import type { ConsentChoices } from '@consentry/core';
import { readConfig } from '@consentry/core/readConfig';
import { catalogueWords } from './catalogueWords';
import { createRef, render } from 'preact';
import { tabbables, trapFocus } from './trapFocus';
import { type Draft, PreferencesDialog } from './PreferencesDialog';
import { dialogModel, dialogTexts } from './dialogModel';
import type { Preferences, UiContext } from '../uiContext';
import { downloadHistory } from './downloadHistory';
import { enDialog } from '../i18n/en';
import { nbDialog } from '../i18n/nb';
import { dialogStyles } from './dialogStyles';

/**
 * The full config (labels, descriptions, providers) with the services the markup registered, read
 * once per page once every catalogue entry is here. Its other problems are reported by the main
 * file and the banner; a retired translation key only matters here, where the dialog's texts are,
 * so this is where its notice is given (once).
 */
let full: ResolvedConfig | undefined;
let noticed = false;
export function fullConfig(ctx: UiContext): ResolvedConfig {
  if (full) return full;
  const config = readConfig(ctx.engine.input, (...p) => {
    if (p[1] == 'K' && !noticed) ctx.engine.env.load('diagnostics').then((m) => console.warn('[consentry]', m.describeProblem(p)), () => {});
  });
  noticed = true;
  // A service only the markup names (design.md): a catalogue id gets its entry's words; any other name is its own label.
  for (const core of ctx.engine.config.categories) {
    const cat = config.categories.find((c) => c.name == core.name);
    for (const { name, cookies, storage, indexedDB, hosts, catalogue } of core.services)
      if (cat && !cat.services.some((s) => s.name == name))
        cat.services.push({ name, label: name, catalogue, cookies: cookies.map((match) => ({ match })), storage, indexedDB, hosts });
  }
  if (catalogueWords(config, ctx.engine.config)) full = config;
  return config;
}

let ready = false;
/** Gives the UI what the dialog and placeholders need beyond the banner's bundle: texts and styles. */
export function completeUi(ctx: UiContext): void {
  if (ready) return;
  ready = true;
  ctx.addTexts({ en: enDialog, nb: nbDialog });
  ctx.addStyles(dialogStyles);
}

/**
 * The preferences dialog: its draft switches, focus handling and decisions. Opening moves focus
 * in; Tab is wrapped; Esc and Close return focus to the opener, else to the revisit button, else
 * to the start of the page (design.md).
 */
export function createPreferences(ctx: UiContext): Preferences {
  const { engine } = ctx;
  completeUi(ctx);
  const ref = createRef<HTMLDialogElement>();
  let open = false;
  let opener: Element | null = null;
  let draft: Draft = { categories: {}, services: {} };
  let expanded: Record<string, boolean> = {};
  let reload = false;

  /** The switches start from the visitor's decision; before one, nothing is on (compliance R9). */
  function fromConsent(): Draft {
    const c = engine.api.getConsent();
    const d: Draft = { categories: {}, services: {} };
    for (const cat of fullConfig(ctx).categories) {
      const services = c?.services[cat.name] || {};
      d.services[cat.name] = { ...services };
      const names = cat.services.map((s) => s.name);
      d.categories[cat.name] = cat.necessary || (!!c?.categories[cat.name] && names.every((s) => services[s]));
    }
    return d;
  }

  /** What Save sends: a whole category as a boolean, a partly allowed one service by service. */
  function choices(): ConsentChoices {
    const out: ConsentChoices = {};
    for (const cat of fullConfig(ctx).categories) {
      if (cat.necessary) continue;
      const s = draft.services[cat.name] || {};
      const on = cat.services.filter((x) => s[x.name]).length;
      out[cat.name] = !cat.services.length ? !!draft.categories[cat.name] : on == cat.services.length ? true : on == 0 ? false : { ...s };
    }
    return out;
  }

  const texts = () => dialogTexts(dialogModel(fullConfig(ctx), ctx.tr()));

  async function decide(action: 'accept_all' | 'reject_all' | 'custom') {
    await ctx.decide(action, action == 'custom' ? choices() : undefined, 'preferences', texts());
    draft = fromConsent();
    reload = engine.api.needsReload();
    if (reload) {
      rerender();
      // The offer to reload is what the visitor needs next: take them there.
      ref.current?.querySelector<HTMLElement>('[data-nohash] button')?.focus();
    } else prefs.close();
  }

  function restoreFocus() {
    const target = opener;
    opener = null;
    if (target instanceof HTMLElement && target.isConnected && target.getClientRects().length) target.focus();
    else ctx.fallbackFocus();
  }

  const prefs: Preferences = {
    open(from) {
      opener = from ?? null;
      draft = fromConsent();
      expanded = {};
      reload = false;
      open = true;
      rerender();
      const dialog = ref.current;
      if (dialog && !dialog.open) dialog.showModal();
      // Focus the first control after the title (APG: the first focusable element).
      if (dialog) tabbables(dialog)[0]?.focus();
    },
    close() {
      if (!open) return;
      open = false;
      ref.current?.close();
      rerender();
      engine.emit('hide', { layer: 'preferences' });
      restoreFocus();
    },
    isOpen: () => open,
    refresh: () => rerender(),
  };

  /** Renders the dialog for the current state into the UI's shadow root (nothing while closed). */
  function rerender() {
    render(view(), ctx.container);
  }

  function view() {
      if (!open) return null;
      const tr = ctx.tr();
      const state = engine.api.getConsent();
      const lang = tr.lang;
      return (
        <PreferencesDialog
          model={dialogModel(fullConfig(ctx), tr)}
          draft={draft}
          expanded={expanded}
          dialogRef={ref}
          receipt={
            state
              ? {
                  heading: tr.t('receipt.heading'),
                  text: tr.t('receipt.text'),
                  idLabel: tr.t('receipt.consentId'),
                  consentId: state.consentId,
                  dateLabel: tr.t('receipt.decidedOn'),
                  date: new Date(state.timestamp).toLocaleString(lang),
                  download: tr.t('button.downloadHistory'),
                  forget: tr.t('button.forgetMe'),
                  forgetHint: tr.t('receipt.forgetMeHint'),
                  onDownload: () => downloadHistory(engine),
                  onForget: () => {
                    ctx.decide('reset', undefined, 'preferences', texts());
                    prefs.close();
                  },
                }
              : undefined
          }
          reload={
            reload
              ? { text: tr.t('withdraw.reload'), thirdParty: tr.t('withdraw.thirdParty'), button: tr.t('button.reloadPage'), onReload: () => engine.settled().then(() => location.reload()) }
              : undefined
          }
          onToggle={(cat, on) => {
            draft.categories[cat] = on;
            const services = draft.services[cat] || (draft.services[cat] = {});
            for (const s of fullConfig(ctx).categories.find((c) => c.name == cat)?.services || []) services[s.name] = on;
            rerender();
          }}
          onToggleService={(cat, s, on) => {
            const services = draft.services[cat] || (draft.services[cat] = {});
            services[s] = on;
            const all = fullConfig(ctx).categories.find((c) => c.name == cat)?.services || [];
            draft.categories[cat] = all.every((x) => services[x.name]);
            rerender();
          }}
          onExpand={(cat) => {
            expanded = { ...expanded, [cat]: !expanded[cat] };
            rerender();
          }}
          onAcceptAll={() => decide('accept_all')}
          onRejectAll={() => decide('reject_all')}
          onSave={() => decide('custom')}
          onClose={() => prefs.close()}
          onKeyDown={(e) => ref.current && trapFocus(ref.current, e)}
        />
      );
  }
  return prefs;
}
