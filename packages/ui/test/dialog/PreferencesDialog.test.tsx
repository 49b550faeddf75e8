// The preferences dialog (design.md "Visitor-facing behaviour"; compliance R9, R31, R44): what a
// visitor sees and can operate, read through the accessibility tree, and that the texts the
// record's textHash covers are exactly what the dialog shows.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { createRef } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogueEntry } from '../../../core/src/model/catalogue/catalogueEntry';
import { readConfig } from '../../../core/src/model/config/readConfig';
import { type Draft, PreferencesDialog, type PreferencesDialogProps, type ReceiptProps } from '../../src/dialog/PreferencesDialog';
import en from '../../src/i18n/en';
import nb from '../../src/i18n/nb';
import { createTranslator } from '../../src/i18n/translate';
import { dialogModel, dialogTexts } from '../../src/dialog/dialogModel';
import { visibleTexts } from '../support/visibleTexts';

const SITE = {
  revision: 1,
  categories: {
    necessary: {},
    functional: {},
    analytics: {
      cookies: [{ name: '/^_pk/', provider: 'Matomo', purpose: 'Counts visits', duration: '13 months' }],
      services: { ga: 'google-analytics', hotjar: { label: 'Hotjar', cookies: ['/^_hj/'] } },
    },
    marketing: { services: { youtube: 'youtube' } },
  },
};

const EMPTY: Draft = { categories: {}, services: {} };

function receipt(): ReceiptProps {
  return {
    heading: en['receipt.heading'],
    text: en['receipt.text'],
    idLabel: en['receipt.consentId'],
    consentId: '3f0c2a8e-5d1b-4c6e-9a7f-0b1c2d3e4f50',
    dateLabel: en['receipt.decidedOn'],
    date: '31/01/2026, 12:00:00',
    download: en['button.downloadHistory'],
    forget: en['button.forgetMe'],
    forgetHint: en['receipt.forgetMeHint'],
    onDownload: vi.fn(),
    onForget: vi.fn(),
  };
}

function renderDialog(o: { lang?: string; config?: object; draft?: Draft; expanded?: Record<string, boolean>; extra?: Partial<PreferencesDialogProps> } = {}) {
  const tr = createTranslator(o.lang || 'en', { nb });
  const model = dialogModel(
    readConfig(o.config || SITE, () => {}, catalogueEntry),
    tr,
  );
  const handlers = {
    onToggle: vi.fn(),
    onToggleService: vi.fn(),
    onExpand: vi.fn(),
    onAcceptAll: vi.fn(),
    onRejectAll: vi.fn(),
    onSave: vi.fn(),
    onClose: vi.fn(),
    onKeyDown: vi.fn(),
    onFocusIn: vi.fn(),
  };
  const view = render(
    <PreferencesDialog model={model} draft={o.draft || EMPTY} expanded={o.expanded || {}} dialogRef={createRef()} {...handlers} {...o.extra} />,
  );
  const dialog = view.container.querySelector('dialog')!;
  // happy-dom keeps a closed <dialog> out of the accessibility tree: open it as the UI does.
  dialog.setAttribute('open', '');
  return { model, handlers, dialog, view };
}

const switchNamed = (name: string) => screen.getByRole('switch', { name });

afterEach(cleanup);

describe('PreferencesDialog', () => {
  it('given the default categories, should name each switch by the category title alone', () => {
    renderDialog();
    for (const title of ['Necessary', 'Functional', 'Analytics', 'Marketing']) expect(switchNamed(title)).toBeTruthy();
  });

  it("given a category, should describe its switch with the category's description", () => {
    renderDialog();
    const analytics = switchNamed('Analytics');
    const described = document.getElementById(analytics.getAttribute('aria-describedby')!)!;
    expect(described.textContent).toBe(en['category.analytics.description']);
  });

  it('given a category without a description, should not point aria-describedby at nothing', () => {
    renderDialog({ config: { categories: { necessary: {}, newsletter: { label: 'Newsletter' } } } });
    expect(switchNamed('Newsletter').hasAttribute('aria-describedby')).toBe(false);
  });

  it('given an empty draft (a first visit), should show necessary on and disabled, and nothing else ticked', () => {
    renderDialog({ expanded: { necessary: true, functional: true, analytics: true, marketing: true } });
    const necessary = switchNamed('Necessary') as HTMLInputElement;
    expect(necessary.checked).toBe(true);
    expect(necessary.disabled).toBe(true);
    const others = screen.getAllByRole('switch').filter((s) => s != necessary) as HTMLInputElement[];
    expect(others.map((s) => [s.id, s.checked])).toEqual(others.map((s) => [s.id, false]));
    expect(others.every((s) => !s.disabled)).toBe(true);
    expect(screen.getByText('Always on')).toBeTruthy();
  });

  it("given the visitor's draft, should show what they chose", () => {
    renderDialog({ draft: { categories: { functional: true }, services: { analytics: { ga: true } } }, expanded: { analytics: true } });
    expect((switchNamed('Functional') as HTMLInputElement).checked).toBe(true);
    expect((switchNamed('Analytics') as HTMLInputElement).checked).toBe(false);
    expect((switchNamed('Google Analytics') as HTMLInputElement).checked).toBe(true);
    expect((switchNamed('Hotjar') as HTMLInputElement).checked).toBe(false);
  });

  it('given services, when expanded, should name their switches by the service labels and say who provides them', () => {
    renderDialog({ expanded: { analytics: true, marketing: true } });
    expect(switchNamed('Google Analytics')).toBeTruthy();
    expect(switchNamed('Hotjar')).toBeTruthy();
    expect(switchNamed('YouTube')).toBeTruthy();
    const group = screen.getByRole('list', { name: 'Services in Analytics' });
    expect(within(group).getByText('Provided by Google Ireland Limited')).toBeTruthy();
    const policy = within(group).getByRole('link', { name: 'Privacy policy of Google Ireland Limited' });
    expect(policy.getAttribute('href')).toBe('https://policies.google.com/privacy');
  });

  it('when toggling a category and a service, should report which one and its new state', () => {
    const { handlers } = renderDialog({ expanded: { analytics: true } });
    fireEvent.click(switchNamed('Marketing'));
    expect(handlers.onToggle).toHaveBeenCalledWith('marketing', true);
    fireEvent.click(switchNamed('Hotjar'));
    expect(handlers.onToggleService).toHaveBeenCalledWith('analytics', 'hotjar', true);
  });

  it('given collapsed services, the disclosure should say so and hide them; when pressed, should ask to expand that category', () => {
    const { handlers } = renderDialog();
    const disclosure = screen.getByRole('button', { name: 'Services in Analytics' });
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(disclosure.getAttribute('aria-controls')!)!.hidden).toBe(true);
    fireEvent.click(disclosure);
    expect(handlers.onExpand).toHaveBeenCalledWith('analytics');
  });

  it("given the analytics category, its cookie table should list the site's own rows and the catalogue service's cookies", () => {
    renderDialog({ expanded: { analytics: true } });
    const table = screen.getByRole('table', { name: 'Cookies and storage: Analytics' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[0]).toEqual(['Name', 'Provider', 'Purpose', 'Duration']);
    // A pattern is written in words for visitors, never shown raw (design.md).
    expect(rows).toContainEqual(['_pk…', 'Matomo', 'Counts visits', '13 months']);
    expect(rows).toContainEqual(['_ga', 'Google Ireland Limited', 'Tells visitors apart', '2 years']);
    expect(rows).toContainEqual(['_hj…', '', '', '']);
  });

  it("given the necessary category, its cookie table should declare Consentry's own cookie and IndexedDB", () => {
    renderDialog({ config: { ...SITE, cookie: { name: 'site_consent', expiresAfterDays: 90 } }, expanded: { necessary: true } });
    const table = screen.getByRole('table', { name: 'Cookies and storage: Necessary' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows.slice(1, 3)).toEqual([
      ['site_consent', 'This site', en['cookieTable.consentryPurpose'], '90 days'],
      ['consentry (IndexedDB)', 'This site', en['cookieTable.consentryPurpose'], 'Until deleted'],
    ]);
    expect(rows.map((r) => r[0])).not.toContainEqual(expect.stringContaining('consentry-outbox'));
  });

  it('given an endpoint, the necessary table should also declare the localStorage keys that hold records until they are sent', () => {
    renderDialog({ config: { ...SITE, endpoint: 'https://records.example/consent' }, expanded: { necessary: true } });
    const table = screen.getByRole('table', { name: 'Cookies and storage: Necessary' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[3]).toEqual(['consentry-outbox, consentry-outbox-lease (localStorage)', 'This site', en['cookieTable.consentryPurpose'], 'Until deleted']);
  });

  it('given a category with no services and no cookies, should name its disclosure after the cookie table and say none are listed, still captioned for screen readers', () => {
    renderDialog({ expanded: { functional: true } });
    expect(screen.queryByRole('button', { name: 'Services in Functional' })).toBeNull();
    const more = document.getElementById(screen.getByRole('button', { name: 'Cookies and storage: Functional' }).getAttribute('aria-controls')!)!;
    expect(within(more).queryByRole('table')).toBeNull();
    expect(within(more).getByText('No cookies or storage listed.', { exact: false })).toBeTruthy();
    expect(within(more).getByText('Cookies and storage: Functional')).toBeTruthy();
  });

  it.each([
    ['Accept all', 'onAcceptAll'],
    ['Reject all', 'onRejectAll'],
    ['Save choices', 'onSave'],
    ['Close', 'onClose'],
  ] as const)('when pressing %s, should call its handler and no other', (name, handler) => {
    const { handlers } = renderDialog();
    fireEvent.click(screen.getByRole('button', { name }));
    for (const [key, fn] of Object.entries(handlers)) expect({ key, calls: fn.mock.calls.length }).toEqual({ key, calls: key == handler ? 1 : 0 });
  });

  it('given Norwegian Bokmål, should offer Godta alle, Avvis alle and Lagre valg', () => {
    renderDialog({ lang: 'nb' });
    for (const name of ['Godta alle', 'Avvis alle', 'Lagre valg']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(switchNamed('Nødvendige')).toBeTruthy();
  });

  it('should be a modal dialog labelled by its title and described by its intro', () => {
    renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Cookie settings' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe(en['dialog.text']);
  });

  it('when Esc fires cancel, should keep the native close from happening and close it the Close button way', () => {
    const { dialog, handlers } = renderDialog();
    const esc = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(esc);
    expect(esc.defaultPrevented).toBe(true);
    expect(handlers.onClose).toHaveBeenCalledTimes(1);
  });

  it('given no decision yet, should show no receipt', () => {
    renderDialog();
    expect(screen.queryByText('Your consent')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Forget me' })).toBeNull();
  });

  it('given a receipt, should show the consent id and date, and Download and Forget me that call their handlers', () => {
    const r = receipt();
    renderDialog({ extra: { receipt: r } });
    const region = screen.getByRole('region', { name: 'Your consent' });
    expect(region.textContent).toContain(r.consentId);
    expect(region.textContent).toContain('Decided on: 31/01/2026, 12:00:00');
    fireEvent.click(screen.getByRole('button', { name: 'Download my consent history' }));
    expect(r.onDownload).toHaveBeenCalledTimes(1);
    const forget = screen.getByRole('button', { name: 'Forget me' });
    expect(document.getElementById(forget.getAttribute('aria-describedby')!)!.textContent).toBe(en['receipt.forgetMeHint']);
    fireEvent.click(forget);
    expect(r.onForget).toHaveBeenCalledTimes(1);
  });

  it('given a receipt and a reload notice, [data-nohash] should hold them, and nothing else', () => {
    const onReload = vi.fn();
    const r = receipt();
    const { dialog } = renderDialog({
      extra: { receipt: r, reload: { text: en['withdraw.reload'], thirdParty: en['withdraw.thirdParty'], button: 'Reload page', onReload } },
    });
    const nohash = [...dialog.querySelectorAll('[data-nohash]')];
    expect(nohash).toHaveLength(2);
    const held = nohash.map((el) => el.textContent).join(' ');
    for (const t of [r.consentId, r.date, r.heading, r.download, r.forget, r.forgetHint, en['withdraw.reload'], en['withdraw.thirdParty'], 'Reload page'])
      expect(held).toContain(t);
    fireEvent.click(screen.getByRole('button', { name: 'Reload page' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  describe('its texts, as the record textHash covers them', () => {
    const cases = [
      ['English, services collapsed', 'en', {}],
      ['English, services expanded', 'en', { necessary: true, functional: true, analytics: true, marketing: true }],
      ['Norwegian Bokmål, one category expanded', 'nb', { analytics: true }],
    ] as const;
    it.each(cases)('given %s, the text nodes in DOM order outside [data-nohash] should be exactly dialogTexts(model)', (_, lang, expanded) => {
      const { dialog, model } = renderDialog({
        lang,
        expanded,
        extra: { receipt: receipt(), reload: { text: 'r', thirdParty: 't', button: 'b', onReload() {} } },
      });
      expect(visibleTexts(dialog)).toEqual(dialogTexts(model));
    });

    it('given a site category with its own texts and a service without a provider, should still match', () => {
      const config = {
        categories: {
          necessary: { cookies: ['PHPSESSID'] },
          newsletter: { label: 'Newsletter', description: 'Remembers  that you\n signed up.', services: { mc: { label: 'Mailchimp' } } },
        },
      };
      const { dialog, model } = renderDialog({ config, expanded: { newsletter: true } });
      expect(visibleTexts(dialog)).toEqual(dialogTexts(model).map((t) => t.replace(/\s+/g, ' ').trim()));
    });
  });
});
