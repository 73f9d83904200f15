import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { projectRoot } from './util/project-root';

/**
 * A library's index exports what other rooms use, and nothing else (issue 11). Each name in
 * `libs/<lib>/src/index.ts` (`export *` resolved through the compiler) must be imported as
 * `@ikone/<lib>` by some file outside that library: apps/, the other libs/, test/ or bench/.
 * The testing entry `@ikone/<lib>/testing` is a surface of its own and not checked here.
 */

/** The `.ts`/`.tsx` files under a folder (tests included: they are users too). */
function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' || entry.name === 'var' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const LIBRARY_IMPORT = /^@ikone\/([a-z-]+)$/;

/**
 * The names one file takes from each library's index, as `lib → names`: named imports and
 * re-exports (`import { A as B }` counts `A`), `ns.X` through a namespace import, and the
 * interfaces a `declare module '@ikone/<lib>'` augmentation merges into.
 */
function importedNames(file: string, text: string): Map<string, Set<string>> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = new Map<string, Set<string>>();
  const add = (lib: string, name: string) => {
    if (!found.has(lib)) found.set(lib, new Set());
    found.get(lib)!.add(name);
  };
  const namespaces = new Map<string, string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const lib = LIBRARY_IMPORT.exec(statement.moduleSpecifier.text)?.[1];
      const clause = statement.importClause;
      if (!lib || !clause) continue;
      if (clause.name) add(lib, 'default');
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) add(lib, (el.propertyName ?? el.name).text);
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.set(bindings.name.text, lib);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const lib = LIBRARY_IMPORT.exec(statement.moduleSpecifier.text)?.[1];
      if (!lib) continue;
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause)) for (const el of clause.elements) add(lib, (el.propertyName ?? el.name).text);
      else add(lib, '*');
    } else if (ts.isModuleDeclaration(statement) && ts.isStringLiteral(statement.name)) {
      const lib = LIBRARY_IMPORT.exec(statement.name.text)?.[1];
      if (!lib || !statement.body || !ts.isModuleBlock(statement.body)) continue;
      for (const inner of statement.body.statements) {
        if ((ts.isInterfaceDeclaration(inner) || ts.isClassDeclaration(inner) || ts.isModuleDeclaration(inner)) && inner.name && ts.isIdentifier(inner.name)) add(lib, inner.name.text);
      }
    }
  }
  if (namespaces.size > 0) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && namespaces.has(node.expression.text)) add(namespaces.get(node.expression.text)!, node.name.text);
      if (ts.isQualifiedName(node) && ts.isIdentifier(node.left) && namespaces.has(node.left.text)) add(namespaces.get(node.left.text)!, node.right.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Every library's index exports, `export *` resolved. */
function indexExports(root: string, libs: string[]): Map<string, string[]> {
  const config = ts.readConfigFile(join(root, 'tsconfig.base.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.convertCompilerOptionsFromJson(config.config.compilerOptions, root);
  const indexes = libs.map((lib) => join(root, 'libs', lib, 'src', 'index.ts'));
  const program = ts.createProgram(indexes, { ...options, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const result = new Map<string, string[]>();
  libs.forEach((lib, i) => {
    const source = program.getSourceFile(indexes[i])!;
    const symbol = checker.getSymbolAtLocation(source)!;
    result.set(lib, checker.getExportsOfModule(symbol).map((s) => s.getName()).sort());
  });
  return result;
}

/** Each library's index exports that no file outside the library imports, as `lib: Name`. */
function unusedExports(root: string): { exports: Map<string, string[]>; unused: string[] } {
  const libs = readdirSync(join(root, 'libs')).sort();
  const exports = indexExports(root, libs);
  const files = ['apps', 'libs', 'test', 'bench'].flatMap((dir) => sourceFiles(join(root, dir)));
  const used = new Map<string, Set<string>>(libs.map((lib) => [lib, new Set()]));
  for (const file of files) {
    const path = relative(root, file);
    for (const [lib, names] of importedNames(file, readFileSync(file, 'utf8'))) {
      if (path.startsWith(`libs/${lib}/`)) continue; // the library's own files are not other rooms
      for (const name of names) used.get(lib)?.add(name);
    }
  }
  const unused = libs.flatMap((lib) =>
    used.get(lib)!.has('*') ? [] : exports.get(lib)!.filter((name) => !used.get(lib)!.has(name)).map((name) => `${lib}: ${name}`),
  );
  return { exports, unused };
}

describe('public surface of the libraries (issue 11)', () => {
  const root = projectRoot();

  it('reads the names a file takes from a library (the check itself works)', () => {
    const text = [
      "import { A, B as C, type D } from '@ikone/knowledge';",
      "import type { E } from '@ikone/platform';",
      "import * as m from '@ikone/membership';",
      "import { F } from '@ikone/knowledge/testing';",
      "import { G } from './local';",
      "export { H } from '@ikone/audit';",
      "declare module '@ikone/platform' { interface DomainEventCatalogue {} }",
      'const x: m.User = m.createUser();',
    ].join('\n');
    const names = Object.fromEntries([...importedNames('x.ts', text)].map(([lib, set]) => [lib, [...set].sort()]));
    expect(names).toEqual({
      knowledge: ['A', 'B', 'D'],
      platform: ['DomainEventCatalogue', 'E'],
      membership: ['User', 'createUser'],
      audit: ['H'],
    });
  });

  it('names each export of an index (no `export *`)', () => {
    const starred = readdirSync(join(root, 'libs'))
      .filter((lib) => /^export \*/m.test(readFileSync(join(root, 'libs', lib, 'src', 'index.ts'), 'utf8')))
      .map((lib) => `libs/${lib}/src/index.ts re-exports with \`export *\`: list the names`);
    expect(starred).toEqual([]);
  });

  it('exports from each index only what another room imports', () => {
    const { unused } = unusedExports(root);
    expect(unused.map((entry) => `${entry} is exported but no file outside the library imports it: drop it from the index`)).toEqual([]);
  }, 120_000);
});
