// Why two figures of one thing disagree, as far as the article says: the later one says the
// count changed ("updated"), both are attributed and to different sources ("different sources"),
// or nothing explains it ("unexplained"). An update explains a disagreement best, so it is tried
// first; one attributed figure against one in the reporter's voice is unexplained.

import type { ConflictKind, ReportFigure } from '../../report';

const TITLES = new Set(
  'mr mrs ms dr prof sir col gen lt capt sgt maj the a an said spokesperson spokesman spokeswoman'.split(
    ' ',
  ),
);

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/'s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !TITLES.has(w));
}

/** Two names of one source: the last word of either ("Dembele", "army") is among the other's. */
export function sameSource(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const x = nameWords(a);
  const y = nameWords(b);
  const lastX = x.at(-1);
  const lastY = y.at(-1);
  return (lastX !== undefined && y.includes(lastX)) || (lastY !== undefined && x.includes(lastY));
}

export function conflictKind(
  earlier: ReportFigure,
  later: ReportFigure,
  laterSaysUpdated: boolean,
): ConflictKind {
  if (laterSaysUpdated) return 'updated';
  if (earlier.attributed && later.attributed && !sameSource(earlier.source, later.source))
    return 'different sources';
  return 'unexplained';
}
