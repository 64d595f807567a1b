// The popup asks where a group is named: every mention of its names in the article's visible
// paragraphs is highlighted (CSS highlights: the page's text nodes are never split), and the
// page scrolls to the first.
import { setHighlight } from './highlights';
import { HIDDEN_ATTR, MENTION_HIGHLIGHT, ensurePageStyle } from './page-style';
import { findTextRanges } from './text-range';

/** How many mentions were found (none clears the highlight). */
export function highlightMentions(
  doc: Document,
  elements: readonly Element[],
  names: readonly string[],
): number {
  ensurePageStyle(doc);
  const ranges: Range[] = [];
  elements.forEach((el) => {
    if (el.hasAttribute(HIDDEN_ATTR)) return;
    for (const name of names) ranges.push(...findTextRanges(el, name));
  });
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  setHighlight(MENTION_HIGHLIGHT, ranges);
  const first = ranges[0]?.startContainer.parentElement;
  first?.scrollIntoView({ block: 'center', behavior: 'auto' });
  return ranges.length;
}
