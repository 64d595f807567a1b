// The event or outcome a figure counts: what happened to the people counted ("killed", "injured",
// "arrested"), or what a sum or a share is ("budget", "revenue", "turnout"). Two figures count the
// same thing only within one frame: "3 people were arrested … 40 people attended" share a noun but
// not a frame. Each family of figures has its own words (a "killed" near a sum of money says
// nothing about the sum). One class per line; the first word names the class.

import type { Token } from '../tokens';
import type { Span } from './clause';

export type FrameFamily = 'count' | 'money' | 'percent';

const COUNT_FRAMES: readonly string[] = [
  'killed kill kills killing dead died die dies dying death deaths fatalities fatality toll lives slain perished murdered massacred',
  'injured injure injuring injuries injury wounded wounding hurt hospitalised hospitalized',
  'casualties casualty',
  'arrested arrest arrests arresting detained detaining detention apprehended',
  'displaced displacing fled fleeing evacuated evacuating evacuation homeless',
  'missing unaccounted',
  'kidnapped kidnapping abducted abducting abduction',
  'rescued rescuing',
  'infected infections infection',
  'attended attending attendance',
  'laid layoffs layoff redundancies',
  'hired hiring',
  'sold selling sales',
  'voted',
];

const MONEY_FRAMES: readonly string[] = [
  'budget budgets budgeted allocated allocation appropriation',
  'cost costs costing costed spent spending spend expenditure bill',
  'revenue revenues turnover',
  'profit profits earned earnings income',
  'loss losses',
  'debt debts owes owed liabilities',
  'deal acquired acquisition bought purchase purchased takeover bid offer merger',
  'valuation valued worth',
  'funding raised funded investment invested',
  'aid assistance grant grants donation donations donated pledged relief',
  'fine fined fines penalty settlement damages compensation',
  'salary salaries wage wages pay paid bonus',
  'tax taxes tariff tariffs',
  'price prices priced',
  'deficit',
  'ransom',
];

const PERCENT_FRAMES: readonly string[] = [
  'turnout',
  'unemployment jobless',
  'inflation',
  'approval',
  'stake',
  'majority',
  'growth',
  'vote votes',
  'interest',
];

function table(lines: readonly string[]): ReadonlyMap<string, string> {
  return new Map(
    lines.flatMap((line) => {
      const words = line.split(' ');
      const name = words[0] ?? '';
      return words.map((w) => [w, name] as const);
    }),
  );
}

const FRAMES: Record<FrameFamily, ReadonlyMap<string, string>> = {
  count: table(COUNT_FRAMES),
  money: table(MONEY_FRAMES),
  percent: table(PERCENT_FRAMES),
};

/** Frames whose counted thing is people when no noun says otherwise ("the death toll rose to 30"). */
export const PEOPLE_FRAMES: ReadonlySet<string> = new Set([
  'killed',
  'injured',
  'casualties',
  'arrested',
  'displaced',
  'missing',
  'kidnapped',
  'rescued',
  'infected',
  'attended',
]);

/** The frame class the token at `at` names for a family of figures, or null. */
function frameAt(tokens: readonly Token[], at: number, family: FrameFamily): string | null {
  const word = tokens[at]?.lower ?? '';
  // "laid" names layoffs only in "laid off".
  if (word === 'laid' && tokens[at + 1]?.lower !== 'off') return null;
  return FRAMES[family].get(word) ?? null;
}

/**
 * The frame of the figure at tokens [first, end) and where its word is: the frame word nearest to
 * the figure within `span` (inside the figure counts: "30 wounded soldiers", "30 deaths"); on a
 * tie, the word before.
 */
export function findFrame(
  tokens: readonly Token[],
  span: Span,
  first: number,
  end: number,
  family: FrameFamily,
): { frame: string; at: number } | null {
  let best: { frame: string; at: number } | null = null;
  let bestDistance = Infinity;
  for (let i = span.from; i < span.to; i += 1) {
    const distance = i < first ? first - i : i >= end ? i - end + 1 : 0;
    if (distance >= bestDistance) continue;
    const frame = frameAt(tokens, i, family);
    if (frame === null) continue;
    best = { frame, at: i };
    bestDistance = distance;
  }
  return best;
}
