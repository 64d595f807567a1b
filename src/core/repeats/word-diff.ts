// Word-level diff between two token-id sequences (Myers' O((n+m)·D) algorithm) with a hard cap on
// the number of edits, so a pair that is not a near-copy is abandoned after a bounded amount of
// work however long the paragraphs are. Used only on candidate pairs, never on all pairs.

/** One changed stretch: tokens [aStart, aEnd) of the first copy became [bStart, bEnd) of the second. */
export interface ChangedRange {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Counts the elementary steps taken, so callers can assert that work grows linearly. */
export interface WorkCounter {
  steps: number;
}

/** The changed ranges turning `a` into `b`, or null when more than `maxEdits` token insertions and
 * deletions are needed. A substituted word counts as two edits (one deletion, one insertion). */
export function diffTokens(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  maxEdits: number,
  work: WorkCounter,
): ChangedRange[] | null {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  work.steps += prefix + suffix;
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  if (n === 0 && m === 0) return [];
  if (Math.abs(n - m) > maxEdits) return null;

  const offset = maxEdits + 1;
  const v = new Int32Array(2 * maxEdits + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= maxEdits; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      const snakeStart = x;
      while (x < n && y < m && a[prefix + x] === b[prefix + y]) {
        x++;
        y++;
      }
      work.steps += 1 + x - snakeStart;
      v[offset + k] = x;
      if (x >= n && y >= m) return collectRanges(trace, offset, d, n, m, prefix);
    }
  }
  return null;
}

/** Walks the Myers trace back from (n, m) and groups adjacent edits into ranges. */
function collectRanges(
  trace: Int32Array[],
  offset: number,
  edits: number,
  n: number,
  m: number,
  prefix: number,
): ChangedRange[] {
  const steps: { x: number; y: number; deletion: boolean }[] = [];
  let x = n;
  let y = m;
  for (let d = edits; d > 0; d--) {
    const v = trace[d] ?? new Int32Array(0);
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
    const previousK = down ? k + 1 : k - 1;
    const previousX = v[offset + previousK] ?? 0;
    const previousY = previousX - previousK;
    steps.push({ x: previousX, y: previousY, deletion: !down });
    x = previousX;
    y = previousY;
  }
  steps.reverse();
  const ranges: ChangedRange[] = [];
  for (const step of steps) {
    const endX = step.x + (step.deletion ? 1 : 0);
    const endY = step.y + (step.deletion ? 0 : 1);
    const last = ranges[ranges.length - 1];
    if (last && last.aEnd === prefix + step.x && last.bEnd === prefix + step.y) {
      last.aEnd = prefix + endX;
      last.bEnd = prefix + endY;
    } else {
      ranges.push({
        aStart: prefix + step.x,
        aEnd: prefix + endX,
        bStart: prefix + step.y,
        bEnd: prefix + endY,
      });
    }
  }
  return ranges;
}
