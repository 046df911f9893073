// Rollup plugin: folds the indentation out of the elements' html`…` and svg`…` templates. Terser
// keeps template literals as they are, so every tile shipped its templates' line breaks and
// indentation, and drew each of them as a white-space text node in its shadow root. Each run
// of it is kept as one space, as the browser would show it.
import ts from 'typescript';

/**
 * One static part of a template. Each run of white space that holds a line break becomes one space,
 * never nothing: a space beside a block draws nothing, but dropping it would change the text the
 * widget reads out (textContent) from what the server renderer writes.
 */
export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** The template parts of `source` to rewrite: [start, end, text] of each part's raw text, last first. */
function templateParts(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const parts = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
      const literals = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [node.template]
        : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
      for (const literal of literals) {
        // The raw text sits between the backtick or `}` and the backtick or `${`.
        const start = literal.getStart(file) + 1;
        const end = literal.getEnd() - (ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) ? 2 : 1);
        parts.push([start, end]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return parts.sort((a, b) => b[0] - a[0]);
}

export function minifyHtmlLiterals({ include = /[\\/]elements[\\/]src[\\/](components|widget)[\\/].*\.ts$/ } = {}) {
  return {
    name: 'minify-html-literals',
    transform(code, id) {
      if (!include.test(id) || !/\b(html|svg)`/.test(code)) return null;
      let out = code;
      for (const [start, end] of templateParts(code, id)) out = out.slice(0, start) + minifyHtml(out.slice(start, end)) + out.slice(end);
      return out === code ? null : { code: out, map: null };
    },
  };
}
