// Every package declares what its shipped code imports, and only that: a bare import in a package's
// src (tests and test helpers aside) must be in its own dependencies or peerDependencies (for a
// type-only import, its @types package will do), since
// hoisting in this repository would hide a missing one until a user installs the package alone.
// The same dependency has the same range everywhere, and our packages depend on each other's
// current versions exactly.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import ts from 'typescript';
import { ROOT, rootManifest, workspaces, type PackageJson } from './support/repo.js';

const isTestFile = (path: string) => /\.test\.ts$|(^|\/)test-[^/]*\.ts$|(^|\/)test-support\//.test(path);

function sourceFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, base);
    return entry.name.endsWith('.ts') && !isTestFile(path.slice(base.length + 1)) ? [path] : [];
  });
}

/** The package a specifier names (`lit/decorators.js` → `lit`, `@lit/task` → `@lit/task`), or undefined for relative and built-in ones. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

interface Import {
  file: string;
  /** Erased at compile time (`import type`, `export type`, `import('x').T`, `declare module 'x'`): types are enough. */
  typeOnly: boolean;
}

/** The module specifiers a source file imports (static, dynamic, re-exports, type positions, augmentations). */
function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const allTypes = Boolean(clause?.isTypeOnly || (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: allTypes });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      // `declare module 'x' { ... }`: in a module it augments x (needs x's types); in a script it declares x.
      if (ts.isExternalModule(source)) found.push({ specifier: node.name.text, typeOnly: true });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every bare import of a package's shipped sources, by package name, with where it is and how. */
function bareImports(dir: string): Map<string, Import[]> {
  const found = new Map<string, Import[]>();
  for (const file of sourceFiles(join(ROOT, dir, 'src'))) {
    for (const { specifier, typeOnly } of importsOf(file)) {
      const name = packageOf(specifier);
      if (name) found.set(name, [...(found.get(name) ?? []), { file: file.slice(ROOT.length + 1), typeOnly }]);
    }
  }
  return found;
}

/** The DefinitelyTyped package that gives a package's types: `react` → `@types/react`, `@a/b` → `@types/a__b`. */
const typesPackage = (name: string) => `@types/${name.replace(/^@/, '').replace('/', '__')}`;

const declaredOf = (m: PackageJson) => ({ ...m.dependencies, ...m.peerDependencies });

describe('dependencies', () => {
  for (const { dir, manifest } of workspaces()) {
    test(`${manifest.name}: every bare import of src is declared, and every declared dependency is imported`, () => {
      const imports = bareImports(dir);
      const declared = declaredOf(manifest);
      // Type-only imports are also satisfied by the package's DefinitelyTyped types.
      const satisfied = (name: string, uses: Import[]) => name === manifest.name || name in declared || (typesPackage(name) in declared && uses.every((u) => u.typeOnly));
      const undeclared = [...imports]
        .filter(([name, uses]) => !satisfied(name, uses))
        .map(([name, uses]) => `${name} (imported by ${uses[0]!.file}${uses.length > 1 ? ` and ${uses.length - 1} more` : ''})`);
      assert.deepEqual(undeclared, [], `${dir}/package.json must declare these in dependencies or peerDependencies`);
      const used = new Set([...imports.keys()].flatMap((name) => [name, typesPackage(name)]));
      const unused = Object.keys(declared).filter((name) => !used.has(name));
      assert.deepEqual(unused, [], `${dir}/package.json declares dependencies its src never imports`);
    });
  }

  test('a dependency has one range in every package.json, and our packages depend on each other’s current versions', () => {
    const all = [{ dir: '.', manifest: rootManifest() }, ...workspaces()];
    const versions = new Map(workspaces().map((w) => [w.manifest.name, w.manifest.version]));
    const ranges = new Map<string, Set<string>>();
    for (const { dir, manifest } of all) {
      for (const [name, range] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
        if (versions.has(name)) assert.equal(range, versions.get(name), `${dir}/package.json: ${name} must be ${versions.get(name)}, its current version`);
        else ranges.set(name, new Set([...(ranges.get(name) ?? []), range]));
      }
    }
    const mixed = [...ranges].filter(([, set]) => set.size > 1).map(([name, set]) => `${name}: ${[...set].join(' / ')}`);
    assert.deepEqual(mixed, [], 'one range per dependency');
  });

  test('optional peer dependencies are the ones the repository itself installs to check them', () => {
    const dev = rootManifest().devDependencies ?? {};
    for (const { manifest } of workspaces()) {
      for (const name of Object.keys(manifest.peerDependencies ?? {})) {
        assert.equal(manifest.peerDependenciesMeta?.[name]?.optional, true, `${manifest.name}: peer ${name} is optional`);
        assert.ok(name in dev, `${name} is a devDependency, so the typings that need it are checked`);
      }
    }
  });
});
