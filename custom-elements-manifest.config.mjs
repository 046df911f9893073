// Writes packages/elements/custom-elements.json from the JSDoc of the element classes. The class
// comment is the API contract; Storybook's docs pages and docs/components/*.md are read from it.
import { readdirSync } from 'node:fs';

const PACKAGE = 'packages/elements';
const SOURCE = `${PACKAGE}/src/`;

/** Each component folder holds its class, `<name>.component.ts`; the rest of the folder (spec, view, words) is not API. */
const componentFiles = readdirSync(`${SOURCE}components`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name }) => `${SOURCE}components/${name}/${name}.component.ts`);

/**
 * Tags are registered through `defineElement('luton-kpi', LutonKpi)` (a define that warns instead of
 * throwing), which the analyzer does not recognise as `customElements.define`. This plugin records
 * those calls as custom-element definitions, so the tag name is written in one place only.
 */
function defineElementCalls() {
  return {
    name: 'luton-define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const imported = context.imports?.find((i) => i.name === klass.text);
      const module = imported ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
  };
}

/**
 * Keeps each class's `@example` blocks (the analyzer drops them) as `examples`, so that the
 * generated component pages show usage written by the element's author.
 */
function classExamples() {
  return {
    name: 'luton-class-examples',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      const examples = ts
        .getJSDocTags(node)
        .filter((tag) => tag.tagName.text === 'example')
        .map((tag) => ts.getTextOfJSDocComment(tag.comment)?.trim())
        .filter(Boolean);
      if (declaration && examples.length) declaration.examples = examples;
    },
  };
}

/** Private fields and methods (`#data`, `#render…`) are not API: keep them out of docs and controls. */
function publicApiOnly() {
  return {
    name: 'luton-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter((m) => !m.name.startsWith('#') && m.privacy !== 'private' && m.privacy !== 'protected');
          // Internal state declared in `static properties` (`{ state: true }`) is listed as an attribute too.
          const fields = new Set(declaration.members.map((m) => m.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.fieldName || fields.has(a.fieldName));
        }
      }
    },
  };
}

/**
 * The analyzer runs from the repository root, so module paths come out as
 * `packages/elements/src/x.ts`. Consumers of the npm package import `dist/x.js`: rewrite to that.
 */
function packagePaths() {
  const toDist = (path) => {
    const relative = path.replace(/^\/+/, '');
    return relative.startsWith(SOURCE) ? `dist/${relative.slice(SOURCE.length).replace(/\.ts$/, '.js')}` : relative;
  };
  return {
    name: 'luton-package-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.path = toDist(mod.path);
        for (const item of [...(mod.exports ?? []), ...(mod.declarations ?? [])]) {
          if (item.declaration?.module) item.declaration.module = toDist(item.declaration.module);
          for (const member of item.members ?? []) {
            if (member.inheritedFrom?.module) member.inheritedFrom.module = toDist(member.inheritedFrom.module);
          }
        }
      }
    },
  };
}

export default {
  globs: [...componentFiles, `${SOURCE}widget/feed-widget.ts`, `${SOURCE}define/*.ts`],
  // The helper itself calls customElements.define(tag, constructor) with variables: not a definition.
  exclude: [`${SOURCE}define/define-element.ts`],
  outdir: PACKAGE,
  litelement: true,
  // The elements package.json already points at its manifest; the root one must not be rewritten.
  packagejson: false,
  plugins: [defineElementCalls(), classExamples(), publicApiOnly(), packagePaths()],
};
