import { describe, expect, it } from 'vitest';
import {
  CONTENT_TO_BACKGROUND,
  MAX_ARTICLE_CHARS,
  POPUP_TO_CONTENT,
  UI_TO_BACKGROUND,
  message,
  parseMessage as parseIn,
} from '../../../src/shared/messages';

/** Every direction's validators at once: these tests are about the payloads. */
const ANY_DIRECTION = { ...CONTENT_TO_BACKGROUND, ...POPUP_TO_CONTENT, ...UI_TO_BACKGROUND };
const parseMessage = (raw: unknown) => parseIn(raw, ANY_DIRECTION);

const article = { title: 't', byline: null, siteName: null, lang: 'en', paragraphs: ['a', 'b'] };

describe('parseMessage', () => {
  it('accepts each valid message of the contract', () => {
    const repeats = [{ index: 1, duplicateOf: 0, repeat: { kind: 'exact' as const, changes: [] } }];
    expect(parseMessage(message('article:analyze', { article, repeats }))).toEqual({
      type: 'article:analyze',
      payload: { article, repeats },
    });
    expect(parseMessage(message('badge:set', { hidden: 3, unsourced: 0 }))).not.toBeNull();
    expect(
      parseMessage(message('page:set-repeat-visible', { index: 'all', visible: true })),
    ).not.toBeNull();
    expect(
      parseMessage(message('page:reveal', { paragraph: 2, text: '30 soldiers' })),
    ).not.toBeNull();
    expect(parseMessage(message('page:highlight-mentions', { names: ['JNIM'] }))).not.toBeNull();
    expect(
      parseMessage(message('article:extract', { html: '<html></html>', transfer: 't', parts: 1 })),
    ).not.toBeNull();
    expect(
      parseMessage(message('article:extract-part', { transfer: 't', index: 0, html: '<html>' })),
    ).not.toBeNull();
    expect(
      parseMessage(message('article:repeats', { title: null, paragraphs: ['a', 'a'] })),
    ).not.toBeNull();
    expect(
      parseMessage(
        message('article:repeats', {
          title: 'T',
          paragraphs: ['a', 'a'],
          titles: ['T - Site'],
          headlines: ['T'],
          headings: [0],
        }),
      ),
    ).not.toBeNull();
    expect(parseMessage(message('article:analyze-extracted', { keep: [0, 2] }))).not.toBeNull();
  });

  it.each([
    ['not an object', 'article:analyze'],
    ['unknown type', { type: 'page:eval', payload: {} }],
    ['missing payload', { type: 'page:get-state' }],
    [
      'bad article',
      { type: 'article:analyze', payload: { article: { ...article, paragraphs: [1, 2] } } },
    ],
    ['negative count', { type: 'badge:set', payload: { hidden: -1, unsourced: 0 } }],
    [
      'fractional index',
      { type: 'page:set-repeat-visible', payload: { index: 1.5, visible: true } },
    ],
    ['string visible', { type: 'page:set-repeat-visible', payload: { index: 1, visible: 'yes' } }],
    ['empty name', { type: 'page:highlight-mentions', payload: { names: [''] } }],
    ['inherited type', { type: 'toString', payload: {} }],
    [
      'html not a string',
      { type: 'article:extract', payload: { html: 42, transfer: 't', parts: 1 } },
    ],
    [
      'a part over the part bound',
      { type: 'article:extract', payload: { html: 'x'.repeat(65_537), transfer: 't', parts: 1 } },
    ],
    ['no parts', { type: 'article:extract', payload: { html: '', transfer: 't', parts: 0 } }],
    [
      'more parts than the page bound allows',
      { type: 'article:extract', payload: { html: '', transfer: 't', parts: 490 } },
    ],
    [
      'a transfer id that is not a short string',
      { type: 'article:extract-part', payload: { transfer: 'x'.repeat(101), index: 0, html: '' } },
    ],
    [
      'a part over the part bound',
      {
        type: 'article:extract-part',
        payload: { transfer: 't', index: 0, html: 'x'.repeat(65_537) },
      },
    ],
    [
      'paragraph not a string',
      { type: 'article:repeats', payload: { title: null, paragraphs: [1] } },
    ],
    ['title not a string', { type: 'article:repeats', payload: { title: 3, paragraphs: [] } }],
    ['negative kept index', { type: 'article:analyze-extracted', payload: { keep: [0, -1] } }],
    ['analysis without repeats', { type: 'article:analyze', payload: { article } }],
    [
      'a repeat past the paragraphs',
      {
        type: 'article:analyze',
        payload: {
          article,
          repeats: [{ index: 2, duplicateOf: 0, repeat: { kind: 'exact', changes: [] } }],
        },
      },
    ],
    [
      'a repeat of a later paragraph',
      {
        type: 'article:analyze',
        payload: {
          article,
          repeats: [{ index: 0, duplicateOf: 1, repeat: { kind: 'exact', changes: [] } }],
        },
      },
    ],
    [
      'a heading past the paragraphs',
      {
        type: 'article:analyze',
        payload: { article: { ...article, headings: [2] }, repeats: [] },
      },
    ],
    [
      'too many titles',
      {
        type: 'article:repeats',
        payload: { title: null, paragraphs: ['a'], titles: Array.from({ length: 9 }, () => 't') },
      },
    ],
    [
      'a title that is no string',
      { type: 'article:repeats', payload: { title: null, paragraphs: ['a'], headlines: [1] } },
    ],
    [
      'a repeat of an unknown kind',
      {
        type: 'article:analyze',
        payload: {
          article,
          repeats: [{ index: 1, duplicateOf: 0, repeat: { kind: 'moved', changes: [] } }],
        },
      },
    ],
    ['analysis without kept paragraphs', { type: 'article:analyze-extracted', payload: {} }],
    ['fractional badge count', { type: 'badge:set', payload: { hidden: 0.5, unsourced: 0 } }],
  ])('rejects %s', (_, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});

describe('directions', () => {
  it('each message is valid in its own direction only', () => {
    const run = message('site:run', { host: 'example.org', tabId: 3 });
    expect(parseIn(run, UI_TO_BACKGROUND)).not.toBeNull();
    expect(parseIn(run, CONTENT_TO_BACKGROUND)).toBeNull();
    expect(parseIn(run, POPUP_TO_CONTENT)).toBeNull();
    const analyze = message('article:analyze', { article, repeats: [] });
    expect(parseIn(analyze, CONTENT_TO_BACKGROUND)).not.toBeNull();
    expect(parseIn(analyze, UI_TO_BACKGROUND)).toBeNull();
    const state = message('page:get-state', {});
    expect(parseIn(state, POPUP_TO_CONTENT)).not.toBeNull();
    expect(parseIn(state, CONTENT_TO_BACKGROUND)).toBeNull();
  });
});

describe('bounds on article text (issue 23)', () => {
  const half = 'x'.repeat(MAX_ARTICLE_CHARS / 2);
  it('takes an article up to MAX_ARTICLE_CHARS characters, title and paragraphs together', () => {
    const at = { ...article, title: null, paragraphs: [half, half] };
    expect(parseMessage(message('article:analyze', { article: at, repeats: [] }))).not.toBeNull();
    expect(
      parseMessage(message('article:repeats', { title: null, paragraphs: [half, half] })),
    ).not.toBeNull();
  });

  it('refuses one character more, in an analysis or a repeats request', () => {
    const over = { ...article, title: 'T', paragraphs: [half, half] };
    expect(parseMessage(message('article:analyze', { article: over, repeats: [] }))).toBeNull();
    expect(
      parseMessage(message('article:repeats', { title: 'T', paragraphs: [half, half] })),
    ).toBeNull();
  });
});
