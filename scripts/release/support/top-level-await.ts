// Finds top-level `await` in shipped JavaScript with TypeScript's parser: a module graph that has one
// cannot be `require()`d from CommonJS, and holds up everything that imports it.
import ts from 'typescript';

/** Lines (1-based) of the top-level `await`s (and `for await`) of a module's source. */
export function topLevelAwaits(source: string, fileName: string): number[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    // A function (or class member) body starts a new scope: its awaits are not top-level.
    if (ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)) return;
    if (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier)) {
      lines.push(file.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(file, visit);
  return lines;
}
