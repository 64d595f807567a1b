// Issue 17: the CLI and the extension find the same article. Every corpus page goes both ways:
// the CLI reads the file (sourceToArticle), the background reads what the content script sends
// (serializeForExtraction of the page; linkedom stands for the live page). Both must find an
// article or both none, with the same title, paragraphs, titles stated and headings, and so the
// same repeats.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPageHtml } from '../../../src/background/extract-page';
import { InputError } from '../../../src/cli/input-error';
import { sourceToArticle } from '../../../src/cli/source-to-article';
import { serializeForExtraction } from '../../../src/content/serialize-page';
import type { ArticleInput } from '../../../src/core/report';
import { articleRepeats } from '../../../src/core/repeats';
import { withBody } from '../../../src/extract/with-body';
import { readCorpusManifest, readCorpusPage } from '../../fixtures/shared-data';

function cliArticle(id: string, html: string): ArticleInput | null {
  try {
    return sourceToArticle({ name: id, kind: 'html', text: html, url: null });
  } catch (err) {
    if (err instanceof InputError) return null;
    throw err;
  }
}

/** A browser's <html> holds a <head> and a <body>, nothing else. linkedom keeps a <div> before
 * the <head> of readability-yahoo-3, and its `document.body` then adds an empty <body> of its
 * own: no stand-in for a live page (read before anything asks for `document.body`). */
const unlikeABrowser = (doc: Document): boolean =>
  [...doc.documentElement.children].map((el) => el.tagName).join() !== 'HEAD,BODY';

describe('the CLI and the background extract the same article', () => {
  const entries = readCorpusManifest();
  const live = new Map(
    entries.map((entry) => {
      const doc = parseHTML(withBody(readCorpusPage(entry))).document as unknown as Document;
      return [entry.id, { doc, browserLike: !unlikeABrowser(doc) }];
    }),
  );

  it('linkedom stands for a browser on all corpus pages but one', () => {
    const unlike = [...live].filter(([, page]) => !page.browserLike).map(([id]) => id);
    expect(unlike).toEqual(['readability-yahoo-3']);
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))('%s', (id, entry) => {
    const { doc: page, browserLike } = live.get(id) as { doc: Document; browserLike: boolean };
    if (!browserLike) return;
    const html = readCorpusPage(entry);
    const cli = cliArticle(id, html);
    const background = extractPageHtml(serializeForExtraction(page) ?? '');
    expect(background === null, 'an article in one only').toBe(cli === null);
    expect(background?.article.title ?? null).toBe(cli?.title ?? null);
    expect(background?.article.paragraphs ?? null).toEqual(cli?.paragraphs ?? null);
    if (!background || !cli) return;
    expect(background.article.titles).toEqual(cli.titles);
    expect(background.article.headlines).toEqual(cli.headlines);
    expect(background.article.headings).toEqual(cli.headings);
    expect(background.repeats).toEqual(articleRepeats(cli));
  });
});
