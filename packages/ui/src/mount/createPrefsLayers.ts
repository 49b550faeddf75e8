import { createFullConfig } from '../dialog/createFullConfig';
import { createPreferences } from '../dialog/createPreferences';
import { dialogStyles } from '../dialog/dialogStyles';
import { enDialog } from '../i18n/en';
import { createPlaceholders } from '../placeholder/createPlaceholders';
import { describeEmbed } from '../placeholder/describeEmbed';
import { showReloadNotice } from '../status/showReloadNotice';
import type { PrefsLayers, UiContext } from '../uiContext';

/**
 * The preferences chunk's layers for one mounted UI: the dialog, the placeholders (which name what
 * they hold from the same full config) and the reload notice. Gives the UI what they need beyond
 * the banner's bundle first: the dialog's texts and styles.
 */
export function createPrefsLayers(ctx: UiContext): PrefsLayers {
  ctx.addTexts({ en: enDialog });
  ctx.addStyles(dialogStyles);
  const fullConfig = createFullConfig(ctx);
  return {
    preferences: createPreferences(ctx, fullConfig),
    placeholders: createPlaceholders(ctx, (el) => describeEmbed(ctx, fullConfig(), el)),
    async showReloadNotice(place) {
      // It says what the dialog's texts say.
      await ctx.needDialogTexts();
      showReloadNotice(ctx, place);
    },
  };
}
