type Words = Record<string, unknown>;

const merged = new WeakMap<object, unknown>();

const isGroup = (value: unknown): value is Words => typeof value === 'object' && value !== null;

function merge(english: Words, translated: Words): Words {
  const out: Words = { ...english };
  // A key English does not have is ignored; a missing one keeps its English words.
  for (const key in english) if (key in translated) out[key] = isGroup(english[key]) ? merge(english[key], translated[key] as Words) : translated[key];
  return out;
}

/**
 * A widget's words in a language, with English for any word the language's file leaves out (a
 * partner's catalogue written for an older release still works). Merged once per catalogue: each
 * widget's translated words are their own object, so they alone key the cache.
 */
export function wordsIn<W extends object>(english: W, translated: object | undefined): W {
  if (!translated) return english;
  if (!merged.has(translated)) merged.set(translated, merge(english as Words, translated as Words));
  return merged.get(translated) as W;
}
