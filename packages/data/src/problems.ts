/** One thing wrong with the dataset, located so that an officer can find and fix it. */
export interface DatasetProblem {
  /** File name relative to the dataset folder, e.g. `observations.csv`. */
  file: string;
  /** 1-based line of the record in the file (the header is line 1); 0 for the file as a whole. */
  line: number;
  /** The column (or field path) at fault, when there is one. */
  field?: string;
  message: string;
}

/** `observations.csv:12: value: must be a plain number like 4 or 17.5 (got "12%")` */
export function formatProblem(p: DatasetProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

/** Collects problems while a load goes on, so that every problem is reported at once. */
export class ProblemLog {
  readonly problems: DatasetProblem[] = [];
  add(problem: DatasetProblem): void {
    this.problems.push(problem);
  }
  get ok(): boolean {
    return this.problems.length === 0;
  }
}
