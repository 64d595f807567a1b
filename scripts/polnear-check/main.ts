// A larger, automatic check of who stands behind a figure (issue 16), on PolNeAR's train and dev
// splits (Newell, Margolin and Ruths 2018: political news of 2016 with every attribution's source,
// cue and content marked). PolNeAR has no licence: it is read from a local mirror, measured, and
// never committed, copied or trained on. Its test split is kept for a check we do not see, so this
// script refuses to read it.
//
//   TRAIN_ENTRY=scripts/polnear-check/main.ts npx vite build --config vite.train.config.ts \
//     --logLevel warn && node dist/train/main.js [--mirror DIR] [--split train|dev] [--verbose]
//
// For each article (one annotator's file per text, the first by name), the figures core runs on
// its paragraphs; a figure inside an attribution's content is the content's source's (the
// innermost content when they nest). Printed: figures inside a sourced content that we attribute,
// and to a source that matches (the dev sets' sameSource: the last word of one is in the other;
// a source marked as a pronoun is left out, as the labels do not say whom it means);
// the same inside quotation marks; and figures outside every content that we attribute anyway.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findFigures } from '../../src/core/figures';
import { quoteSpans, isInsideQuote } from '../../src/core/figures/attribution/quote-speaker';
import { sameSource } from '../../tests/fixtures/figures-devset/score';

interface Span {
  start: number;
  end: number;
  text: string;
}
interface Attribution {
  content: Span[];
  source: Span | null;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const mirror = option('mirror') ?? '/work/data/polnear';
const splits = (option('split') ?? 'train,dev').split(',');
const verbose = args.includes('--verbose');
/** With --context, each error shows its paragraph (local reading only: never commit the output). */
const showContext = args.includes('--context');
if (splits.some((s) => s !== 'train' && s !== 'dev')) {
  console.error('polnear-check: only the train and dev splits may be read');
  process.exit(2);
}

/**
 * The two splits' texts and attributions, taken out of the mirror that `fetch` makes (a bare git
 * directory whose large files are absent):
 *   git -C /work/.mirror/networkdynamics+PolNeAR/repo archive HEAD data/train/text \
 *     data/train/attributions data/dev/text data/dev/attributions | tar -x -C DIR
 */
function files(split: string): { texts: Map<string, string>; anns: Map<string, string> } {
  const dir = join(mirror, 'data', split);
  if (!existsSync(join(dir, 'text'))) {
    console.error(`polnear-check: no ${split} split at ${dir} (see the head of this script)`);
    process.exit(2);
  }
  const texts = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'text')))
    texts.set(f.replace(/\.txt$/u, ''), readFileSync(join(dir, 'text', f), 'utf8'));
  const anns = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'attributions')).sort()) {
    const name = f.replace(/_[0-9a-f]{4}\.ann$/u, '');
    if (!anns.has(name)) anns.set(name, readFileSync(join(dir, 'attributions', f), 'utf8'));
  }
  return { texts, anns };
}

function parseAnn(ann: string): Attribution[] {
  const spans = new Map<string, { type: string; parts: Span[] }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const parts = rest
        .join(' ')
        .split(';')
        .map((p) => p.split(' ').map(Number))
        .map(([s, e]) => ({ start: s ?? 0, end: e ?? 0, text: '' }));
      if (parts[0]) parts[0].text = text ?? '';
      spans.set(id, { type: type ?? '', parts });
    } else if (id.startsWith('E')) events.push(body);
  }
  return events.map((e) => {
    const roles = Object.fromEntries(
      e.split(' ').map((r) => r.split(':') as [string, string]),
    ) as Record<string, string>;
    const content = roles.Content ? (spans.get(roles.Content)?.parts ?? []) : [];
    const source = roles.Source ? spans.get(roles.Source) : undefined;
    const first = source?.parts[0];
    return {
      content,
      source: first
        ? { start: first.start, end: first.end, text: source.parts.map((p) => p.text).join(' ') }
        : null,
    };
  });
}

/** A source marked as a pronoun names no one by itself: any source of ours may be the right one. */
const PRONOUN = /^(?:he|she|they|we|i|you|it|who|which|that)$/iu;

const c = {
  pronoun: 0,
  articles: 0,
  figures: 0,
  inSourced: 0,
  attributed: 0,
  right: 0,
  quoted: 0,
  quotedAttributed: 0,
  quotedRight: 0,
  outside: 0,
  outsideAttributed: 0,
};
for (const split of splits) {
  const { texts, anns } = files(split);
  for (const [name, text] of texts) {
    const ann = anns.get(name);
    if (!ann) continue;
    c.articles += 1;
    const attributions = parseAnn(ann);
    const paragraphs: string[] = [];
    const starts: number[] = [];
    const re = /[^\n]+/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].trim() === '') continue;
      paragraphs.push(m[0]);
      starts.push(m.index);
    }
    const quotes = paragraphs.map((p) => quoteSpans(p));
    for (const f of findFigures(paragraphs, { lang: 'en' })) {
      c.figures += 1;
      const paragraph = paragraphs[f.paragraph] ?? '';
      const local = paragraph.indexOf(f.sentence) + (f.start ?? 0);
      const at = (starts[f.paragraph] ?? 0) + local;
      const holders = attributions.filter((a) =>
        a.content.some((s) => s.start <= at && at + f.text.length <= s.end),
      );
      const size = (a: Attribution): number => a.content.reduce((n, s) => n + s.end - s.start, 0);
      const gold = holders.sort((a, b) => size(a) - size(b))[0];
      if (!gold) {
        c.outside += 1;
        if (f.attributed) c.outsideAttributed += 1;
        continue;
      }
      if (!gold.source) continue;
      const quoted = isInsideQuote(quotes[f.paragraph] ?? [], local);
      if (PRONOUN.test(gold.source.text.trim())) {
        // Counted apart: whether ours is the person the pronoun means is not in the labels.
        c.pronoun += 1;
        continue;
      }
      c.inSourced += 1;
      if (quoted) c.quoted += 1;
      const context = showContext ? `\n    ${paragraph}` : '';
      if (f.attributed) {
        c.attributed += 1;
        if (quoted) c.quotedAttributed += 1;
        const ok = f.source !== null && sameSource(f.source, gold.source.text);
        if (ok) c.right += 1;
        if (ok && quoted) c.quotedRight += 1;
        if (!ok && verbose)
          console.log(
            `${name}${quoted ? ' [quoted]' : ''}: "${f.text}" source ${gold.source.text} | found ${f.source}${context}`,
          );
      } else if (verbose)
        console.log(
          `${name}${quoted ? ' [quoted]' : ''}: "${f.text}" source ${gold.source.text} | not attributed${context}`,
        );
    }
  }
}
const r = (a: number, b: number): string => (b === 0 ? '–' : (a / b).toFixed(3));
console.log(
  `PolNeAR ${splits.join('+')}: ${c.articles} articles, ${c.figures} figures; inside a sourced content ${c.inSourced}: attributed ${r(c.attributed, c.inSourced)}, right source ${r(c.right, c.inSourced)}; inside quotes ${c.quoted}: attributed ${r(c.quotedAttributed, c.quoted)}, right speaker ${r(c.quotedRight, c.quoted)}; (${c.pronoun} more whose source is a pronoun, left out); outside every content ${c.outside}: attributed ${r(c.outsideAttributed, c.outside)}`,
);
