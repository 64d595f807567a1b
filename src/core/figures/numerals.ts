// Reads numbers written in digits ("1,200", "3.5", "1 200", "2,5") and splits off what is glued
// to them ("40km", "3bn", "21st", "10am", "1990s"). French uses a decimal comma.

import type { FigureLanguage } from './language';
import { anyLanguage } from './lexicon';

/** English: "1,200,000.5" or "1200.5". */
const ENGLISH_NUMERAL = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** French: "1.200" or "1200", decimal comma "2,5". */
const FRENCH_NUMERAL = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
/** Digits (with inner separators) and whatever letters are glued after them. */
const NUMERAL_WITH_SUFFIX = /^(\d(?:[\d.,]*\d)?)([\p{L}%°²]+)?(\/[\p{L}]+)?$/u;
const COMMAS = /,/g;
const DOTS = /\./g;
const ALL_DIGITS = /^\d+$/;

export interface Numeral {
  value: number;
  /** Lower-cased letters glued after the digits ("km", "bn", "st"), or "". */
  suffix: string;
  /** A rate's denominator glued on ("/W" in "$0.23/W"), or "". */
  perUnit: string;
  /** True for a plain run of digits with no separator ("2023"), as years are written. */
  bare: boolean;
  digits: string;
}

/** Value of a digit string, or null when its separators do not fit the language. */
export function numeralValue(digits: string, lang: FigureLanguage): number | null {
  if (lang === 'fr') {
    if (!FRENCH_NUMERAL.test(digits))
      return ENGLISH_NUMERAL.test(digits) ? englishValue(digits) : null;
    return Number(digits.replace(DOTS, '').replace(',', '.'));
  }
  return ENGLISH_NUMERAL.test(digits) ? englishValue(digits) : null;
}

function englishValue(digits: string): number {
  return Number(digits.replace(COMMAS, ''));
}

/** Reads one token as a numeral, or null if it is not digits (+ optional glued letters). */
export function readNumeral(lower: string, lang: FigureLanguage): Numeral | null {
  const match = NUMERAL_WITH_SUFFIX.exec(lower);
  if (match === null) return null;
  const digits = match[1] ?? '';
  const value = numeralValue(digits, lang);
  if (value === null || !Number.isFinite(value)) return null;
  return {
    value,
    suffix: match[2] ?? '',
    perUnit: match[3] ?? '',
    bare: ALL_DIGITS.test(digits) && match[3] === undefined,
    digits,
  };
}

/** Whether a glued suffix makes the token an ordinal ("21st", "3e", "1er"). */
export function isOrdinalSuffix(suffix: string): boolean {
  return ORDINAL_SUFFIXES.has(suffix);
}

const ORDINAL_SUFFIXES = anyLanguage('ordinalSuffixes');
