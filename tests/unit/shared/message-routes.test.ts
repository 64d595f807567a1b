// The routing of messages: each part answers its own directions' valid messages and nothing else.
import { describe, expect, it } from 'vitest';
import {
  backgroundRoutes,
  contentRoutes,
  dispatchMessage,
  type BackgroundHandlers,
} from '../../../src/shared/message-routes';
import { message } from '../../../src/shared/messages';

const article = { title: 't', byline: null, siteName: null, lang: 'en', paragraphs: ['a'] };

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
  return { routes: backgroundRoutes(handlers), calls };
}

const tab = { id: 'ext', url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };

describe('dispatchMessage', () => {
  it('answers each valid message of the background directions with its handler', async () => {
    const { routes, calls } = fakeBackground();
    await dispatchMessage(message('article:analyze', { article, hidden: 0 }), tab, routes);
    await dispatchMessage(message('badge:set', { hidden: 1, unsourced: 0 }), tab, routes);
    expect(
      await dispatchMessage(message('site:run', { host: 'a.example', tabId: 7 }), tab, routes),
    ).toBe(true);
    expect(calls).toEqual(['analyze {"tabId":7}', 'badge {"tabId":7}', 'site:run {}']);
  });

  it('answers nothing for invalid payloads and for messages of another direction', () => {
    const { routes, calls } = fakeBackground();
    expect(dispatchMessage(message('page:get-state', {}), tab, routes)).toBeUndefined();
    expect(
      dispatchMessage({ type: 'badge:set', payload: { hidden: -1 } }, tab, routes),
    ).toBeUndefined();
    expect(dispatchMessage({ type: 'hasOwnProperty', payload: {} }, tab, routes)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('the content script answers the popup directions only', async () => {
    const routes = contentRoutes({
      'page:get-state': () => ({ status: 'no-article' }),
      'page:set-repeat-visible': () => ({ status: 'no-article' }),
      'page:reveal': () => true,
      'page:set-underline': () => ({ status: 'no-article' }),
      'page:highlight-mentions': () => 0,
    });
    const popup = { id: 'ext', url: 'chrome-extension://ext/src/popup/popup.html' };
    expect(await dispatchMessage(message('page:get-state', {}), popup, routes)).toEqual({
      status: 'no-article',
    });
    expect(
      dispatchMessage(message('site:remove', { host: 'a.example' }), popup, routes),
    ).toBeUndefined();
  });
});
