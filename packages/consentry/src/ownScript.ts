/**
 * The script tag that loaded this file. A module has no `currentScript`: its tag is the one whose
 * URL a stack trace names (every browser writes a frame as `<url>:<line>:<column>`), so its
 * data-config is read and its files come from its own folder, not the page's. The trace is taken
 * only then: a plain tag costs its page start nothing more.
 */
export function ownScript(): HTMLScriptElement | undefined {
  const byStack = (stack: string) => [...document.scripts].find((s) => s.src && stack.includes(s.src + ':'));
  return (document.currentScript as HTMLScriptElement | null) || byStack(Error().stack!);
}
