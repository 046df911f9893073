type Words = Record<string, unknown>;

const merged = new WeakMap<object, Map<object, unknown>>();

const isGroup = (value: unknown): value is Words => typeof value === 'object' && value !== null && !Array.isArray(value);

function merge(english: Words, translated: Words): Words {
  const out: Words = { ...english };
  for (const [key, value] of Object.entries(translated)) {
    // A key English does not have is ignored; a missing one keeps its English words.
    if (key in english) out[key] = isGroup(english[key]) && isGroup(value) ? merge(english[key], value) : value;
  }
  return out;
}

/**
 * A widget's words in a language, with English for any word the language's file leaves out (a
 * partner's catalogue written for an older release still works). Merged once per pair.
 */
export function wordsIn<W extends object>(english: W, translated: object | undefined): W {
  if (!translated) return english;
  let byEnglish = merged.get(translated);
  if (!byEnglish) merged.set(translated, (byEnglish = new Map()));
  let words = byEnglish.get(english) as W | undefined;
  if (!words) byEnglish.set(english, (words = merge(english as Words, translated as Words) as W));
  return words;
}
