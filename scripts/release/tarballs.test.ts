// The release check: what `npm publish` would ship, tried as a developer outside the repository
// would. Every package is packed with `npm pack` into a folder under the system's temporary
// directory, only the tarballs are installed there (third-party dependencies from the registry,
// npm's cache first), and then: publint and arethetypeswrong on each tarball, the README's SDK
// snippet in Node against the shipped feed, strict TypeScript projects (bundler and node16), an
// esbuild bundle of the KPI tile in Chromium, and the data package's feed is the reference feed.
// Needs the release build first: `npm run build:release` (`npm test` builds it).
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Kpi } from '@luton2040/sdk';
import { launchChromium } from '../checks/support/chromium.js';
import { bundle, readmeSdkSnippet, runReadmeSnippet, typeCheck, typescriptProjects } from './support/consumer-checks.js';
import { entryPoints, subpathOf, type EntryPoint } from './support/exports-map.js';
import { packWorkspaces, run, runAsync, type PackedPackage } from './support/pack.js';
import { ROOT, readJson, workspaces } from './support/repo.js';
import { installTarballs } from './support/scratch-project.js';
import { topLevelAwaits } from './support/top-level-await.js';

// A variable specifier: the release configuration reader is plain JavaScript without declarations.
const configModule = '../release-config.mjs';
const { readRegistryKey }: { readRegistryKey(): { keyId: string; publicKey: string } | undefined } = await import(configModule);

for (const { dir, manifest } of workspaces()) {
  if (!existsSync(join(ROOT, dir, 'dist'))) throw new Error(`${manifest.name} is not built: run "npm run build:release" first.`);
}
if (!existsSync(join(ROOT, 'packages/elements/custom-elements.json'))) throw new Error('packages/elements/custom-elements.json is missing: run "npm run build:release" first.');

const work = mkdtempSync(join(tmpdir(), 'luton2040-release-'));
const scratch = join(work, 'consumer');
mkdirSync(scratch);
let packages: PackedPackage[];
const byName = (name: string) => packages.find((p) => p.name === name)!;
const entriesOf = (p: PackedPackage): EntryPoint[] => entryPoints(p.manifest.exports ?? {}, p.files);
const installed = (name: string) => join(scratch, 'node_modules', name);

/** Types a consumer has beside ours: Node's, and the frameworks the optional typings are for. */
const consumerPackages = { '@types/node': '^20.19.0', '@types/react': '^19.0.0', vue: '^3.5.0' };

before(() => {
  packages = packWorkspaces(work);
  installTarballs(scratch, packages, consumerPackages);
});

after(() => rmSync(work, { recursive: true, force: true }));

/** A static server for a folder, for the feed and the test page. */
async function serve(folder: string): Promise<{ origin: string; server: Server }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const file = join(folder, normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(folder) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** The shipped feed's records of one resource, read from the installed data package. */
function shippedResource<T>(name: string): T[] {
  const feed = join(installed('@luton2040/data'), 'dist/feed');
  const index = readJson<{ resources: Record<string, { url: string }> }>(join(feed, 'index.json'));
  return readJson<{ items: T[] }>(join(feed, index.resources[name]!.url)).items;
}

const sdk = async () => (await import(pathToFileURL(join(installed('@luton2040/sdk'), 'dist/index.js')).href)) as typeof import('@luton2040/sdk');

describe('the packed tarballs', () => {
  test('hold a LICENSE (the repository’s), a README and package.json, and no tests, fixtures, test helpers or private keys', () => {
    const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    for (const p of packages) {
      for (const file of ['LICENSE', 'README.md', 'package.json']) assert.ok(p.files.includes(file), `${p.name} ships ${file}`);
      assert.equal(readFileSync(join(p.unpacked, 'LICENSE'), 'utf8'), license, `${p.name}: LICENSE is the repository's`);
      const unwanted = p.files.filter((f) => /(^|\/)(test-[^/]*|[^/]*\.test\.[jt]s|test-support|test-fixtures|fixtures)(\/|$)|\.d\.ts\.map$|(^|\/)src\//.test(f));
      assert.deepEqual(unwanted, [], `${p.name} ships no tests, fixtures or sources`);
      const privateKeys = p.files.filter((f) => f.endsWith('.json') && /"d"\s*:\s*"[A-Za-z0-9_-]{40,}"/.test(readFileSync(join(p.unpacked, f), 'utf8')));
      assert.deepEqual(privateKeys, [], `${p.name} ships no private key`);
    }
  });

  test('ship every file their exports map, types, bin and customElements name, and nothing stale', () => {
    for (const p of packages) {
      const entries = entriesOf(p);
      assert.ok(entries.length > 0, `${p.name} has entry points`);
      for (const wildcard of Object.keys(p.manifest.exports ?? {}).filter((s) => s.includes('*'))) {
        assert.ok(entries.some((e) => e.subpath.startsWith(wildcard.split('*')[0]!)), `${p.name}: exports["${wildcard}"] matches files`);
      }
      const named = [...entries.flatMap((e) => [e.target, ...(e.types ? [e.types] : [])]), p.manifest.types, ...Object.values(p.manifest.bin ?? {}), p.manifest.customElements]
        .filter((f): f is string => Boolean(f))
        .map((f) => f.replace(/^\.\//, ''));
      for (const file of named) assert.ok(p.files.includes(file), `${p.name} ships ${file}`);
      // Every compiled module has its source in the repository: a moved or deleted module would otherwise ship from an old build.
      const stale = p.files.filter((f) => /^dist\/.*\.(js|d\.ts)$/.test(f) && !/^dist\/(cdn|feed)\//.test(f) && !existsSync(join(ROOT, p.dir, f.replace(/^dist\//, 'src/').replace(/\.(js|d\.ts)$/, '.ts'))));
      assert.deepEqual(stale, [], `${p.name}: compiled files without a source`);
    }
  });

  test('publint finds nothing to report in any tarball (strict: warnings count as errors)', async () => {
    const outputs = await Promise.all(packages.map((p) => runAsync('npx', ['--no-install', 'publint', 'run', p.tarball, '--strict'], ROOT)));
    for (const [i, p] of packages.entries()) {
      console.log(`publint ${p.name}: ${outputs[i]!.trim().split('\n').at(-1)}`);
      assert.match(outputs[i]!, /All good!/, `publint ${p.name}:\n${outputs[i]}`);
    }
  });

  test('arethetypeswrong (esm-only profile) finds no problem in any entry point, wildcards expanded', async () => {
    const wildcardEntriesOf = (p: PackedPackage) => entriesOf(p).filter((e) => e.types && Object.keys(p.manifest.exports ?? {}).some((s) => s.includes('*') && e.subpath.startsWith(s.split('*')[0]!)));
    // Without DefinitelyTyped: nothing is fetched; our packages carry their own types.
    const reports = await Promise.all(
      packages.map(async (p) => {
        const include = wildcardEntriesOf(p).length ? ['--include-entrypoints', ...wildcardEntriesOf(p).map((e) => e.subpath)] : [];
        return JSON.parse(await runAsync('npx', ['--no-install', 'attw', p.tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'json', ...include], ROOT)) as AttwReport;
      }),
    );
    for (const [i, p] of packages.entries()) {
      const report = reports[i]!;
      const wildcardEntries = wildcardEntriesOf(p);
      const checked = Object.values(report.analysis.entrypoints);
      const summary = checked.map((e) => `${e.subpath} ${['node16-esm', 'bundler'].map((kind) => `${kind}:${problemsOf(report, e.subpath, kind).join('+') || 'ok'}`).join(' ')}`);
      console.log(`attw ${p.name} (${checked.length} entry points):\n  ${summary.join('\n  ')}`);
      const problems = checked.flatMap((e) => ['node16-esm', 'bundler'].flatMap((kind) => problemsOf(report, e.subpath, kind).map((k) => `${e.subpath} (${kind}): ${k}`)));
      assert.deepEqual(problems, [], `attw ${p.name}`);
      for (const e of wildcardEntries) assert.ok(checked.some((c) => c.subpath === e.subpath), `attw checked ${e.subpath}`);
    }
  });
});

interface AttwReport {
  analysis: { entrypoints: Record<string, { subpath: string }> };
  problems?: Record<string, { entrypoint: string; resolutionKind?: string }[]>;
}
/** The problem kinds attw reports for one entry point and resolution kind (esm-only ignores node10 and node16-cjs). */
const problemsOf = (report: AttwReport, subpath: string, kind: string) =>
  Object.entries(report.problems ?? {}).flatMap(([name, list]) => (list.some((x) => x.entrypoint === subpath && (!x.resolutionKind || x.resolutionKind === kind)) ? [name] : []));

describe('the data package', () => {
  test('ships the reference feed only: no sample record, sample: false, no signature but the release key’s', () => {
    const data = byName('@luton2040/data');
    const feedFiles = data.files.filter((f) => f.startsWith('dist/feed/') && f.endsWith('.json'));
    const index = readJson<{ sample: boolean; resources: Record<string, { url: string; sample: boolean; count: number }> }>(join(data.unpacked, 'dist/feed/index.json'));
    assert.equal(index.sample, false, 'the manifest says sample: false');
    for (const [name, resource] of Object.entries(index.resources)) assert.equal(resource.sample, false, `resources.${name}.sample is false`);

    const demoKey = join(ROOT, 'dist/demo/registry/registry-public.json');
    const demoKeyId = existsSync(demoKey) ? readJson<{ keyId: string }>(demoKey).keyId : undefined;
    const releaseKeyId = readRegistryKey()?.keyId;
    const sampleRecords: string[] = [];
    const foreignKeys: string[] = [];
    let records = 0;
    let signed = 0;
    const visit = (value: unknown, where: string): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${where}[${i}]`));
      if (value === null || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (record.sample === true) sampleRecords.push(where);
      if (typeof record.keyId === 'string') {
        signed++;
        if (record.keyId !== releaseKeyId || record.keyId === demoKeyId) foreignKeys.push(`${where}: keyId ${record.keyId}`);
      }
      for (const [key, v] of Object.entries(record)) visit(v, `${where}.${key}`);
    };
    for (const file of feedFiles.filter((f) => !f.startsWith('dist/feed/schema/'))) {
      const json = readJson<{ items?: unknown[] }>(join(data.unpacked, file));
      records += json.items?.length ?? 0;
      visit(json, file);
    }
    console.log(`data tarball: ${feedFiles.length} feed files, ${records} records, ${sampleRecords.length} sample records, ${signed} signed records (release key ${releaseKeyId ?? 'not configured'}; demo key ${demoKeyId ?? 'not built'} absent)`);
    assert.ok(records > 0, 'the feed has records');
    assert.deepEqual(sampleRecords, [], 'no record says sample: true');
    assert.deepEqual(foreignKeys, [], 'every signature is by the release configuration’s key, none by the demo key');
  });

  test('its CLI runs from the installed package: `npx luton2040-feed validate` checks the shipped dataset', () => {
    const output = run('npx', ['--no-install', 'luton2040-feed', 'validate'], scratch);
    assert.match(output, /^Dataset is valid: \d+ KPIs/);
    const kpis = shippedResource<Kpi>('kpis');
    assert.ok(output.includes(`${kpis.length} KPIs`), `${output.trim()} (the shipped feed has ${kpis.length})`);
    assert.match(run('npx', ['--no-install', 'luton2040-email', '--help'], scratch), /^Usage: luton2040-email/);
  });
});

describe('in Node, from the installed tarballs', () => {
  test('the README’s SDK snippet prints what the shipped feed says', async () => {
    const snippet = readmeSdkSnippet();
    // The feed answers at the snippet's own path, on a local origin.
    const path = new URL(/feedUrl: '([^']+)'/.exec(snippet)![1]!).pathname.replace(/index\.json$/, '');
    const { server, origin } = await serveAt(path, join(installed('@luton2040/data'), 'dist/feed'));
    try {
      const { code, stdout } = await runReadmeSnippet(scratch, origin);
      const id = /kpis\.get\('([^']+)'\)/.exec(code)?.[1];
      const kpi = shippedResource<Kpi>('kpis').find((k) => k.id === id);
      assert.ok(kpi, `the shipped feed has the snippet's KPI "${id}"`);
      const { trendOf, formatValue, periodPhrase } = await sdk();
      const { latest, meaning } = trendOf(kpi);
      const [first] = stdout.trim().split('\n');
      assert.equal(first, `${kpi.title}: ${formatValue(latest!.value, kpi.unit)} ${periodPhrase(latest!)} (${meaning})`, 'the first line is what the SDK says of the shipped KPI');
      // Everything it prints is what the README says it prints (its `// →` lines).
      const documented = [...code.matchAll(/^\/\/ → (.*)$/gm)].map((m) => m[1]);
      assert.deepEqual(stdout.trim().split('\n'), documented);
      console.log(`README snippet printed: ${stdout.trim()}`);
    } finally {
      server.close();
    }
  });

  test('every entry point outside the browser-only tag definitions loads with require(): no top-level await anywhere in the graph', () => {
    const entries = packages.flatMap((p) => {
      const sideEffects = Array.isArray(p.manifest.sideEffects) ? p.manifest.sideEffects.map(globToRegExp) : [];
      return entriesOf(p)
        .filter((e) => e.target.endsWith('.js') && !sideEffects.some((re) => re.test(`./${e.target}`)))
        .map((e) => (e.subpath === '.' ? p.name : `${p.name}/${e.subpath.slice(2)}`));
    });
    writeFileSync(join(scratch, 'require-all.cjs'), `for (const id of ${JSON.stringify(entries)}) require(id);\nconsole.log('required ' + ${entries.length} + ' entry points');\n`);
    assert.match(run(process.execPath, ['require-all.cjs'], scratch), /required \d+ entry points/);
    const awaits = packages.flatMap((p) => p.files.filter((f) => f.endsWith('.js')).flatMap((f) => topLevelAwaits(readFileSync(join(p.unpacked, f), 'utf8'), f).map((line) => `${p.name}/${f}:${line}`)));
    assert.deepEqual(awaits, [], 'no shipped module has a top-level await');
  });
});

describe('TypeScript, from the installed tarballs', () => {
  test(`strict projects with moduleResolution ${typescriptProjects.map((p) => p.name).join(' and ')} type-check every entry point, the README examples and the framework typings`, async () => {
    const imports = packages.flatMap((p) =>
      entriesOf(p)
        .filter((e) => e.types)
        .map((e, i) => `import type * as ${p.name.replace(/\W/g, '_')}_${i} from '${e.subpath === '.' ? p.name : `${p.name}/${e.subpath.slice(2)}`}';`),
    );
    const usage = `import type { LutonKpi, LutonLoadDetail } from '@luton2040/elements';
import type {} from '@luton2040/elements/react';
import type {} from '@luton2040/elements/vue';
import type { GlobalComponents } from 'vue';
const tile: LutonKpi | null = document.querySelector('luton-kpi');
tile?.addEventListener('luton-load', (event) => {
  const detail: LutonLoadDetail = event.detail;
  return detail.resource;
});
export const jsx = <luton-kpi kpi="neet-rate" variant="compact" onluton-load={(event) => event.detail.resource} />;
// @ts-expect-error a tile's variant is full or compact
export const wrong = <luton-kpi variant="huge" />;
type KpiProps = InstanceType<GlobalComponents['luton-kpi']>['$props'];
export const vueProps: KpiProps = { kpi: 'neet-rate', onLutonLoad: (event) => event.detail.resource };
`;
    // Each package's README example, as the tarball ships it.
    const readmes = Object.fromEntries(packages.map((p) => [`readme-${p.name.split('/')[1]}.ts`, `${firstTypeScriptBlock(readFileSync(join(p.unpacked, 'README.md'), 'utf8'), p.name)}\nexport {};\n`]));
    const sources = { 'entries.ts': `${imports.join('\n')}\nexport {};\n`, 'readme-snippet.ts': `${readmeSdkSnippet()}\nexport {};\n`, 'usage.tsx': usage, ...readmes };
    await Promise.all(typescriptProjects.map((project) => typeCheck(scratch, project, sources)));
    console.log(`TypeScript: ${Object.keys(sources).length} files, ${imports.length} entry points, checked with ${typescriptProjects.map((p) => p.name).join(' and ')}`);
  });
});

describe('in Chromium, from the installed tarballs', () => {
  test('an esbuild bundle of the KPI tile renders the shipped feed’s figure; the classes-only entry defines nothing', async () => {
    const elements = byName('@luton2040/elements');
    const manifest = readJson<{ modules: { path: string; exports?: { kind: string; name: string }[] }[] }>(join(installed('@luton2040/elements'), elements.manifest.customElements!));
    const definer = manifest.modules.find((m) => m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === 'luton-kpi'))?.path;
    assert.ok(definer, 'custom-elements.json names the module that defines <luton-kpi>');
    const subpath = subpathOf(entriesOf(elements), definer.replace(/^\.\//, ''));
    assert.ok(subpath, `the exports map exposes ${definer}`);

    const site = join(work, 'site');
    const tile = await bundle(scratch, 'kpi', `import '@luton2040/elements/${subpath.slice(2)}';\n`, site);
    assert.deepEqual(tile.warnings, [], 'esbuild keeps the definition (sideEffects lists it)');
    const classesOnly = await bundle(scratch, 'classes-only', `import '@luton2040/elements';\n`, site);
    assert.ok(!readFileSync(classesOnly.file, 'utf8').includes('customElements'), `importing the classes defines no tag (${classesOnly.bytes} bytes left after tree-shaking)`);

    const { trendOf, formatValue } = await sdk();
    const kpi = shippedResource<Kpi>('kpis').find((k) => trendOf(k).latest);
    assert.ok(kpi, 'the shipped feed has a KPI with a figure');
    const latest = trendOf(kpi).latest!;
    const feed = join(site, 'feed');
    mkdirSync(feed);
    for (const file of readdirSync(join(installed('@luton2040/data'), 'dist/feed'))) {
      if (file.endsWith('.json')) writeFileSync(join(feed, file), readFileSync(join(installed('@luton2040/data'), 'dist/feed', file)));
    }
    writeFileSync(
      join(site, 'index.html'),
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>KPI tile</title><script type="module" src="/kpi.js"></script></head><body><luton-kpi kpi="${kpi.id}" src="/feed/index.json"></luton-kpi></body></html>`,
    );
    const { server, origin } = await serve(site);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const printed: string[] = [];
      page.on('console', (m) => printed.push(`${m.type()}: ${m.text()} (${m.location().url ?? ''})`));
      page.on('pageerror', (e) => printed.push(`pageerror: ${String(e)}`));
      await page.goto(`${origin}/index.html`);
      await page.waitForFunction(`document.querySelector('luton-kpi').shadowRoot?.querySelector('[part~="value"]')`, { timeout: 15_000 });
      const shown = (await page.evaluate(`(() => {
        const root = document.querySelector('luton-kpi').shadowRoot;
        const text = (css) => root.querySelector(css)?.textContent.replace(/\\s+/g, ' ').trim();
        return { title: text('[part~="title"]'), value: text('[part~="value"] data') ?? text('[part~="value"]') };
      })()`)) as { title: string; value: string };
      assert.equal(shown.title, kpi.title);
      assert.equal(shown.value, formatValue(latest.value, kpi.unit, latest.status));
      assert.deepEqual(printed, []);
      console.log(`KPI tile bundle: ${tile.bytes} bytes minified, shows "${shown.title}: ${shown.value}"`);
    } finally {
      await browser.close();
      server.close();
    }
  });
});

/** The first ```ts block of a README: the package's example. */
function firstTypeScriptBlock(readme: string, name: string): string {
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!code) throw new Error(`${name}: README.md has no \`\`\`ts example`);
  return code;
}

/** A server answering `path` (e.g. `/luton2040/feed/`) from `folder`. */
async function serveAt(path: string, folder: string): Promise<{ origin: string; server: Server }> {
  const root = join(work, `serve-${Math.random().toString(36).slice(2)}`);
  const target = join(root, ...path.split('/').filter(Boolean));
  mkdirSync(target, { recursive: true });
  for (const file of readdirSync(folder)) if (file.endsWith('.json')) writeFileSync(join(target, file), readFileSync(join(folder, file)));
  return serve(root);
}

/** A `sideEffects` glob as a regular expression (`*` within a folder, `**` across folders). */
function globToRegExp(glob: string): RegExp {
  const pattern = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*');
  return new RegExp(`^${pattern}$`);
}
