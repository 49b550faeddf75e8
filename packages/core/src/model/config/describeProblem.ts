import { NECESSARY } from './defaults';
import { UNREADABLE } from './plainConfig';
import type { RawProblem } from './readConfig';

const TYPE_NAMES: Record<string, string> = {
  s: 'a string',
  b: 'true or false',
  i: 'a whole number ≥ 0',
  v: 'a whole number from 0 to 999999999999999 (15 digits, what the consent cookie carries)',
  U: 'an http:, https: or relative URL (other schemes such as javascript: or data: are never rendered)',
  n: 'a number above 0',
  f: 'a function',
  S: 'an object of strings',
  A: 'an array of strings',
  T: '{ "language": { "key": "text" } }',
  M: '{ "category": ["consent type", …] }',
};
const NAME_RULE = 'names start with a letter and use only letters, digits, "_" and "-" (a "." separates category and service)';

/** A bad value for a message; never throws (BigInt, symbols, null prototypes, cycles). */
export function show(v: unknown): string {
  if (typeof v == 'function') return 'a function';
  if (typeof v == 'bigint') return v + 'n';
  try {
    return JSON.stringify(v)?.slice(0, 80) ?? String(v);
  } catch {
    return typeof v == 'object' ? 'an object that cannot be shown' : String(v);
  }
}

/** The message for one config problem: what is wrong at which path, and what Consentry does instead. */
export function describeProblem([path, code, got, using]: RawProblem): string {
  if (got === UNREADABLE)
    return `config${path && ' ' + path}: could not be read (a getter or Proxy threw); using ${using === undefined ? 'the default' : show(using)}`;
  const was = `got ${show(got)}`;
  const fallback = `using ${using === undefined ? 'none' : show(using)}`;
  const what: Record<string, string> = {
    o: `expected an object, ${was}; using the defaults`,
    a: `expected an array, ${was}; using []`,
    p: `expected a cookie or storage name, or a /regular expression/, ${was}; ignored`,
    u: 'unknown option; ignored (check the spelling against docs/configuration.md)',
    r: `only "${NECESSARY}" is always on, and consent is the only legal basis here; ignored`,
    N: `${NAME_RULE}; ignored`,
    c: `unknown catalogue service ${show(got)}; it gets no cookie patterns (see docs/configuration.md for the catalogue)`,
    O: `expected a catalogue name or a service object, ${was}; using {}`,
    x: `${show(got)} days is above the maximum; ${fallback}`,
    C: `${show(got)} is not a valid cookie name; ${fallback}`,
    P: `expected a path starting with "/" (no ";" or spaces), ${was}; ${fallback}`,
    D: `expected a domain name such as "example.com", ${was}; the cookie is host-only`,
    E: `expected a URL or { "url": … }, ${was}; records are not sent`,
    G: `expected true, false or an object, ${was}; Consent Mode is off`,
    R: `expected an object, ${was}; using the defaults`,
    K: 'this text is no longer used (the services disclosure is titled by "category.services"); ignored, you can delete it',
  };
  const expected =
    code[0] == '|'
      ? code
          .slice(1)
          .split('|')
          .map((v) => `"${v}"`)
          .join(' or ')
      : TYPE_NAMES[code];
  return `config${path && ' ' + path}: ${what[code] || `expected ${expected}, ${was}; ${fallback}`}`;
}
