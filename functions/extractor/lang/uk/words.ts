// How Ukrainian words are told apart in regular expressions. `\b` knows only ASCII: whole words are
// told by look-arounds on the script's letters instead, and a stem's ending is any Ukrainian letters.

/** Not a letter, digit or apostrophe on either side: a whole word. */
export const START = "(?<![\\p{L}\\d_'ʼ])";
export const END = "(?![\\p{L}\\d_'ʼ])";
/** The Ukrainian apostrophe, typed as ' or ʼ (curly ones are made straight before reading). */
export const APOSTROPHE = "['ʼ]";
/**
 * The rest of a word after its stem, in any case: "танк" + TAIL reads "танки", "танків", "танками".
 * Ukrainian letters (upper case too, as patterns ignore case), not `\p{L}`: V8 compiles a class of
 * every letter of Unicode into far larger code, and each pattern took many times longer to build and run.
 */
export const TAIL = '[а-яіїєґʼ]*';
