// One article page, as a small state machine: starting → no-article, or → analysing → ready (or
// error). It wires the parts, each in its own file: the first pass (first-pass.ts), hiding what
// repeats (hidden-repeats.ts) now and in later text (observe-paragraphs.ts, late-text.ts), the
// analysis (analysis-request.ts, paced by reanalysis.ts), the reader's "Wrong?" marks
// (reader-marks.ts), the badge (badge.ts), and the answers the popup asks for.
import type { RepeatMark } from '../core/repeats';
import type { Report } from '../core/report';
import { t } from '../shared/i18n';
import {
  isArticleText,
  type Handlers,
  type PageState,
  type PopupToContent,
} from '../shared/messages';
import { isPausedSite, type Settings } from '../shared/settings';
import { requestReport } from './analysis-request';
import { articleRegion } from './article-region';
import { sendBadge } from './badge';
import { readSettings, saveUnderline, watchSettings } from './content-settings';
import { readFirstPass, type FirstPass } from './first-pass';
import { HiddenRepeats } from './hidden-repeats';
import { LateText } from './late-text';
import { highlightMentions } from './mention-highlights';
import { observeParagraphs, type ParagraphObserver } from './observe-paragraphs';
import { PageArticle } from './page-article';
import { whenPageSettled } from './page-settled';
import { ensurePageStyle } from './page-style';
import { looksLikeArticle } from './readerable-gate';
import { ReaderMarks } from './reader-marks';
import { Reanalysis } from './reanalysis';
import { recordAdditions } from './record-additions';
import { Reveal } from './reveal';
import { inSlices, yieldToPage } from './slices';
import { markStep, timed } from './timing';
import { UnsourcedUnderline } from './unsourced-underline';

/** The first pass waits for the page to paint and settle at most this long (a busy page too). */
const SETTLE_MAX_MS = 1_000;

type SessionState = 'starting' | 'no-article' | 'analysing' | 'ready' | 'error';

export class PageSession {
  private state: SessionState = 'starting';
  private errorMessage = '';
  private article: PageArticle | null = null;
  private report: Report | null = null;
  private hidden: HiddenRepeats | null = null;
  private observer: ParagraphObserver | null = null;
  private settings: Settings | null = null;
  /** Analyses after the first: paced (reanalysis.ts). */
  private readonly reanalysis = new Reanalysis(() => this.analyse());
  private readonly underline: UnsourcedUnderline;
  private readonly reveal: Reveal;
  private readonly marks: ReaderMarks;
  /** The names whose mentions are highlighted now (the popup shows it and can clear it). */
  private highlighted: string[] = [];
  private unwatch: (() => void)[] = [];

  constructor(
    private readonly doc: Document,
    private readonly onError: (err: unknown) => void,
  ) {
    this.underline = new UnsourcedUnderline(doc);
    this.reveal = new Reveal(doc);
    this.marks = new ReaderMarks(doc.location?.href ?? '');
  }

  async start(): Promise<void> {
    // Read once: the pause check and everything after it use the same settings.
    const [settings] = await Promise.all([readSettings(), this.marks.read()]);
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
      extracted = await readFirstPass(this.doc);
    } catch (err) {
      additions.take();
      this.state = 'error';
      this.errorMessage = t('errorUnreadable');
      throw err;
    }
    const earlier = additions.take();
    if (!extracted) {
      this.noArticle();
      return;
    }
    this.settings = settings;
    const article = new PageArticle(extracted.input, extracted.elements, extracted.keep);
    this.article = article;
    const hidden = new HiddenRepeats(
      this.doc,
      settings.hiddenStyle === 'marker',
      (key) => this.marks.has('repeat', key),
      () => this.updateBadge(),
    );
    this.hidden = hidden;
    const hide = (mark: RepeatMark, element: Element, text: string): void => {
      ensurePageStyle(this.doc);
      hidden.hide(mark, element, text, !this.settings?.hideRepeats);
    };
    const late = new LateText(article, {
      hide,
      changed: () => {
        this.updateBadge();
        this.reanalysis.request();
      },
      onError: this.onError,
    });
    // Later text adds to the article; the first pass hides by the paragraphs as first read.
    const paragraphs = [...article.input.paragraphs];
    const firstElements = [...article.elements];
    this.observer = timed('observe', () =>
      observeParagraphs(
        articleRegion(firstElements, this.doc),
        new WeakSet(firstElements),
        late.add,
        this.onError,
        earlier,
      ),
    );
    await inSlices('repeats', extracted.marks, (mark) =>
      hide(mark, firstElements[mark.index] as Element, paragraphs[mark.index] as string),
    );
    late.flush();
    this.unwatch = [
      this.marks.watch(() => void this.refreshMarks().catch(this.onError)),
      watchSettings(() => {
        if (this.report) this.updateBadge();
      }),
    ];
    markStep('hidden-ready');
    // The analysis request is sent from a task of its own: hiding is done, nothing waits on it.
    await yieldToPage();
    await this.reanalysis.run();
  }

  /** No article here: no trace on the page (the mark is for the benchmark and tests). */
  private noArticle(): void {
    this.state = 'no-article';
    markStep('no-article');
  }

  stop(): void {
    this.unwatch.forEach((stop) => stop());
    this.observer?.disconnect();
    this.hidden?.restore();
    this.underline.clear();
    this.reanalysis.stop();
  }

  handlers(): Handlers<PopupToContent, Record<string, never>> {
    return {
      // Marks are read again first: the popup has just written one, or the options page undone one.
      'page:get-state': async () => {
        await this.refreshMarks();
        return this.pageState();
      },
      'page:set-repeat-visible': ({ index, visible }) => {
        this.hidden?.setVisible(index, visible);
        return this.pageState();
      },
      'page:reveal': ({ paragraph, text }) => {
        const element = this.article?.elements[paragraph];
        if (!element) return false;
        this.reveal.show(element, this.hidden?.markerOf(paragraph) ?? null, text);
        return true;
      },
      'page:set-underline': async ({ on }) => {
        if (this.settings) this.settings.underlineUnsourced = on;
        await saveUnderline(on);
        this.applyUnderline();
        return this.pageState();
      },
      'page:highlight-mentions': ({ names }) => {
        this.highlighted = names;
        return highlightMentions(this.doc, this.article?.elements ?? [], names);
      },
    };
  }

  pageState(): PageState {
    const title = this.article?.input.title ?? null;
    switch (this.state) {
      case 'ready':
        return this.report && this.hidden
          ? {
              status: 'ready',
              report: this.report,
              repeats: this.hidden.list(),
              underline: this.settings?.underlineUnsourced ?? false,
              address: this.marks.address,
              highlighted: this.highlighted,
            }
          : { status: 'analysing', title };
      case 'error':
        return { status: 'error', message: this.errorMessage };
      case 'no-article':
        return { status: 'no-article' };
      default:
        return { status: 'analysing', title };
    }
  }

  private async analyse(): Promise<void> {
    const article = this.article;
    if (!article) return;
    if (!isArticleText(article.input.title, article.input.paragraphs)) {
      // Past the background's bound (later text may take it there): the last report stands.
      if (!this.report) {
        this.state = 'error';
        this.errorMessage = t('errorTooLong');
        this.updateBadge(); // the repeats hidden, at least
      }
      return;
    }
    this.state = this.report ? 'ready' : 'analysing';
    const start = performance.now();
    try {
      this.report = await requestReport(article, this.hidden?.marks() ?? []);
      this.state = 'ready';
      // With its round trip, read by the browser tests.
      markStep('report-ready', { ms: performance.now() - start });
      this.applyUnderline();
      this.updateBadge();
    } catch (err) {
      this.state = 'error';
      this.errorMessage = t('errorAnalysis');
      this.updateBadge(); // the repeats hidden, at least
      this.onError(err);
    }
  }

  /** The page's counts for the badge; the background counts what the reader chose. */
  private updateBadge(): void {
    sendBadge(this.marks.flagged(this.report).length, this.hidden?.count ?? 0).catch(this.onError);
  }

  /** Reads the reader's marks again and, if they changed, applies them to the page. */
  private async refreshMarks(): Promise<void> {
    if (!(await this.marks.refresh()) || !this.hidden) return;
    this.hidden.refreshWrong(this.settings?.hideRepeats ?? true);
    this.applyUnderline();
    this.updateBadge();
  }

  private applyUnderline(): void {
    if (!this.report) return;
    this.underline.apply(
      this.marks.flagged(this.report),
      this.article?.elements ?? [],
      this.settings?.underlineUnsourced ?? false,
    );
  }
}
