// Shared fast-check generators for the fuzz suite: news-like words mixed with hostile text
// (every Unicode general category, lone surrogates, bidi and zero-width marks, markup as text,
// huge numbers, regex-hostile runs). Kept small so the default run stays fast; raise the run
// count with NEWSLENS_FUZZ_RUNS for a longer session (e.g. NEWSLENS_FUZZ_RUNS=2000).
import fc from 'fast-check';
import type { ArticleInput } from '../../../src/core/report';

/** Runs per property: modest by default, so the whole fuzz suite stays well under a minute. */
export const RUNS = Number(process.env.NEWSLENS_FUZZ_RUNS ?? 60);

/** One sample code point (or a lone surrogate) per Unicode general category, plus bidi controls. */
export const CATEGORY_SAMPLES: readonly string[] = [
  'A',
  'Ж',
  'ǅ',
  'ʰ',
  'ا',
  '中',
  'あ', // Lu Lu Lt Lm Lo Lo Lo
  '\u0301',
  '\u0903',
  '\u20dd', // Mn Mc Me (combining marks)
  '٣',
  '७',
  'Ⅻ',
  '½',
  '²', // Nd Nd Nl No No
  '_',
  '—',
  '‐',
  '(',
  ')',
  '«',
  '»',
  '“',
  '”',
  '‘',
  '’',
  '¿',
  '؟',
  '。', // Pc Pd Ps Pe Pi Pf Po
  '+',
  '∑',
  '$',
  '€',
  '£',
  '^',
  '©',
  '😀', // Sm Sc Sk So
  ' ',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\u2028',
  '\u2029', // Zs Zl Zp
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\u0085', // Cc
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad', // Cf zero-width, soft hyphen
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2069', // bidi
  '\ud800',
  '\udfff',
  '\udbff', // Cs: lone surrogates
  '\ue000',
  '\uf8ff', // Co
  '\u0378',
  '\uffff',
  '\ufffe', // Cn
  '\ufffd',
];

/** Words that steer the analyses into their interesting paths. */
export const NEWS_WORDS: readonly string[] = [
  'the',
  'The',
  'soldiers',
  'were',
  'killed',
  'said',
  'according',
  'to',
  'officials',
  'army',
  'spokesperson',
  'Col.',
  'Gen.',
  'U.S.',
  'J.',
  'R.',
  'Jones',
  'Dembele',
  'over',
  'more',
  'than',
  'at',
  'least',
  'about',
  'hundreds',
  'of',
  'thousands',
  'dozens',
  'million',
  'billion',
  'bn',
  'per',
  'cent',
  'percent',
  '%',
  '$',
  '£',
  '€',
  'km',
  'told',
  'Reuters',
  'BBC',
  'claimed',
  'by',
  'JNIM',
  'al-Qaeda',
  "Jama'at",
  'Nusrat',
  'al-Islam',
  'wal-Muslimin',
  'Islamic',
  'State',
  'IS',
  'Wagner',
  'Group',
  'Liberation',
  'Front',
  '(TLF)',
  'TLF',
  'United',
  'Nations',
  'UN',
  'Hamas',
  'Mali',
  'Malian',
  'Armed',
  'Forces',
  'FAMa',
  'Africa',
  'Command',
  'Ministry',
  'Defence',
  'Party',
  'National',
  'Movement',
  'for',
  'and',
  'in',
  'on',
  'a',
  'an',
  'two',
  'three',
  'ten',
  'twenty',
  'one',
  'aged',
  '45-year-old',
  'les',
  'soldats',
  'selon',
  'ont',
  'été',
  'tués',
  'trois',
  'mille',
  '30',
  '1,000',
  '2.5',
  '20-30',
  '1.2m',
  '$3bn',
  '£4m',
  '50%',
  '1e308',
  '0',
  '-0',
  '007',
  '½',
  '"',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  "'",
  '(',
  ')',
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '…',
  '-',
  '–',
  '<img src=x onerror=alert(1)>',
  '<script>window.__pwned=1</script>',
  '"><svg onload=alert(1)>',
  '&amp;',
  '&lt;',
  '{{constructor}}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

/** 1e308 and a 10,000-digit number, written out, and other extreme numerals. */
export const HUGE_NUMBERS: readonly string[] = [
  '1' + '0'.repeat(308),
  '1' + '0'.repeat(400),
  '9'.repeat(10_000),
  '1' + ',000'.repeat(200),
  '0.' + '0'.repeat(400) + '1',
  '1.7976931348623157e308',
  '1' + '0'.repeat(308) + '%',
  '$' + '9'.repeat(500) + 'bn',
];

const anyCodePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .map((cp) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp)));

/** A "word": news vocabulary, a random Unicode string, a category sample run, or a number. */
export const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS_WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: anyCodePoint, maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...CATEGORY_SAMPLES), maxLength: 5 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1e9, max: 1e12 }).map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_NUMBERS) },
  {
    weight: 1,
    // a word wrapped in combining marks or bidi/zero-width controls
    arbitrary: fc
      .tuple(fc.constantFrom(...NEWS_WORDS), fc.constantFrom(...CATEGORY_SAMPLES))
      .map(([w, m]) => m + w + m),
  },
);

const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\u00a0', '\n', '\t', '', '  ', ' — ');

/** A paragraph: up to `maxWords` words with random separators. */
export function paragraph(maxWords = 40): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(word, separator), { maxLength: maxWords })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));
}

/** Deep quote nesting: “‘«"…"»’” around a sentence, `depth` levels deep. */
export const nestedQuotes: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 400 }), paragraph(12))
  .map(([depth, inner]) => {
    const open = ['“', '‘', '«', '"', "'", '('];
    const close = ['”', '’', '»', '"', "'", ')'];
    let s = inner;
    for (let i = 0; i < depth; i += 1) s = `${open[i % 6]}${s}${close[i % 6]} he said`;
    return s;
  });

/** Paragraphs plus copies of some of them (exact, edited, or inside a longer paragraph). */
export function articleParagraphs(maxParagraphs = 12): fc.Arbitrary<string[]> {
  return fc
    .tuple(
      fc.array(
        fc.oneof({ weight: 8, arbitrary: paragraph() }, { weight: 1, arbitrary: nestedQuotes }),
        {
          maxLength: maxParagraphs,
        },
      ),
      fc.array(
        fc.tuple(fc.nat(), fc.constantFrom('exact', 'edit', 'embed', 'case'), word, fc.nat()),
        { maxLength: 6 },
      ),
    )
    .map(([paras, copies]) => {
      const out = [...paras];
      for (const [pick, how, extra, at] of copies) {
        if (out.length === 0) break;
        const source = out[pick % out.length] ?? '';
        let copy = source;
        if (how === 'edit') {
          const words = source.split(' ');
          words[at % Math.max(1, words.length)] = extra;
          copy = words.join(' ');
        } else if (how === 'embed') copy = `${extra} ${source} ${extra}`;
        else if (how === 'case') copy = source.toUpperCase();
        out.splice(Math.min(out.length, (pick % out.length) + 1 + (at % 4)), 0, copy);
      }
      return out;
    });
}

export const title: fc.Arbitrary<string | null> = fc.option(paragraph(12), { nil: null });
export const lang: fc.Arbitrary<string | null> = fc.option(
  fc.constantFrom('en', 'en-GB', 'fr', 'fr-FR', 'de', 'ar', 'zh', '', 'xx-invalid-*', 'EN'),
  { nil: null },
);

export const articleInput: fc.Arbitrary<ArticleInput> = fc.record({
  title,
  byline: fc.option(paragraph(5), { nil: null }),
  siteName: fc.option(paragraph(3), { nil: null }),
  lang,
  paragraphs: articleParagraphs(),
});

/**
 * Known figures bug (src/core/figures is owned elsewhere; reported, reproduced in
 * known-bugs.test.ts): a finite numeral times a scale word ("1e308 written out" + " million")
 * overflows to `value: Infinity`, which JSON turns into null. Tolerated here so the property keeps
 * checking everything else; remove once figures returns null (or no figure) for it.
 */

/** Elapsed milliseconds of `fn`, with its result. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}
