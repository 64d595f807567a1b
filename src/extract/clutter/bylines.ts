// Bylines and datelines: the block that says who wrote the article and when ("By Justine
// Coleman - 11/18/19 11:04 PM EST", "Published 11:11 PM EST Nov 19, 2019", "2 July 2024" with
// the Share and Save buttons beside it). A byline is a name: `cleanByline` keeps the name of the
// byline Readability reads and drops the date and the button text glued to it.
import { endsSentence, textLength, words } from './block-facts';
import {
  MAX_BYLINE_WORDS,
  MAX_DATELINE_WORDS,
  MAX_HINTED_SHARE,
  MAX_WORDS_BESIDE_DATE,
} from './thresholds';

/** English month names, whole or cut short ("Nov", "Sept."), not the start of another word. */
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A day and a month: "Nov 19", "November 20th", "2 July". */
const MONTH = new RegExp(
  String.raw`\b${MONTH_NAME}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}\b`,
  'i',
);
/** A year of this century or the last, not part of a longer number (glued text allowed:
 * "2 July 2024ShareSave"). */
const YEAR = /(?<![\d.,])(19|20)\d\d(?![\d.,]\d)/;
/** A clock time ("11:04 PM EST", "0:13", "1:23 p.m."); with a dot only before am/pm, since
 * "$39.99" is a price. */
const TIME =
  /(?<![\d$€£.])\d{1,2}:\d\d(?!\d)|(?<![\d$€£.])\d{1,2}(\.\d\d)?\s*(a\.m\.|p\.m\.|am\b|pm\b)/i;
const NUMERIC_DATE = /(?<!\d)\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)/;

/** The date or time in a text, or null. */
export function findDate(text: string): RegExpExecArray | null {
  return MONTH.exec(text) ?? NUMERIC_DATE.exec(text) ?? TIME.exec(text) ?? YEAR.exec(text);
}

/** The text without its dates and times. */
function withoutDates(text: string): string {
  let rest = text;
  for (let date = findDate(rest); date; date = findDate(rest)) {
    rest = `${rest.slice(0, date.index)} ${rest.slice(date.index + date[0].length)}`;
  }
  return rest;
}

/** Words that say a line is a byline or a dateline, beside its date. */
const DATELINE_WORD =
  /\b(by|published|updated|posted|modified|publicado|publicada|pubblicato|publié|veröffentlicht|aktualisiert)\b/i;

/** "By Name", "By Name and Name": a credit line that starts with "By" and a capital. */
const BY_NAME = /^[Bb]y\s+\p{Lu}/u;
/** A time written with "a.m."/"p.m." ends with a full stop that ends no sentence. */
const CLOCK_END = /\b[ap]\.m\.$/i;
/** An em dash or a dash opening the line: the attribution of a quoted tweet or a quotation
 * ("— Josh Apte (@joshapte) November 3, 2019"), which the hand-made bodies keep. */
const ATTRIBUTION = /^[—–-]/;
const NOT_DATELINES = new Set(['TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A short block that dates the article or names its author, with no sentence of its own. */
export function isDateline(el: Element, text: string): boolean {
  if (NOT_DATELINES.has(el.tagName.toUpperCase()) || ATTRIBUTION.test(text)) return false;
  if (words(text).length > MAX_DATELINE_WORDS) return false;
  if (endsSentence(text) && !CLOCK_END.test(text)) return false;
  if (BY_NAME.test(text) && words(text).length <= MAX_BYLINE_WORDS) return true;
  if (findDate(text) === null) return false;
  // Beside the date, a few words or a dateline's own: "7th Amsterdam Light Festival 29 November
  // 2018 | 20 January 2019" is the body's title of an event.
  const rest = withoutDates(text);
  return (
    words(rest.replace(/[^\p{L}\p{N}\s]/gu, ' ')).length <= MAX_WORDS_BESIDE_DATE ||
    DATELINE_WORD.test(rest)
  );
}

/** Words of share, save and follow buttons (and their networks), lower case. */
export const BUTTON_WORDS = new Set([
  'share',
  'save',
  'saved',
  'tweet',
  'submit',
  'email',
  'e-mail',
  'print',
  'comment',
  'comments',
  'copy',
  'link',
  'pin',
  'pint',
  'facebook',
  'twitter',
  'whatsapp',
  'linkedin',
  'reddit',
  'pinterest',
  'telegram',
  'messenger',
  'flipboard',
  'x',
]);
const CAMEL_HUMP = /(\p{Ll})(\p{Lu})/gu;

/** The words of a text with glued button words apart ("2024ShareSave" → 2024 Share Save). */
const splitWords = (text: string): string[] =>
  words(text.replace(CAMEL_HUMP, '$1 $2').replace(/(\d)(\p{L})/gu, '$1 $2'));

/** A row of share buttons: most of its words are button words ("Share Tweet Submit",
 * "Whatsapp Facebook Pint Baixar"). */
export function isButtonRow(text: string): boolean {
  // Eight button words are under 100 characters: longer text is not read word by word.
  if (text.length > 100) return false;
  const all = splitWords(text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' '));
  // A bar of a few buttons, three in four of them known ("Baixar", "download", is not).
  if (all.length === 0 || all.length > 8) return false;
  const buttons = all.filter((w) => BUTTON_WORDS.has(w)).length;
  return buttons * 4 >= all.length * 3;
}

/**
 * The name of a byline, without the date, the time and the button words beside it; null when
 * nothing but those is left ("2 July 2024ShareSave" → null, "By Jane Doe, 2 July 2024" → "Jane
 * Doe").
 */
export function cleanByline(byline: string | null): string | null {
  if (!byline) return null;
  const text = withoutDates(byline.replace(CAMEL_HUMP, '$1 $2'));
  const kept = splitWords(text).filter(
    (w) => !BUTTON_WORDS.has(w.toLowerCase().replace(/[^\p{L}-]/gu, '')),
  );
  const name = kept
    .join(' ')
    .replace(/^(by|published|updated|posted( on)?)\s+/i, '')
    .replace(/^[\s,|/·•–—-]+|[\s,|/·•–—-]+$/g, '')
    .trim();
  return /\p{L}/u.test(name) ? name : null;
}

/** Class or id tokens of a byline, an author's box, a share bar or a call to act. */
const BYLINE_TOKEN =
  /^(byline|bylines|author|authors|author-bio|bio|dateline|timestamp|share|sharing|social|cta)$/i;

/** A block inside a wrapper named as a byline, an author's box or a share bar. */
export function isInBylineBox(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    const tokens = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .split(/[\s_-]+/);
    if (tokens.some((t) => BYLINE_TOKEN.test(t))) {
      return textLength(node) < textLength(root) * MAX_HINTED_SHARE;
    }
  }
  return false;
}

/** "5 min read", "Reading time: 3 minutes", "Tempo de leitura: 1 minuto": the article's length. */
const READING_TIME =
  /^(\d+\s*(min|mins|minute|minutes)\.?\s+read|(estimated\s+)?read(ing)?\s+time\b.*|tempo de leitura\b.*|temps de lecture\b.*|lesezeit\b.*|tiempo de lectura\b.*|tempo di lettura\b.*)$/i;

/** A line that gives the reading time, beside the byline. */
export const isReadingTime = (text: string): boolean =>
  words(text).length <= 6 && READING_TIME.test(text);
