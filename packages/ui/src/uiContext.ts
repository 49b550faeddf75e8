import type { Blocker, DecisionAction, Engine } from '@consentry/core/internal';
import type { ConsentChoices, ConsentSource } from '@consentry/core';
import type { Translator } from './i18n/Translator';

/** What the preferences code (a chunk of its own) gets from the mounted UI. */
export interface UiContext {
  engine: Engine;
  blocker?: Blocker;
  /** The texts of the current language. */
  tr(): Translator;
  /** Where the preferences dialog renders (inside the UI's shadow root). */
  container: HTMLElement;
  /** Adds a stylesheet to the UI's shadow root. */
  addStyles(css: string): void;
  /**
   * Loads the dialog's texts of the current language (placeholders name categories by them), else
   * English's; false when neither could load (the loader has said why).
   */
  needDialogTexts(): Promise<boolean>;
  /** A new themed `<consentry-ui>` host for a placeholder, with the UI's styles and `css`. */
  shadowHost(css: string): HTMLElement;
  /**
   * Makes a decision from a layer: `texts` are the layer's texts for the record's `textHash`.
   * Resolves once applied; then announces it in the status message.
   */
  decide(action: DecisionAction, choices: ConsentChoices | undefined, source: ConsentSource, texts: string[], allowed?: string): Promise<void>;
  /** Where focus goes when the element that opened a layer is gone. */
  fallbackFocus(): void;
}

/** The preferences layer, as the mounted UI drives it. */
export interface Preferences {
  open(opener?: Element | null): void;
  close(): void;
  isOpen(): boolean;
  /** Renders again (after a language change). */
  refresh(): void;
}

/** What a held embed is, for its placeholder, and what its button allows. */
export interface EmbedSubject {
  service?: string;
  provider?: string;
  /** The category's title. */
  category: string;
  choices: ConsentChoices;
  /** The service, else the category: named in the status message once allowed. */
  name: string;
}

/** The placeholders of held embeds, driven by the mounted UI. */
export interface Placeholders {
  /** Puts placeholders on held embeds and removes those of released ones. */
  sync(): void;
  /** Renders every placeholder again (after a language change). */
  refresh(): void;
}

/**
 * The layers the preferences chunk brings to one mounted UI. They share what they read once for
 * it (the full config, the dialog's texts and styles), and no other UI sees it.
 */
export interface PrefsLayers {
  preferences: Preferences;
  placeholders: Placeholders;
  /** The notice offering Reload page after a banner decision, into `place` (once its texts are here). */
  showReloadNotice(place: HTMLElement): Promise<void>;
}

/** The preferences chunk's exports. */
export interface PreferencesModule {
  createPrefsLayers(ctx: UiContext): PrefsLayers;
}
