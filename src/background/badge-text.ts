// What the toolbar badge shows for a page: the number the reader chose it to count (settings'
// `badge`) and a tooltip that says what that number counts and gives both counts. Pure.
import type { MessageKey } from '../shared/i18n';
import type { Words } from '../shared/reasons';
import type { BadgeCounts } from '../shared/settings';

/** What the page has for the reader: figures flagged "no source given", repeats hidden now. */
export interface PageCounts {
  unsourced: number;
  hidden: number;
}

const WHAT: Readonly<Record<BadgeCounts, MessageKey>> = {
  attention: 'badgeCountsAttention',
  figures: 'badgeCountsFigures',
  repeats: 'badgeCountsRepeats',
  off: 'badgeCountsOff',
};

export function badgeNumber(mode: BadgeCounts, counts: PageCounts): number {
  switch (mode) {
    case 'attention':
      return counts.unsourced + counts.hidden;
    case 'figures':
      return counts.unsourced;
    case 'repeats':
      return counts.hidden;
    case 'off':
      return 0;
  }
}

export function badgeText(mode: BadgeCounts, counts: PageCounts): string {
  const n = badgeNumber(mode, counts);
  return n === 0 ? '' : n > 999 ? '999+' : String(n);
}

/** "Newslens", both counts, then what the number counts: three lines. */
export function badgeTitle(w: Words, mode: BadgeCounts, counts: PageCounts): string {
  const found = [
    w.tn(counts.unsourced, 'badgeUnsourcedOne', 'badgeUnsourcedOther'),
    w.tn(counts.hidden, 'badgeHiddenOne', 'badgeHiddenOther'),
  ].join(' · ');
  return [w.t('extName'), found, w.t(WHAT[mode])].join('\n');
}
