import { type Engine, whenIdle } from '@consentry/core/internal';

/**
 * Once a banner has shown and the page is idle (Safari: at once), the code a decision runs loads:
 * making it, then the receipt. The click on Accept all then only runs code (issue 15). A failed
 * load is forgotten and tried again on the click. Here, in the UI chunk, not in the main file,
 * which a returning visitor fetches without ever showing a banner.
 */
export function prepareDecision(env: Engine['env']) {
  whenIdle(() =>
    env
      .load('decide')
      .then(() => env.load('records'))
      .catch(() => {}),
  );
}
