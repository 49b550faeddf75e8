// Every key of ConsentryConfig and of the option types nested in it (packages/core/src/types.ts, read
// with the TypeScript compiler API) appears in docs/configuration.md.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const typesFile = new URL('../../packages/core/src/types.ts', import.meta.url);
const doc = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');

/** Interface name → its property names, from types.ts. */
function interfaces(): Map<string, { keys: string[]; refs: string[] }> {
  const source = ts.createSourceFile('types.ts', readFileSync(typesFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Map<string, { keys: string[]; refs: string[] }>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const keys: string[] = [];
    const refs: string[] = [];
    for (const member of node.members) {
      if (!ts.isPropertySignature(member) || !member.name) continue;
      keys.push(member.name.getText(source));
      // Every type named in the property's type (CookieOptions, Record<string, CategoryConfig>…).
      const visit = (n: ts.Node) => {
        if (ts.isTypeReferenceNode(n)) refs.push(n.typeName.getText(source));
        n.forEachChild(visit);
      };
      if (member.type) visit(member.type);
    }
    found.set(node.name.text, { keys, refs });
  });
  return found;
}

/** Types reached from the config that are not config: `transformRecord`'s record (docs/records.md). */
const NOT_CONFIG = ['ConsentRecord'];

/** ConsentryConfig and every interface reachable from it through its properties. */
function configTypes() {
  const all = interfaces();
  const seen = new Map<string, string[]>();
  const walk = (name: string) => {
    const type = all.get(name);
    if (!type || seen.has(name) || NOT_CONFIG.includes(name)) return;
    seen.set(name, type.keys);
    type.refs.forEach(walk);
  };
  walk('ConsentryConfig');
  return seen;
}

describe('docs/configuration.md', () => {
  const types = configTypes();

  it('should find the nested option types of ConsentryConfig', () => {
    expect([...types.keys()]).toEqual(
      expect.arrayContaining([
        'ConsentryConfig',
        'ControllerInfo',
        'CategoryConfig',
        'ServiceConfig',
        'CookieDeclaration',
        'CookieOptions',
        'EndpointOptions',
        'ConsentModeOptions',
        'UiOptions',
      ]),
    );
  });

  it.each([...configTypes()].map(([name, keys]) => [name, keys] as const))('should name every key of %s in backticks', (_name, keys) => {
    // `key`, or a dotted path ending in it: `cookie.name`, `categories.x.gpc`.
    const missing = keys.filter((key) => !new RegExp('`(?:[\\w.<>*\\[\\]-]+\\.)?' + key + '`').test(doc));
    expect(missing).toEqual([]);
  });
});
