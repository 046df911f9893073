import type { Action } from '@luton2040/schema';
import { foldForQuote } from '../citation.js';
import type { CheckContext } from '../dataset-table.js';
import type { Located } from '../table.js';
import type { ActivityDefinition } from '../tables/activities.js';

/**
 * Each passage must be in the cited document word for word, as a quote is: the plan's tables give
 * an action as its number and title, an activity as its number, title and timeframe, then (in the
 * row's last two cells) its outputs and measure of success. Binding the words to the number means
 * a title changed, or moved to another activity, is caught.
 */
function checkPassages(item: Located<{ citation: { doc: string } }>, passages: readonly (readonly [field: string, words: string, as: string])[], { log, texts }: CheckContext): boolean {
  const text = texts?.get(item.record.citation.doc);
  if (text === undefined) return true;
  let ok = true;
  for (const [field, words, as] of passages) {
    if (text.includes(foldForQuote(words))) continue;
    log.add({ file: item.file, line: item.line, field, message: `not found word for word in document "${item.record.citation.doc}" (${as})` });
    ok = false;
  }
  return ok;
}

type ActionRow = Omit<Action, 'activities'>;

export const checkActionText = (item: Located<ActionRow>, context: CheckContext) =>
  checkPassages(item, [['title', `${item.record.id} ${item.record.title}`, 'as its number and title']], context);

export const checkActivityText = (item: Located<ActivityDefinition>, context: CheckContext) => {
  const a = item.record;
  const title = checkPassages(item, [['title', `${a.id} ${a.title} ${a.timeframe.text}`, 'as its number, title and timeframe']], context);
  const outputs = checkPassages(item, [['outputs', a.outputs, 'as a cell of the plan']], context);
  // Only once the outputs are right is the measure checked where the plan puts it: right after them.
  const measures = outputs && checkPassages(item, [['measures', `${a.outputs} ${a.measureOfSuccess}`, 'right after its outputs']], context);
  return title && outputs && measures;
};
