// Every number that decides whether two figures of an article disagree, with the reason for its
// value. Measured on shared/corpus, English pages only: the hand-made bodies of the zyte pages and
// the pages the CLI extracts (2,169 figures on 157 pages, of which the English ones count), and on
// the planted fixtures' tune part (tests/fixtures/conflicts/, README.md there). The corpus and
// planted tests in tests/unit/figures/conflicts/ re-measure what the reasons below rest on.

/**
 * Relative slack of an approximate figure ("about 300" allows 250–350; "nearly 300" 250–300).
 * 42 of the 48 approximate figures in the corpus ("about", "around", "some", "nearly" …) are
 * written with one or two significant digits. Rounding to two digits moves a number by 5% at
 * most, to one digit by at most 1/6 when the digit is 3 or more (12 of those 21 one-digit
 * figures); "about 100" for 149 stays a disagreement.
 */
export const APPROXIMATE_TOLERANCE = 1 / 6;

/**
 * A plural multiple ("dozens", "hundreds", "thousands") allows its unit up to this many times it:
 * past ten of a unit, the next word up is used ("dozens" → "hundreds"). Definitional, not tuned;
 * the "over 80" against "dozens" needs at least 7 (80 / 12).
 */
export const VAGUE_MULTIPLE_SPAN = 10;

/**
 * Tokens on each side of a figure searched for its frame word, context words and mood. On the
 * corpus, the nearest frame word 6–10 tokens from a figure was its own in 14 of 20 cases read by
 * hand; 11–29 tokens away, in 4 of 18 (the others frame another figure of a long sentence). 90 of
 * the 112 frame words found anywhere in a figure's sentence are within 10.
 */
export const CONTEXT_TOKENS = 10;

/**
 * Earlier figures of the same key each figure is compared with: work is at most this many
 * comparisons per figure, whatever the article. On the planted fixtures, at most 7 figures of the
 * key stand between an original and its restatement (90th percentile 1); on the corpus, 2 of 502
 * key groups have more than 32 figures (a deals page and a box score).
 */
export const MAX_COMPARED = 32;

/**
 * Dice overlap of context words that a sum or a share with a frame word ("revenue", "budget")
 * needs with one of its key, unless the two share a name. No corpus pair reached this test (the
 * name, mood and time gates decided them all) and the planted framed restatements score 1.0:
 * kept as a guard, at half the words, because the frames of a business story recur for different
 * subjects.
 */
export const MIN_FRAMED_OVERLAP = 0.5;

/**
 * Dice overlap of context words two figures without a frame word need. The highest of the 227
 * corpus pairs that reach this test with values that disagree (none the same thing when read) is
 * 0.62; the lowest planted restatement (tune part) that reaches it is 0.71.
 */
export const MIN_UNFRAMED_OVERLAP = 0.7;

/**
 * Fewest context words each side needs for an overlap to mean anything. With 2, a deals page's
 * "Get it on Amazon for $649.99" and "Get it on Amazon for $169.99" ({get, amazon}) score 1.0:
 * 9 such false conflicts on the corpus, and no planted restatement more found.
 */
export const MIN_CONTEXT_WORDS = 3;
