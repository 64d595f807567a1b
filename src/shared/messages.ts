// The one message contract between the extension's parts: one map per direction (content →
// background, popup → content, popup/options → background), each message name mapped to its
// request and response. Senders and handlers are typed from these maps, and every incoming
// message is validated against its direction's validators before a handler sees it.
import type { ArticleInput, Report } from '../core/report';
import type { RepeatMark } from '../core/repeats';

/** What the content script knows about a repeat it hid (or the reader showed again). */
export interface HiddenRepeat {
  index: number;
  duplicateOf: number | null;
  kind: 'exact' | 'contained' | 'edited' | 'headline';
  changes: { from: string; to: string }[];
  /** First words, for the popup's list. */
  preview: string;
  visible: boolean;
  /** Its identity for "Wrong?" (wrong-marks.ts: repeatMarkKey of its text). */
  key: string;
  /** The reader said it is no repeat: shown, unmarked, not counted. */
  wrong: boolean;
}

/** The state of one tab as the popup shows it. */
export type PageState =
  | { status: 'no-article' }
  | { status: 'analysing'; title: string | null }
  | {
      status: 'ready';
      report: Report;
      repeats: HiddenRepeat[];
      underline: boolean;
      /** The page's address as marks are kept under it (wrong-marks.ts), or null. */
      address: string | null;
      /** The names whose mentions are highlighted in the page now (the first is the group's). */
      highlighted: string[];
    }
  | { status: 'error'; message: string };

/**
 * Where a paragraph's block is in the live page: its index among the body's elements
 * (`body.getElementsByTagName('*')`, counted as a browser counts) and the length of its text,
 * to check it is the same block. The protocol spells the shape out (shared imports nothing from
 * extract); the type checker ties it to extract's own where the two meet: the background sends
 * what extract/page-extraction.ts finds, the content script hands it to extract/locate-blocks.ts.
 */
export interface BlockLocator {
  /** -1 where no element of a browser's tree holds the paragraph (the page leaves it out). */
  index: number;
  chars: number;
}

/** The background's answer to `article:extract`: the article, where it is, what it repeats. */
export interface ExtractedPage {
  article: ArticleInput;
  /** One per paragraph of `article`. */
  blocks: BlockLocator[];
  /** The repeats among the article's paragraphs (indexes into `article.paragraphs`). */
  repeats: RepeatMark[];
}

/**
 * Content script → background. The content script runs in the page's top frame and sends
 * what the page holds; the background answers for that tab.
 */
export interface ContentToBackground {
  /**
   * One part of the page's serialised HTML, when it is longer than PAGE_PART_CHARS (each part
   * goes from its own task, so no send holds the page long). Parts come in order, `index` from
   * 0, under one `transfer` id; false when the background refused one (out of order, or over
   * the size bound).
   */
  'article:extract-part': {
    request: { transfer: string; index: number; html: string };
    response: boolean;
  };
  /**
   * Find the article in the page's serialised HTML (Readability runs there, off the page's
   * main thread); `html` is its last part of `parts`, the others sent before with
   * `article:extract-part`. Null when there is no article.
   */
  'article:extract': {
    request: { html: string; transfer: string; parts: number };
    response: ExtractedPage | null;
  };
  /**
   * The repeats among paragraphs the page read itself (very large pages, which skip
   * Readability), with the titles it states and which paragraphs are headings
   * (ArticleInput's). Indexes into `paragraphs`.
   */
  'article:repeats': {
    request: {
      title: string | null;
      paragraphs: string[];
      titles?: string[];
      headlines?: string[];
      headings?: number[];
    };
    response: RepeatMark[];
  };
  /**
   * Analyse the article the background extracted last for this tab, keeping the paragraphs at
   * `keep` (those found in the page), so the page does not send the text back. Null when the
   * background no longer has it (the content script then sends it).
   */
  'article:analyze-extracted': { request: { keep: number[] }; response: Report | null };
  /**
   * Analyse an article (figures and groups run there, with the knowledge base). `repeats` are
   * the repeats the page hid (indexes into `article.paragraphs`): the report carries them, so it
   * says what the page shows.
   */
  'article:analyze': {
    request: { article: ArticleInput; repeats: RepeatMark[] };
    response: Report;
  };
  /**
   * The badge for the sender's tab: repeats hidden now and figures flagged "no source given",
   * both without what the reader marked wrong (the page knows that; the background counts what
   * the reader's setting says).
   */
  'badge:set': { request: { hidden: number; unsourced: number }; response: void };
}

/** Popup → content script (the background's keyboard command sends the first two as well). */
export interface PopupToContent {
  /** Everything the popup shows. */
  'page:get-state': { request: Record<string, never>; response: PageState };
  /** Show or hide one repeat (by paragraph index) or all of them. */
  'page:set-repeat-visible': {
    request: { index: number | 'all'; visible: boolean };
    response: PageState;
  };
  /** Scroll to a paragraph and flash it (or a stretch of its text). */
  'page:reveal': { request: { paragraph: number; text?: string }; response: boolean };
  /** Underline unsourced figures in the page. */
  'page:set-underline': { request: { on: boolean }; response: PageState };
  /** Highlight every mention of a group. */
  'page:highlight-mentions': { request: { names: string[] }; response: number };
}

/** The extension's own pages (popup, options) → background. */
export interface UiToBackground {
  /**
   * Popup: "Run on this site", once the popup got the site's host permission: register the
   * content script for the host and start it in the tab. False without permission.
   */
  'site:run': { request: { host: string; tabId: number | null }; response: boolean };
  /** Options: forget a site the reader added (registration and permission). */
  'site:remove': { request: { host: string }; response: void };
}

/** Every message, whatever its direction. */
export type Protocol = ContentToBackground & PopupToContent & UiToBackground;
export type MessageName = keyof Protocol;
export type Request<N extends MessageName> = Protocol[N]['request'];
export type Response<N extends MessageName> = Protocol[N]['response'];
export interface Message<N extends MessageName = MessageName> {
  type: N;
  payload: Request<N>;
}

/** The request/response map of one direction. */
export type MessageMap<M> = Record<keyof M, { request: unknown; response: unknown }>;

/**
 * A handler object for every message of one direction: a missing handler is a type error.
 * `S` is what the handler learns of the sender (see message-routes.ts).
 */
export type Handlers<M extends MessageMap<M>, S> = {
  [K in keyof M]: (
    payload: M[K]['request'],
    sender: S,
  ) => Promise<M[K]['response']> | M[K]['response'];
};

/** Checks a payload of each message of one direction. */
export type Validators<M extends MessageMap<M>> = { [K in keyof M]: (payload: unknown) => boolean };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isCount = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;
/** Bounds on what a page may make the content script send (a hostile page controls the text). */
const MAX_PARAGRAPHS = 100_000;
const MAX_NAMES = 50;
/**
 * Pages are serialised and read by the background up to this (larger ones are read in the
 * page, see large-page.ts): 12x the corpus's largest page as serialised (0.32 M). Readability
 * on linkedom takes about 0.3 µs a character, and a few seconds at this bound for the worst
 * shapes within the other bounds (src/extract/page-bounds.ts).
 */
export const MAX_PAGE_HTML_CHARS = 4_000_000;
/**
 * The most text (title and paragraphs) the background analyses or checks for repeats in one
 * request: the bench's largest article, 20,000 paragraphs, is 9.75 M characters (the corpus's
 * largest 53 k). The analysis takes about 2.2 µs a character with the name tagger (21.5 s for
 * that article), the repeats about 0.5 µs.
 */
export const MAX_ARTICLE_CHARS = 12_000_000;
/** The page's HTML goes in parts of at most this many characters (a few ms of sending each). */
export const PAGE_PART_CHARS = 65_536;
const MAX_PAGE_PARTS = Math.ceil(MAX_PAGE_HTML_CHARS / PAGE_PART_CHARS);
const isTransferId = (v: unknown): boolean => typeof v === 'string' && v.length <= 100;
const isHost = (v: unknown): boolean =>
  typeof v === 'string' && v.length <= 253 && /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/i.test(v);

/** A title and paragraphs within the bounds on article text (what the background takes). */
export function isArticleText(title: unknown, paragraphs: unknown): boolean {
  if (!isStringOrNull(title) || !Array.isArray(paragraphs) || paragraphs.length > MAX_PARAGRAPHS)
    return false;
  let chars = typeof title === 'string' ? title.length : 0;
  for (const p of paragraphs) {
    if (typeof p !== 'string') return false;
    chars += p.length;
  }
  return chars <= MAX_ARTICLE_CHARS;
}

const REPEAT_KINDS: readonly unknown[] = ['exact', 'contained', 'edited', 'headline'];
/** Most changes listed for one edited copy: MAX_EDIT_OPERATIONS (24) insertions and deletions. */
const MAX_CHANGES = 24;

const isChange = (v: unknown): boolean =>
  isObject(v) && typeof v.from === 'string' && typeof v.to === 'string';

/** Repeat marks of an article of `paragraphs` paragraphs, each pointing at an earlier one. */
function isRepeatMarks(v: unknown, paragraphs: number): boolean {
  return (
    Array.isArray(v) &&
    v.length <= paragraphs &&
    v.every(
      (m) =>
        isObject(m) &&
        isCount(m.index) &&
        (m.index as number) < paragraphs &&
        (m.duplicateOf === null ||
          (isCount(m.duplicateOf) && (m.duplicateOf as number) < (m.index as number))) &&
        isObject(m.repeat) &&
        REPEAT_KINDS.includes(m.repeat.kind) &&
        Array.isArray(m.repeat.changes) &&
        m.repeat.changes.length <= MAX_CHANGES &&
        m.repeat.changes.every(isChange),
    )
  );
}

/** Most titles of one kind a page states (page-titles.ts keeps at most 8, each 300 characters). */
const MAX_TITLES = 8;
const MAX_TITLE_CHARS = 300;

const isTitles = (v: unknown): boolean =>
  v === undefined ||
  (Array.isArray(v) &&
    v.length <= MAX_TITLES &&
    v.every((t) => typeof t === 'string' && t.length <= MAX_TITLE_CHARS));

/** Indexes of headings among `paragraphs` paragraphs, when given. */
const isHeadings = (v: unknown, paragraphs: number): boolean =>
  v === undefined ||
  (Array.isArray(v) &&
    v.length <= paragraphs &&
    v.every((i) => isCount(i) && (i as number) < paragraphs));

/** What the page states of its titles and headings beside its paragraphs (optional). */
function isPageTitles(v: Record<string, unknown>, paragraphs: unknown): boolean {
  return (
    isTitles(v.titles) &&
    isTitles(v.headlines) &&
    isHeadings(v.headings, Array.isArray(paragraphs) ? paragraphs.length : 0)
  );
}

function isArticleInput(v: unknown): v is ArticleInput {
  return (
    isObject(v) &&
    isStringOrNull(v.byline) &&
    isStringOrNull(v.siteName) &&
    isStringOrNull(v.lang) &&
    isArticleText(v.title, v.paragraphs) &&
    isPageTitles(v, v.paragraphs)
  );
}

export const CONTENT_TO_BACKGROUND: Validators<ContentToBackground> = {
  'article:extract-part': (p) =>
    isObject(p) &&
    isTransferId(p.transfer) &&
    isCount(p.index) &&
    (p.index as number) < MAX_PAGE_PARTS &&
    typeof p.html === 'string' &&
    p.html.length <= PAGE_PART_CHARS,
  'article:extract': (p) =>
    isObject(p) &&
    isTransferId(p.transfer) &&
    isCount(p.parts) &&
    (p.parts as number) >= 1 &&
    (p.parts as number) <= MAX_PAGE_PARTS &&
    typeof p.html === 'string' &&
    p.html.length <= PAGE_PART_CHARS,
  'article:repeats': (p) =>
    isObject(p) && isArticleText(p.title, p.paragraphs) && isPageTitles(p, p.paragraphs),
  'article:analyze-extracted': (p) =>
    isObject(p) &&
    Array.isArray(p.keep) &&
    p.keep.length <= MAX_PARAGRAPHS &&
    p.keep.every((i) => isCount(i)),
  'article:analyze': (p) =>
    isObject(p) &&
    isArticleInput(p.article) &&
    isRepeatMarks(p.repeats, p.article.paragraphs.length),
  'badge:set': (p) => isObject(p) && isCount(p.hidden) && isCount(p.unsourced),
};

export const POPUP_TO_CONTENT: Validators<PopupToContent> = {
  'page:get-state': (p) => isObject(p),
  'page:set-repeat-visible': (p) =>
    isObject(p) && (p.index === 'all' || isCount(p.index)) && typeof p.visible === 'boolean',
  'page:reveal': (p) =>
    isObject(p) && isCount(p.paragraph) && (p.text === undefined || typeof p.text === 'string'),
  'page:set-underline': (p) => isObject(p) && typeof p.on === 'boolean',
  'page:highlight-mentions': (p) =>
    isObject(p) &&
    Array.isArray(p.names) &&
    p.names.length <= MAX_NAMES &&
    p.names.every((n) => typeof n === 'string' && n.length > 0),
};

export const UI_TO_BACKGROUND: Validators<UiToBackground> = {
  'site:run': (p) => isObject(p) && isHost(p.host) && (p.tabId === null || isCount(p.tabId)),
  'site:remove': (p) => isObject(p) && isHost(p.host),
};

/** The message when it is one of `validators`' direction with a valid payload, else null. */
export function parseMessage<M extends MessageMap<M>>(
  raw: unknown,
  validators: Validators<M>,
): { type: keyof M & string; payload: unknown } | null {
  if (!isObject(raw) || typeof raw.type !== 'string' || !Object.hasOwn(validators, raw.type))
    return null;
  const type = raw.type as keyof M & string;
  return validators[type](raw.payload) ? { type, payload: raw.payload } : null;
}

export function message<N extends MessageName>(type: N, payload: Request<N>): Message<N> {
  return { type, payload };
}
