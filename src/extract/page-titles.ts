// The titles a page states, for finding its headline printed again in the body (the repeat
// detector compares each paragraph with them, normalised like any paragraph): its first <h1>,
// the headline it prints, and in its head og:title, twitter:title and <title>, that one with
// and without its site's name after " - " or " | ". Only the first <h1>: some pages make every
// subhead an <h1> (zyte-ff0f958ade) or head a related post with one (zyte-b6fb53e9fb). Read
// before Readability changes the document.
import { blockText } from './paragraph-blocks';

/** Titles kept of each kind: a page states a handful; more is a page stuffing its head. */
const MAX_TITLES = 8;
/** Longest title kept (characters): headlines run to about 150 (the corpus's longest is 139). */
const MAX_TITLE_CHARS = 300;
/** The site's name after the headline in <title>: "Headline - Site", "Headline | Site". */
const SITE_SUFFIX = /\s+[-|–—]\s+[^-|–—]*$/;
const HEAD_TITLES = ['meta[property="og:title"]', 'meta[name="twitter:title"]'];

export interface PageTitleTexts {
  /** The titles the page states in its head. */
  titles: string[];
  /** The title it prints as a heading (its first <h1>), if any. */
  headlines: string[];
}

function kept(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of texts) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text && text.length <= MAX_TITLE_CHARS && !out.includes(text)) out.push(text);
    if (out.length === MAX_TITLES) break;
  }
  return out;
}

export function pageTitles(doc: Document): PageTitleTexts {
  const h1 = doc.getElementsByTagName('h1')[0];
  const headlines = kept(h1 ? [blockText(h1)] : []);
  const title = doc.querySelector('title')?.textContent ?? '';
  const head = HEAD_TITLES.map((s) => doc.querySelector(s)?.getAttribute('content') ?? '');
  return {
    titles: kept([title, title.replace(SITE_SUFFIX, ''), ...head]),
    headlines,
  };
}
