// Groups named, in both browsers: an unknown group gets "Look up on Wikipedia", which asks for
// permission, then shows the summary from a local server with recorded answers; a group
// Wikipedia does not have gets a plain "no article" line; turning lookups off forgets them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbcLikePage } from '../fixtures/bbc-like-page';
import { BROWSERS, launch, waitFor, type Driver, type TestPage } from './support/driver';
import { startServer, type TestServer } from './support/server';
import { extensionOrigin, openOptions } from './support/extension-pages';
import { startWikipediaServer, type WikipediaServer } from './support/wikipedia-server';

const PAGE = bbcLikePage({
  title: 'Village militia says it repelled jihadist attack near Djibo',
  paragraphs: [
    'Fighters from the Liptako Volunteer Front said on Sunday they had repelled an attack by JNIM near Djibo, in northern Burkina Faso, killing at least 12 assailants.',
    'The Liptako Volunteer Front, a village militia formed last year, did not give its own losses, and its claims could not be independently verified.',
    'Residents said the Sahel Herders Defence Council had asked the army for help weeks before the attack, as convoys to the town have been blocked since the spring.',
    'Jama’at Nusrat al-Islam wal-Muslimin, the Sahel branch of al-Qaeda, has laid siege to Djibo for more than two years.',
  ],
});

describe.each(BROWSERS)('groups and Wikipedia lookups in %s', (browserName) => {
  let server: TestServer;
  let wikipedia: WikipediaServer;
  let driver: Driver;
  let page: TestPage;
  let popup: TestPage;

  beforeAll(async () => {
    server = await startServer({ '/news/world-africa-1': PAGE });
    wikipedia = await startWikipediaServer();
    driver = await launch(browserName);
    page = await driver.newPage(server.url('/news/world-africa-1'));
    // Lookups are off until the reader turns them on in the options.
    const options = await openOptions(driver, await extensionOrigin(driver, page));
    await options.click('[data-testid="opt-wikipedia"]');
    await waitFor(
      options,
      () => (document.querySelector('[data-testid="opt-wikipedia"]') as HTMLInputElement).checked,
      null,
      'Wikipedia lookups on',
    );
    await options.close();
    popup = await driver.openPopup(page);
    await waitFor(
      popup,
      () => document.querySelectorAll('[data-testid="group-card"]').length > 0,
      null,
      'group cards',
    );
    // Every card shown (a long list folds after three).
    await popup.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-testid="groups-show-all"]')?.click();
    }, null);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await wikipedia?.close();
  });

  it('shows a card with background for a known group, linked to its affiliates', async () => {
    const card = await popup.evaluate(() => {
      const cards = [...document.querySelectorAll('[data-testid="group-card"]')];
      const jnim = cards.find((c) =>
        /Nusrat al-Islam/.test(c.querySelector('.card-name')?.textContent ?? ''),
      );
      return jnim
        ? {
            summary: jnim.querySelector('.card-summary')?.textContent ?? '',
            // The Wikipedia link, not the source links the card lists before it.
            wiki: jnim.querySelector('a.card-wiki')?.getAttribute('href'),
          }
        : null;
    }, null);
    expect(card?.summary).toMatch(/al-Qaeda/i);
    expect(card?.wiki).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\//);
  });

  it('clicking a group name highlights its mentions in the page', async () => {
    await popup.evaluate(() => {
      const name = [
        ...document.querySelectorAll<HTMLButtonElement>('[data-testid="group-card"] .card-name'),
      ].find((b) => /Nusrat al-Islam/.test(b.textContent ?? ''));
      name?.click();
    }, null);
    const mentions = await waitFor(
      page,
      () => {
        const h = CSS.highlights.get('newslens-mention') as unknown as Set<Range> | undefined;
        return h && h.size > 0 ? [...h].map((r) => r.toString()) : null;
      },
      null,
      'mention highlights',
    );
    // "JNIM" in the first paragraph and the full name in the last.
    expect(mentions).toEqual(['JNIM', 'Jama’at Nusrat al-Islam wal-Muslimin']);
  });

  it('looks an unknown group up on Wikipedia only when asked', async () => {
    expect(wikipedia.requests).toEqual([]);
    await popup.evaluate(() => {
      const card = [...document.querySelectorAll('[data-testid="group-card"]')].find((c) =>
        (c.querySelector('.card-name')?.textContent ?? '').includes('Liptako Volunteer Front'),
      );
      card
        ?.querySelector<HTMLButtonElement>('[data-testid="wikipedia-lookup"]')
        ?.setAttribute('data-target', 'yes');
    }, null);
    await popup.click('[data-target="yes"]');
    const summary = await waitFor(
      popup,
      () => document.querySelector('[data-testid="wikipedia-summary"]')?.textContent ?? null,
      null,
      'the Wikipedia summary',
    );
    expect(summary).toContain('fictional village militia');
    expect(wikipedia.requests).toEqual([
      '/api/rest_v1/page/summary/Liptako_Volunteer_Front?redirect=true',
    ]);
    await popup.screenshot('popup-wikipedia');
  });

  it('says plainly when Wikipedia has no article', async () => {
    const hasOther = await popup.evaluate(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>(
        '[data-testid="wikipedia-lookup"]',
      );
      buttons[0]?.setAttribute('data-target', 'other');
      return buttons.length;
    }, null);
    if (hasOther === 0)
      throw new Error('expected a second unknown group (Sahel Herders Defence Council)');
    await popup.click('[data-target="other"]');
    const status = await waitFor(
      popup,
      () => document.querySelector('[data-testid="wikipedia-status"]')?.textContent ?? null,
      null,
      'the not-found line',
    );
    expect(status).toMatch(/Wikipedia has no article for/);
  });

  it('turning lookups off, or restoring the defaults, forgets every name looked up', async () => {
    const cachedNames = (options: TestPage): Promise<string[] | null> =>
      options.evaluate(async () => {
        const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
        const stored = await (g.browser ?? g.chrome).storage.local.get('wikipediaCache');
        const cache = stored.wikipediaCache as Record<string, unknown> | undefined;
        return cache ? Object.keys(cache) : null;
      }, null);
    const options = await openOptions(driver, await extensionOrigin(driver, page));
    expect(await cachedNames(options)).toEqual(expect.arrayContaining(['liptako volunteer front']));
    await options.click('[data-testid="opt-wikipedia"]');
    await waitFor(
      options,
      async () => {
        const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
        return !('wikipediaCache' in (await (g.browser ?? g.chrome).storage.local.get(null)));
      },
      null,
      'the cache cleared',
    );
    // On again, a name looked up, then "Restore defaults": lookups off, the name forgotten.
    await options.click('[data-testid="opt-wikipedia"]');
    await options.evaluate(async () => {
      const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
      await (g.browser ?? g.chrome).storage.local.set({
        wikipediaCache: { jnim: { at: Date.now(), result: { status: 'not-found' } } },
      });
    }, null);
    expect(await cachedNames(options)).toEqual(['jnim']);
    await options.click('[data-testid="restore-defaults"]');
    await waitFor(
      options,
      async () => {
        const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
        return !('wikipediaCache' in (await (g.browser ?? g.chrome).storage.local.get(null)));
      },
      null,
      'the cache cleared by Restore defaults',
    );
    expect(
      await options.evaluate(
        () => (document.querySelector('[data-testid="opt-wikipedia"]') as HTMLInputElement).checked,
        null,
      ),
    ).toBe(false);
    await options.close();
  });
});
