// What a developer outside the repository does with the installed tarballs: the README's SDK
// snippet in Node, strict TypeScript projects, a bundle in the browser. Each function writes its
// files into the scratch project and returns what it saw; the release test judges it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from './repo.js';
import { runAsync } from './pack.js';

/** The README's "For developers: the SDK" code block. */
export function readmeSdkSnippet(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## For developers: the SDK'));
  const code = /```ts(?: [^\n]*)?\n([\s\S]*?)```/.exec(section)?.[1];
  if (!code) throw new Error('README.md: the SDK section has no ```ts code block');
  return code;
}

/**
 * Runs the README's snippet with Node in the scratch project, its feed address moved to `origin`
 * (the one change: the snippet's host is an example). TypeScript is only stripped, not checked
 * here: the TypeScript projects check it.
 */
export async function runReadmeSnippet(scratch: string, origin: string): Promise<{ code: string; stdout: string }> {
  const code = readmeSdkSnippet();
  const feedUrl = /feedUrl: '([^']+)'/.exec(code)?.[1];
  if (!feedUrl) throw new Error('README.md: the SDK snippet gives no feedUrl');
  const local = code.replace(feedUrl, `${origin}${new URL(feedUrl).pathname}`);
  const { code: js } = await esbuild.transform(local, { loader: 'ts', format: 'esm', target: 'node20' });
  writeFileSync(join(scratch, 'readme-snippet.mjs'), js);
  return { code, stdout: await runAsync(process.execPath, ['readme-snippet.mjs'], scratch) };
}

export interface TypeScriptProject {
  name: string;
  compilerOptions: Record<string, unknown>;
}

/** The two ways consumers resolve packages: bundlers, and Node's own ESM resolution. */
export const typescriptProjects: TypeScriptProject[] = [
  { name: 'bundler', compilerOptions: { module: 'ESNext', moduleResolution: 'bundler' } },
  { name: 'node16', compilerOptions: { module: 'Node16', moduleResolution: 'Node16' } },
];

/**
 * Type-checks `sources` (file name → code) in a strict project of the given resolution, with our
 * declarations checked too (`skipLibCheck` only for third-party ones is not a TypeScript option, so
 * it is off: every declaration file reached must be correct). Returns tsc's output; throws on errors.
 */
export function typeCheck(scratch: string, project: TypeScriptProject, sources: Record<string, string>): Promise<string> {
  const dir = join(scratch, `ts-${project.name}`);
  mkdirSync(dir, { recursive: true });
  for (const [file, code] of Object.entries(sources)) writeFileSync(join(dir, file), code);
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      skipLibCheck: false,
      noEmit: true,
      jsx: 'react-jsx',
      types: ['node'],
      ...project.compilerOptions,
    },
    include: Object.keys(sources),
  };
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return runAsync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], dir);
}

/** Bundles `entryCode` with esbuild as an app would, resolving from the scratch project's node_modules. */
export async function bundle(scratch: string, name: string, entryCode: string, outdir: string): Promise<{ file: string; bytes: number; warnings: string[] }> {
  const entry = join(scratch, `${name}.entry.js`);
  writeFileSync(entry, entryCode);
  const result = await esbuild.build({
    absWorkingDir: scratch,
    entryPoints: { [name]: entry },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // es2022 lowers the standard decorators, which Chromium does not run natively yet.
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
    write: true,
  });
  const file = join(outdir, `${name}.js`);
  return { file, bytes: readFileSync(file).length, warnings: result.warnings.map((w) => w.text) };
}
