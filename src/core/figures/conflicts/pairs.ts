// Which figures are compared with which: each figure with the last MAX_COMPARED earlier figures
// of its key that hold its place in their sentence, newest first. The work is linear in the
// number of figures whatever the article, and the same walk serves the report and the scripts
// that measure it.

import type { ReportFigure } from '../../report';
import type { FigureLanguage } from '../language';
import { comparable, isCompared, type Comparable } from './comparable';
import { readFigures } from './reading';
import { MAX_COMPARED } from './thresholds';

/**
 * Sets each figure's place among the figures of its key in its sentence. A sentence with two
 * figures of one key tells two things apart ("from 175 gigawatts to 450 gigawatts", "30 soldiers
 * on Monday and 12 on Tuesday"), so a figure is compared only with figures that hold the same
 * place in a sentence with as many: a lone figure with lone figures, the first of a pair with
 * the first of a pair.
 */
function placeInSentence(figures: Comparable[]): void {
  const bySentence = new Map<string, Comparable[]>();
  for (const figure of figures) {
    const key = `${figure.reading.sentence}\u0000${figure.counted.key}`;
    const same = bySentence.get(key);
    if (same) same.push(figure);
    else bySentence.set(key, [figure]);
  }
  for (const same of bySentence.values())
    same.forEach((figure, k) => (figure.place = `${k}/${same.length}`));
}

/**
 * Calls `visit` with each compared pair, the earlier figure first, newest earlier figure first;
 * `visit` returns true to stop comparing the later figure with older ones.
 */
export function walkPairs(
  figures: readonly ReportFigure[],
  lang: FigureLanguage,
  visit: (earlier: Comparable, later: Comparable) => boolean,
): void {
  const comparables: Comparable[] = [];
  for (const reading of readFigures(figures, lang, isCompared)) {
    const figure = comparable(reading);
    if (figure !== null) comparables.push(figure);
  }
  placeInSentence(comparables);
  const recent = new Map<string, Comparable[]>();
  for (const figure of comparables) {
    const key = `${figure.counted.key}\u0000${figure.place}`;
    const earlier = recent.get(key) ?? [];
    for (let k = earlier.length - 1; k >= 0; k -= 1) {
      const other = earlier[k];
      if (other !== undefined && visit(other, figure)) break;
    }
    earlier.push(figure);
    if (earlier.length > MAX_COMPARED) earlier.shift();
    recent.set(key, earlier);
  }
}
