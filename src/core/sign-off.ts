// Promo and newsletter sign-offs: a line that asks the reader to follow, subscribe, sign up,
// download the app or visit the site for more ("For more from Africa, visit BBC Africa or
// follow us on social media.", "Get the latest updates right in your inbox. Subscribe to
// NJ.com’s newsletters."). They stay paragraphs of the article, so a sign-off the page prints
// twice is hidden like any repeat (issue 17), but no figure or group is read in them: the
// outlet's own name in "visit BBC Africa" is no group the article names (issue 15).

/**
 * Longest sign-off or promo line (words): those of the body-share tune part run to 32 ("Start
 * your day with the Opening Bell…"). A 55-word "Follow @… on Twitter" paragraph with a deals
 * site's disclaimers is left in: a limit above it raised the tune part only.
 */
export const MAX_SIGN_OFF_WORDS = 40;

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
  const words = text.split(' ').filter((w) => w.length > 0).length;
  return words <= MAX_SIGN_OFF_WORDS && ASK.test(text.trim());
}
