#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildFeed } from './build.js';
import { loadDataset } from './load.js';
import { formatProblem } from './problems.js';

const usage = `Usage: luton2040-feed <command> [options]

Commands:
  validate              check every file of the dataset; every problem is listed with file, line and field
  build --out DIR       write the feed (content-hashed snapshot files and index.json) to DIR

Options:
  --data DIR            the dataset folder (default: the dataset shipped with @luton2040/data)
  --sources DIR         the source documents' text, to check quotes (default: the shipped sources)
  --keep-going          build from the valid records even when some records have problems
  --sample              mark the feed as sample data (for demos)
`;

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string', default: `${packageRoot}dataset` },
      sources: { type: 'string', default: `${packageRoot}sources` },
      out: { type: 'string' },
      'keep-going': { type: 'boolean', default: false },
      sample: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    process.stdout.write(usage);
    return command || values.help ? 0 : 2;
  }
  const { dataset, problems } = await loadDataset(values.data, { sourcesDir: values.sources });
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);

  switch (command) {
    case 'validate':
      if (problems.length > 0) {
        process.stderr.write(`${problems.length} problem(s) found.\n`);
        return 1;
      }
      process.stdout.write(`Dataset is valid: ${dataset.kpis.length} KPIs, ${dataset.areas.length} areas.\n`);
      return 0;
    case 'build': {
      if (!values.out) {
        process.stderr.write('build needs --out DIR\n');
        return 2;
      }
      if (problems.length > 0 && !values['keep-going']) {
        process.stderr.write(`${problems.length} problem(s) found; nothing written (use --keep-going to publish the valid records).\n`);
        return 1;
      }
      const manifest = await buildFeed(dataset, values.out, { sample: values.sample });
      process.stdout.write(`Feed ${manifest.version} written to ${values.out}\n`);
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
