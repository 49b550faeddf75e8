/** @jsxImportSource react */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type ReactNode, StrictMode, Suspense, lazy } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { formatConsentCookie, parseConsentCookie } from '@consentry/core';
import { textHash } from '@consentry/core/texts';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../test/setup/browserEnv';
import { startRecordsCollector } from '../../../test/support/recordsCollector';
import { init, type ConsentryApi } from 'consentry';
import { ConsentGate, ConsentScript, ConsentryProvider, type InitialConsent, useAllowed, useConsent, useConsentry } from '@consentry/react';

const config = { categories: { analytics: {}, marketing: { services: { youtube: 'youtube' } } } };
const page = () => window as { Consentry?: ConsentryApi };
const banners = () => document.querySelectorAll('consentry-ui:not([data-placeholder])').length;

function Probe() {
  const consent = useConsent();
  const analytics = useAllowed('analytics');
  const youtube = useAllowed('marketing.youtube');
  const api = useConsentry();
  return <output data-testid="probe">{JSON.stringify({ decided: !!consent, analytics, youtube, api: api === page().Consentry && !!api })}</output>;
}
const probe = () => JSON.parse(screen.getByTestId('probe').textContent!);

beforeEach(() => {
  // Each test starts as a first visit on a page without an instance.
  for (const c of document.cookie.split('; ')) if (c) document.cookie = `${c.split('=')[0]}=; max-age=0; path=/`;
  delete page().Consentry;
  document.body.innerHTML = '';
  document.head.querySelectorAll('script').forEach((s) => s.remove());
});
afterEach(() => cleanup());
// An engine re-reads the cookie up to 3 s after another tab's change (createEngine): let those
// timers run while the page exists, not after happy-dom is torn down (an uncaught error then).
afterAll(() => new Promise((r) => setTimeout(r, 3100)));

describe('given a first visit and <ConsentryProvider>', () => {
  it('should start one instance and one banner under StrictMode, whose double mount starts nothing twice', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <StrictMode>
        <ConsentryProvider config={config}>
          <Probe />
        </ConsentryProvider>
      </StrictMode>,
    );
    const first = page().Consentry;
    expect(first).toBeDefined();
    await waitFor(() => expect(banners()).toBe(1));
    expect(probe()).toEqual({ decided: false, analytics: false, youtube: false, api: true });
    // A remount (route change) keeps the instance.
    cleanup();
    render(
      <ConsentryProvider config={config}>
        <Probe />
      </ConsentryProvider>,
    );
    expect(page().Consentry).toBe(first);
    await new Promise((r) => setTimeout(r, 50));
    expect(banners()).toBe(1);
    expect(warn.mock.calls.flat().join(' ')).not.toMatch(/already runs here/);
    warn.mockRestore();
  });

  it('should use the instance already on the page (the script tag) and ignore its own config', () => {
    const existing = init({ categories: { analytics: {} } });
    render(
      <ConsentryProvider config={config}>
        <Probe />
      </ConsentryProvider>,
    );
    expect(page().Consentry).toBe(existing);
    expect(probe().api).toBe(true);
  });

  it('should re-render hooks and gates on a decision, and again on a withdrawal', async () => {
    render(
      <ConsentryProvider config={config}>
        <Probe />
        <ConsentGate require="analytics" fallback={<p>analytics off</p>}>
          <p>analytics on</p>
        </ConsentGate>
      </ConsentryProvider>,
    );
    expect(screen.getByText('analytics off')).toBeTruthy();
    await act(() => page().Consentry!.acceptAll());
    expect(probe()).toEqual({ decided: true, analytics: true, youtube: true, api: true });
    expect(screen.getByText('analytics on')).toBeTruthy();
    expect(screen.queryByText('analytics off')).toBeNull();
    await act(() => page().Consentry!.setConsent({ analytics: false }));
    expect(probe()).toMatchObject({ analytics: false, youtube: true });
    await act(() => page().Consentry!.reset());
    expect(probe()).toEqual({ decided: false, analytics: false, youtube: false, api: true });
    expect(screen.getByText('analytics off')).toBeTruthy();
  });

  it('should show the placeholder as the default fallback; its Allow and load allows the service and shows the children', async () => {
    render(
      <ConsentryProvider config={config}>
        <ConsentGate require="marketing.youtube">
          <iframe title="Video" />
        </ConsentGate>
      </ConsentryProvider>,
    );
    // A group named by what is held, so a screen reader says what the button loads.
    const group = screen.getByRole('group', { name: 'YouTube by Google Ireland Limited is held until you allow Marketing.' });
    const button = screen.getByRole('button', { name: 'Allow and load' });
    expect(group.contains(button)).toBe(true);
    expect(button.getAttribute('type')).toBe('button');
    expect(screen.queryByTitle('Video')).toBeNull();
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByTitle('Video')).toBeTruthy());
    // Focus follows to what replaced the placeholder.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTitle('Video')));
    expect(page().Consentry!.getConsent()!.services.marketing.youtube).toBe(true);
    // Only the service: the rest of marketing stays as it was.
    expect(page().Consentry!.isAllowed('analytics')).toBe(false);
  });

  it("should record the placeholder's Allow and load as the script tag's: source placeholder, the hash of its texts, their language", async () => {
    const endpoint = await startRecordsCollector();
    try {
      render(
        <ConsentryProvider config={{ ...config, endpoint: endpoint.url }}>
          <ConsentGate require="marketing.youtube">
            <p>video</p>
          </ConsentGate>
        </ConsentryProvider>,
      );
      const shown = [screen.getByRole('group').querySelector('p')!.textContent!, 'Allow and load'];
      fireEvent.click(screen.getByRole('button', { name: 'Allow and load' }));
      const record = await endpoint.next();
      expect(record).toMatchObject({ source: 'placeholder', method: 'custom', language: 'en', services: { marketing: { youtube: true } } });
      expect(record.textHash).toBe(await textHash(shown, () => Promise.reject(Error('SubtleCrypto is there'))));
    } finally {
      await endpoint.close();
    }
  });

  it('should render nothing for fallback={null}', () => {
    const { container } = render(
      <ConsentryProvider config={config}>
        <ConsentGate require="analytics" fallback={null}>
          <p>on</p>
        </ConsentGate>
      </ConsentryProvider>,
    );
    expect(container.innerHTML).toBe('');
  });

  it('should add a ConsentScript once it is allowed, and only once whatever remounts and StrictMode do', async () => {
    const app = (
      <StrictMode>
        <ConsentryProvider config={config}>
          <ConsentScript require="analytics" src="/analytics.js" />
          <ConsentScript require="analytics" src="/analytics.js" />
        </ConsentryProvider>
      </StrictMode>
    );
    const scripts = () => document.querySelectorAll('script[src="/analytics.js"]').length;
    const { unmount } = render(app);
    expect(scripts()).toBe(0);
    await act(() => page().Consentry!.acceptAll());
    expect(scripts()).toBe(1);
    unmount();
    render(app);
    expect(scripts()).toBe(1);
  });

  it('should have Consentry release the ConsentScript, so a withdrawal knows its code ran (needsReload)', async () => {
    const settled: string[] = [];
    const { unmount } = render(
      <ConsentryProvider config={config}>
        <ConsentScript require="analytics" src="/ran.js" id="ran" onLoad={() => settled.push('load')} onError={() => settled.push('error')} />
      </ConsentryProvider>,
    );
    await act(() => page().Consentry!.acceptAll());
    // The released copy's load or error reaches the props (happy-dom loads no script file: error).
    await waitFor(() => expect(settled).toHaveLength(1));
    // Released: a real script in the head, its attributes kept, no longer held.
    await waitFor(() => expect(document.head.querySelector('script#ran')?.getAttribute('type')).toBeNull());
    expect(document.head.querySelector('script#ran')!.getAttribute('src')).toBe('/ran.js');
    expect(page().Consentry!.needsReload()).toBe(false);
    await act(() => page().Consentry!.setConsent({ analytics: false }));
    expect(page().Consentry!.needsReload()).toBe(true);
    unmount();
  });

  it.each<[string, unknown]>([
    ['a symbol', Symbol('x')],
    ['an object without a prototype', Object.create(null)],
    ['an array', ['necessary']],
    ['a number', 7],
  ])('should answer false for useAllowed(%s), as isAllowed does, never throw', (_, name) => {
    function Bad() {
      return <output data-testid="bad">{String(useAllowed(name as string))}</output>;
    }
    render(
      <ConsentryProvider config={config}>
        <Bad />
      </ConsentryProvider>,
    );
    expect(screen.getByTestId('bad').textContent).toBe('false');
  });

  it('should stop listening to the instance when the provider unmounts', async () => {
    const api = init(config);
    const stops: Array<ReturnType<typeof vi.fn>> = [];
    const on = api.on;
    api.on = ((event: 'change', fn: () => void) => {
      const stop = vi.fn(on(event, fn));
      stops.push(stop);
      return stop;
    }) as ConsentryApi['on'];
    const { unmount } = render(
      <ConsentryProvider>
        <Probe />
      </ConsentryProvider>,
    );
    expect(stops.length).toBeGreaterThan(0);
    expect(stops.every((stop) => stop.mock.calls.length == 0)).toBe(true);
    unmount();
    expect(stops.every((stop) => stop.mock.calls.length == 1)).toBe(true);
    api.on = on;
  });

  it('should answer "no decision" with one [consentry] warning outside a provider, never throw', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Probe />);
    render(<Probe />);
    expect(JSON.parse(screen.getAllByTestId('probe')[0].textContent!)).toEqual({ decided: false, analytics: false, youtube: false, api: false });
    // Only ours: an instance of an earlier test may still log its own.
    expect(warn.mock.calls.map((c) => String(c[0])).filter((m) => /ConsentryProvider/.test(m))).toEqual([
      '[consentry] useConsent() is used outside <ConsentryProvider>; it sees no decision',
    ]);
    warn.mockRestore();
  });
});

describe('given server HTML to hydrate', () => {
  const tree = (initialConsent?: ReturnType<typeof parseConsentCookie>) => (
    <ConsentryProvider config={config} initialConsent={initialConsent}>
      <ConsentGate require="analytics" fallback={<p>analytics off</p>}>
        <p>analytics on</p>
      </ConsentGate>
      <ConsentGate require="marketing.youtube">
        <iframe title="Video" />
      </ConsentGate>
    </ConsentryProvider>
  );
  /** Renders as a server would: no window, so no instance. */
  function serverHtml(initialConsent?: ReturnType<typeof parseConsentCookie>, root = tree(initialConsent)) {
    vi.stubGlobal('window', undefined);
    try {
      return renderToString(root);
    } finally {
      vi.unstubAllGlobals();
    }
  }
  /** Hydrates `html` with `root`, waiting `settle` ms for parts that come later; what React reported. */
  async function hydrate(html: string, initialConsent?: ReturnType<typeof parseConsentCookie>, root = tree(initialConsent), settle = 0) {
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    await act(async () => {
      hydrateRoot(container, root, { onRecoverableError: (e) => errors.push(e) });
      await new Promise((r) => setTimeout(r, settle));
    });
    error.mockRestore();
    return { container, errors };
  }

  it("should hydrate a returning visitor's page without a mismatch, content already in the server HTML", async () => {
    document.cookie = `consentry=${formatConsentCookie({ categories: { analytics: true }, services: { marketing: { youtube: true } } })}; path=/`;
    const initial = parseConsentCookie(document.cookie);
    const html = serverHtml(initial);
    expect(html).toContain('analytics on');
    expect(html).toContain('<iframe');
    const { container, errors } = await hydrate(html, initial);
    expect(errors).toEqual([]);
    expect(container.textContent).toContain('analytics on');
    expect(page().Consentry!.isAllowed('analytics')).toBe(true);
  });

  it("should not add a ConsentScript on the server's decision when the page's instance refuses (the visitor decided since)", async () => {
    const scriptTree = (initialConsent: InitialConsent) => (
      <ConsentryProvider config={config} initialConsent={initialConsent}>
        <ConsentScript require="analytics" src="/stale.js" />
      </ConsentryProvider>
    );
    const stale = { categories: { analytics: true }, services: {} };
    vi.stubGlobal('window', undefined);
    const html = renderToString(scriptTree(stale));
    vi.unstubAllGlobals();
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    // No cookie in this browser: the instance allows nothing.
    await act(async () => {
      hydrateRoot(container, scriptTree(stale));
    });
    expect(page().Consentry!.isAllowed('analytics')).toBe(false);
    expect(document.querySelectorAll('script[src="/stale.js"]').length).toBe(0);
  });

  it('should answer false, never throw, for a hand-made initialConsent missing its services', () => {
    function Youtube() {
      return <output data-testid="yt">{String(useAllowed('marketing.youtube'))}</output>;
    }
    vi.stubGlobal('window', undefined);
    try {
      const html = renderToString(
        <ConsentryProvider config={config} initialConsent={{ categories: { analytics: true } } as unknown as InitialConsent}>
          <Youtube />
        </ConsentryProvider>,
      );
      expect(html).toContain('>false<');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('should hydrate a gate in a lazy part under Suspense, which hydrates after the rest, with the server decision too, then show what the cookie allows', async () => {
    document.cookie = `consentry=${formatConsentCookie({ categories: { analytics: true } })}; path=/`;
    const Gate = () => (
      <ConsentGate require="analytics" fallback={<p>analytics off</p>}>
        <p>analytics on</p>
      </ConsentGate>
    );
    const suspended = (part: ReactNode) => (
      <ConsentryProvider config={config}>
        <Suspense fallback={<p>loading</p>}>{part}</Suspense>
      </ConsentryProvider>
    );
    // The server had the part's code (the same markup a streamed render gives once it is in); in
    // the browser it arrives a little after the root has hydrated, and hydrates then.
    const Late = lazy(() => new Promise<{ default: typeof Gate }>((done) => setTimeout(() => done({ default: Gate }), 20)));
    const html = serverHtml(undefined, suspended(<Gate />));
    expect(html).toContain('analytics off');
    const { container, errors } = await hydrate(html, undefined, suspended(<Late />), 300);
    await waitFor(() => expect(container.textContent).toContain('analytics on'));
    expect(errors).toEqual([]);
  });

  it('should hydrate without a mismatch when the server had no initialConsent, then show what the cookie allows', async () => {
    document.cookie = `consentry=${formatConsentCookie({ categories: { analytics: true } })}; path=/`;
    const html = serverHtml();
    expect(html).toContain('analytics off');
    const { container, errors } = await hydrate(html);
    expect(errors).toEqual([]);
    expect(container.textContent).toContain('analytics on');
  });
});
