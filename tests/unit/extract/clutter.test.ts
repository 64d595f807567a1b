// Issue 17: each clutter rule on a small DOM with the structure of the corpus page it was seen
// on, and the body beside it kept. Each case fails without its rule.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isSignOff } from '../../../src/core/sign-off';
import { bodyBlocks, cleanByline, clutterKind } from '../../../src/extract/clutter';
import { extractPage } from '../../../src/extract/page-extraction';
import { blockText, collectParagraphBlocks } from '../../../src/extract/paragraph-blocks';
import { samplePage } from '../../fixtures/bbc-like-page';
import { readSampleLines } from '../../fixtures/shared-data';

const BODY =
  'The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, a decision that will send heavy traffic through the town centre for at least a year.';

/** The body paragraphs kept of a Readability-like root holding `html`. */
function kept(html: string): string[] {
  const doc = parseHTML(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`)
    .document as unknown as Document;
  const root = doc.getElementById('root') as Element;
  const blocks = collectParagraphBlocks(root);
  const texts = blocks.map(blockText);
  const keep = bodyBlocks(blocks, texts, root);
  return texts.filter((_, i) => keep[i]);
}

const body = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>${BODY.replace('Tuesday', `day ${i + 1}`)}</p>`).join('');

describe('bylines and datelines', () => {
  it('drops a dateline and a "By" line (zyte-65ce3a4577, zyte-6ebac05f63)', () => {
    const out = kept(
      `<div class="byline-section"><p>Published 11:11 PM EST Nov 19, 2019</p></div>` +
        `<p>By Justine Coleman - 11/18/19 11:04 PM EST</p>${body(3)}`,
    );
    expect(out).toHaveLength(3);
  });

  it('drops a date glued to its Share and Save buttons (the BBC byline block)', () => {
    expect(
      kept(
        `<div><time>2 July 2024</time><button>Share</button><button>Save</button></div>${body(2)}`,
      ),
    ).toHaveLength(2);
    expect(kept(`<p>2 July 2024ShareSave</p>${body(2)}`)).toHaveLength(2);
  });

  it('drops a row of share buttons (zyte-e100c9612a)', () => {
    expect(kept(`${body(2)}<p>Share Tweet Submit</p>`)).toHaveLength(2);
  });

  it('keeps a tweet attribution, a price and an event title with its dates', () => {
    const lines = [
      '— Josh Apte (@joshapte) November 3, 2019',
      'Get it on Amazon for $67.77',
      '7th Amsterdam Light Festival 29 November 2018 | 20 January 2019',
    ];
    expect(kept(`${body(1)}${lines.map((l) => `<p>${l}</p>`).join('')}`)).toHaveLength(4);
  });

  it('drops an author box and a call to act named by their class (zyte-c00962aabe, zyte-680c2848e9)', () => {
    const out = kept(
      `${body(4)}<p class="byline">Jeff Foust is the editor and publisher of The Space Review.</p>` +
        `<div class="cta-stories"><h3>Want more stories like this?</h3><p>Every day we send an email with the top stories.</p></div>`,
    );
    expect(out).toHaveLength(4);
  });

  it('keeps the article when its own wrapper is named "author"', () => {
    expect(kept(`<div class="author-content">${body(3)}</div>`)).toHaveLength(3);
  });

  it('drops the reading time (zyte-23aaecd141)', () => {
    expect(kept(`<p>Tempo de leitura: 1 minuto</p><p>5 min read</p>${body(2)}`)).toHaveLength(2);
  });

  it('reads the name of a byline, not its date and buttons', () => {
    expect(cleanByline('2 July 2024ShareSave')).toBeNull();
    expect(cleanByline('By Natasha Booty, 2 July 2024')).toBe('Natasha Booty');
    expect(cleanByline('Jane Doe')).toBe('Jane Doe');
  });
});

describe('captions and credits', () => {
  it('drops the caption in an image wrapper, keeps the paragraph beside an image in the column (zyte-3c5bf8db42)', () => {
    const caption = 'The centers of massive galaxy clusters are super hot (red).';
    const out = kept(
      `<div class="box"><img src="a.jpg"><p>${caption}</p><p>(Image: © TNG Collaboration)</p></div>` +
        `<div class="text-copy"><img src="b.jpg">${body(3)}</div>`,
    );
    expect(out).toHaveLength(3);
    expect(out).not.toContain(caption);
  });

  it('drops a wrapper whose only text is its figure’s (the BBC image-block)', () => {
    const figure =
      '<div data-component="image-block"><figure><img src="m.jpg"><span>Getty Images</span>' +
      '<figcaption>Mali has been fighting jihadist insurgents for more than a decade</figcaption></figure></div>';
    expect(kept(`${body(1)}${figure}${body(1)}`)).toHaveLength(2);
  });

  it('keeps a quotation beside a portrait (zyte-5211188428)', () => {
    const quote = '“The show was really great. We enjoyed a free drink at the entrance.”';
    expect(kept(`${body(2)}<div><img src="face.jpg"><p>${quote}</p></div>`)).toContain(quote);
  });

  it('drops credit lines: a copyright, an agency, a reporting credit', () => {
    const lines = [
      'Copyright © 2019 Press TV. All rights reserved.',
      'Photo: John Locher, AP',
      'Fox News’ Jessica Napoli contributed to this report.',
    ];
    expect(kept(`${body(2)}${lines.map((l) => `<p>${l}</p>`).join('')}`)).toHaveLength(2);
  });
});

describe('link lists', () => {
  it('drops a "Related:" link and a shouted link between paragraphs (zyte-bd673bd798, zyte-7dfc3e359d)', () => {
    const out = kept(
      `${body(1)}<p>Related: <a href="/x">7 Strange Signs You're Having an Allergic Reaction</a></p>` +
        `${body(1)}<p><a href="/y">SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'</a></p>${body(1)}`,
    );
    expect(out).toHaveLength(3);
  });

  it('drops the list of stories that ends the article with its label (zyte-2f42ef1d3e)', () => {
    const out = kept(
      `${body(2)}<p>More Great WIRED Stories</p><ul>` +
        `<li><a href="/a">YouTubers must unionize</a>, no matter what Google says</li>` +
        `<li><a href="/b">Could an astronaut lost in space use gravity</a> to get around?</li>` +
        `<li><a href="/c">The plan to boost drone batteries</a></li></ul>`,
    );
    expect(out).toHaveLength(2);
  });

  it('drops "More on this story" with its links, keeps a shop link inside the body', () => {
    const shop = '<ul><li><a href="/shop">Get it on Amazon for $39.99</a></li></ul>';
    const out = kept(
      `${body(1)}${shop}${body(1)}<div data-component="links-block"><h2>More on this story</h2>` +
        `<ul><li><a href="/1">Niger junta suspends BBC broadcasts</a></li><li><a href="/2">Why the Sahel</a></li></ul></div>`,
    );
    expect(out).toHaveLength(3);
    expect(out).toContain('Get it on Amazon for $39.99');
  });

  it('drops a list of three or more whole links inside the body (zyte-3c5bf8db42)', () => {
    const items = [
      '15 Amazing Images of Stars',
      '11 Fascinating Facts About Our Milky Way',
      'The 11 Biggest Unanswered Questions',
    ]
      .map((t, i) => `<li><a href="/${i}">${t}</a></li>`)
      .join('');
    const shop =
      '<ul><li><a href="/a">Get it on Amazon for $139</a></li><li><a href="/w">Also at Walmart</a></li></ul>';
    const out = kept(
      `${body(1)}<ul>${items}</ul>${shop}<p>Originally published on Live Science.</p>`,
    );
    expect(out).toEqual([
      expect.any(String),
      'Get it on Amazon for $139',
      'Also at Walmart',
      'Originally published on Live Science.',
    ]);
  });

  it('keeps one link at the end (a source)', () => {
    expect(kept(`${body(2)}<p><a href="/report">The full report</a></p>`)).toHaveLength(3);
  });
});

describe('sign-offs', () => {
  it('finds promo and newsletter lines, not prose about subscriptions', () => {
    expect(isSignOff('For more from Africa, visit BBC Africa or follow us on social media.')).toBe(
      true,
    );
    expect(
      isSignOff('Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.'),
    ).toBe(true);
    expect(isSignOff('Follow @BGRDeals on Twitter to keep up with the latest deals.')).toBe(true);
    expect(
      isSignOff('Sign up for the Disney+ bundle using the same email as your Hulu account'),
    ).toBe(false);
    expect(
      isSignOff('Readers who subscribe to the paper get it a day early, the editor said.'),
    ).toBe(false);
  });

  it('drops the label of an advertisement (zyte-21486419bb)', () => {
    expect(kept(`${body(1)}<p>Advertisement</p>${body(1)}<p>Iklan</p>`)).toHaveLength(2);
  });

  it('is a kind of its own, and a block is never all clutter: a lone dateline stays', () => {
    const doc = parseHTML('<p>x</p>').document as unknown as Document;
    const p = doc.querySelector('p') as Element;
    expect(clutterKind(p, 'Advertisement', p)).toBe('ad-label');
    // A sign-off stays a paragraph: printed twice, it is hidden as a repeat.
    expect(clutterKind(p, 'Follow us on Twitter for more.', p)).toBeNull();
    expect(kept('<p>November 20</p>')).toEqual(['November 20']);
  });
});

describe('the sample as a BBC-like page', () => {
  it('has the article without its byline, its sign-offs kept (the page prints one twice)', () => {
    const lines = readSampleLines();
    const found = extractPage(samplePage(lines));
    const paragraphs = found?.article.paragraphs ?? [];
    expect(lines.filter((l) => isSignOff(l))).toHaveLength(2);
    // The lines but the headline's first copy (the <h1>): the dateline is no paragraph.
    expect(paragraphs).toEqual(
      lines.filter((_, i) => i !== lines.indexOf(found?.article.title ?? '')),
    );
  });
});
