/** One CSV record (RFC 4180): a cell is quoted when it holds a comma, quote, line break or edge space. */
export function csvRecord(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');
}

/** Number of lines a piece of CSV text spans (a quoted cell may hold line breaks). */
export function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
