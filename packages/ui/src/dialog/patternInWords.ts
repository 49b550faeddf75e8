/**
 * A cookie or storage pattern as a visitor reads it (design.md: no raw pattern is shown):
 * `/^_ga($|_)/` → `_ga, _ga_…`, `/^_pk_/` → `_pk_…`, `/^_?ttclid$/` → `ttclid, _ttclid`. Literal
 * characters, `x?`, and groups of literal alternatives (`$` among them) are spelt out; from the
 * first other construct on, the name goes on as `…`. A plain name is returned as it is.
 */
export function patternInWords(pattern: string): string {
  const m = /^\/(.+)\/[a-z]*$/.exec(pattern);
  if (!m) return pattern;
  const re = m[1];
  const END = '\0';
  let names = [re[0] == '^' ? '' : '…'];
  let open = true;
  for (let i = re[0] == '^' ? 1 : 0; i < re.length; i++) {
    const rest = re.slice(i);
    const group = /^\(\??:?([\w$|-]+)\)/.exec(rest);
    if (rest == '$') open = false;
    else if (group) {
      const alts = group[1].split('|');
      names = names.flatMap((n) => alts.map((a) => n + (a == '$' ? END : a)));
      i += group[0].length - 1;
      continue;
    } else if (/^(\\.|[\w-])\?/.test(rest)) {
      const c = rest[0] == '\\' ? rest[1] : rest[0];
      names = names.flatMap((n) => [n, n + c]);
      i += rest[0] == '\\' ? 2 : 1;
      continue;
    } else if (/^\\[^\w]|^[\w-]/.test(rest)) {
      const c = rest[0] == '\\' ? rest[1] : rest[0];
      names = names.map((n) => n + c);
      if (rest[0] == '\\') i++;
      continue;
    }
    break;
  }
  const words = names.filter((n) => !n.slice(0, -1).includes(END)).map((n) => (n.endsWith(END) ? n.slice(0, -1) : open ? n + '…' : n));
  return [...new Set(words)].join(', ');
}
