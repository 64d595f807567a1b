// Link lists: other stories the page links to from inside the article ("More on this story",
// "Related: The 15 Weirdest Galaxies in Our Universe", "You may also like..." and its titles),
// read from the links: an item of a list of whole links, a block that is a link with a "related"
// label, a list's label on its own line, a link shouted in capitals between paragraphs, and a run
// of links (with its label) that ends the article.
import { endsSentence, linkDensity, textOutsideLinks, words } from './block-facts';
import {
  MAX_LABEL_WORDS,
  MIN_LINK_DENSITY,
  MIN_LINKED_ITEMS,
  MIN_SHOUT_LETTERS,
  MIN_TRAILING_LINK_DENSITY,
  MIN_TRAILING_LINKS,
} from './thresholds';

/** Labels of a link to another story: "Related:", "Related post:", "Read more:", "See also:",
 * "(Leggi anche su:", "Lire aussi :", "Leia também:". */
const RELATED_LABEL =
  /^\(?\s*(related|read|see|watch|listen|more|also|leggi|lire|lesen|leia|lea|veja|vea|ver)\b[^:]{0,24}:\s*$/i;

/** The label of a list of other stories, on a line of its own: "You may also like...", "Related
 * news", "Read more", "Recent articles", "Popular this week", "More on this story". */
const LIST_LABEL =
  /^(you (may|might) also like|related( (news|stories|articles|posts|coverage|content|links))?|read more|learn more|more (on|from) this (story|topic)|more stories|recent (articles|posts|stories)|popular( this week)?|most (read|popular)|latest( news)?|recommended( for you)?|trending( now)?)\b[\s.:…]*$/i;

/** A line that only labels a list of other stories. */
export const isListLabel = (text: string): boolean => LIST_LABEL.test(text);

/** "Related: <a>title</a>": a label before a link to another story. */
export function isLabelledLink(el: Element, text: string): boolean {
  // Most of it the link: the label is a few words before a title.
  if (linkDensity(el) < 0.5) return false;
  const label = textOutsideLinks(el);
  return label.length > 0 && label.length < text.length && RELATED_LABEL.test(label);
}

/** A link whose text is in capitals: a promo between paragraphs ("SEAN SPICER ELIMINATED FROM
 * 'DANCING WITH THE STARS'", "CLICK HERE TO GET THE FOX NEWS APP"). */
export function isShoutedLink(el: Element, text: string): boolean {
  if (linkDensity(el) < MIN_LINK_DENSITY) return false;
  const upper = text.replace(/[^\p{Lu}]/gu, '').length;
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  // Nearly all its letters capitals: a title in capitals may keep a lower-case "s" or "pH".
  return upper >= MIN_SHOUT_LETTERS && upper >= letters * 0.9;
}

/** A short line that is no sentence: the label of a list ("More Great WIRED Stories"). */
export const isLabel = (text: string): boolean =>
  words(text).length <= MAX_LABEL_WORDS && !endsSentence(text) && !ATTRIBUTION.test(text);
/** A line opened by a dash attributes a quotation or a tweet ("— Name (@handle) date"). */
const ATTRIBUTION = /^[—–-]/;

/** A link to another story in a list: a block that is a link, or a list item that holds one
 * (a teaser's title linked, its blurb not). */
function isListedLink(el: Element): boolean {
  const density = linkDensity(el);
  if (density >= MIN_LINK_DENSITY) return true;
  return (
    density >= MIN_TRAILING_LINK_DENSITY &&
    (el.tagName.toUpperCase() === 'LI' || el.closest('li') !== null)
  );
}

/**
 * Of `blocks` (the kept blocks in reading order), the indexes of the run of links that ends the
 * article, with their labels: at least MIN_TRAILING_LINKS links, else none.
 */
export function trailingLinkRun(blocks: readonly Element[], texts: readonly string[]): number[] {
  const run: number[] = [];
  let links = 0;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const text = texts[i] as string;
    if (isListedLink(blocks[i] as Element)) links++;
    else if (!isLabel(text)) break;
    run.push(i);
  }
  // A run of labels alone is short lines at the end (a sign-off, a dateline), not a list.
  if (links < MIN_TRAILING_LINKS) return [];
  // Labels before the first link of the run are body (a subhead above the list is not its label
  // unless it sits right above it): keep the run from its first label above a link.
  while (run.length > 0) {
    const first = run[run.length - 1] as number;
    const next = run[run.length - 2];
    if (next === undefined || isListedLink(blocks[first] as Element)) break;
    if (isListedLink(blocks[next] as Element)) break;
    run.pop();
  }
  return run;
}

/** An item of a list (<ul>, <ol>) of at least MIN_LINKED_ITEMS items, each a link. */
export function isInLinkedList(el: Element): boolean {
  const item = el.closest('li');
  const list = item?.parentElement;
  if (!item || !list || !/^(UL|OL)$/i.test(list.tagName)) return false;
  const items = [...list.children].filter((c) => c.tagName.toUpperCase() === 'LI');
  return (
    items.length >= MIN_LINKED_ITEMS && items.every((li) => linkDensity(li) >= MIN_LINK_DENSITY)
  );
}
