// Every widget snippet and runnable SDK example in README.md, docs/ and examples/ must show
// something the data has. Widgets are rendered with the render package's server renderer, SDK
// examples run in Node, both against the built demo feed (the reference data and the demo's samples); none may fail, say "no … figure" or
// "nothing to compare", or (for an example) print other than the output it documents.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { feedClient, renderWidget, type Widget } from '@luton2040/render';
import { FEED_DIR, ROOT } from './examples-server.js';

// The webmasters' guide writes a placeholder where the reader puts their organisation's id; it is
// shown here with an organisation the feed has, as the guide tells the reader to do.
const { ORGANISATION_PLACEHOLDER }: { ORGANISATION_PLACEHOLDER: string } = await import(join(ROOT, 'scripts/webmaster-guide.mjs'));

/** Files that document the widgets; type-check fixtures (deliberately wrong) and generated builds are not documentation. */
function documentedFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return ['dist', 'node_modules', 'sample-data'].includes(entry.name) ? [] : walk(path);
      return ['.md', '.html', '.txt', '.php', '.ts', '.tsx', '.js', '.mjs'].includes(extname(entry.name)) && !/typings-check|\.d\.ts$/.test(entry.name) ? [path] : [];
    });
  return ['README.md', ...walk('docs'), ...walk('examples')];
}

/**
 * The ids a bound `kpi` can take: the list the same file gives (`MEASURES = [...]`), else the ids it
 * starts the binding with (`kpi = 'neet-rate'`, `signal('neet-rate')`).
 */
function boundValues(source: string): string[] | undefined {
  const list = /\b(?:MEASURES|measures)\s*=\s*\[([^\]]*)\]/.exec(source)?.[1];
  if (list) return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  const initial = [...source.matchAll(/\bkpi\b\s*=\s*(?:signal|ref|useState)?\(?\s*'([a-z0-9-]+)'/g)].map((m) => m[1]!);
  return initial.length > 0 ? [...new Set(initial)] : undefined;
}

/** The fenced code block of a Markdown file that holds the given position, if any. */
function fencedBlockAt(source: string, index: number): string | undefined {
  for (const m of source.matchAll(/^```[^\n]*\n[\s\S]*?^```$/gm)) if (m.index! <= index && index < m.index! + m[0].length) return m[0];
  return undefined;
}

interface Snippet {
  where: string;
  widget: Widget;
}

/**
 * The widgets a file shows: `<luton-…>` start tags with at least one attribute (a bare tag is a
 * mention in prose), WordPress shortcodes, and `{ tag: 'luton-…', attributes: {…} }` in code. A
 * bound `kpi` (`kpi={kpi}`, `:kpi`, `[kpi]`) stands for each id of the file's own list.
 */
function snippetsOf(file: string): Snippet[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const found: Snippet[] = [];
  for (const m of source.matchAll(/<(luton-(?!data\b)[a-z-]+)((?:\s+[^\s>=/]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}|[^\s>]+))?)+)\s*\/?>/g)) {
    const attributes: Record<string, string> = {};
    let bound: string | undefined;
    for (const a of m[2]!.matchAll(/([^\s=]+)(?:=(?:"([^"]*)"|'([^']*)'|(\{[^}]*\})|([^\s>]+)))?/g)) {
      const name = a[1]!.replace(/^[:[]|\]$/g, '');
      // Listeners (onluton-load, @luton-load, (luton-load)) and the feed address are not what a widget shows.
      if (/^(?:onluton-|@|\()/.test(a[1]!) || name === 'src') continue;
      const isBound = a[1]!.startsWith(':') || a[1]!.startsWith('[') || a[4] !== undefined;
      if (isBound && name === 'kpi') bound = name;
      else if (!isBound) attributes[name] = a[2] ?? a[3] ?? a[5] ?? '';
      else if (a[4] !== undefined && /^\{\d+\}$/.test(a[4])) attributes[name] = a[4].slice(1, -1);
      else if (a[2] !== undefined && /^\d+$/.test(a[2])) attributes[name] = a[2];
    }
    const tag = m[1]!;
    const where = `${file}:${lineOf(m.index!)}`;
    if (bound) {
      // A guide's code block says what it binds; failing that, the file as a whole.
      const block = file.endsWith('.md') ? fencedBlockAt(source, m.index!) : undefined;
      const values = (block !== undefined ? boundValues(block) : undefined) ?? boundValues(source);
      assert.ok(values, `${where}: <${tag}> binds its kpi, but the file gives no list of the ids it takes`);
      for (const kpi of values) found.push({ where: `${where} (kpi ${kpi})`, widget: { tag, attributes: { ...attributes, kpi } } as Widget });
    } else found.push({ where, widget: { tag, attributes } as Widget });
  }
  for (const m of source.matchAll(/\[luton_widget\s+type="([a-z-]+)"([^\]]*)\]/g)) {
    const attributes = Object.fromEntries([...m[2]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]).filter(([name]) => !['link', 'label', 'src'].includes(name!)));
    found.push({ where: `${file}:${lineOf(m.index!)}`, widget: { tag: `luton-${m[1]}`, attributes } as Widget });
  }
  for (const m of source.matchAll(/\{\s*tag:\s*'(luton-[a-z-]+)',\s*attributes:\s*\{([^}]*)\}\s*\}/g)) {
    const attributes = Object.fromEntries([...m[2]!.matchAll(/([a-z-]+|'[a-z-]+'):\s*'([^']*)'/g)].map((a) => [a[1]!.replaceAll("'", ''), a[2]!]));
    found.push({ where: `${file}:${lineOf(m.index!)}`, widget: { tag: m[1]!, attributes } as Widget });
  }
  return found;
}

/**
 * What a widget must never say: that it has no figure ("No figures have been published", "No figure
 * for 2020: England", "no England figure"), or nothing to compare. ("No trend: the figures cannot be
 * compared" is a conclusion withheld, with both figures shown: that is what a snippet may show.)
 */
const saysNothing = /\b[Nn]o figures? (?:for|have been published)\b|\bno [A-Z][^.:<]{0,60}? figure\b|nothing to compare/;
const text = (html: string) => html.replace(/<template[^>]*>|<\/template>/g, '').replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('documented widget snippets', () => {
  const snippets = documentedFiles().flatMap(snippetsOf);
  const client = feedClient(join(FEED_DIR, 'index.json'), { retry: false, onDroppedRecord: () => {} });

  it('are found in the README, the guides and the examples', () => {
    assert.ok(snippets.some((s) => s.where.startsWith('README.md')), 'the README has widget snippets');
    assert.ok(snippets.some((s) => s.where.startsWith('docs/')), 'the guides have widget snippets');
    assert.ok(snippets.some((s) => s.where.startsWith('examples/')), 'the examples have widget snippets');
  });

  for (const snippet of snippets) {
    const { where } = snippet;
    let { widget } = snippet;
    const pairs = Object.entries(widget.attributes).map(([k, v]) => (v ? `${k}="${v}"` : k)).join(' ');
    it(`${where}: <${widget.tag}${pairs ? ` ${pairs}` : ''}> shows what the feed has`, async () => {
      if (widget.attributes.org === ORGANISATION_PLACEHOLDER) {
        const [pledge] = await client.pledges.list();
        assert.ok(pledge, 'the feed has a pledge to show in place of the placeholder');
        widget = { ...widget, attributes: { ...widget.attributes, org: pledge.organisation.id } };
      }
      const html = await renderWidget(widget, { client, src: null });
      const shown = text(html);
      assert.doesNotMatch(html, /role="alert"/, `${where} renders an error: ${shown.slice(0, 300)}`);
      const nothing = saysNothing.exec(shown);
      assert.equal(nothing, null, `${where} says "${nothing?.[0]}": ${shown.slice(0, 300)}`);
    });
  }
});

/**
 * The fenced blocks a Markdown file marks as runnable ("```js example" or "```ts example"), each
 * with the blocks it continues: "```js example continues" runs after the example before it (its
 * client and imports), as a reader following the guide would.
 */
function examplesOf(file: string): { where: string; language: string; chain: string[] }[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const examples: { where: string; language: string; chain: string[] }[] = [];
  for (const m of source.matchAll(/^```(js|ts) example( continues)?\n([\s\S]*?)^```$/gm)) {
    const before = m[2] ? examples.at(-1) : undefined;
    assert.ok(!m[2] || before, `${file}: an example continues, but none comes before it`);
    examples.push({ where: `${file}:${source.slice(0, m.index!).split('\n').length}`, language: m[1]!, chain: [...(before?.chain ?? []), m[3]!] });
  }
  return examples;
}

// Every feed address an example names is answered from the built feed on disk, by file name, so
// that the examples run as written (with the published feed's address) and offline.
const PREAMBLE = `import { readFile as __readFile } from 'node:fs/promises';
globalThis.fetch = async (input) => {
  const name = new URL(String(input instanceof Request ? input.url : input)).pathname.split('/').pop();
  try { return new Response(await __readFile(${JSON.stringify(FEED_DIR)} + '/' + name)); } catch { return new Response('not found', { status: 404 }); }
};
`;

/** Import lines with each module's names merged, so that a continued example may import again what the first did. */
function mergedImports(lines: readonly string[]): string[] {
  const named = new Map<string, Set<string>>();
  const other: string[] = [];
  for (const line of lines) {
    const m = /^import \{([^}]*)\} from '([^']+)';$/.exec(line.replace(/\s+/g, ' '));
    if (!m) {
      if (!other.includes(line)) other.push(line);
      continue;
    }
    const names = named.get(m[2]!) ?? new Set<string>();
    for (const name of m[1]!.split(',').map((n) => n.trim()).filter(Boolean)) names.add(name);
    named.set(m[2]!, names);
  }
  return [...other, ...[...named].map(([from, names]) => `import { ${[...names].join(', ')} } from '${from}';`)];
}

describe('documented SDK examples', () => {
  const examples = ['README.md', ...documentedFiles().filter((f) => f.startsWith('docs/') && f.endsWith('.md'))].flatMap(examplesOf);
  const dir = join(ROOT, 'dist/doc-examples');
  mkdirSync(dir, { recursive: true });

  it('are found in the README and the SDK guide', () => {
    assert.ok(examples.some((e) => e.where.startsWith('README.md')));
    assert.ok(examples.some((e) => e.where.startsWith('docs/sdk.md')));
  });

  for (const example of examples) {
    it(`${example.where} runs against the built feed and prints what it says it prints`, () => {
      const file = join(dir, `${example.where.replace(/[^a-z0-9]+/gi, '-')}.${example.language === 'ts' ? 'mts' : 'mjs'}`);
      const code = example.chain.join('\n');
      // Imports first (an ES module needs them at the top, and a continued example repeats some), then the stand-in fetch, then the rest.
      const imports = code.match(/^import[\s\S]*?from '[^']+';$/gm) ?? [];
      const rest = imports.reduce((text, line) => text.replace(line, ''), code);
      writeFileSync(file, `${mergedImports(imports).join('\n')}\n${PREAMBLE}${rest}`);
      const run = spawnSync(process.execPath, [...(example.language === 'ts' ? ['--import', 'tsx'] : []), file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      assert.equal(run.status, 0, `${example.where} (${relative(ROOT, file)}) failed:\n${run.stderr}`);
      const printed = run.stdout.trimEnd().split('\n');
      const documented = [...code.matchAll(/^\s*\/\/ → (.*)$/gm)].map((m) => m[1]!);
      assert.ok(documented.length > 0, `${example.where} documents what it prints, in "// → " lines`);
      assert.deepEqual(printed, documented, `${example.where} prints what it documents`);
      for (const line of printed) assert.doesNotMatch(line, saysNothing, `${example.where} prints "${line}"`);
    });
  }
});
