// Advertisement labels Readability keeps in its article: no text of the article. (Promo and
// newsletter sign-offs stay paragraphs, so a sign-off printed twice is hidden as a repeat; the
// analysis reads no figure or group in them: src/core/sign-off.ts.)

/** The label of an advertisement slot, in the corpus's languages. */
const AD_LABEL =
  /^[\s(]*(advertisement|advertising|sponsored( content)?|ad|ads|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|iklan|reklama|реклама|광고)[\s):.]*$/i;

/** A line that only labels an advertisement. */
export const isAdLabel = (text: string): boolean => AD_LABEL.test(text);
