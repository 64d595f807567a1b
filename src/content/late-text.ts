// Text that arrives after the first pass (observe-paragraphs.ts hands over its blocks): each new
// paragraph is checked against every paragraph before it, in arrival order, and hidden if it
// repeats one. The background found the first repeats, so the detector here is built only when
// later text comes (most pages never add any): at once for ordinary articles, so that a late
// copy is hidden before it is painted; in slices for very long ones, their first late blocks
// waiting for it.
import { createRepeatDetector, type RepeatDetector, type RepeatMark } from '../core/repeats';
import { blockText } from '../extract/paragraph-blocks';
import type { PageArticle } from './page-article';
import { inSlices } from './slices';
import { timed } from './timing';

/**
 * Articles up to this many paragraphs get their detector built in one go when text first
 * arrives (a few ms); longer ones in slices, their first late paragraphs waiting for it.
 */
export const SYNC_PRIME_MAX = 1_000;

export interface LateTextHooks {
  /** Hides `element`, a repeat found in later text. */
  hide(mark: RepeatMark, element: Element, text: string): void;
  /** A batch of later text was added to the article. */
  changed(): void;
  onError(err: unknown): void;
}

export class LateText {
  private detector: RepeatDetector | null = null;
  /** Blocks seen while a pass runs wait here (null when none runs), to keep arrival order. */
  private queued: Element[] | null = [];

  /** Blocks wait until `flush()`: the first pass is still hiding what the background found. */
  constructor(
    private readonly article: PageArticle,
    private readonly hooks: LateTextHooks,
  ) {}

  /** New paragraph blocks, in document order (the observer's callback). */
  readonly add = (blocks: Element[]): void => {
    if (this.queued) {
      this.queued.push(...blocks);
    } else if (!this.detector && this.article.input.paragraphs.length > SYNC_PRIME_MAX) {
      this.queued = [...blocks];
      const known = createRepeatDetector(this.article.input);
      const headings = new Set(this.article.input.headings);
      inSlices('late-paragraphs', this.article.input.paragraphs, (text, i) =>
        known.add(text, headings.has(i)),
      )
        .then(() => {
          this.detector = known;
          this.flush();
        })
        .catch(this.hooks.onError);
    } else {
      this.check(blocks);
    }
  };

  /** The pass that held blocks back is done: they go now, in the order they came. */
  flush(): void {
    const waiting = this.queued ?? [];
    this.queued = null;
    if (waiting.length > 0) this.add(waiting);
  }

  private check(blocks: Element[]): void {
    timed('late-paragraphs', () => {
      const detector = (this.detector ??= this.primed());
      for (const block of blocks) {
        const text = blockText(block);
        if (!text) continue;
        this.article.add(block, text);
        const mark = detector.add(text);
        if (mark) this.hooks.hide(mark, block, text);
      }
    });
    this.hooks.changed();
  }

  /**
   * A detector that knows every paragraph of the article so far, built in one go, and the
   * titles the page states and its headings as the first pass had them in the background.
   */
  private primed(): RepeatDetector {
    const { input } = this.article;
    const known = createRepeatDetector(input);
    const headings = new Set(input.headings);
    input.paragraphs.forEach((text, i) => known.add(text, headings.has(i)));
    return known;
  }
}
