// Sends the page's serialised HTML to the background for extraction, in parts of at most
// PAGE_PART_CHARS: sending costs the page's main thread per character (JSON, then UTF-8), so
// one send of a 300 KB page held it 15-30 ms, plus any garbage collection that fell in that
// task. Each part goes from its own task, after the previous one was taken.
import type { ExtractedPage } from '../shared/messages';
import { pageParts } from '../shared/page-parts';
import { sendToBackground } from '../shared/send';
import { timed } from './timing';

export async function sendPageForExtraction(html: string): Promise<ExtractedPage | null> {
  const parts = pageParts(html);
  const transfer = `${performance.timeOrigin}-${Math.random()}`;
  for (let index = 0; index < parts.length - 1; index++) {
    const part = parts[index] as string;
    const accepted = await timed('send', () =>
      sendToBackground('article:extract-part', { transfer, index, html: part }),
    );
    if (!accepted) throw new Error('the background refused a part of the page');
  }
  const last = parts.at(-1) as string;
  return timed('send', () =>
    sendToBackground('article:extract', { html: last, transfer, parts: parts.length }),
  );
}
