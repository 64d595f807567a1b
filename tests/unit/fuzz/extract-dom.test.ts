// Fuzz of the DOM pipeline as the content script runs it: random HTML (nested elements from a
// small tag alphabet, random attributes, hostile text, sometimes unescaped) parsed with linkedom,
// then extractArticle(document, { mapToSource: true }). It must not throw; every mapped element
// must belong to the document; each paragraph's text must be found in its element.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { extractArticle } from '../../../src/extract';
import { blockText } from '../../../src/extract/paragraph-blocks';
import { RUNS, paragraph, word } from './arbitraries';

const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'section',
  'main',
  'h1',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'a',
  'b',
  'i',
  'em',
  'blockquote',
  'pre',
  'table',
  'tr',
  'td',
  'figure',
  'figcaption',
  'aside',
  'nav',
  'footer',
  'header',
  'br',
  'img',
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'svg',
  'math',
  'font',
  'center',
  'dl',
  'dt',
  'dd',
  'form',
  'select',
  'textarea',
  'button',
  'object',
] as const;
const VOID = new Set(['br', 'img']);
const ATTRIBUTES = [
  ['class', 'article-body'],
  ['class', 'content story'],
  ['class', 'comment'],
  ['class', 'sidebar'],
  ['class', 'caption'],
  ['class', 'related'],
  ['class', 'footer'],
  ['id', 'main'],
  ['id', 'ad'],
  ['hidden', ''],
  ['style', 'display:none'],
  ['aria-hidden', 'true'],
  ['role', 'main'],
  ['lang', 'fr'],
  ['dir', 'rtl'],
  ['data-component', 'text-block'],
  ['itemprop', 'articleBody'],
  ['onerror', 'window.__pwned=1'],
  ['src', 'x'],
  ['href', 'javascript:alert(1)'],
] as const;

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Node {
  tag: string;
  attrs: [string, string][];
  children: (Node | string)[];
}

const text = fc.oneof(paragraph(30), word);

const tree: fc.Arbitrary<Node> = fc.letrec<{ node: Node; child: Node | string }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(
      fc.constantFrom(...ATTRIBUTES).map(([k, v]) => [k, v] as [string, string]),
      {
        maxLength: 2,
      },
    ),
    children: fc.array(tie('child'), { maxLength: 5 }),
  }),
  child: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('node')),
})).node;

function render(node: Node | string, raw: boolean): string {
  if (typeof node === 'string') return raw ? node : escapeHtml(node);
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map((c) => render(c, raw)).join('')}</${node.tag}>`;
}

/** A page: random trees, sometimes around an article skeleton so Readability finds a body. */
const page = fc
  .record({
    before: fc.array(tree, { maxLength: 3 }),
    article: fc.option(fc.array(fc.oneof(paragraph(60), tree), { minLength: 1, maxLength: 10 })),
    after: fc.array(tree, { maxLength: 3 }),
    title: fc.option(text),
    lang: fc.option(fc.constantFrom('en', 'fr', '', '"><x')),
    raw: fc.boolean(),
    body: fc.constantFrom('body', 'none', 'frameset'),
  })
  .map(({ before, article, after, title, lang, raw, body }) => {
    const prose =
      'The army said on Tuesday that thirty soldiers had been killed, and that the attackers, ' +
      'who came on motorbikes, had fled towards the border before reinforcements arrived there.';
    const articleHtml = article
      ? `<article>${[prose, ...article, prose]
          .map((p) =>
            typeof p === 'string' ? `<p>${raw ? p : escapeHtml(p)}</p>` : render(p, raw),
          )
          .join('')}</article>`
      : '';
    const inner = `${before.map((t) => render(t, raw)).join('')}${articleHtml}${after
      .map((t) => render(t, raw))
      .join('')}`;
    const head = `<head>${title === null ? '' : `<title>${raw ? title : escapeHtml(title)}</title>`}</head>`;
    const html =
      body === 'body'
        ? `<body>${inner}</body>`
        : body === 'frameset'
          ? `<frameset><frame src="about:blank"></frameset>`
          : inner;
    const langAttr = lang === null ? '' : ` lang="${escapeHtml(lang)}"`;
    return `<!DOCTYPE html><html${langAttr}>${head}${html}</html>`;
  });

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Whether the paragraph's characters (spaces aside) appear in the element's text in order. Not
 * a plain substring: when Readability drops a nested block (a "sidebar" <div> inside an <h3>),
 * the paragraph is the text around it, joined, while the live element still holds the dropped
 * text in between.
 */
function inOrder(paragraphText: string, elementText: string): boolean {
  const want = paragraphText.replace(/\s+/g, '');
  const have = elementText.replace(/\s+/g, '');
  let i = 0;
  for (let j = 0; i < want.length && j < have.length; j += 1) if (want[i] === have[j]) i += 1;
  return i === want.length;
}

describe('extractArticle on random HTML (linkedom)', () => {
  it('never throws; mapped elements are in the document and hold their paragraph', () => {
    fc.assert(
      fc.property(page, (html) => {
        const { document } = parseHTML(html);
        const doc = document as unknown as Document;
        const extracted = extractArticle(doc, { mapToSource: true });
        if (extracted === null) return;
        const { input, elements } = extracted;
        expect(elements).toHaveLength(input.paragraphs.length);
        elements.forEach((el, i) => {
          if (!el) return; // no element holds it (a block Readability stitched): kept, unmapped
          expect(el.ownerDocument).toBe(doc);
          expect(doc.documentElement.contains(el)).toBe(true);
          const paragraphText = fold(input.paragraphs[i] ?? '');
          expect(paragraphText.length).toBeGreaterThan(0);
          expect(inOrder(paragraphText, fold(blockText(el)))).toBe(true);
        });
        // The page's text then goes through the core unharmed.
        const report = analyze(input);
        expect(report.paragraphs).toHaveLength(input.paragraphs.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('without mapToSource (the CLI path) never throws', () => {
    fc.assert(
      fc.property(page, (html) => {
        const { document } = parseHTML(html);
        const extracted = extractArticle(document as unknown as Document);
        if (extracted) expect(extracted.input.paragraphs.every((p) => p.length > 0)).toBe(true);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
