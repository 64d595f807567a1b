// Hides repeated paragraphs in the live page and shows them again on request.
// Consecutive repeats form one run with one marker, so a repeated block reads as one line.
import type { RepeatMark } from '../core/repeats';
import type { HiddenRepeat } from '../shared/messages';
import { createRepeatMarker, type RepeatMarker } from './repeat-marker';
import { HIDDEN_ATTR } from './page-style';

const PREVIEW_WORDS = 12;

interface Run {
  indexes: number[];
  marker: RepeatMarker | null;
  /** Kept up to date on hide, so hiding one more paragraph costs O(1), not O(run). */
  edited: boolean;
}

function preview(text: string): string {
  const words = text.split(' ');
  return words.length > PREVIEW_WORDS ? `${words.slice(0, PREVIEW_WORDS).join(' ')}…` : text;
}

export class HiddenRepeats {
  private readonly items = new Map<number, HiddenRepeat & { element: Element; run: Run }>();
  private lastRun: Run | null = null;

  constructor(
    private readonly doc: Document,
    private readonly withMarkers: boolean,
  ) {}

  get count(): number {
    return this.items.size;
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

  /** Hides `element`, the later copy described by `mark`. */
  hide(mark: RepeatMark, element: Element, text: string): void {
    const run =
      this.lastRun &&
      this.lastRun.indexes.at(-1) === mark.index - 1 &&
      this.items.get(mark.index - 1)?.visible === false
        ? this.lastRun
        : this.startRun(element);
    run.indexes.push(mark.index);
    this.items.set(mark.index, {
      index: mark.index,
      duplicateOf: mark.duplicateOf,
      kind: mark.repeat.kind,
      changes: mark.repeat.changes,
      preview: preview(text),
      visible: false,
      element,
      run,
    });
    element.setAttribute(HIDDEN_ATTR, mark.repeat.kind);
    run.edited ||= mark.repeat.kind === 'edited';
    // A run being built is all hidden: no need to look at its other items.
    run.marker?.update(run.indexes.length, run.edited, false);
  }

  /** The marker of the run that hides paragraph `index`, if it has one. */
  markerOf(index: number): RepeatMarker | null {
    return this.items.get(index)?.run.marker ?? null;
  }

  setVisible(index: number | 'all', visible: boolean): void {
    const targets = index === 'all' ? [...this.items.keys()] : [index];
    this.setVisibleMany(targets, visible);
  }

  /** One pass over the items, then one marker update per run touched (linear, not per item). */
  private setVisibleMany(indexes: readonly number[], visible: boolean): void {
    const runs = new Set<Run>();
    for (const i of indexes) {
      const item = this.items.get(i);
      if (!item) continue;
      item.visible = visible;
      if (visible) item.element.removeAttribute(HIDDEN_ATTR);
      else item.element.setAttribute(HIDDEN_ATTR, item.kind);
      runs.add(item.run);
    }
    for (const run of runs) this.refreshMarker(run);
  }

  /** Shows everything and removes the markers: the page is as it was. */
  restore(): void {
    this.setVisible('all', true);
    for (const item of this.items.values()) item.run.marker?.element.remove();
    this.items.clear();
  }

  private startRun(element: Element): Run {
    const run: Run = { indexes: [], marker: null, edited: false };
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
    const items = run.indexes.map((i) => this.items.get(i)).filter((i) => i !== undefined);
    run.marker.update(
      items.length,
      items.some((i) => i.kind === 'edited'),
      items.every((i) => i.visible),
    );
  }
}
