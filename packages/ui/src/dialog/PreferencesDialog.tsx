import type { Ref } from 'preact';
import type { DialogModel } from './dialogModel';
import { CategorySwitch } from './CategorySwitch';

/** The visitor's switches while the dialog is open: categories as a whole, and services. */
export interface Draft {
  categories: Record<string, boolean>;
  services: Record<string, Record<string, boolean>>;
}

/** The visitor's stored decision, shown after one (compliance R44, R47, R48). */
export interface ReceiptProps {
  heading: string;
  text: string;
  idLabel: string;
  consentId: string;
  dateLabel: string;
  date: string;
  download: string;
  forget: string;
  forgetHint: string;
  onDownload(): void;
  onForget(): void;
}

export interface PreferencesDialogProps {
  model: DialogModel;
  draft: Draft;
  expanded: Record<string, boolean>;
  receipt?: ReceiptProps;
  /** Shown after withdrawing something whose code already ran. */
  reload?: { text: string; button: string; thirdParty: string; onReload(): void };
  dialogRef: Ref<HTMLDialogElement>;
  onToggle(category: string, on: boolean): void;
  onToggleService(category: string, service: string, on: boolean): void;
  onExpand(category: string): void;
  onAcceptAll(): void;
  onRejectAll(): void;
  onSave(): void;
  onClose(): void;
  onKeyDown(e: KeyboardEvent): void;
  onFocusIn(e: FocusEvent): void;
}

/**
 * The second layer: a native modal `<dialog>` labelled by its title (APG dialog pattern), one
 * switch per category and service, the cookie table, and Accept all / Reject all / Save choices.
 * The visitor's own receipt and the reload notice are marked `data-nohash`: they are not part of
 * the texts a record's `textHash` covers.
 */
export function PreferencesDialog(p: PreferencesDialogProps) {
  const { model: m, draft } = p;
  return (
    <dialog
      class="prefs"
      ref={p.dialogRef}
      aria-labelledby="consentry-prefs-title"
      aria-describedby="consentry-prefs-text"
      aria-modal="true"
      onCancel={(e) => {
        // Esc: close the way the Close button does, so focus goes back where it belongs.
        e.preventDefault();
        p.onClose();
      }}
      onKeyDown={p.onKeyDown}
      onFocusIn={p.onFocusIn}
    >
      <div class="head">
        <h2 id="consentry-prefs-title">{m.title}</h2>
        <button type="button" class="secondary" onClick={p.onClose}>
          {m.close}
        </button>
      </div>
      <div class="body">
        <p id="consentry-prefs-text">{m.intro}</p>
        {p.reload && (
          <div class="receipt" data-nohash>
            <p>{p.reload.text}</p>
            <p class="muted">{p.reload.thirdParty}</p>
            <button type="button" onClick={p.reload.onReload}>
              {p.reload.button}
            </button>
          </div>
        )}
        {p.receipt && <Receipt {...p.receipt} />}
        {m.categories.map((c) => (
          <CategorySwitch
            category={c}
            headers={m.headers}
            checked={!!draft.categories[c.name]}
            services={draft.services[c.name] || {}}
            expanded={!!p.expanded[c.name]}
            onToggle={(on) => p.onToggle(c.name, on)}
            onToggleService={(s, on) => p.onToggleService(c.name, s, on)}
            onExpand={() => p.onExpand(c.name)}
          />
        ))}
      </div>
      {/* The dialog's own polite live region: the UI's is inert while this modal dialog is open. */}
      <p role="status" aria-live="polite" class="sr-only" />
      <div class="foot actions">
        <button type="button" onClick={p.onAcceptAll}>
          {m.acceptAll}
        </button>
        <button type="button" onClick={p.onRejectAll}>
          {m.rejectAll}
        </button>
        <button type="button" onClick={p.onSave}>
          {m.save}
        </button>
      </div>
    </dialog>
  );
}

function Receipt(r: ReceiptProps) {
  return (
    <section class="receipt" aria-labelledby="consentry-receipt-title" data-nohash>
      <h3 id="consentry-receipt-title">{r.heading}</h3>
      <p>{r.text}</p>
      <p>
        {r.idLabel}: <code>{r.consentId}</code>
        <br />
        {r.dateLabel}: <time>{r.date}</time>
      </p>
      <div class="actions">
        <button type="button" class="secondary" onClick={r.onDownload}>
          {r.download}
        </button>
        <button type="button" class="secondary" aria-describedby="consentry-forget-hint" onClick={r.onForget}>
          {r.forget}
        </button>
      </div>
      <p id="consentry-forget-hint" class="muted">
        {r.forgetHint}
      </p>
    </section>
  );
}
