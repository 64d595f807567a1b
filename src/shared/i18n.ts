// The popup's and the options page's words, from public/_locales/<lang>/messages.json through
// browser.i18n. `MessageKey` is typed from the English file, so an unknown key is a type error.
import type english from '../../public/_locales/en/messages.json';
import browser from './browser';
import type { Words } from './reasons';

export type MessageKey = keyof typeof english;

/** The message for `key`, with $1…$9 replaced by `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

let rules: Intl.PluralRules | null = null;

/** The singular or plural message for `n` (by the UI language's rules), with `n` as $1. */
export function tn(
  n: number,
  one: MessageKey,
  other: MessageKey,
  ...subs: (string | number)[]
): string {
  rules ??= new Intl.PluralRules(uiLanguage());
  return t(rules.select(n) === 'one' ? one : other, n, ...subs);
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

/** The lookup shared/reasons.ts composes with, in the browser's language. */
export const words: Words = { t, tn };
