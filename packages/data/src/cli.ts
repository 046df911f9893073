#!/usr/bin/env node
// Each command imports what it needs when it runs (the dataset loader, zod, the CSV parser, the
// signing code), so that `--help` and a usage error start as fast as an empty Node process.
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { NomisSeriesName, RefreshReport } from './refresh.js';
import type { ImportKind } from './import.js';
import type { DatasetProblem } from './problems.js';
import { nomisSeriesNames } from './nomis-series-names.js';
import { DEFAULT_VALID_DAYS } from './signing-defaults.js';

const usage = `Usage: luton2040-feed <command> [options]

Commands:
  validate                      check every file of the dataset; every problem is listed with file, line and field
  build --out DIR               write the feed (content-hashed snapshot files, JSON Schemas, index.json) to DIR
  keygen --out DIR              make a new pledge-registry key pair: DIR/registry-private.jwk.json (keep it secret,
                                outside any repository) and DIR/registry-public.json (copy it to the widgets'
                                config/registry-public.json, so that the guides give its key to the pages)
  refresh --source nomis --series NAMES [--date SEL]
                                fetch ONS figures from NOMIS for Luton and every comparator with a GSS code into
                                observations-nomis.csv (series: ${nomisSeriesNames.join(', ')})
  refresh --source jobposting --url URL
                                read a partner's careers page or JSON feed of schema.org JobPostings into
                                vacancies-<site>.csv (open vacancies only, de-duplicated)
  import status FILE            check a CSV of activity status reports and append the good rows to status-reports.csv
  import observations FILE      check a CSV of figures and append the good rows to observations.csv

Options:
  --data DIR            the dataset folder (default: the dataset shipped with @luton2040/data)
  --sources DIR         the source documents' text, to check quotes (default: the shipped sources)
  --with-samples DIR    also load the made-up demo records (pledges, vacancies) in DIR, e.g. examples/sample-data
  --keep-going          build from the valid records even when some records have problems
  --sample              mark the whole feed as sample data (for demos)
  --sign-key FILE       with build: sign every pledge with this Ed25519 private key (a JWK, as keygen writes it)
  --valid-until DATE    with --sign-key: the last day the signatures vouch for the records (default: ${DEFAULT_VALID_DAYS} days
                        from today); sign again before then, so that a revoked record stops verifying by that date

Exit status: 0 when there is no problem, 1 when there are problems, 2 for a usage error.
`;

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

async function report(problems: readonly DatasetProblem[]): Promise<void> {
  if (problems.length === 0) return;
  const { formatProblem } = await import('./problems.js');
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string', default: `${packageRoot}dataset` },
      sources: { type: 'string', default: `${packageRoot}sources` },
      out: { type: 'string' },
      'with-samples': { type: 'string' },
      'keep-going': { type: 'boolean', default: false },
      sample: { type: 'boolean', default: false },
      'sign-key': { type: 'string' },
      'valid-until': { type: 'string' },
      source: { type: 'string' },
      series: { type: 'string' },
      date: { type: 'string' },
      url: { type: 'string' },
      'nomis-api': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(usage);
    return command || values.help ? 0 : 2;
  }
  const samplesDir = values['with-samples'];
  const loadOptions = {
    sourcesDir: values.sources,
    ...(samplesDir ? { samplesDir, samplesLabel: `${relative(process.cwd(), samplesDir) || '.'}/` } : {}),
  };

  switch (command) {
    case 'validate': {
      const { loadDataset } = await import('./load.js');
      const { dataset, problems } = await loadDataset(values.data, loadOptions);
      await report(problems);
      if (problems.length > 0) {
        process.stderr.write(`${problems.length} problem(s) found.\n`);
        return 1;
      }
      process.stdout.write(
        `Dataset is valid: ${dataset.kpis.length} KPIs, ${dataset.actions.length} actions, ${dataset.activities.length} activities, ` +
          `${dataset.areas.length} areas, ${dataset.pledges.length} pledges, ${dataset.vacancies.length} vacancies.\n`,
      );
      return 0;
    }
    case 'build': {
      if (!values.out) {
        process.stderr.write('build needs --out DIR\n');
        return 2;
      }
      const [{ loadDataset }, { buildFeed }, { readFile }] = await Promise.all([import('./load.js'), import('./build.js'), import('node:fs/promises')]);
      const { dataset, problems } = await loadDataset(values.data, loadOptions);
      await report(problems);
      if (problems.length > 0 && !values['keep-going']) {
        process.stderr.write(`${problems.length} problem(s) found; nothing written (use --keep-going to publish the valid records).\n`);
        return 1;
      }
      const signKey = values['sign-key'];
      const validUntil = values['valid-until'];
      if (validUntil && !signKey) {
        process.stderr.write('--valid-until needs --sign-key\n');
        return 2;
      }
      if (signKey) {
        const { signPledges } = await import('./signing.js');
        const key = JSON.parse(await readFile(signKey, 'utf8')) as JsonWebKey;
        dataset.pledges = await signPledges(dataset.pledges, key, validUntil ? { validUntil } : {});
      }
      const manifest = await buildFeed(dataset, values.out, { sample: values.sample, sourcesDir: values.sources });
      process.stdout.write(`Feed ${manifest.version} written to ${values.out}\n`);
      return 0;
    }
    case 'keygen': {
      if (!values.out) {
        process.stderr.write('keygen needs --out DIR\n');
        return 2;
      }
      const [{ generateRegistryKey }, { mkdir, writeFile }] = await Promise.all([import('./signing.js'), import('node:fs/promises')]);
      const key = await generateRegistryKey();
      await mkdir(values.out, { recursive: true });
      await writeFile(join(values.out, 'registry-private.jwk.json'), `${JSON.stringify(key.privateJwk)}\n`, { mode: 0o600 });
      await writeFile(join(values.out, 'registry-public.json'), `${JSON.stringify({ keyId: key.keyId, publicKey: key.publicKey }, null, 2)}\n`);
      process.stdout.write(
        `Registry key ${key.keyId} written to ${values.out} (keep registry-private.jwk.json secret).\n` +
          `Publish the public half: copy ${join(values.out, 'registry-public.json')} to config/registry-public.json in the widgets repository.\n`,
      );
      return 0;
    }
    case 'refresh': {
      const { refreshJobPostings, refreshNomis } = await import('./refresh.js');
      let result: RefreshReport;
      if (values.source === 'nomis') {
        const series = (values.series ?? '').split(',').filter(Boolean);
        const unknown = series.filter((s) => !(nomisSeriesNames as readonly string[]).includes(s));
        if (series.length === 0 || unknown.length > 0) {
          process.stderr.write(`refresh --source nomis needs --series with one or more of: ${nomisSeriesNames.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}\n`);
          return 2;
        }
        result = await refreshNomis(values.data, {
          series: series as NomisSeriesName[],
          ...(values.date ? { date: values.date } : {}),
          ...(values['nomis-api'] ? { baseUrl: values['nomis-api'] } : {}),
          ...(values.out ? { out: values.out } : {}),
        });
      } else if (values.source === 'jobposting' && values.url) {
        result = await refreshJobPostings(values.data, { url: values.url, sample: values.sample, ...(values.out ? { out: values.out } : {}) });
      } else {
        process.stderr.write('refresh needs --source nomis --series NAMES, or --source jobposting --url URL\n');
        return 2;
      }
      for (const note of result.notes) process.stderr.write(`note: ${note}\n`);
      process.stdout.write(`${result.written} record(s) written to ${result.file}; run "luton2040-feed validate" before you build.\n`);
      return 0;
    }
    case 'import': {
      const [kind, file] = rest;
      const { importCsv, importKinds } = await import('./import.js');
      if (!kind || !(kind in importKinds) || !file) {
        process.stderr.write(`import needs a kind (${Object.keys(importKinds).join(' or ')}) and a CSV file.\n`);
        return 2;
      }
      const { added, problems } = await importCsv(kind as ImportKind, file, values.data, { sourcesDir: values.sources, label: file });
      await report(problems);
      const target = importKinds[kind as ImportKind].target;
      process.stdout.write(`${added} row(s) added to ${target}.\n`);
      if (problems.length > 0) {
        process.stderr.write(`${problems.length} problem(s) found; the rows with problems were not added.\n`);
        return 1;
      }
      return 0;
    }
    default:
      process.stderr.write(`Unknown command "${command}".\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`luton2040-feed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
