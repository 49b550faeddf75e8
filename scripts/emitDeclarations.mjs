// The packages' type declarations, as `tsc -b` emits them (incremental: a no-op when nothing
// changed), with every relative import given the `.js` file name Node's resolution needs: TypeScript
// keeps `from './init'` as written, which `moduleResolution: NodeNext` refuses (TS2834). Rewriting
// the emitted files leaves the sources' extensionless imports alone. Idempotent, so declarations a
// plain `tsc -b` wrote (npm test's typecheck) are mended by the next build.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/** Builds the TypeScript projects in `projectDirs` and mends their declarations; throws on type errors. */
export function emitDeclarations(projectDirs) {
  const errors = [];
  const host = ts.createSolutionBuilderHost(ts.sys, undefined, (diagnostic) => errors.push(diagnostic));
  const status = ts.createSolutionBuilder(host, projectDirs, {}).build();
  if (errors.length || status != ts.ExitStatus.Success) {
    const format = { getCanonicalFileName: (f) => f, getCurrentDirectory: ts.sys.getCurrentDirectory, getNewLine: () => '\n' };
    throw new Error(`[consentry] type errors; the build stops so no package ships wrong types:\n${ts.formatDiagnostics(errors, format)}`);
  }
  for (const dir of projectDirs) {
    const config = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} });
    const out = config?.options.declarationDir ?? config?.options.outDir;
    if (out && existsSync(out)) for (const file of declarationFiles(out)) addExtensions(file);
  }
}

const declarationFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? declarationFiles(path) : name.endsWith('.d.ts') ? [path] : [];
  });

/** `'./init'` → `'./init.js'`, `'./prefs'` → `'./prefs/index.js'`, in imports, exports and `import()` types. */
function addExtensions(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const edits = [];
  const visit = (node) => {
    const specifier =
      ts.isImportDeclaration(node) || ts.isExportDeclaration(node)
        ? node.moduleSpecifier
        : ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)
          ? node.argument.literal
          : ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)
            ? node.name
            : undefined;
    if (specifier && ts.isStringLiteral(specifier) && /^\.\.?(\/|$)/.test(specifier.text) && !/\.(c|m)?js$|\.json$/.test(specifier.text))
      edits.push({ start: specifier.getStart(source) + 1, end: specifier.getEnd() - 1, text: withExtension(file, specifier.text) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return;
  let mended = text;
  for (const edit of edits.reverse()) mended = mended.slice(0, edit.start) + edit.text + mended.slice(edit.end);
  writeFileSync(file, mended);
}

function withExtension(file, specifier) {
  const target = resolve(dirname(file), specifier);
  if (existsSync(target + '.d.ts')) return specifier + '.js';
  if (existsSync(join(target, 'index.d.ts'))) return specifier.replace(/\/?$/, '/index.js');
  throw new Error(`[consentry] ${file}: no declaration file for '${specifier}'`);
}
