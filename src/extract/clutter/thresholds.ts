// Every number that decides whether a block of the Readability output is clutter (a byline, a
// caption, a link list, a sign-off) rather than article body, with the reason for its value.
// Tuned on the tune part of the corpus pages with a hand-made body (tests/fixtures/body-share.ts,
// corpusPart), checked on the test part; tests/unit/extract/body-share.test.ts re-measures both.
// A rule or a value that raised the tune part and not the test part was left out.

/** Longest byline or dateline (words, the date's words counted): the longest in the tune part is
 * three names, a date, a time and the site (16: "By Stefan Becket, Kathryn Watson, Grace Segers
 * November 20, 2019 / 1:07 AM / CBS News"). The attribution of a quoted tweet ("— Name
 * (@handle) November 18, 2019") is body and is kept by its dash. */
export const MAX_DATELINE_WORDS = 16;
/** Longest "By Name" line without a date (words): two names with their "and" and the site. */
export const MAX_BYLINE_WORDS = 8;
/** Words beside the date of a line without a dateline word ("By", "Published", "Updated"): the
 * site or a place ("Florida Today", "2 July 2024 BBC News"). In the tune part the dated body lines
 * have four or more ("7th Amsterdam Light Festival 29 November 2018 | 20 January 2019"). */
export const MAX_WORDS_BESIDE_DATE = 3;
/** A wrapper named as a byline, an author's box or a call to act that holds more than this share
 * of the article's text is the article itself (as MAX_FURNITURE_SHARE in paragraph-blocks.ts). */
export const MAX_HINTED_SHARE = 0.3;

/** Most text (characters) in the wrapper of an image for its text to be the caption: the
 * wrappers of the captions in the tune part hold up to 315; the smallest wrapper of an image
 * with body text beside it holds 661 (92 body paragraphs of the tune part follow an image in
 * the article's own column). */
export const MAX_CAPTION_CHARS = 320;
/** Longest credit line (words): "(Image: © TNG Collaboration)", "Photo: John Locher, AP",
 * "Copyright © 2019 Press TV. All rights reserved." A longer line with © is a sentence that
 * mentions a copyright. */
export const MAX_CREDIT_WORDS = 12;

/** A block is a link when at least this share of its text is inside links: the related-story
 * items of the tune part are whole links (1.0); a link with its label before it ("Related:")
 * runs at 0.82-0.88 and is read by its label instead. */
export const MIN_LINK_DENSITY = 0.9;
/** Items of a list of whole links that make it a list of other stories: the shop links in the
 * body of a deals page come one or two to a list ("Get it on Amazon for $39.99", "Also at
 * Walmart"); related lists have three or more. */
export const MIN_LINKED_ITEMS = 3;
/** A list item in a run of links at the article's end (a teaser's title linked, its blurb not):
 * the lowest of the tune part is 0.32 ("Paid political ads are not the problem…"). */
export const MIN_TRAILING_LINK_DENSITY = 0.3;
/** Longest label of a link list ("More Great WIRED Stories", "You may also like...",
 * "Related coverage from How to Do Everything: Money:"): 8 words. */
export const MAX_LABEL_WORDS = 8;
/** Links in a run at the end of the article that make it a list of other stories: one linked
 * line at the end is often the body's own (a source, a shop link). */
export const MIN_TRAILING_LINKS = 2;

/** Shortest run of capitals (letters) that reads as a shouted promo link ("CLICK HERE TO GET
 * THE FOX NEWS APP"), not an acronym. */
export const MIN_SHOUT_LETTERS = 12;
