import type { ConsentState } from '@consentry/core';
import type { Blocker, Engine } from '@consentry/core/internal';
import type { MountedUI } from '@consentry/ui';
import { createRevisitButton } from './createRevisitButton';
import { handleActions } from './handleActions';
import { revisitLabel } from './revisitLabel';

/** What the API gains from the UI (design.md, "JavaScript API"). */
export interface UiApi {
  /** Shows the banner (after a decision: to decide again). */
  show(): Promise<void>;
  /** Opens the preferences dialog. */
  showPreferences(): Promise<void>;
  /** Closes the UI; decides nothing. */
  hide(): void;
  /** Switches the UI language (`"nb"`, `"de-AT"`…). */
  setLanguage(lang: string): Promise<void>;
}

/**
 * The main file's side of the UI: when to load it (no decision yet, a held embed to stand in for,
 * or the visitor asks), the revisit button (plain DOM, on every page view after a decision), and
 * the declarative `data-consentry-action` hooks. A returning visitor on a page without held embeds
 * never fetches the UI until they open the preferences.
 */
export function startUi(engine: Engine, blocker: Blocker | undefined, mount: () => Promise<MountedUI>): UiApi {
  const { api, config } = engine;
  const input = (engine.input || {}) as { language?: unknown };
  let mounted: Promise<MountedUI> | undefined;
  let revisit: HTMLElement | undefined;
  let lang: string | undefined;
  const body = new Promise<void>((done) =>
    document.body ? done() : document.addEventListener('DOMContentLoaded', () => done(), { once: true }),
  );
  /** The UI, loaded once; a failed load is tried again on the next need. */
  const ui = () =>
    (mounted ||= Promise.all([mount(), body]).then(
      async ([u]) => (lang && (await u.setLanguage(lang)), u),
      (e) => ((mounted = undefined), Promise.reject(e)),
    ));
  const withUi = (fn: (u: MountedUI) => unknown): Promise<void> => ui().then(fn).then(() => {}, () => {});

  function placeRevisit(state: ConsentState | null) {
    if (!state || !config.ui.revisitButton) return revisit?.remove();
    if (!revisit) {
      const [label, l] = revisitLabel([input.language, document.documentElement.lang, ...navigator.languages]);
      revisit = createRevisitButton(label, l, config.ui.position, (button) => withUi((u) => u.showPreferences(button)));
    }
    if (!revisit.isConnected) body.then(() => document.body.append(revisit!));
  }

  function syncEmbeds() {
    if (mounted || blocker?.heldEmbeds().some((el) => el.getAttribute('data-category')![0] != '!')) withUi((u) => u.syncPlaceholders());
  }

  engine.onApply((state, previous) => {
    placeRevisit(state);
    if (state) mounted?.then((u) => u.hide(), () => {});
    // After reset() (here or in another tab) the visitor is asked again.
    else if (previous && !engine.crawler) withUi((u) => u.showBanner());
    body.then(syncEmbeds);
  });
  api.on('ready', (state) => {
    placeRevisit(state);
    if (!state && !engine.crawler) withUi((u) => u.showBanner());
  });
  body.then(syncEmbeds);
  blocker?.watch(syncEmbeds);

  const uiApi: UiApi = {
    show: () => withUi((u) => u.showBanner()),
    showPreferences: () => withUi((u) => u.showPreferences()),
    hide: () => void mounted?.then((u) => u.hide(), () => {}),
    setLanguage: (l) => ((lang = l), mounted ? withUi((u) => u.setLanguage(l)) : Promise.resolve()),
  };
  handleActions(engine, uiApi, (el) => withUi((u) => u.showPreferences(el)));
  return uiApi;
}
