// The results and statistics of a game already played are a matter of record: a score ("won
// 4-1"), a record ("2-6"), a player's points, goals or yards.

import { anyLanguage } from '../lexicon';
import { near, type FigureInContext } from './types';

const SPORT_UNITS = anyLanguage('sportUnits');
const SPORT_WORDS = anyLanguage('sportWords');
/** "4-1", "24-17", "2–6": a score or a record. */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/u;
const WINDOW = 8;
/** A score reads as sport with a sport word anywhere in a sentence of ordinary length. */
const SCORE_WINDOW = 40;

export function isSportFigure(figure: FigureInContext): boolean {
  // A bare score or record reads as sport anywhere in a sentence about a game.
  if (SCORE.test(figure.text)) return near(figure, SPORT_WORDS, SCORE_WINDOW);
  const counted = figure.counted ?? '';
  return SPORT_UNITS.has(counted) && near(figure, SPORT_WORDS, WINDOW);
}
