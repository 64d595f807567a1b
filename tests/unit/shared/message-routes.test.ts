// Who may send what (issue 23): the background answers article:* and badge:set only from a
// content script in a tab's top frame, site:* only from the extension's own pages; the content
// script answers page:* only from the extension. Per-tab state is keyed by the sending document.
import { describe, expect, it } from 'vitest';
import {
  backgroundRoutes,
  contentRoutes,
  dispatchMessage,
  type BackgroundHandlers,
  type SenderFacts,
} from '../../../src/shared/message-routes';
import { message } from '../../../src/shared/messages';

const article = { title: 't', byline: null, siteName: null, lang: 'en', paragraphs: ['a'] };
const self = { id: 'ext-id', base: 'chrome-extension://ext-id/' };

/** The senders the browser reports (shapes seen in Chromium 156 and Firefox ESR 153). */
const SENDERS = {
  topFrame: {
    id: 'ext-id',
    url: 'https://news.example/a',
    tab: { id: 7 },
    frameId: 0,
    documentId: 'D1',
  },
  subframe: {
    id: 'ext-id',
    url: 'https://ads.example/frame',
    tab: { id: 7 },
    frameId: 3,
    documentId: 'D2',
  },
  popup: { id: 'ext-id', url: 'chrome-extension://ext-id/src/popup/popup.html' },
  optionsInTab: {
    id: 'ext-id',
    url: 'chrome-extension://ext-id/src/options/options.html',
    tab: { id: 9 },
    frameId: 0,
    documentId: 'D3',
  },
  background: { id: 'ext-id', url: 'chrome-extension://ext-id/src/background/index.js' },
  otherExtension: { id: 'other-id', url: 'chrome-extension://other-id/page.html' },
} satisfies Record<string, SenderFacts>;

function fakeBackground() {
  const calls: string[] = [];
  const log =
    <R>(name: string, result: R) =>
    (_payload: unknown, sender: unknown): R => {
      calls.push(`${name} ${JSON.stringify(sender)}`);
      return result;
    };
  const handlers: BackgroundHandlers = {
    fromContent: {
      'article:extract-part': log('extract-part', true),
      'article:extract': log('extract', null),
      'article:repeats': log('repeats', []),
      'article:analyze-extracted': log('analyze-extracted', null),
      'article:analyze': log('analyze', null as never),
      'badge:set': log('badge', undefined),
    },
    fromUi: {
      'site:run': log('site:run', true),
      'site:remove': log('site:remove', undefined),
    },
  };
  return { routes: backgroundRoutes(handlers, self), calls };
}

const analyze = message('article:analyze', { article, repeats: [] });
const siteRun = message('site:run', { host: 'news.example', tabId: 7 });

describe('the background', () => {
  it('answers article:* from the top frame of a tab, keyed by its document', async () => {
    const { routes, calls } = fakeBackground();
    await dispatchMessage(analyze, SENDERS.topFrame, routes, self);
    await dispatchMessage(
      message('badge:set', { hidden: 1, unsourced: 0 }),
      SENDERS.topFrame,
      routes,
      self,
    );
    expect(calls).toEqual([
      'analyze {"tabId":7,"document":"D1"}',
      'badge {"tabId":7,"document":"D1"}',
    ]);
  });

  it('keys by the tab where the browser gives no documentId', async () => {
    const { routes, calls } = fakeBackground();
    const { documentId: _, ...noDocument } = SENDERS.topFrame;
    await dispatchMessage(analyze, noDocument, routes, self);
    expect(calls).toEqual(['analyze {"tabId":7,"document":"tab 7"}']);
  });

  it.each(['subframe', 'popup', 'optionsInTab', 'background', 'otherExtension'] as const)(
    'refuses article:* from %s',
    (name) => {
      const { routes, calls } = fakeBackground();
      expect(dispatchMessage(analyze, SENDERS[name], routes, self)).toBeUndefined();
      expect(calls).toEqual([]);
    },
  );

  it.each(['popup', 'optionsInTab'] as const)('answers site:* from %s', async (name) => {
    const { routes, calls } = fakeBackground();
    expect(await dispatchMessage(siteRun, SENDERS[name], routes, self)).toBe(true);
    expect(calls).toEqual(['site:run {}']);
  });

  it.each(['topFrame', 'subframe', 'otherExtension'] as const)('refuses site:* from %s', (name) => {
    const { routes, calls } = fakeBackground();
    expect(dispatchMessage(siteRun, SENDERS[name], routes, self)).toBeUndefined();
    const remove = message('site:remove', { host: 'news.example' });
    expect(dispatchMessage(remove, SENDERS[name], routes, self)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('answers nothing for invalid payloads and for messages of another direction', () => {
    const { routes, calls } = fakeBackground();
    const top = SENDERS.topFrame;
    expect(dispatchMessage(message('page:get-state', {}), top, routes, self)).toBeUndefined();
    expect(
      dispatchMessage({ type: 'badge:set', payload: { hidden: -1 } }, top, routes, self),
    ).toBeUndefined();
    expect(
      dispatchMessage({ type: 'hasOwnProperty', payload: {} }, top, routes, self),
    ).toBeUndefined();
    expect(calls).toEqual([]);
  });
});

describe('the content script', () => {
  const routes = contentRoutes(
    {
      'page:get-state': () => ({ status: 'no-article' }),
      'page:set-repeat-visible': () => ({ status: 'no-article' }),
      'page:reveal': () => true,
      'page:set-underline': () => ({ status: 'no-article' }),
      'page:highlight-mentions': () => 0,
    },
    self,
  );
  const getState = message('page:get-state', {});

  it.each(['popup', 'optionsInTab', 'background'] as const)(
    'answers page:* from %s',
    async (name) => {
      expect(await dispatchMessage(getState, SENDERS[name], routes, self)).toEqual({
        status: 'no-article',
      });
    },
  );

  it.each(['topFrame', 'otherExtension'] as const)('refuses page:* from %s', (name) => {
    expect(dispatchMessage(getState, SENDERS[name], routes, self)).toBeUndefined();
  });

  it('answers only its own direction', () => {
    const remove = message('site:remove', { host: 'a.example' });
    expect(dispatchMessage(remove, SENDERS.popup, routes, self)).toBeUndefined();
  });
});
