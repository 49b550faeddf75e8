import { createFullConfig } from '../dialog/createFullConfig';
import { createPreferences } from '../dialog/createPreferences';
import { dialogStyles } from '../dialog/dialogStyles';
import { createPlaceholders } from '../placeholder/createPlaceholders';
import { describeEmbed } from '../placeholder/describeEmbed';
import { showReloadNotice } from '../status/showReloadNotice';
import type { PrefsLayers, UiContext } from '../uiContext';

/**
 * The preferences chunk's layers for one mounted UI: the dialog, the placeholders (which name what
 * they hold from the same full config) and the reload notice. Gives the UI the dialog's styles
 * first (its texts are the language's dialog part, loaded beside this chunk).
 */
export function createPrefsLayers(ctx: UiContext): PrefsLayers {
  ctx.addStyles(dialogStyles);
  const fullConfig = createFullConfig(ctx);
  return {
    preferences: createPreferences(ctx, fullConfig),
    placeholders: createPlaceholders(ctx, (el) => describeEmbed(ctx, fullConfig(), el)),
    async showReloadNotice(place) {
      // It says what the dialog's texts say.
      if (await ctx.needDialogTexts()) showReloadNotice(ctx, place);
    },
  };
}
