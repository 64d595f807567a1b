// Sentence boundaries between the tokens of a paragraph, for finding one sentence of an earlier
// paragraph printed again as a paragraph of its own (a pull quote, a "key point" line). Read off
// the printed tokens (normalizeForm's, quotes folded to ' and "), script-neutral: a token ends a
// sentence when its last mark before any closing quotes or brackets is a sentence-final mark;
// a quotation starts or ends at a quote mark; a colon or semicolon ends a clause that a
// quotation often follows ('He said: "…"'). An abbreviation ("Col.") reads as a boundary too:
// that only lets a quotation start after it, never joins two sentences.

/** Sentence-final marks of many scripts, the question mark and the ellipsis included. */
const SENTENCE_END = /^[.!?…。！？।॥۔؟։።။]$/u;
const CLAUSE_END = /^[:;：；]$/u;
/** Closing quotes and brackets (after normalizeForm's folding: " and ' among them). */
const CLOSER = /^["'\p{Pe}\p{Pf}]$/u;
const QUOTE = /^["'\p{Pf}]$/u;
const OPENER = /^["'\p{Ps}\p{Pi}]$/u;

/**
 * Whether the token [start, end) of `form` ends a sentence, a clause or a quotation: a final
 * mark before its closing quotes and brackets, or a closing quote among them. Asked of every
 * token of every paragraph indexed, so ASCII is decided without a regular expression.
 */
export function endsSentence(form: string, start: number, end: number): boolean {
  let at = end - 1;
  for (; at > start; at--) {
    const c = form.charCodeAt(at);
    if (c === 0x22 || c === 0x27) return true; // " and ' close a quotation
    if (c === 0x29 || c === 0x5d || c === 0x7d) continue; // ) ] }
    if (c < 0x80) break;
    const char = form.charAt(at);
    if (QUOTE.test(char)) return true;
    if (!CLOSER.test(char)) break;
  }
  const c = form.charCodeAt(at);
  // . ! ? : ;
  if (c < 0x80) return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b;
  const mark = form.charAt(at);
  return SENTENCE_END.test(mark) || CLAUSE_END.test(mark);
}

/** Whether the token starting at `start` opens a quotation. */
export function opensQuotation(form: string, start: number): boolean {
  return OPENER.test(form.charAt(start));
}
