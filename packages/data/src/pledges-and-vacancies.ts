import type { Pledge, Vacancy } from '@luton2040/schema';
import type { LoadOptions } from './load.js';
import type { ProblemLog } from './problems.js';
import { loadTable, reportDuplicates, type Located } from './table.js';
import { pledgeCommitmentsTable, type PledgeCommitmentRow } from './tables/pledge-commitments.js';
import { pledgesTable, type PledgeDefinition } from './tables/pledges.js';
import { vacanciesTable } from './tables/vacancies.js';

/** A pledge with its commitments, in the order the commitments file lists them. */
export function withCommitments(pledge: PledgeDefinition, rows: readonly PledgeCommitmentRow[]): Pledge {
  const { id, organisation, ...rest } = pledge;
  return { id, organisation, commitments: rows.map(({ pledge: _pledge, ...c }) => c), ...rest };
}

/**
 * Pledges and vacancies: real ones may live in the dataset folder; sample ones in the samples folder,
 * where every record must say `sample` (and none in the dataset may), so that made-up records are
 * never published as real.
 */
export async function loadPledgesAndVacancies(dir: string, options: LoadOptions, log: ProblemLog) {
  const folders = [{ dir, label: '', sample: false }];
  if (options.samplesDir) {
    folders.push({ dir: options.samplesDir, label: options.samplesLabel ?? `${options.samplesDir.replace(/\/?$/, '/')}`, sample: true });
  }
  const pledgeRows: Located<PledgeDefinition>[] = [];
  const commitmentRows: Located<PledgeCommitmentRow>[] = [];
  const vacancyRows: Located<Vacancy>[] = [];
  for (const folder of folders) {
    const marked = <T extends { sample: boolean }>(items: Located<T>[]) =>
      items.filter((item) => {
        if (item.record.sample === folder.sample) return true;
        const message = folder.sample
          ? 'must be yes: every record in the samples folder is made up and must say so'
          : 'sample records belong in the samples folder (examples/sample-data), not the reference dataset';
        log.add({ file: item.file, line: item.line, field: 'sample', message });
        return false;
      });
    const read = { optional: true, label: folder.label };
    pledgeRows.push(...marked(await loadTable(folder.dir, pledgesTable, log, read)));
    commitmentRows.push(...(await loadTable(folder.dir, pledgeCommitmentsTable, log, read)));
    vacancyRows.push(...marked(await loadTable(folder.dir, vacanciesTable, log, read)));
  }
  return {
    pledgeRows: reportDuplicates(pledgeRows, (p) => p.id, 'id', log),
    commitmentRows,
    vacancyRows: reportDuplicates(vacancyRows, (v) => v.id, 'id', log),
  };
}
