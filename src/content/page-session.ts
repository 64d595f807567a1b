// One article page: extraction, hiding repeats as they arrive, and the answers the popup asks for.
import { isProbablyReaderable } from '@mozilla/readability';
import { createRepeatDetector } from '../core/repeats';
import type { ArticleInput, Report } from '../core/report';
import { blockText, extractArticle, extractLargePage, isLargePage } from '../extract';
import browser, { SETTINGS_KEY } from '../shared/browser';
import type { Handlers, PageState } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { isPausedSite, normalizeSettings, type Settings } from '../shared/settings';
import { articleRegion } from './article-region';
import { HiddenRepeats } from './hidden-repeats';
import { FLASH_ATTR, FLASH_HIGHLIGHT, MENTION_HIGHLIGHT, ensurePageStyle } from './page-style';
import { observeParagraphs, type ParagraphObserver } from './observe-paragraphs';
import { findTextRanges } from './text-range';
import { setHighlight, supportsHighlights } from './highlights';
import { FigureUnderline } from './figure-underline';
import { timed } from './timing';

/** The first repeats pass yields to the page after this much work (keeps every task short). */
const SLICE_MS = 12;
/** Later paragraphs are re-analysed together once the page has been quiet this long. */
const REANALYSE_DELAY_MS = 800;
const FLASH_MS = 2_000;

type SessionState = 'starting' | 'no-article' | 'analysing' | 'ready' | 'error';

export class PageSession {
  private state: SessionState = 'starting';
  private errorMessage = '';
  private article: ArticleInput | null = null;
  private elements: Element[] = [];
  private report: Report | null = null;
  private hidden: HiddenRepeats | null = null;
  private observer: ParagraphObserver | null = null;
  private underline: FigureUnderline | null = null;
  private settings: Settings | null = null;
  private reanalyseTimer = 0;
  private flashTimer = 0;

  constructor(
    private readonly doc: Document,
    private readonly onError: (err: unknown) => void,
  ) {}

  async start(): Promise<void> {
    // Read once: the pause check and everything after it use the same settings.
    const settings = await loadSettings();
    // A site the reader paused: nothing at all happens on it.
    if (isPausedSite(settings, this.doc.location?.hostname ?? '')) {
      this.state = 'no-article';
      return;
    }
    if (!this.doc.body || !timed('gate', () => isProbablyReaderable(this.doc))) {
      this.state = 'no-article';
      return;
    }
    // Readability blocks for seconds on huge pages; there the page's own article blocks are read.
    const extracted = timed('extract', () =>
      isLargePage(this.doc)
        ? extractLargePage(this.doc)
        : extractArticle(this.doc, { mapToSource: true }),
    );
    if (!extracted) {
      this.state = 'no-article';
      return;
    }
    this.settings = settings;
    this.article = extracted.input;
    this.elements = extracted.elements;
    const detector = createRepeatDetector(this.article.title);
    this.hidden = new HiddenRepeats(this.doc, this.settings.hiddenStyle === 'marker');
    const apply = (text: string, element: Element): void => {
      const mark = detector.add(text);
      if (!mark || !this.hidden) return;
      ensurePageStyle(this.doc);
      this.hidden.hide(mark, element, text);
      if (!this.settings?.hideRepeats) this.hidden.setVisible(mark.index, true);
    };
    // Text that arrives after extraction: the observer starts now, and what it sees during the
    // first pass waits in `queued` so that every paragraph is checked in arrival order.
    let queued: Element[] | null = [];
    const addLate = (blocks: Element[]): void => {
      timed('late-paragraphs', () => {
        for (const block of blocks) {
          const text = blockText(block);
          if (!text || !this.article) continue;
          this.article.paragraphs.push(text);
          this.elements.push(block);
          apply(text, block);
        }
      });
      this.updateBadge();
      this.scheduleReanalysis();
    };
    const paragraphs = [...this.article.paragraphs];
    const firstElements = [...this.elements];
    this.observer = timed('observe', () =>
      observeParagraphs(
        articleRegion(firstElements, this.doc),
        new WeakSet(firstElements),
        (blocks) => (queued ? queued.push(...blocks) : addLate(blocks)),
        this.onError,
      ),
    );
    // In slices, so a long article never makes one long task.
    for (let i = 0; i < paragraphs.length;) {
      timed('repeats', () => {
        const end = performance.now() + SLICE_MS;
        for (; i < paragraphs.length && performance.now() < end; i++) {
          apply(paragraphs[i] as string, firstElements[i] as Element);
        }
      });
      if (i < paragraphs.length) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const waiting: Element[] = queued;
    queued = null;
    if (waiting.length > 0) addLate(waiting);
    this.updateBadge();
    performance.mark('newslens:hidden-ready');
    await this.analyse();
  }

  stop(): void {
    this.observer?.disconnect();
    this.hidden?.restore();
    this.underline?.clear();
    clearTimeout(this.reanalyseTimer);
  }

  handlers(): Handlers<
    | 'page:get-state'
    | 'page:set-repeat-visible'
    | 'page:reveal'
    | 'page:set-underline'
    | 'page:highlight-mentions'
  > {
    return {
      'page:get-state': () => this.pageState(),
      'page:set-repeat-visible': ({ index, visible }) => {
        this.hidden?.setVisible(index, visible);
        return this.pageState();
      },
      'page:reveal': ({ paragraph, text }) => this.reveal(paragraph, text),
      'page:set-underline': async ({ on }) => {
        if (this.settings) this.settings.underlineUnsourced = on;
        await saveSetting('underlineUnsourced', on);
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
    this.state = this.report ? 'ready' : 'analysing';
    try {
      this.report = await sendToBackground('article:analyze', { article: this.article });
      this.state = 'ready';
      performance.mark('newslens:report-ready');
      this.updateBadge();
      this.applyUnderline();
    } catch (err) {
      this.state = 'error';
      this.errorMessage = 'The analysis could not run on this page.';
      this.onError(err);
    }
  }

  private scheduleReanalysis(): void {
    clearTimeout(this.reanalyseTimer);
    this.reanalyseTimer = window.setTimeout(() => void this.analyse(), REANALYSE_DELAY_MS);
  }

  private updateBadge(): void {
    const unsourced = this.report?.figures.filter((f) => !f.attributed).length ?? 0;
    sendToBackground('badge:set', { hidden: this.hidden?.count ?? 0, unsourced }).catch(
      this.onError,
    );
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
    // A hidden repeat is pointed at through its marker, which stays visible.
    const hiddenNow = element.hasAttribute('data-newslens-hidden');
    const target = hiddenNow ? (element.previousElementSibling ?? element) : element;
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

async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}));
  return normalizeSettings((stored as Record<string, unknown>)[SETTINGS_KEY]).settings;
}

async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  const current = await loadSettings();
  await browser.storage.sync.set({ [SETTINGS_KEY]: { ...current, [key]: value } });
}
