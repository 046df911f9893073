// Rollup plugin: folds the white space and comments out of the elements' css`…` templates.
// Terser keeps template literals as they are, and the styles are a good part of each element's
// weight; the budgets (scripts/checks/cdn-budget.test.ts) count every byte.
const cssTemplate = /\bcss`([^`]*)`/g;

/** Minifies one stylesheet's text; safe for the project's own styles (no strings with spaces that matter). */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // After a colon only: before one, a space can mean a descendant (\`a :hover\`).
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals({ include = /[\\/]elements[\\/]src[\\/].*\.styles\.ts$/ } = {}) {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!include.test(id)) return null;
      if (/\bcss`[^`]*\$\{/.test(code)) this.error(`${id}: css\`\` with \${} interpolation is not minified safely`);
      return { code: code.replace(cssTemplate, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
