// The command lines the README and the guides give work as written from the repository root after
// `npm ci` and a build (npm links the bins at install), and `--help` of each CLI loads none of the
// code its commands need: the start-up figures themselves come from `node bench/cli-startup.mjs`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import ts from 'typescript';
import { nomisSeries } from '@luton2040/sdk';
import { nomisSeriesNames } from '../../packages/data/src/nomis-series-names.js';

const ROOT = resolve('.');
const workspaceBins = ['packages/data', 'packages/render'].flatMap((dir) => {
  const { bin = {} } = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
  return Object.entries(bin).map(([name, file]) => ({ name, file: join(ROOT, dir, file), dir }));
});

/** The modules a built module imports statically (what loads before any of its code runs). */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  return source.statements.flatMap((s) => ((ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? [s.moduleSpecifier.text] : []));
}

/** Every module loaded with `entry` before its code runs, and the packages among them. */
function staticGraph(entry: string): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else if (!isBuiltin(specifier)) packages.add(specifier);
    }
  };
  visit(entry);
  return { modules: [...modules], packages: [...packages] };
}

/** `npx luton2040-…` command lines in the README and the guides. */
function documentedCommands(): string[] {
  const docs = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), 'docs/getting-started/webmaster.md'];
  return docs.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/npx (luton2040-[a-z]+)\b/g)].map((m) => m[1]!));
}

describe('command-line tools', () => {
  test('every CLI the docs name is a bin of a package, linked into node_modules/.bin at install', () => {
    const named = new Set(documentedCommands());
    assert.ok(named.size > 0, 'the docs give command lines');
    for (const name of named) {
      const bin = workspaceBins.find((b) => b.name === name);
      assert.ok(bin, `${name} is the bin of a workspace package`);
      const link = join(ROOT, 'node_modules/.bin', name);
      assert.ok(existsSync(link), `${link} exists: npm links it at install (its file is committed, not built); run "npm ci"`);
      // A link made by an older install may still point at the built CLI itself: it runs the same code.
      const target = realpathSync(link);
      assert.ok(target === realpathSync(bin.file) || target.startsWith(`${realpathSync(join(ROOT, bin.dir, 'dist'))}/`), `${name} runs the workspace package's CLI (${target})`);
    }
  });

  test('the command lines work as the README writes them: npx luton2040-feed validate, npx luton2040-email --help', () => {
    // --no-install: the same resolution as `npx` gives here, without ever asking the registry.
    const validate = spawnSync('npx', ['--no-install', 'luton2040-feed', 'validate'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(validate.status, 0, validate.stderr);
    assert.match(validate.stdout, /^Dataset is valid: /);
    for (const { name } of workspaceBins) {
      const help = spawnSync('npx', ['--no-install', name, '--help'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(help.status, 0, help.stderr);
      assert.match(help.stdout, new RegExp(`^Usage: ${name}`));
    }
  });

  for (const { name, dir } of workspaceBins) {
    test(`${name} --help loads no dependency and none of its commands' code`, () => {
      const cli = join(ROOT, dir, name === 'luton2040-feed' ? 'dist/cli.js' : 'dist/email/cli.js');
      const { modules, packages } = staticGraph(cli);
      assert.deepEqual(packages, [], `${name} imports packages only when a command runs`);
      // Besides the CLI itself, only leaves may load first: modules of constants the help text
      // gives (the NOMIS series, a default), which import nothing themselves.
      const [, ...others] = modules;
      const withImports = others.filter((m) => staticImports(m).length > 0);
      assert.deepEqual(withImports.map((m) => m.slice(ROOT.length + 1)), [], `${name} loads modules that load more before parsing its arguments`);
      assert.ok(others.length <= 2, `${name} loads ${modules.length} modules of its own before parsing its arguments: ${modules.map((m) => m.slice(ROOT.length + 1)).join(', ')}`);
    });
  }

  test("the publisher's help lists the NOMIS series the SDK can fetch", () => {
    assert.deepEqual([...nomisSeriesNames].sort(), Object.keys(nomisSeries).sort());
  });
});
