// HTML shapes the fuzz suite found breaking the CLI (exit 1, "internal error"): a page that
// leaves out the optional <html>/<head>/<body> tags (valid HTML; linkedom does not add them),
// text with no markup at all, a frameset. Each must give a report or the one-line "no article".
import { describe, expect, it } from 'vitest';
import { sourceToArticle } from '../../../src/cli/source-to-article';
import { withBody } from '../../../src/extract/with-body';
import { InputError } from '../../../src/cli/input-error';
import type { Source } from '../../../src/cli/read-source';

const PROSE =
  'The army said on Tuesday that thirty soldiers had been killed, and that the attackers, who ' +
  'came on motorbikes, had fled towards the border before reinforcements arrived there.';

const html = (text: string): Source => ({ kind: 'html', name: 'page.html', text }) as Source;

describe('CLI on HTML without a <body> tag', () => {
  it.each([
    [
      'no <body>, no <head>',
      `<!doctype html><html lang="en"><title>Attack</title><meta property="og:site_name" content="Site"><article><p>${PROSE}</p><p>${PROSE} ${PROSE}</p></article></html>`,
    ],
    [
      'no <html> either',
      `<!doctype html><title>Attack</title><p>${PROSE}</p><p>${PROSE} ${PROSE}</p>`,
    ],
    [
      'a <head> but no <body>',
      `<html><head><title>Attack</title></head><article><p>${PROSE}</p><p>${PROSE} ${PROSE}</p></article></html>`,
    ],
  ])('%s: the article is found, with its title', (_name, page) => {
    const article = sourceToArticle(html(page));
    expect(article.title).toBe('Attack');
    expect(article.paragraphs.join(' ')).toContain(PROSE);
  });

  it.each([
    ['text only', PROSE],
    ['frameset', '<html><frameset><frame src="a.html"></frameset></html>'],
    ['empty', ''],
  ])('%s: a clean "no article" error, not a crash', (_name, page) => {
    expect(() => sourceToArticle(html(page))).toThrow(InputError);
  });

  it('leaves pages with a <body> untouched', () => {
    const page = `<html><body><p>${PROSE}</p></body></html>`;
    expect(withBody(page)).toBe(page);
  });

  it('keeps the <head> once, even with an <html> tag inside it (zyte-5f9c5ed5d6 had one)', () => {
    const page = `<!doctype html><head><!--[if IE]><html class="ie" lang="fr"><![endif]--><title>Attack</title></head><p>${PROSE}</p>`;
    const wrapped = withBody(page);
    expect(wrapped.match(/<title>/g)).toHaveLength(1);
    expect(wrapped).toMatch(/^<!DOCTYPE html><html class="ie" lang="fr"><head>/);
    expect(wrapped).toMatch(/<\/head><body><p>/);
  });
});
