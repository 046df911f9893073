import type { Plugin } from 'rollup';

/** One static part of an html`` or svg`` template with its indentation folded out. */
export declare function minifyHtml(text: string): string;
/** The rollup plugin that folds the indentation out of the templates of the files `include` matches. */
export declare function minifyHtmlLiterals(options?: { include?: RegExp }): Plugin & { transform(code: string, id: string): { code: string; map: null } | null };
