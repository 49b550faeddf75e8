import type { ConsentState } from '@consentry/core';
import { whenIdle, type Blocker, type Engine } from '@consentry/core/internal';
import type { MountedUI } from '../mount/mountUI';
import { createRevisitButton, nameRevisitButton, revisitButtonOf } from '../revisit/createRevisitButton';
import { afterPaint } from '../dom/afterPaint';
import { handleActions } from './handleActions';
import { visitorLanguage } from './visitorLanguage';

/** What the API gains from the UI (design.md, "JavaScript API"). */
export interface UiApi {
  /** Shows the banner (after a decision: to decide again). Resolves once shown. */
  show(): Promise<void>;
  /** Opens the preferences dialog. Resolves once open. */
  showPreferences(): Promise<void>;
  /** Closes the banner and the dialog; decides nothing. */
  hide(): void;
  /** Switches the UI language (`"nb"`, `"de-AT"`…). Resolves once the texts are shown. */
  setLanguage(lang: string): Promise<void>;
}

/**
 * The main file's side of the UI: when to load it (no decision yet, a held embed to stand in for,
 * or the visitor asks), the revisit button (plain DOM, on every page view after a decision), and
 * the declarative `data-consentry-action` hooks. A returning visitor on a page without held embeds
 * never fetches the UI until they open the preferences.
 * One function: it ships in the main file, and its parts share the one mounted UI and the revisit
 * button; one closure is the fewest bytes there.
 */
export function startUi(
  engine: Engine,
  blocker: Blocker | undefined,
  mount: (revisitButton: () => HTMLElement | undefined) => Promise<MountedUI>,
  loadTexts: (lang: string, part: 'banner') => Promise<{ 'revisit.label'?: string }>,
): UiApi {
  const { api, config } = engine;
  let mounted: Promise<MountedUI> | undefined;
  let revisit: HTMLElement | undefined;
  let lang: string | undefined;
  let labelWanted: string | undefined;
  const body = new Promise((done) => (document.body ? done(0) : document.addEventListener('DOMContentLoaded', done)));
  /** Runs `fn` with the UI, loaded once (after <body> exists); a failed load is tried again next time. */
  const withUi = (fn: (u: MountedUI) => unknown): Promise<void> =>
    (mounted ||= body
      .then(() => mount(() => revisitButtonOf(revisit)))
      .then(
        async (ui) => {
          if (lang) await ui.setLanguage(lang);
          return ui;
        },
        (e) => {
          mounted = undefined;
          throw e;
        },
      ))
      .then(fn)
      .then(
        () => {},
        () => {},
      );
  const showBanner = () => withUi((u) => u.showBanner());
  const ask = () => engine.crawler || showBanner();
  const openPreferences = (opener?: Element) => withUi((u) => u.showPreferences(opener));

  function placeRevisit(state: ConsentState | null) {
    if (!state || !config.ui.revisitButton) return revisit?.remove();
    // Named in the UI's language.
    const [label, l, fetch] = visitorLanguage(engine, lang);
    revisit ||= createRevisitButton(config.ui.position, openPreferences);
    nameRevisitButton(revisit, label, l);
    // Most languages' labels come with their banner texts; English names the button meanwhile
    // (and if the file cannot load). A later language choice wins over a late answer.
    labelWanted = fetch;
    if (fetch)
      loadTexts(fetch, 'banner').then(
        (texts) => {
          if (labelWanted == fetch && texts['revisit.label']) nameRevisitButton(revisit!, texts['revisit.label'], fetch);
        },
        () => {},
      );
    body.then(() => revisit!.isConnected || document.body.append(revisit!));
  }

  /** Placeholders for held embeds (and their removal once released): the UI loads for them. */
  const syncEmbeds = () => {
    if (mounted || blocker?.heldEmbeds().some((el) => el.getAttribute('data-category')![0] != '!')) withUi((u) => u.syncPlaceholders());
  };

  engine.onApply((state, previous) => {
    afterPaint(whenIdle, () => placeRevisit(state));
    if (state) mounted?.then((u) => u.hide(true));
    // After reset() (here or in another tab) the visitor is asked again.
    else if (previous) ask();
    // After the released scripts have run (the blocker releases them in the click).
    body.then(() => whenIdle(syncEmbeds));
  });
  api.on('ready', (state) => {
    placeRevisit(state);
    if (!state) ask();
    body.then(syncEmbeds);
  });
  blocker?.watch(syncEmbeds);

  handleActions(engine, openPreferences, showBanner);

  return {
    show: showBanner,
    showPreferences: () => openPreferences(),
    hide() {
      mounted?.then((u) => u.hide());
    },
    setLanguage(l) {
      lang = l;
      placeRevisit(api.getConsent());
      return mounted ? withUi((u) => u.setLanguage(l)) : Promise.resolve();
    },
  };
}
