// Rule: an embedded social-media post, as pages print it: the post's text, then a credit line
// "— Name (@handle) November 18, 2019". The text above the credit is that person's: its figures
// are theirs, though no "said" frames them.

/** "— Dianna E. Anderson 🏳️‍🌈 (@diannaeanderson) November 18, 2019" */
const CREDIT_LINE =
  /^\s*[—–-]\s*([^(@]{2,80}?)\s*\(@[A-Za-z0-9_]{1,30}\)\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?\s*$/u;
/** Symbols and emoji after a name in a credit ("Anderson 🏳️‍🌈"). */
const TRAILING_SYMBOLS = /[^\p{L}\p{N}.)]+$/u;
/** Paragraphs above a credit that belong to the post (a post is short). */
const POST_PARAGRAPHS = 2;

/** The author of the post each paragraph belongs to, by paragraph index. */
export function embeddedPostAuthors(paragraphs: readonly string[]): Map<number, string> {
  const authors = new Map<number, string>();
  paragraphs.forEach((text, index) => {
    const name = CREDIT_LINE.exec(text)?.[1]?.replace(TRAILING_SYMBOLS, '').trim();
    if (!name) return;
    for (let k = index - 1; k >= 0 && index - k <= POST_PARAGRAPHS; k -= 1) {
      if (CREDIT_LINE.test(paragraphs[k] ?? '')) break;
      if (!authors.has(k)) authors.set(k, name);
    }
  });
  return authors;
}
