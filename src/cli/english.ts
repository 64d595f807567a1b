// The CLI speaks the popup's English: the same messages file (public/_locales/en), so a reason, a
// count or a label reads the same in the terminal and in the browser.
import messages from '../../public/_locales/en/messages.json';
import type { MessageKey } from '../shared/i18n';
import type { Words } from '../shared/reasons';

/** The message for `key`, with $1…$9 replaced by `subs` (as browser.i18n.getMessage does). */
export function english(key: MessageKey, ...subs: (string | number)[]): string {
  const entry = (messages as Record<string, { message: string } | undefined>)[key];
  return (entry?.message ?? key).replace(/\$(\d)/g, (_, d: string) =>
    String(subs[Number(d) - 1] ?? ''),
  );
}

export const englishWords: Words = {
  t: english,
  tn: (n, one, other, ...subs) => english(n === 1 ? one : other, n, ...subs),
};
