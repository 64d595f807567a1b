// Promo and newsletter sign-offs: a line that asks the reader to follow, subscribe, sign up,
// download the app or visit the site for more ("For more from Africa, visit BBC Africa or
// follow us on social media.", "Get the latest updates right in your inbox. Subscribe to
// NJ.com’s newsletters."). Read from the text alone, so plain-text articles lose them too.
import { words } from './block-facts';
import { MAX_SIGN_OFF_WORDS } from './thresholds';

/** Where a sentence (or a clause after a colon or a dash) starts. */
const START = String.raw`(?:^|[.!?:;]["”’]?\s+|[—–]\s*)`;
/** Asks made to the reader, as a sentence opens with them. */
const ASK = new RegExp(
  START +
    String.raw`(?:` +
    [
      String.raw`follow (?:us|@\w+)\b`,
      // Subscribing to the site, not to a product the article is about.
      String.raw`(?:subscribe|sign up|signup|register) (?:now |today )?(?:to|for)\b(?:[^.!?]|\.(?=\S)){0,60}\b(?:newsletters?|inbox|our|channel|updates|daily|weekly|stay)\b`,
      String.raw`(?:subscribe|sign up)[.!]?$`,
      String.raw`click here\b`,
      String.raw`(?:download|get) (?:the|our) [^.!?]{0,40}\bapp\b`,
      String.raw`for more (?:from|on|news|stories)\b[^.!?]{0,60}\b(?:visit|follow|go to|see)\b`,
      String.raw`(?:if you (?:enjoyed|liked) this (?:article|story)\b)`,
      String.raw`(?:have a (?:news )?tip\?)`,
    ].join('|') +
    ')',
  'i',
);

/** A short line that asks the reader to follow, subscribe or come back for more. */
export function isSignOff(text: string): boolean {
  return words(text).length <= MAX_SIGN_OFF_WORDS && ASK.test(text.trim());
}

/** The label of an advertisement slot, in the corpus's languages. */
const AD_LABEL =
  /^[\s(]*(advertisement|advertising|sponsored( content)?|ad|ads|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|iklan|reklama|реклама|광고)[\s):.]*$/i;

/** A line that only labels an advertisement. */
export const isAdLabel = (text: string): boolean => AD_LABEL.test(text);
