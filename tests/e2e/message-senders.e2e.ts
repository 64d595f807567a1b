// Issue 23, "who may send what", in both real browsers: the background answers article:* only
// from a content script in the top frame of a tab, and site:* only from the extension's own
// pages. The messages are sent from where they must be refused: a content script of ours run in
// a subframe and in the top frame (scripting.executeScript from the options page), and the
// options page itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePage } from '../fixtures/bbc-like-page';
import { readSampleLines } from '../fixtures/shared-data';
import { BROWSERS, launch, type Driver } from './support/driver';
import { extensionOrigin, openOptions } from './support/extension-pages';
import { startServer, type TestServer } from './support/server';

/**
 * Runs in the options page: sends an article:analyze and a site:run from our content script in
 * every frame of the tab showing `url`, and from the options page itself; 'no answer' where
 * the background refused the message.
 */
async function sendFromEverywhere(url: string) {
  // Defined here, messages included: scripting.executeScript runs it in the tab's frames from
  // its source (and Chromium drops null fields from the `args` it passes).
  const send = async (): Promise<string[]> => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const article = {
      title: 'Attack on army posts',
      byline: null,
      siteName: null,
      lang: 'en',
      paragraphs: [
        'Gunmen attacked three army posts on Tuesday, killing 30 soldiers, the army said.',
      ],
    };
    const messages = [
      { type: 'article:analyze', payload: { article, repeats: [] } },
      { type: 'site:run', payload: { host: 'nowhere.example', tabId: null } },
    ];
    const out: string[] = [];
    for (const m of messages) {
      try {
        const answer: unknown = await api.runtime.sendMessage(m);
        out.push(
          answer === undefined
            ? 'no answer'
            : typeof answer === 'object'
              ? 'a report'
              : JSON.stringify(answer),
        );
      } catch {
        out.push('no answer');
      }
    }
    return out;
  };
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  const results = await api.scripting.executeScript({
    target: { tabId: tab?.id as number, allFrames: true },
    func: send,
  });
  return {
    topFrame: results.find((r) => r.frameId === 0)?.result as string[] | undefined,
    subframe: results.find((r) => r.frameId !== 0)?.result as string[] | undefined,
    optionsPage: await send(),
  };
}

describe.each(BROWSERS)('message senders in %s', (browserName) => {
  let server: TestServer;
  let driver: Driver;

  beforeAll(async () => {
    server = await startServer({
      '/news/article': samplePage(readSampleLines(), '<iframe src="/news/frame"></iframe>'),
      '/news/frame':
        '<!DOCTYPE html><html><body><p>A frame inside the article page.</p></body></html>',
    });
    driver = await launch(browserName);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('article:* only from a tab’s top frame, site:* only from the extension’s pages', async () => {
    const page = await driver.newPage(server.url('/news/article'));
    const origin = await extensionOrigin(driver, page);
    const options = await openOptions(driver, origin);
    const answers = await options.evaluate(sendFromEverywhere, server.url('/news/article'));
    expect(answers).toEqual({
      topFrame: ['a report', 'no answer'],
      subframe: ['no answer', 'no answer'],
      // site:run answered: false, no permission for that site.
      optionsPage: ['no answer', 'false'],
    });
    await options.close();
    await page.close();
  });
});
