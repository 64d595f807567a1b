// Issue 8, "never trust the page": an article whose text is full of markup and script written
// out as text (in paragraphs, in the <title> and headline, in group-like names, next to
// figures, in repeated paragraphs). In both browsers the popup must show those strings as
// literal text and create nothing from them (no element, no attribute, no script run), and the
// page's own scripts must keep working while the extension does its work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbcLikePage } from '../fixtures/bbc-like-page';
import { BROWSERS, launch, waitFor, type Driver, type TestPage } from './support/driver';
import { startServer, type TestServer } from './support/server';

/** Strings that would run or build elements if any layer used them as HTML. */
const HOSTILE = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  svg: '"><svg onload="window.__pwned=1">',
  iframe: "'><iframe src=javascript:window.__pwned=1>",
  bold: 'The <b>Liberation</b> Front (TLF)',
  style: '<style>*{display:none!important}</style>',
  entity: '&lt;img src=x onerror=alert(1)&gt;',
  template: '${window.__pwned=1}{{constructor.constructor("window.__pwned=1")()}}',
} as const;

const TITLE = `Attack on army posts ${HOSTILE.img} kills dozens`;

const PARAGRAPHS = [
  `Gunmen attacked three army posts in the north of the country on Tuesday ${HOSTILE.script}, the defence ministry said in a statement read on state television in the evening.`,
  `A group calling itself ${HOSTILE.bold} said it had carried out the attack, and ${HOSTILE.bold} fighters were later seen near the border town ${HOSTILE.svg}.`,
  `${HOSTILE.img} 30 soldiers were killed in the fighting, which lasted several hours and forced hundreds of residents to flee towards the regional capital.`,
  `According to army spokesperson Col. Souleymane Dembele ${HOSTILE.iframe}, more than 80 militants were "neutralised" during the counter-offensive on Wednesday morning.`,
  `The ${HOSTILE.style} regional governor said schools would stay closed for a week ${HOSTILE.entity}, while aid agencies warned that food stocks were running low.`,
  `Analysts said the attack ${HOSTILE.template} showed that the armed groups were able to strike several targets at once, despite the presence of foreign troops.`,
  // Repeats, so the hostile strings also appear in the popup's "Repeated text" list:
  `Gunmen attacked three army posts in the north of the country on Tuesday ${HOSTILE.script}, the defence ministry said in a statement read on state television in the evening.`,
  `${HOSTILE.img} 30 soldiers were killed in the fighting, which lasted several hours and forced hundreds of residents to flee towards the regional capital.`,
  `A group calling itself ${HOSTILE.bold} said it had carried out the attack, and ${HOSTILE.bold} fighters were later seen near the border town ${HOSTILE.svg}.`,
];

/** The page's own scripts: one runs after load, one on a click; both must keep working. */
const PAGE_SCRIPT = `<button id="page-button" type="button">Page button</button>
<script>
window.__clicks = 0;
window.addEventListener('load', () => { setTimeout(() => { window.__afterLoad = true; }, 1500); });
document.getElementById('page-button').addEventListener('click', () => { window.__clicks += 1; });
</script>`;

const PAGE_PATH = '/news/articles/hostile-text';

/** Elements and attributes that only the hostile strings could have created. */
function injected(): string[] {
  const found: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(`${el.tagName}[${a.name}]`);
      if (/javascript:/i.test(a.value)) found.push(`${el.tagName}[${a.name}=${a.value}]`);
    }
  }
  for (const el of document.querySelectorAll('img[src="x"], svg[onload], iframe, b, style')) {
    // The popup's own <style>/<link> live in <head>; anything in the body is suspect.
    if (el.tagName === 'STYLE' && el.closest('head')) continue;
    found.push(el.outerHTML.slice(0, 80));
  }
  for (const s of document.querySelectorAll('script')) {
    if (!s.src) found.push(`inline script: ${(s.textContent ?? '').slice(0, 60)}`);
  }
  if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push('__pwned');
  return found;
}

describe.each(BROWSERS)('hostile text in %s', (browserName) => {
  let server: TestServer;
  let driver: Driver;
  let page: TestPage;

  beforeAll(async () => {
    server = await startServer({
      [PAGE_PATH]: bbcLikePage({ title: TITLE, paragraphs: PARAGRAPHS, tail: PAGE_SCRIPT }),
    });
    driver = await launch(browserName);
    page = await driver.newPage(server.url(PAGE_PATH));
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('hides the repeats; the page keeps its own scripts and gains nothing from the text', async () => {
    await waitFor(
      page,
      () => document.querySelectorAll('[data-newslens-hidden]').length >= 3,
      null,
      'hidden repeats',
    );
    await waitFor(
      page,
      () => (window as unknown as { __afterLoad?: boolean }).__afterLoad === true,
      null,
      'the page script after load',
    );
    await page.click('#page-button');
    await page.click('#page-button');
    const state = await page.evaluate(() => {
      const w = window as unknown as { __pwned?: unknown; __clicks?: number };
      const article = document.querySelector('article');
      return {
        pwned: w.__pwned ?? null,
        clicks: w.__clicks,
        // The article's hostile strings are still text nodes, not elements.
        articleElements: [...(article?.querySelectorAll('img, svg, script, iframe, b') ?? [])]
          .length,
        articleText: article?.textContent ?? '',
      };
    }, null);
    expect(state.pwned).toBeNull();
    expect(state.clicks).toBe(2);
    expect(state.articleElements).toBe(0);
    expect(state.articleText).toContain(HOSTILE.script);
  });

  it('the popup shows the hostile strings as text and builds nothing from them', async () => {
    const popup = await driver.openPopup(page);
    await waitFor(
      popup,
      () => !!document.querySelector('[data-testid="article-title"]'),
      null,
      'popup report',
    );
    await waitFor(
      popup,
      () => document.querySelectorAll('[data-testid="figure-item"]').length > 0,
      null,
      'figures in the popup',
    );
    // Every folded list and part opened: all the text is checked.
    await popup.evaluate(() => {
      document.querySelectorAll('details').forEach((d) => (d.open = true));
      document
        .querySelectorAll<HTMLButtonElement>('[data-testid$="-show-all"][aria-expanded="false"]')
        .forEach((b) => b.click());
    }, null);
    const view = await popup.evaluate(
      () => ({
        title: document.querySelector('[data-testid="article-title"]')?.textContent ?? '',
        repeats: [...document.querySelectorAll('[data-testid="repeat-item"]')].map(
          (e) => e.textContent ?? '',
        ),
        figures: [...document.querySelectorAll('[data-testid="figure-item"]')].map(
          (e) => e.textContent ?? '',
        ),
        groups: [...document.querySelectorAll('[data-testid="group-card"] .card-name')].map(
          (e) => e.textContent ?? '',
        ),
        body: document.body.textContent ?? '',
      }),
      null,
    );
    await popup.screenshot('popup-hostile');
    expect(view.title).toContain(HOSTILE.img);
    expect(view.repeats.length).toBe(3);
    expect(view.repeats.join('\n')).toMatch(/<script>window\.__pwned=1<\/script>|<img src=x/);
    const figure = view.figures.find((f) => f.includes('30 soldiers'));
    expect(figure).toContain(HOSTILE.img);
    expect(view.figures.join('\n')).toContain('80 militants');
    // Strings in figures' sentences come through as written (the sentence may be clipped).
    expect(view.body).toContain(HOSTILE.iframe);
    const bad = await popup.evaluate(injected, null);
    expect(bad).toEqual([]);
    const pwned = await page.evaluate(
      () => (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      null,
    );
    expect(pwned).toBeNull();
    // Groups named with markup in them, if listed, are listed as text.
    for (const g of view.groups) expect(g).not.toMatch(/^\s*$/);
    await popup.close();
  });

  it('highlighting from the popup leaves the page with no injected elements', async () => {
    const popup = await driver.openPopup(page);
    await waitFor(
      popup,
      () => document.querySelectorAll('[data-testid="figure-item"] button').length > 0,
      null,
      'figure buttons',
    );
    await popup.evaluate(() => {
      for (const b of document.querySelectorAll<HTMLButtonElement>(
        '[data-testid="figure-item"] .item-main, [data-testid="group-card"] .card-name',
      ))
        b.click();
      document.querySelector<HTMLButtonElement>('[data-testid="repeats-toggle-all"]')?.click();
    }, null);
    await new Promise((r) => setTimeout(r, 1000));
    const bad = await page.evaluate(() => {
      const article = document.querySelector('article');
      const w = window as unknown as { __pwned?: unknown };
      return {
        elements: [...(article?.querySelectorAll('img, svg, script, iframe, b') ?? [])].map(
          (e) => e.outerHTML,
        ),
        pwned: w.__pwned ?? null,
      };
    }, null);
    expect(bad).toEqual({ elements: [], pwned: null });
    await popup.close();
  });
});
