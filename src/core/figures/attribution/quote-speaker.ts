// Rule: a figure inside a direct quotation belongs to the quote's speaker, named elsewhere in the
// paragraph ('"We lost 30 men. It was hard," said Col. Dembele.').

/** Opening and closing quotation marks (“ « „ and ” »), as UTF-16 units; a straight quote toggles. */
const OPENING = new Set([0x201c, 0x00ab, 0x201e]);
const CLOSING = new Set([0x201d, 0x00bb]);
const STRAIGHT = 0x22;
/** Below this code unit only the straight quote is a mark (the common case, kept cheap). */
const FIRST_CURLY = 0xab;

/** Quoted stretches of a paragraph as [start, end) offsets, found in one pass. */
export function quoteSpans(paragraph: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < paragraph.length; i += 1) {
    const ch = paragraph.charCodeAt(i);
    if (ch < FIRST_CURLY && ch !== STRAIGHT) continue;
    if (open < 0 && (OPENING.has(ch) || ch === STRAIGHT)) open = i;
    else if (open >= 0 && (CLOSING.has(ch) || ch === STRAIGHT)) {
      spans.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, paragraph.length]);
  return spans;
}

/** The (sorted, disjoint) span that `offset` lies inside, or null. Binary search. */
export function quoteAt(
  spans: readonly [number, number][],
  offset: number,
): [number, number] | null {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (span === undefined) return null;
    if (offset < span[0]) high = middle - 1;
    else if (offset >= span[1]) low = middle + 1;
    else return span;
  }
  return null;
}

/** Whether `offset` lies inside one of the (sorted, disjoint) spans. */
export function isInsideQuote(spans: readonly [number, number][], offset: number): boolean {
  return quoteAt(spans, offset) !== null;
}

/** Sentences looked at on each side for a quote's speaker. */
const MAX_SENTENCE_DISTANCE = 3;

/** The sentence index nearest to `from` among those that have a frame, or null. */
export function nearestFramedSentence(
  from: number,
  framed: (index: number) => boolean,
): number | null {
  for (let distance = 1; distance <= MAX_SENTENCE_DISTANCE; distance += 1) {
    if (framed(from + distance)) return from + distance;
    if (framed(from - distance)) return from - distance;
  }
  return null;
}
