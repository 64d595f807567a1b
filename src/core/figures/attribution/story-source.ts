// Rule: a story told from one document. A wire story that opens "…, the U.S. Attorney's Office
// said" and later says "according to the office's release" reports from that release: the figures
// it states on the way, with no frame of their own, are the release's, that is the opening
// source's (cue "release"). The document must be named, and only the paragraphs up to the last
// mention of it are covered; figures that need no source are left as they are.

import type { Attribution } from './types';

/** "according to the office's release", "said in a statement", "the company's filing". */
const DOCUMENT_REFERENCE =
  /\b(?:according\s+to|in|citing|said\s+in|announced\s+in|per)\s+(?:a|an|the|its|their|his|her|[\p{L}'’.-]+['’]s?)\s+(?:(?:office|company|agency|department|earnings|press|news|official|written)\s+)?(?:release|statement|filing|complaint|indictment|affidavit)\b/iu;
/** The opening source must be found in the first paragraphs of the story. */
const LEAD_PARAGRAPHS = 2;

export interface StorySource {
  /** The last paragraph that mentions the document. */
  lastReference: number;
  /** The opening source, once a frame in the lead gives it. */
  source: string | null;
}

/** The story's document, if it names one; its source is filled in as the lead is read. */
export function findStoryDocument(paragraphs: readonly string[]): StorySource | null {
  let last = -1;
  paragraphs.forEach((text, index) => {
    if (DOCUMENT_REFERENCE.test(text)) last = index;
  });
  return last < 0 ? null : { lastReference: last, source: null };
}

/** Records the lead's source: the first named, non-vague source in the first paragraphs. */
export function noteLeadSource(
  story: StorySource | null,
  paragraph: number,
  attribution: Attribution,
): void {
  if (story === null || story.source !== null || paragraph >= LEAD_PARAGRAPHS) return;
  if (attribution.source !== null && !attribution.vague) story.source = attribution.source;
}

/** The story's source for an unframed figure in `paragraph`, or null. */
export function storyAttribution(story: StorySource | null, paragraph: number): Attribution | null {
  if (story === null || story.source === null || paragraph > story.lastReference) return null;
  return { source: story.source, cue: 'release', vague: false };
}
