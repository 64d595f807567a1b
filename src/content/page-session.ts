// One article page: extraction, hiding repeats as they arrive, and the answers the popup asks for.
import { createRepeatDetector, type RepeatDetector, type RepeatMark } from '../core/repeats';
import { unsourcedFigures, type ArticleInput, type Report } from '../core/report';
import type { ExtractedArticle } from '../extract/extract-article';
import { isLargePage, readLargePage } from '../extract/large-page';
import { locateBlocks } from '../extract/locate-blocks';
import { blockText } from '../extract/paragraph-blocks';
import browser from '../shared/browser';
import {
  MAX_PAGE_HTML_CHARS,
  isArticleText,
  type Handlers,
  type PageState,
  type PopupToContent,
} from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { DEFAULT_SETTINGS, isPausedSite, type Settings } from '../shared/settings';
import { loadSettings, updateSettings } from '../shared/settings-store';
import { articleRegion } from './article-region';
import { HiddenRepeats } from './hidden-repeats';
import { FLASH_ATTR, FLASH_HIGHLIGHT, MENTION_HIGHLIGHT, ensurePageStyle } from './page-style';
import { observeParagraphs, type ParagraphObserver } from './observe-paragraphs';
import { whenPageSettled } from './page-settled';
import { looksLikeArticle } from './readerable-gate';
import { Reanalysis } from './reanalysis';
import { recordAdditions } from './record-additions';
import { sendPageForExtraction } from './send-page';
import { serializeForExtraction } from './serialize-page';
import { findTextRanges } from './text-range';
import { setHighlight, supportsHighlights } from './highlights';
import { FigureUnderline } from './figure-underline';
import { markStep, timed } from './timing';

/** The first repeats pass yields to the page after this much work (keeps every task short). */
const SLICE_MS = 12;
/**
 * Articles up to this many paragraphs get their late-text detector built in one go when text
 * first arrives (a few ms); longer ones in slices, their first late paragraphs waiting for it.
 */
const SYNC_PRIME_MAX = 1_000;
const FLASH_MS = 2_000;
/** The first pass waits for the page to paint and settle at most this long (a busy page too). */
const SETTLE_MAX_MS = 1_000;

/** The article as first read, and its repeats (found in the background). */
interface FirstPass extends ExtractedArticle {
  marks: RepeatMark[];
}

type SessionState = 'starting' | 'no-article' | 'analysing' | 'ready' | 'error';

export class PageSession {
  private state: SessionState = 'starting';
  private errorMessage = '';
  private article: ArticleInput | null = null;
  /** While the article is what the background extracted: the paragraphs kept, by its index. */
  private extractedKeep: number[] | null = null;
  private elements: Element[] = [];
  private report: Report | null = null;
  private hidden: HiddenRepeats | null = null;
  private observer: ParagraphObserver | null = null;
  private underline: FigureUnderline | null = null;
  private settings: Settings | null = null;
  /** Analyses after the first: paced (reanalysis.ts). */
  private readonly reanalysis = new Reanalysis(() => this.analyse());
  private flashTimer = 0;

  constructor(
    private readonly doc: Document,
    private readonly onError: (err: unknown) => void,
  ) {}

  async start(): Promise<void> {
    // Read once: the pause check and everything after it use the same settings.
    const settings = await readSettings();
    // A site the reader paused: nothing at all happens on it.
    if (isPausedSite(settings, this.doc.location?.hostname ?? '')) {
      this.state = 'no-article';
      return;
    }
    // The page's own loading work (its first paint, its scripts) goes first.
    await whenPageSettled(SETTLE_MAX_MS);
    if (!this.doc.body || !timed('gate', () => looksLikeArticle(this.doc))) {
      this.noArticle();
      return;
    }
    await yieldToPage();
    // Paragraphs a page adds while its article is being extracted are not in the extraction:
    // they are recorded and handed to the observer, which starts once the article is known.
    const additions = recordAdditions(this.doc.body);
    let extracted: FirstPass | null;
    try {
      extracted = await this.extract();
    } catch (err) {
      additions.take();
      this.state = 'error';
      this.errorMessage = 'The article could not be read on this page.';
      throw err;
    }
    const earlier = additions.take();
    if (!extracted) {
      this.noArticle();
      return;
    }
    this.settings = settings;
    this.article = extracted.input;
    this.elements = extracted.elements;
    const title = this.article.title;
    const hidden = new HiddenRepeats(this.doc, this.settings.hiddenStyle === 'marker');
    this.hidden = hidden;
    const hide = (mark: RepeatMark, element: Element, text: string): void => {
      ensurePageStyle(this.doc);
      hidden.hide(mark, element, text);
      if (!this.settings?.hideRepeats) hidden.setVisible(mark.index, true);
    };
    // The detector that checks text arriving later must know every paragraph before it. The
    // background found the first repeats, so it is built only when later text comes (most
    // pages never add any): at once for ordinary articles, so a late copy is hidden before it
    // is painted; in slices for very long ones, their first late blocks waiting for it.
    let detector: RepeatDetector | null = null;
    // Blocks seen while a pass runs wait here, so every paragraph is checked in arrival order.
    let queued: Element[] | null = [];
    const addLate = (blocks: Element[]): void => {
      timed('late-paragraphs', () => {
        if (!detector) {
          const known = createRepeatDetector(title);
          for (const text of this.article?.paragraphs ?? []) known.add(text);
          detector = known;
        }
        for (const block of blocks) {
          const text = blockText(block);
          if (!text || !this.article) continue;
          this.article.paragraphs.push(text);
          this.elements.push(block);
          this.extractedKeep = null;
          const mark = detector.add(text);
          if (mark) hide(mark, block, text);
        }
      });
      this.updateBadge();
      this.reanalysis.request();
    };
    const flushQueued = (): void => {
      const waiting = queued ?? [];
      queued = null;
      if (waiting.length > 0) onBlocks(waiting);
    };
    const onBlocks = (blocks: Element[]): void => {
      if (queued) {
        queued.push(...blocks);
      } else if (!detector && (this.article?.paragraphs.length ?? 0) > SYNC_PRIME_MAX) {
        queued = [...blocks];
        const known = createRepeatDetector(title);
        inSlices('late-paragraphs', this.article?.paragraphs ?? [], (text) => known.add(text))
          .then(() => {
            detector = known;
            flushQueued();
          })
          .catch(this.onError);
      } else {
        addLate(blocks);
      }
    };
    const paragraphs = [...this.article.paragraphs];
    const firstElements = [...this.elements];
    this.observer = timed('observe', () =>
      observeParagraphs(
        articleRegion(firstElements, this.doc),
        new WeakSet(firstElements),
        onBlocks,
        this.onError,
        earlier,
      ),
    );
    await inSlices('repeats', extracted.marks, (mark) =>
      hide(mark, firstElements[mark.index] as Element, paragraphs[mark.index] as string),
    );
    flushQueued();
    markStep('hidden-ready');
    // The analysis request is sent from a task of its own: hiding is done, nothing waits on it.
    await yieldToPage();
    await this.reanalysis.run();
  }

  /**
   * Readability runs in the background on the page's serialised HTML (off the page's main
   * thread; see docs/PERFORMANCE.md), which also finds the repeats; the answer is mapped back
   * to the live blocks here. Pages too large for Readability are read in the page, in steps,
   * without it, and only their paragraphs' text goes to the background for the repeats.
   */
  private async extract(): Promise<FirstPass | null> {
    const readLarge = async (): Promise<FirstPass | null> => {
      const reading = timed('extract-large', () => readLargePage(this.doc));
      if (!reading) return null;
      await inSteps('extract-large', (elements) => reading.walk.step(elements));
      const large = timed('extract-large', () => reading.finish());
      if (!large) return null;
      const { title, paragraphs } = large.input;
      // Text past the background's bound is not sent: no first-pass repeats then.
      const marks = isArticleText(title, paragraphs)
        ? await timed('send', () => sendToBackground('article:repeats', { title, paragraphs }))
        : [];
      return { ...large, marks };
    };
    if (isLargePage(this.doc)) return readLarge();
    const html = timed('serialize', () => serializeForExtraction(this.doc));
    if (html === null) return null;
    if (html.length > MAX_PAGE_HTML_CHARS) return readLarge();
    // Serialising and sending each cost up to tens of ms on big pages: two tasks, not one long one.
    await yieldToPage();
    const found = await sendPageForExtraction(html);
    if (!found) return null;
    // The browser parses the answer in the task that delivers it; locating goes in its own.
    await yieldToPage();
    const { article, blocks, repeats } = found;
    if (blocks.length !== article.paragraphs.length) {
      throw new Error('article:extract answered without a locator per paragraph');
    }
    return timed('locate', () => {
      const located = locateBlocks(this.doc, article.paragraphs, blocks);
      this.extractedKeep = located.from;
      // How the background's paragraphs were found in the page (read by the tests and the bench).
      const { byText, lost } = located;
      markStep('located', { direct: located.paragraphs.length - byText, byText, lost });
      if (located.paragraphs.length === 0) return null;
      // Marks are renumbered to the located paragraphs; one whose first copy was not found in
      // the page is dropped (nothing is hidden on a guess).
      const at = new Map(located.from.map((source, i) => [source, i]));
      const marks: RepeatMark[] = [];
      for (const mark of repeats) {
        const index = at.get(mark.index);
        const duplicateOf = mark.duplicateOf === null ? null : at.get(mark.duplicateOf);
        if (index !== undefined && duplicateOf !== undefined) {
          marks.push({ ...mark, index, duplicateOf });
        }
      }
      return {
        input: { ...article, paragraphs: located.paragraphs },
        elements: located.elements,
        marks,
      };
    });
  }

  /** No article here: no trace on the page (the mark is for the benchmark and tests). */
  private noArticle(): void {
    this.state = 'no-article';
    markStep('no-article');
  }

  stop(): void {
    this.observer?.disconnect();
    this.hidden?.restore();
    this.underline?.clear();
    this.reanalysis.stop();
  }

  handlers(): Handlers<PopupToContent, Record<string, never>> {
    return {
      'page:get-state': () => this.pageState(),
      'page:set-repeat-visible': ({ index, visible }) => {
        this.hidden?.setVisible(index, visible);
        return this.pageState();
      },
      'page:reveal': ({ paragraph, text }) => this.reveal(paragraph, text),
      'page:set-underline': async ({ on }) => {
        if (this.settings) this.settings.underlineUnsourced = on;
        await updateSettings(browser.storage, (s) => ({ ...s, underlineUnsourced: on }));
        this.applyUnderline();
        return this.pageState();
      },
      'page:highlight-mentions': ({ names }) => this.highlightMentions(names),
    };
  }

  pageState(): PageState {
    switch (this.state) {
      case 'ready':
        return this.report && this.hidden
          ? {
              status: 'ready',
              report: this.report,
              repeats: this.hidden.list(),
              underline: this.settings?.underlineUnsourced ?? false,
            }
          : { status: 'analysing', title: this.article?.title ?? null };
      case 'error':
        return { status: 'error', message: this.errorMessage };
      case 'no-article':
        return { status: 'no-article' };
      default:
        return { status: 'analysing', title: this.article?.title ?? null };
    }
  }

  private async analyse(): Promise<void> {
    if (!this.article) return;
    if (!isArticleText(this.article.title, this.article.paragraphs)) {
      // Past the background's bound (later text may take it there): the last report stands.
      if (!this.report) {
        this.state = 'error';
        this.errorMessage = 'This article is too long to check.';
        this.updateBadge(); // the repeats hidden, at least
      }
      return;
    }
    this.state = this.report ? 'ready' : 'analysing';
    const start = performance.now();
    try {
      // Sending costs the page's main thread too (about 1 ms per 10 KB in Chromium), so the
      // article the background extracted is not sent back; later text changes that.
      // The background sets the badge from the report and this count.
      const keep = this.extractedKeep;
      const article = this.article;
      const hidden = this.hidden?.count ?? 0;
      const report =
        keep &&
        (await timed('send', () =>
          sendToBackground('article:analyze-extracted', { keep, hidden }),
        ));
      this.report =
        report ??
        (await timed('send', () => sendToBackground('article:analyze', { article, hidden })));
      this.state = 'ready';
      // With its round trip, read by the browser tests.
      markStep('report-ready', { ms: performance.now() - start });
      this.applyUnderline();
    } catch (err) {
      this.state = 'error';
      this.errorMessage = 'The analysis could not run on this page.';
      this.updateBadge(); // the repeats hidden, at least
      this.onError(err);
    }
  }

  private updateBadge(): void {
    const unsourced = this.report ? unsourcedFigures(this.report) : 0;
    const hidden = this.hidden?.count ?? 0;
    timed('send', () => sendToBackground('badge:set', { hidden, unsourced })).catch(this.onError);
  }

  private applyUnderline(): void {
    if (!this.report) return;
    const on = this.settings?.underlineUnsourced ?? false;
    if (!on) {
      this.underline?.clear();
      return;
    }
    ensurePageStyle(this.doc);
    this.underline ??= new FigureUnderline(this.doc);
    this.underline.show(
      this.report.figures.filter((f) => !f.attributed),
      this.elements,
    );
  }

  private reveal(paragraph: number, text: string | undefined): boolean {
    const element = this.elements[paragraph];
    if (!element) return false;
    ensurePageStyle(this.doc);
    // A hidden repeat is pointed at through its marker, which stays visible and flashes itself.
    const hiddenNow = element.hasAttribute('data-newslens-hidden');
    const marker = hiddenNow ? (this.hidden?.markerOf(paragraph) ?? null) : null;
    marker?.flash(FLASH_MS);
    const target =
      marker?.element ?? (hiddenNow ? element.previousElementSibling : null) ?? element;
    target.scrollIntoView({ block: 'center', behavior: 'auto' });
    const ranges = text && !hiddenNow ? findTextRanges(element, text, 1) : [];
    this.doc.querySelectorAll(`[${FLASH_ATTR}]`).forEach((el) => el.removeAttribute(FLASH_ATTR));
    target.setAttribute(FLASH_ATTR, '');
    if (ranges.length > 0 && supportsHighlights()) setHighlight(FLASH_HIGHLIGHT, ranges);
    clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => {
      target.removeAttribute(FLASH_ATTR);
      setHighlight(FLASH_HIGHLIGHT, []);
    }, FLASH_MS);
    return true;
  }

  private highlightMentions(names: string[]): number {
    ensurePageStyle(this.doc);
    const ranges: Range[] = [];
    this.elements.forEach((el) => {
      if (el.hasAttribute('data-newslens-hidden')) return;
      for (const name of names) ranges.push(...findTextRanges(el, name));
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    setHighlight(MENTION_HIGHLIGHT, ranges);
    const first = ranges[0]?.startContainer.parentElement;
    first?.scrollIntoView({ block: 'center', behavior: 'auto' });
    return ranges.length;
  }
}

/** Elements a walk visits between two checks of the clock. */
const ELEMENTS_PER_CHECK = 200;

/**
 * Lets the page run its own tasks (input, paint) before ours goes on. The `yield` mark tells the
 * bench that the work before and after it ran in separate tasks, however short the gap.
 */
function yieldToPage(): Promise<void> {
  markStep('yield');
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs a stepwise job (`step` true when done) in slices of SLICE_MS, yielding between them. */
async function inSteps(name: string, step: (elements: number) => boolean): Promise<void> {
  for (;;) {
    const done = timed(name, () => {
      const end = performance.now() + SLICE_MS;
      let finished = false;
      while (!finished && performance.now() < end) finished = step(ELEMENTS_PER_CHECK);
      return finished;
    });
    if (done) return;
    await yieldToPage();
  }
}

/** Runs `fn` over `items` in slices of SLICE_MS, yielding to the page between them. */
async function inSlices<T>(
  name: string,
  items: readonly T[],
  fn: (item: T, index: number) => void,
): Promise<void> {
  let i = 0;
  if (items.length > 0) {
    await inSteps(name, () => {
      fn(items[i] as T, i);
      return ++i >= items.length;
    });
  }
}

/** The reader's settings; the defaults when storage cannot be read. */
async function readSettings(): Promise<Settings> {
  return loadSettings(browser.storage).then(
    (r) => r.settings,
    () => ({ ...DEFAULT_SETTINGS }),
  );
}
