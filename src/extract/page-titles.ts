// The titles a page states, for finding its headline printed again in the body (the repeat
// detector compares each paragraph with them, normalised like any paragraph): in its head
// og:title, twitter:title and <title>, that one with and without its site's name after " - "
// or " | ", and the headline it prints as an <h1>. One <h1> only: some pages make every subhead
// an <h1> (zyte-ff0f958ade) or head a related post with one (zyte-b6fb53e9fb), and the first is
// sometimes the site's logo (readability-engadget); so the first that states a title of the
// head, else the first of a few words. Read before Readability changes the document.
import { normalizeText } from '../core/repeats';
import { blockText } from './paragraph-blocks';

/** Titles kept of each kind: a page states a handful; more is a page stuffing its head. */
const MAX_TITLES = 8;
/** Longest title kept (characters): headlines run to about 150 (the corpus's longest is 139). */
const MAX_TITLE_CHARS = 300;
/** <h1>s looked at for the headline: a page's is among its first few. */
const MAX_H1 = 20;
/** Fewest words of an <h1> taken for the headline without a title of the head to match. */
const MIN_HEADLINE_WORDS = 3;
/** The site's name after the headline in <title>: "Headline - Site", "Headline | Site". */
const SITE_SUFFIX = /\s+[-|–—]\s+[^-|–—]*$/;
const HEAD_TITLES = ['meta[property="og:title"]', 'meta[name="twitter:title"]'];

export interface PageTitleTexts {
  /** The titles the page states in its head. */
  titles: string[];
  /** The title it prints as a heading (its <h1>), if any. */
  headlines: string[];
}

/** The <h1> that is the page's headline (see the header), or null. */
function headline(doc: Document, titles: readonly string[]): string | null {
  const stated = new Set(titles.map(normalizeText));
  const h1s = [...doc.getElementsByTagName('h1')].slice(0, MAX_H1).map((h1) => blockText(h1));
  return (
    h1s.find((text) => text && stated.has(normalizeText(text))) ??
    h1s.find((text) => text.split(' ').length >= MIN_HEADLINE_WORDS) ??
    null
  );
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
  const title = doc.querySelector('title')?.textContent ?? '';
  const head = HEAD_TITLES.map((s) => doc.querySelector(s)?.getAttribute('content') ?? '');
  const titles = kept([title, title.replace(SITE_SUFFIX, ''), ...head]);
  const printed = headline(doc, titles);
  return { titles, headlines: kept(printed ? [printed] : []) };
}
