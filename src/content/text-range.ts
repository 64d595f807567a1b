// Finds a stretch of text inside an element as a DOM Range, ignoring differences in
// whitespace, so the popup can point at a figure or a name without changing the page.

const SPACE = /\s/;
/** Curly and straight quotes are one character here: names are printed with either. */
const QUOTE_VARIANTS = /[\u2018\u2019\u201B\u2032\u02BC`]/g;
const DOUBLE_QUOTE_VARIANTS = /[\u201C\u201D\u201F\u2033]/g;
const foldQuotes = (s: string): string =>
  s.replace(QUOTE_VARIANTS, "'").replace(DOUBLE_QUOTE_VARIANTS, '"');

interface Position {
  node: Text;
  offset: number;
}

/** The element's text with whitespace runs folded to one space, and where each char came from. */
function foldedText(el: Element): { text: string; positions: Position[] } {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let text = '';
  const positions: Position[] = [];
  let lastWasSpace = true;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const value = n.data;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] as string;
      if (SPACE.test(ch)) {
        if (lastWasSpace) continue;
        text += ' ';
        lastWasSpace = true;
      } else {
        text += foldQuotes(ch);
        lastWasSpace = false;
      }
      positions.push({ node: n, offset: i });
    }
  }
  return { text, positions };
}

/** Every range in `el` whose text equals `needle` (whitespace-folded), up to `limit`. */
export function findTextRanges(el: Element, needle: string, limit = 50): Range[] {
  const target = foldQuotes(needle.replace(/\s+/g, ' ').trim());
  if (!target) return [];
  const { text, positions } = foldedText(el);
  const ranges: Range[] = [];
  for (
    let at = text.indexOf(target);
    at >= 0 && ranges.length < limit;
    at = text.indexOf(target, at + target.length)
  ) {
    const start = positions[at];
    const end = positions[at + target.length - 1];
    if (!start || !end) break;
    const range = el.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset + 1);
    ranges.push(range);
  }
  return ranges;
}
