// Every package.json is complete and consistent before anything is packed: licence, README,
// repository with its folder, engines, public access, ESM, an exports map whose types come first,
// and `sideEffects` that names exactly the modules that define tags.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import ts from 'typescript';
import { ROOT, rootManifest, workspaces } from './support/repo.js';

const root = rootManifest();
const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');

const walk = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])) : []);

/** A `sideEffects` glob as a regular expression (`*` within a folder, `**` across folders). */
const globToRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*')}$`);

/** Whether a module does something when imported: a top-level call that defines a custom element. */
function definesAtTopLevel(file: string): boolean {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  return source.statements.some((statement) => ts.isExpressionStatement(statement) && /\b(defineElement|customElements\.define)\(/.test(statement.getText(source)));
}

describe('package.json of every package', () => {
  for (const { dir, manifest } of workspaces()) {
    test(`${manifest.name}: licence, README, repository, engines, access, module type, exports`, () => {
      assert.equal(manifest.license, root.license);
      assert.equal(readFileSync(join(ROOT, dir, 'LICENSE'), 'utf8'), license, `${dir}/LICENSE is the repository's`);
      const readme = readFileSync(join(ROOT, dir, 'README.md'), 'utf8');
      assert.ok(readme.startsWith(`# ${manifest.name}\n`), 'the README is titled with the package name');
      assert.match(readme, new RegExp(`npm install ${manifest.name.replace('/', '\\/')}`), 'the README says how to install it');
      assert.match(readme, /```ts\n[\s\S]+?```/, 'the README has an example (type-checked by the release check)');
      assert.match(readme, /\]\(https:\/\/[^)]+\/docs\//, 'the README links to the documentation');
      assert.ok(manifest.description && manifest.description.length > 20, 'a description');

      assert.deepEqual({ type: manifest.repository?.type, url: manifest.repository?.url }, { type: root.repository?.type, url: root.repository?.url }, 'the repository is the root’s');
      assert.equal(manifest.repository?.directory, dir);
      assert.deepEqual(manifest.engines, root.engines, 'engines as the repository’s');
      assert.equal(manifest.publishConfig?.access, 'public', 'scoped packages publish as public');
      assert.equal(manifest.type, 'module', 'ESM only');

      const exportsField = manifest.exports ?? {};
      assert.ok('.' in exportsField && './package.json' in exportsField, 'exports "." and "./package.json"');
      for (const [subpath, value] of Object.entries(exportsField)) {
        if (typeof value === 'string') continue;
        const keys = Object.keys(value);
        if (keys.includes('types')) assert.equal(keys[0], 'types', `exports["${subpath}"]: types first`);
        assert.equal(keys.at(-1), 'default', `exports["${subpath}"]: default last`);
      }
      const main = exportsField['.'];
      assert.equal(manifest.types, typeof main === 'string' ? undefined : `./${main?.types?.replace(/^\.\//, '')}`, 'types is the root entry point’s');
      assert.ok(!(manifest.files ?? []).some((f) => /test|fixture/.test(f) && !f.startsWith('!')), 'files names no tests or fixtures');
      assert.equal(manifest.scripts?.prepack, 'node ../../scripts/prepack-guard.mjs', '`npm pack` and `npm publish` run the guard first');
    });

    test(`${manifest.name}: sideEffects names exactly the modules that define tags`, () => {
      const dist = join(ROOT, dir, 'dist');
      const modules = walk(dist).filter((f) => f.endsWith('.js')).map((f) => `./${relative(join(ROOT, dir), f)}`);
      const defining = walk(join(ROOT, dir, 'src'))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !/\.test\.ts$/.test(f) && definesAtTopLevel(f))
        .map((f) => `./${relative(join(ROOT, dir), f).replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')}`);
      if (manifest.sideEffects === false) {
        assert.deepEqual(defining, [], 'a package without side effects defines nothing at import');
        return;
      }
      assert.ok(Array.isArray(manifest.sideEffects), 'sideEffects is false or a list');
      const patterns = manifest.sideEffects.map((glob) => ({ glob, re: globToRegExp(glob) }));
      for (const { glob, re } of patterns) assert.ok(modules.some((m) => re.test(m)), `sideEffects "${glob}" matches a built module`);
      for (const module of defining) assert.ok(patterns.some(({ re }) => re.test(module)), `${module} defines a tag, so sideEffects lists it`);
      // Beyond the definitions, only the CDN bundle (which is not meant for bundlers) may be listed.
      const listed = modules.filter((m) => patterns.some(({ re }) => re.test(m)) && !m.startsWith('./dist/cdn/'));
      const extra = listed.filter((m) => !defining.includes(m) && !readFileSync(join(ROOT, dir, m), 'utf8').match(/^import ['"]\.\/define\//m));
      assert.deepEqual(extra, [], 'sideEffects lists no module without side effects');
    });

    for (const [command, file] of Object.entries(manifest.bin ?? {})) {
      test(`${manifest.name}: bin ${command} is committed, executable and starts with a shebang`, () => {
        const path = join(ROOT, dir, file);
        assert.ok(!file.includes('dist/'), 'outside dist/, so npm links it at install, before a build');
        assert.ok(readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node\n'));
        assert.ok(statSync(path).mode & 0o111, 'executable');
      });
    }
  }

  test('the prepack guard refuses a package with a missing file or a demo feed, and passes a complete one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luton2040-prepack-'));
    try {
      const guard = () => spawnSync(process.execPath, [join(ROOT, 'scripts/prepack-guard.mjs'), dir], { encoding: 'utf8' });
      mkdirSync(join(dir, 'dist/feed'), { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './feed/*': './dist/feed/*' } }));
      writeFileSync(join(dir, 'dist/index.d.ts'), '');
      writeFileSync(join(dir, 'dist/feed/index.json'), JSON.stringify({ sample: false, resources: { kpis: { sample: false } } }));
      assert.match(guard().stderr, /dist\/index\.js is missing/);
      writeFileSync(join(dir, 'dist/index.js'), '');
      assert.equal(guard().status, 0);
      writeFileSync(join(dir, 'dist/feed/index.json'), JSON.stringify({ sample: true, resources: { pledges: { sample: true } } }));
      const demo = guard();
      assert.equal(demo.status, 1);
      assert.match(demo.stderr, /dist\/feed is a demo feed \(sample: true; sample records in pledges\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
