import type { ConsentState } from '@consentry/core';
import type { ResolvedConfig } from '@consentry/core/internal';
import { createRef, render } from 'preact';
import type { Translator } from '../i18n/Translator';
import { announce } from '../status/createStatus';
import { statusText } from '../status/statusText';
import type { Preferences, UiContext } from '../uiContext';
import { dialogModel, dialogTexts } from './dialogModel';
import { downloadHistory } from './downloadHistory';
import { draftChoices, draftFrom, toggleCategory, toggleService } from './draft';
import { keepInView } from './keepInView';
import { type Draft, PreferencesDialog, type PreferencesDialogProps, type ReceiptProps } from './PreferencesDialog';
import { tabbables, trapFocus } from './trapFocus';

/**
 * The preferences dialog: its draft switches, focus handling and decisions. Opening moves focus
 * in; Tab is wrapped, and what it reaches is kept clear of the sticky buttons; Esc and Close return
 * focus to the opener, else to the revisit button, else to the start of the page (design.md).
 * One function: the dialog's state (open, opener, draft, expanded rows, the reload offer) is read
 * by its render and changed by its handlers; they share this closure.
 */
export function createPreferences(ctx: UiContext, fullConfig: () => ResolvedConfig): Preferences {
  const { engine } = ctx;
  const ref = createRef<HTMLDialogElement>();
  let open = false;
  let opener: Element | null = null;
  let draft: Draft = { categories: {}, services: {} };
  let expanded: Record<string, boolean> = {};
  let reload = false;
  const texts = () => dialogTexts(dialogModel(fullConfig(), ctx.tr()));

  /** Set while the dialog's own decision applies: after it, the dialog closes or offers a reload itself. */
  let deciding = false;

  async function decide(action: 'accept_all' | 'reject_all' | 'custom') {
    deciding = true;
    try {
      await ctx.decide(action, action == 'custom' ? draftChoices(fullConfig(), draft) : undefined, 'preferences', texts());
    } finally {
      deciding = false;
    }
    draft = draftFrom(fullConfig(), engine.api.getConsent());
    reload = engine.api.needsReload();
    if (reload) {
      rerender();
      // The UI's own live region is inert behind this modal dialog: the confirmation is said in the dialog's.
      const said = ref.current?.querySelector<HTMLElement>('[role=status]');
      if (said) announce(said, () => statusText(ctx.tr(), action, engine.api.getConsent()));
      // The offer to reload is what the visitor needs next: take them there.
      ref.current?.querySelector<HTMLElement>('[data-nohash] button')?.focus();
    } else prefs.close();
  }

  const prefs: Preferences = {
    open(from) {
      opener = from ?? null;
      draft = draftFrom(fullConfig(), engine.api.getConsent());
      expanded = {};
      reload = false;
      open = true;
      rerender();
      if (ref.current) showModal(ref.current);
    },
    close() {
      if (!open) return;
      open = false;
      ref.current?.close();
      rerender();
      engine.emit('hide', { layer: 'preferences' });
      const to = opener;
      opener = null;
      returnFocus(to, ctx);
    },
    isOpen: () => open,
    refresh: () => rerender(),
  };

  // A decision made elsewhere while the dialog is open (the API, a hook, another tab): the dialog
  // goes, as the banner does. Its switches would show what no longer holds, and saving them would
  // undo that decision.
  for (const event of ['consent', 'change'] as const) engine.api.on(event, () => open && !deciding && prefs.close());

  /** Renders the dialog for the current state into the UI's shadow root (nothing while closed). */
  function rerender() {
    render(view(), ctx.container);
  }
  function change(update: () => void) {
    update();
    rerender();
  }

  function view() {
    if (!open) return null;
    const tr = ctx.tr();
    const state = engine.api.getConsent();
    const forget = () => {
      ctx.decide('reset', undefined, 'preferences', texts());
      prefs.close();
    };
    return (
      <PreferencesDialog
        model={dialogModel(fullConfig(), tr)}
        draft={draft}
        expanded={expanded}
        dialogRef={ref}
        receipt={state ? receiptProps(tr, state, () => downloadHistory(engine), forget) : undefined}
        reload={reload ? reloadProps(tr, engine) : undefined}
        onToggle={(cat, on) => change(() => toggleCategory(fullConfig(), draft, cat, on))}
        onToggleService={(cat, service, on) => change(() => toggleService(fullConfig(), draft, cat, service, on))}
        onExpand={(cat) => change(() => (expanded = { ...expanded, [cat]: !expanded[cat] }))}
        onAcceptAll={() => decide('accept_all')}
        onRejectAll={() => decide('reject_all')}
        onSave={() => decide('custom')}
        onClose={() => prefs.close()}
        onKeyDown={(e) => ref.current && trapFocus(ref.current, e)}
        onFocusIn={(e) => ref.current && keepInView(ref.current, e.target as Element)}
      />
    );
  }
  return prefs;
}

/** Shows the dialog modal and focuses its first control after the title (APG: the first focusable element). */
function showModal(dialog: HTMLDialogElement) {
  if (!dialog.open) dialog.showModal();
  tabbables(dialog)[0]?.focus();
}

/** Focus back to the element that opened the dialog if it can still take it, else where the UI says. */
function returnFocus(opener: Element | null, ctx: UiContext) {
  if (opener instanceof HTMLElement && opener.isConnected && opener.getClientRects().length) opener.focus();
  else ctx.fallbackFocus();
}

/** The offer to reload the page after withdrawing something whose code already ran. */
function reloadProps(tr: Translator, engine: UiContext['engine']): PreferencesDialogProps['reload'] {
  const onReload = () => engine.settled().then(() => location.reload());
  return { text: tr.t('withdraw.reload'), thirdParty: tr.t('withdraw.thirdParty'), button: tr.t('button.reloadPage'), onReload };
}

/** The receipt of the visitor's stored decision, in their language. */
function receiptProps(tr: Translator, state: ConsentState, onDownload: () => void, onForget: () => void): ReceiptProps {
  return {
    heading: tr.t('receipt.heading'),
    text: tr.t('receipt.text'),
    idLabel: tr.t('receipt.consentId'),
    consentId: state.consentId,
    dateLabel: tr.t('receipt.decidedOn'),
    date: new Date(state.timestamp).toLocaleString(tr.lang),
    download: tr.t('button.downloadHistory'),
    forget: tr.t('button.forgetMe'),
    forgetHint: tr.t('receipt.forgetMeHint'),
    onDownload,
    onForget,
  };
}
