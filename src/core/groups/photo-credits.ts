// Photo credits name the agency or outlet behind a picture: "Photo by Chip Somodevilla/Getty
// Images", "Photograph: Jeenah Moon/Bloomberg/Getty Images", "Credit Jeon Heon-Kyun/EPA, via
// Shutterstock", and a caption line that is only "Devindra Hardawar/AOL". After the
// photographer's name and a slash, every name is an organisation (the guideline labels a
// credit's outlet as one). Captions sit among the paragraphs of most news pages; 17 of the
// corpus's pages carry such credits. Any language's credit reads the same.

export interface CreditName {
  /** Offsets of the organisation's name in the paragraph. */
  start: number;
  end: number;
}

/** What opens a credit ("Photo by", "Photograph:", "Image Source:", "Credit"). */
const CREDIT_WORDS = String.raw`(?:Photo(?:graph(?:er)?)?|Image(?:\s+Source)?|Picture|Credit|Illustration)(?:\s+by|\s*:)?`;
/** A photographer: two to four capitalised words, surnames in capitals too ("ANDREW CABALLERO-REYNOLDS"). */
const PERSON = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
/** An organisation's name after the slash: one to four capitalised words ("Getty Images", "The Verge"). */
const ORGANISATION = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}`;
/** One more name: "/Getty Images", " via Getty Images", ", via Shutterstock". */
const MORE = String.raw`(?:\s?\/\s?|,?\s+via\s+)`;

const CREDIT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${CREDIT_WORDS}\s+(?:${CREDIT_WORDS}\s+)?(${PERSON})\s?\/\s?(${ORGANISATION}(?:${MORE}${ORGANISATION}){0,3})`,
  'gu',
);
/** A caption line that is the credit alone: "Devindra Hardawar/AOL". */
const CREDIT_LINE = new RegExp(String.raw`^\s*(${PERSON})\s?\/\s?(${ORGANISATION})\s*$`, 'u');
const SEPARATOR = new RegExp(MORE, 'gu');
/** A cheap test before the credit pattern: one of its opening words is there. */
const CREDIT_WORD_SEEN = /Photo|Image|Picture|Credit|Illustration/;
/**
 * Longest line read as a credit alone: a name and an agency (the corpus's one, "Devindra
 * Hardawar/AOL", has 21 characters; "ANDREW CABALLERO-REYNOLDS/Agence France-Presse" 46).
 */
const MAX_CREDIT_LINE = 80;
/** "Black Friday/Cyber Monday" is two days, not a photographer and an agency. */
const CALENDAR_WORD =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b/u;

/** The organisations credited in one paragraph, in order. */
export function findCreditNames(paragraph: string): CreditName[] {
  const found: CreditName[] = [];
  // Every credit has its slash; the patterns' Unicode classes cost milliseconds to compile, paid
  // only on a page that has one.
  if (!paragraph.includes('/')) return found;
  const credits = CREDIT_WORD_SEEN.test(paragraph);
  const line = paragraph.length <= MAX_CREDIT_LINE ? CREDIT_LINE.exec(paragraph) : null;
  if (!credits && line === null) return found;
  const addNames = (names: string, at: number): void => {
    let offset = 0;
    for (const part of names.split(SEPARATOR)) {
      const start = names.indexOf(part, offset);
      offset = start + part.length;
      // "The Verge" → "Verge", as the finder writes a name that opens with "The".
      const lead = /^The\s+/u.exec(part)?.[0].length ?? 0;
      const name = part.slice(lead).replace(/[.,]+$/u, '');
      if (name.length > 0) {
        found.push({ start: at + start + lead, end: at + start + lead + name.length });
      }
    }
  };
  for (const match of credits ? paragraph.matchAll(CREDIT) : []) {
    const names = match[2] ?? '';
    addNames(names, (match.index ?? 0) + match[0].length - names.length);
  }
  if (found.length === 0 && line && !CALENDAR_WORD.test(line[0])) {
    const names = line[2] ?? '';
    addNames(names, paragraph.lastIndexOf(names));
  }
  return found;
}
