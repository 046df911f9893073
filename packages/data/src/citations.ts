import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Citation } from '@luton2040/schema';
import { containsPassage, foldForQuote } from './citation.js';
import type { ProblemLog } from './problems.js';
import type { Located } from './table.js';

/** Reads each document's text, folded for the quote check; a missing file is a problem of documents.csv. */
export async function readSources(dir: string, documents: Located<{ id: string; file?: string }>[], log: ProblemLog): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const d of documents) {
    if (!d.record.file) continue; // a release known by its address: no text to check quotes against
    try {
      texts.set(d.record.id, foldForQuote(await readFile(join(dir, d.record.file), 'utf8')));
    } catch {
      log.add({ file: d.file, line: d.line, field: 'file', message: `source text "${d.record.file}" not found in ${dir}` });
    }
  }
  return texts;
}

/** Checks that a citation names a known document and that its section and quote are really in it. */
export class CitationChecker {
  constructor(
    private readonly documentIds: ReadonlySet<string>,
    private readonly texts: ReadonlyMap<string, string> | undefined,
    private readonly log: ProblemLog,
  ) {}

  /** Reports every fault of the citation; returns false when it names no known document. */
  check(item: Located<unknown>, citation: Citation): boolean {
    if (!this.documentIds.has(citation.doc)) {
      this.log.add({ file: item.file, line: item.line, field: 'doc', message: `unknown document id "${citation.doc}"` });
      return false;
    }
    const text = this.texts?.get(citation.doc);
    if (text === undefined) return true;
    if (citation.quote && !containsPassage(text, citation.quote)) {
      this.log.add({ file: item.file, line: item.line, field: 'quote', message: `not found word for word in document "${citation.doc}"` });
    }
    if (!text.includes(foldForQuote(citation.section))) {
      this.log.add({ file: item.file, line: item.line, field: 'section', message: `no section "${citation.section}" in document "${citation.doc}"` });
    }
    return true;
  }
}
