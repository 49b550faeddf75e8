import type { ResolvedConfig } from '@consentry/core/internal';

/** What the banner and placeholders need of the config beyond the main file's reading. */
export type UiOptions = Pick<ResolvedConfig, 'privacyPolicyUrl' | 'language' | 'ui' | 'translations'> & { controllerName: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v == 'object' && !Array.isArray(v);

/**
 * Reads the visitor-facing options with the same rules and defaults as `readConfig()` (which
 * names each problem and loads with the preferences): a bad value falls back to its default
 * silently here, and `ok` is false so the caller can have the diagnostics name it.
 */
export function readUiOptions(input: unknown): [UiOptions, boolean] {
  let ok = true;
  const root = isObj(input) ? input : {};
  const pick = <T>(o: unknown, key: string, test: (v: unknown) => boolean, def: T): T => {
    const v = isObj(o) ? o[key] : undefined;
    if (v === undefined) return def;
    if (test(v)) return v as T;
    ok = false;
    return def;
  };
  const str = (v: unknown) => typeof v == 'string';
  const oneOf =
    (...values: string[]) =>
    (v: unknown) =>
      values.includes(v as string);
  const ui = pick<Obj>(root, 'ui', isObj, {});
  const layout = pick(ui, 'layout', oneOf('box', 'bar'), 'box' as 'box' | 'bar');
  let position: string = pick(ui, 'position', oneOf('bottom-right', 'bottom-left', 'top-right', 'top-left', 'bottom', 'top'), 'bottom-right');
  // A bar spans the width: a corner position means its edge; a box needs a corner.
  position = layout == 'bar' ? (position.startsWith('top') ? 'top' : 'bottom') : position.includes('-') ? position : position + '-right';
  const options: UiOptions = {
    privacyPolicyUrl: pick(root, 'privacyPolicyUrl', str, ''),
    language: pick<string | undefined>(root, 'language', str, undefined),
    controllerName: pick(pick<Obj>(root, 'controller', isObj, {}), 'name', str, ''),
    ui: {
      layout,
      position: position as UiOptions['ui']['position'],
      theme: pick(ui, 'theme', oneOf('auto', 'light', 'dark'), 'auto' as const),
      revisitButton: pick(ui, 'revisitButton', (v) => typeof v == 'boolean', true),
      blockPage: pick(ui, 'blockPage', (v) => typeof v == 'boolean', false),
    },
    translations: pick(root, 'translations', isObj, {}) as UiOptions['translations'],
  };
  return [options, ok];
}
