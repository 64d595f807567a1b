// Every number that decides whether a paragraph is hidden, with the reason for its value.
// Measured on shared/corpus: the hand-made article bodies of the 135 zyte pages, and the
// paragraphs Readability extracts from all 157 pages (numbers in the report and in
// tests/unit/repeats/corpus.test.ts, which re-measures them).

/** Words per shingle in the candidate index: 3 keeps common bigrams out while one changed word
 * still leaves most shingles of a long paragraph intact. */
export const SHINGLE_TOKENS = 3;
/** Postings kept per shingle: caps the work per lookup; a shingle found in more paragraphs than
 * this is boilerplate and useless for finding the one source of a copy. */
export const MAX_POSTINGS_PER_SHINGLE = 16;

/** Shortest prose paragraph (tokens) hidden on its own as a repeat (exact, contained, edited): one
 * full sentence. Repeated prose of 8-10 tokens on clean pages is template text ("Click here to get
 * more information or download this game.", "Vote for Olga on the last page!"). */
export const MIN_STANDALONE_TOKENS = 15;
/** Shortest standalone repeat in normalised characters: binds for unspaced scripts (one token per
 * character), where 30 characters is about one sentence; a CJK clause of 18 was seen as a
 * highlight on a clean page. */
export const MIN_STANDALONE_CHARS = 30;

/** Shortest paragraph (tokens) hidden as one sentence of an earlier paragraph printed again on
 * its own (a pull quote, a key point): however short, but one word is no sentence to match on.
 * On clean corpus pages the only one-token match was "meth." of a stylised tweet ("on. meth.
 * dot. com.", zyte-3f65af7b6b); none of two tokens or more. */
export const MIN_SENTENCE_TOKENS = 2;

/** Shortest paragraph (tokens) hidden when it copies the paragraph right before it (a headline or
 * caption printed twice in a row). Adjacent copies on clean pages of 4 tokens are photo credits and
 * "You may also like". */
export const MIN_ADJACENT_TOKENS = 6;
/** Shortest adjacent copy in normalised characters. */
export const MIN_ADJACENT_CHARS = 20;

/** Shortest paragraph (tokens) hidden as the continuation of a copied block (the previous
 * paragraph copies the one before this one's source): a sign-off line inside a duplicated run. */
export const MIN_BLOCK_TOKENS = 6;
/** Shortest block continuation in normalised characters. */
export const MIN_BLOCK_CHARS = 20;

/** Shortest body paragraph (tokens) hidden because it equals the title: titles are short, but a
 * one- or two-word title ("Home", "Live updates") is too generic to match on. */
export const MIN_HEADLINE_TOKENS = 3;
/** Shortest headline echo in normalised characters. */
export const MIN_HEADLINE_CHARS = 12;

/** Word similarity 2·LCS/(n+m) at or above which a near-copy counts as edited. The closest
 * non-identical pair of prose paragraphs (>= 10 tokens) on the corpus is 0.693 (p99 0.48,
 * median 0.17); one changed word in a 15-token paragraph is 0.933. */
export const MIN_EDIT_SIMILARITY = 0.85;
/** Most token insertions + deletions in an edited copy (a substituted word costs 2): a few words
 * changed, and a hard bound on diff work for very long paragraphs. */
export const MAX_EDIT_OPERATIONS = 24;
/** Longest changed run (tokens on either side): longer means new content, not an edit. */
export const MAX_CHANGED_RUN_TOKENS = 5;
/** Share of the later paragraph's shingles an earlier one must hold to be diffed at all: at 0.85
 * similarity with 3-token shingles well over half the shingles survive. */
export const MIN_SHARED_SHINGLE_RATIO = 0.3;
