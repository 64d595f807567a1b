// The results and statistics of a game already played are a matter of record: a score ("won
// 4-1"), a record ("2-6"), a player's points, goals or yards.

import { near, type FigureInContext } from './types';

const SPORT_UNITS = new Set(
  (
    'goal goals point points yard yards touchdown touchdowns assist assists rebound rebounds ' +
    'inning innings run runs wicket wickets strike strikes save saves tackle tackles sack sacks ' +
    'lap laps stroke strokes shot shots hit hits homer homers game games match matches win wins ' +
    'loss losses set sets try tries pass passes catch catches reception receptions carries snaps'
  ).split(' '),
);
const SPORT_WORDS = new Set(
  (
    'game games match season seasons win won lose lost beat victory defeat score scored scoring ' +
    'quarter half period inning overtime playoff playoffs league team coach quarterback striker ' +
    'goalkeeper pitcher record streak tournament championship cup final finals round afc nfc ' +
    'division conference standings'
  ).split(' '),
);
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
