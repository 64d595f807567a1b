// Issue 8 (fuzz): HTML may leave out <html>, <head> and <body>; a browser adds them, linkedom
// does not (no documentElement, or the article outside an empty body), and the CLI then found
// no article or crashed. Without a <body> tag, everything but the <head> is wrapped in one
// (before linkedom parses a page, for the CLI and the background alike).
//
// Issue 23: in linear time. The page comes from anywhere (a URL too), and the regular
// expressions this replaced backtracked: each `<head>` or `<title>` with no closing tag after
// it, and each `<meta` or `<html` with no `>` after it, scanned to the end of the page again
// (a crafted 400 KB page took 14 s). Here no part of the page is searched twice.

const BODY_OR_FRAMESET = /<(body|frameset)[\s>]/i;
/** A tag name is followed by a space, `/` or `>` (so `<header>` is not `<head>`). */
const HEAD_OPEN = /<head(?=[\s/>])/gi;
const HEAD_CLOSE = /<\/head>/gi;
const TITLE_CLOSE = /<\/title>/gi;
/** The tags taken out of the body: the doctype, <html> and </html>, <title> and <meta>. */
const TAG = /<(!doctype|\/?html|title|meta)(?=[\s/>])/gi;

interface Span {
  start: number;
  end: number;
}

/** The first match of the global `pattern` at or after `from`, or null. */
function findFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

/** The first `<head …>…</head>`, or null. */
function headSpan(html: string): Span | null {
  const open = findFrom(HEAD_OPEN, html, 0);
  const gt = open ? html.indexOf('>', open.index) : -1;
  const close = open && gt !== -1 ? findFrom(HEAD_CLOSE, html, gt + 1) : null;
  return open && close ? { start: open.index, end: close.index + close[0].length } : null;
}

interface Found {
  /** The first <html …> tag, wherever it is (its lang matters). */
  htmlTag: string | null;
  /** The first doctype and every <html>/</html> tag, outside the head. */
  tags: Span[];
  /** Without a head: the first <title>…</title>, and every <meta> outside it. */
  title: Span | null;
  metas: Span[];
}

/** One pass over the tags, left to right. */
function scanTags(html: string, head: Span | null): Found {
  const found: Found = { htmlTag: null, tags: [], title: null, metas: [] };
  let doctype = false;
  let titleLooked = false;
  // The next '>' at or after a position; asked for increasing positions, so it is never
  // searched for over the same text twice.
  let nextGt = -1;
  let noneLeft = false;
  const tagEnd = (from: number): number => {
    if (nextGt >= from || noneLeft) return noneLeft ? -1 : nextGt;
    nextGt = html.indexOf('>', from);
    noneLeft = nextGt === -1;
    return nextGt;
  };
  for (let m = findFrom(TAG, html, 0); m; m = TAG.exec(html)) {
    const gt = tagEnd(m.index + m[0].length);
    if (gt === -1) break; // no tag closes after here
    const tag = { start: m.index, end: gt + 1 };
    const name = (m[1] as string).toLowerCase();
    const inHead = head !== null && tag.start >= head.start && tag.start < head.end;
    const inTitle = found.title !== null && tag.start < found.title.end;
    if (name === 'html') found.htmlTag ??= html.slice(tag.start, tag.end);
    if (inHead) {
      // The head is kept as it is.
    } else if (name === '!doctype') {
      if (!doctype) found.tags.push(tag);
      doctype = true;
    } else if (name === 'html' || name === '/html') {
      found.tags.push(tag);
    } else if (!head && name === 'title' && !titleLooked) {
      titleLooked = true;
      const close = findFrom(TITLE_CLOSE, html, tag.end);
      if (close) found.title = { start: tag.start, end: close.index + close[0].length };
    } else if (!head && name === 'meta' && !inTitle) {
      found.metas.push(tag);
    }
  }
  return found;
}

/** The text of `html` from `from` to `to`, without the `spans` (in order) that lie inside it. */
function cut(html: string, from: number, to: number, spans: readonly Span[]): string {
  const kept: string[] = [];
  let at = from;
  for (const span of spans) {
    if (span.start < at || span.end > to) continue;
    kept.push(html.slice(at, span.start));
    at = span.end;
  }
  kept.push(html.slice(at, to));
  return kept.join('');
}

export function withBody(html: string): string {
  if (BODY_OR_FRAMESET.test(html)) return html;
  const head = headSpan(html);
  const { htmlTag, tags, title, metas } = scanTags(html, head);
  const text = (s: Span): string => html.slice(s.start, s.end);
  // Without a <head>, its <title> and <meta> tags go into one (the title, og:site_name...);
  // <html> tags go wherever they are, inside the title too.
  const outsideTitle = tags.filter((s) => !title || s.start < title.start || s.start >= title.end);
  const taken = [...outsideTitle, ...metas, ...(head ? [head] : []), ...(title ? [title] : [])];
  taken.sort((a, b) => a.start - b.start);
  const headHtml = head
    ? text(head)
    : `<head>${title ? cut(html, title.start, title.end, tags) : ''}${metas.map(text).join('')}</head>`;
  const body = cut(html, 0, html.length, taken);
  return `<!DOCTYPE html>${htmlTag ?? '<html>'}${headHtml}<body>${body}</body></html>`;
}
