// A statute's or a court's numbers are a matter of record: the maximum penalty a charge carries
// ("faces up to 10 years in prison and a $250,000 fine"), a sentence handed down, the counts of an
// indictment ("six counts", "nine state charges").

import { anyLanguage } from '../lexicon';
import { near, type FigureInContext } from './types';

const PENALTY_WORDS = anyLanguage('penaltyWords');
const CHARGE_NOUNS = anyLanguage('chargeNouns');
const WINDOW = 6;

export function isPenaltyFigure(figure: FigureInContext): boolean {
  const counted = figure.counted ?? '';
  if (CHARGE_NOUNS.has(counted)) return true;
  const timeOrMoney = figure.kind === 'money' || /^(?:years?|months?|days?|weeks?)$/u.test(counted);
  return timeOrMoney && near(figure, PENALTY_WORDS, WINDOW);
}
