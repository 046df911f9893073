/** Markup that is safe to insert as it is: what `html` returns. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Value = Html | string | number | null | undefined | false | readonly Value[];

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

const toText = (value: Value): string =>
  value instanceof Html ? value.text : Array.isArray(value) ? value.map(toText).join('') : value === null || value === undefined || value === false ? '' : escapeHtml(String(value));

/**
 * Email markup with every interpolated value escaped (feeds are written by many partners), except
 * values that are `Html` already. Templates are laid out for reading without costing bytes: a line
 * break with its indentation is dropped next to a tag and is one space elsewhere, so inline content
 * that needs a space between a tag and a word keeps them on one line.
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  const compact = (part: string) => part.replace(/>\s*\n\s*/g, '>').replace(/\s*\n\s*</g, '<').replace(/\n\s*/g, ' ');
  return new Html(strings.reduce((out, part, i) => out + compact(part) + (i < values.length ? toText(values[i]!) : ''), ''));
}
