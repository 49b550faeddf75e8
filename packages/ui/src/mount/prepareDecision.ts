import type { Engine } from '@consentry/core/internal';

/**
 * Once a banner has shown and the page is idle (Safari: at once), the code a decision runs loads:
 * making it, then the receipt. The click on Accept all then only runs code (issue 15). A failed
 * load is forgotten and tried again on the click. Here, in the UI chunk, not in the main file,
 * which a returning visitor fetches without ever showing a banner. The setup checks come with the
 * code that decides: they run now, so a site owner looking at the banner sees their warnings.
 */
export function prepareDecision(engine: Engine) {
  const { env } = engine;
  env.whenIdle(() =>
    env
      .load('decide')
      .then((m) => {
        m.checkOnce(engine);
        return env.load('records');
      })
      .catch(() => {}),
  );
}
