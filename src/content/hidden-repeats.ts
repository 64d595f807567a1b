// Hides repeated paragraphs in the live page and shows them again on request.
// Consecutive repeats form one run with one marker, so a repeated block reads as one line. A copy
// shown again keeps a thin rule beside it and its marker says so; a paragraph the reader said is
// no repeat ("Wrong?") is shown plain: no rule, no marker, not counted.
import type { RepeatMark } from '../core/repeats';
import type { HiddenRepeat } from '../shared/messages';
import { repeatMarkKey } from '../shared/wrong-marks';
import { createRepeatMarker, type RepeatMarker } from './repeat-marker';
import { HIDDEN_ATTR, SHOWN_ATTR } from './page-style';

const PREVIEW_WORDS = 12;

interface Run {
  indexes: number[];
  marker: RepeatMarker | null;
  /** Kept up to date on hide, so hiding one more paragraph costs O(1), not O(run). */
  edited: boolean;
  headline: boolean;
}

type Item = HiddenRepeat & { element: Element; run: Run };

function preview(text: string): string {
  const words = text.split(' ');
  return words.length > PREVIEW_WORDS ? `${words.slice(0, PREVIEW_WORDS).join(' ')}…` : text;
}

/** The page as an item says: hidden, shown with its rule, or shown plain (no repeat after all). */
function apply(item: Item): void {
  if (item.visible) item.element.removeAttribute(HIDDEN_ATTR);
  else item.element.setAttribute(HIDDEN_ATTR, item.kind);
  if (item.visible && !item.wrong) item.element.setAttribute(SHOWN_ATTR, '');
  else item.element.removeAttribute(SHOWN_ATTR);
}

export class HiddenRepeats {
  private readonly items = new Map<number, Item>();
  private lastRun: Run | null = null;

  constructor(
    private readonly doc: Document,
    private readonly withMarkers: boolean,
    /** Whether the reader said the paragraph with this key is no repeat (wrong-marks.ts). */
    private readonly isWrong: (key: string) => boolean = () => false,
    /** After the reader (or the popup) showed, hid or unmarked repeats: the badge follows. */
    private readonly onChange: () => void = () => undefined,
  ) {}

  /** Repeats hidden now (not shown again, not said to be no repeat): what the badge counts. */
  get count(): number {
    let n = 0;
    for (const item of this.items.values()) if (!item.visible && !item.wrong) n += 1;
    return n;
  }

  list(): HiddenRepeat[] {
    return [...this.items.values()].map(({ element: _e, run: _r, ...item }) => item);
  }

  /** Every repeat hidden here (or shown again by the reader), as marks in paragraph order. */
  marks(): RepeatMark[] {
    return [...this.items.values()]
      .map(({ index, duplicateOf, kind, changes }) => ({
        index,
        duplicateOf,
        repeat: { kind, changes },
      }))
      .sort((a, b) => a.index - b.index);
  }

  /**
   * Hides `element`, the later copy described by `mark`; `show` marks it shown instead (the
   * reader does not hide repeats). Shown plain if the reader said it is no repeat.
   */
  hide(mark: RepeatMark, element: Element, text: string, show = false): void {
    const run =
      this.lastRun &&
      this.lastRun.indexes.at(-1) === mark.index - 1 &&
      this.items.get(mark.index - 1)?.visible === false
        ? this.lastRun
        : this.startRun(element);
    run.indexes.push(mark.index);
    const key = repeatMarkKey(text);
    const wrong = this.isWrong(key);
    const item: Item = {
      index: mark.index,
      duplicateOf: mark.duplicateOf,
      kind: mark.repeat.kind,
      changes: mark.repeat.changes,
      preview: preview(text),
      visible: wrong || show,
      key,
      wrong,
      element,
      run,
    };
    this.items.set(mark.index, item);
    apply(item);
    if (item.visible) {
      this.refreshMarker(run);
      return;
    }
    run.edited ||= mark.repeat.kind === 'edited';
    run.headline = mark.repeat.kind === 'headline' && (run.indexes.length === 1 || run.headline);
    // A run being built is all hidden: no need to look at its other items.
    run.marker?.update({
      count: run.indexes.length,
      edited: run.edited,
      headline: run.headline,
      visible: false,
    });
  }

  /** The marker of the run that hides paragraph `index`, if it has one. */
  markerOf(index: number): RepeatMarker | null {
    return this.items.get(index)?.run.marker ?? null;
  }

  setVisible(index: number | 'all', visible: boolean): void {
    const targets = index === 'all' ? [...this.items.keys()] : [index];
    this.setVisibleMany(targets, visible);
  }

  /**
   * After the reader's marks changed: a paragraph marked is shown plain; one unmarked is a
   * repeat again (hidden, unless `hide` is false: the reader does not hide repeats).
   */
  refreshWrong(hide: boolean): void {
    const runs = new Set<Run>();
    for (const item of this.items.values()) {
      const wrong = this.isWrong(item.key);
      if (wrong === item.wrong) continue;
      item.wrong = wrong;
      item.visible = wrong || !hide;
      apply(item);
      runs.add(item.run);
    }
    if (runs.size === 0) return;
    for (const run of runs) this.refreshMarker(run);
    this.onChange();
  }

  /** One pass over the items, then one marker update per run touched (linear, not per item). */
  private setVisibleMany(indexes: readonly number[], visible: boolean): void {
    const runs = new Set<Run>();
    for (const i of indexes) {
      const item = this.items.get(i);
      // A paragraph the reader said is no repeat stays as the page printed it.
      if (!item || item.wrong) continue;
      item.visible = visible;
      apply(item);
      runs.add(item.run);
    }
    for (const run of runs) this.refreshMarker(run);
    if (runs.size > 0) this.onChange();
  }

  /** Shows everything and removes the markers: the page is as it was. */
  restore(): void {
    for (const item of this.items.values()) {
      item.element.removeAttribute(HIDDEN_ATTR);
      item.element.removeAttribute(SHOWN_ATTR);
      item.run.marker?.element.remove();
    }
    this.items.clear();
  }

  private startRun(element: Element): Run {
    const run: Run = { indexes: [], marker: null, edited: false, headline: false };
    if (this.withMarkers) {
      run.marker = createRepeatMarker(this.doc, (visible) =>
        this.setVisibleMany(run.indexes, visible),
      );
      element.parentNode?.insertBefore(run.marker.element, element);
    }
    this.lastRun = run;
    return run;
  }

  private refreshMarker(run: Run): void {
    if (!run.marker) return;
    const items = run.indexes
      .map((i) => this.items.get(i))
      .filter((i): i is Item => i !== undefined && !i.wrong);
    run.marker.update({
      count: items.length,
      edited: items.some((i) => i.kind === 'edited'),
      headline: items.length > 0 && items.every((i) => i.kind === 'headline'),
      visible: items.every((i) => i.visible),
    });
  }
}
