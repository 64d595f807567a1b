// Captions and photo credits: the text of an image's wrapper ("The first global geologic map of
// Titan. (NASA/JPL-Caltech/ASU)") and credit lines ("(Image: © TNG Collaboration)", "Photo:
// John Locher, AP", "Fox News’ Jessica Napoli contributed to this report."). Readability keeps
// a <figure> out already (paragraph-blocks.ts skips it); these are captions in plain <div>s.
import { textLength, words } from './block-facts';
import { MAX_CAPTION_CHARS, MAX_CREDIT_WORDS } from './thresholds';

const MEDIA = ['img', 'picture', 'video'];
/** How far up an image's wrapper is looked for: the caption's parent, its grandparent. */
const WRAPPER_LEVELS = 2;

function hasMedia(el: Element): boolean {
  return MEDIA.some((tag) => el.getElementsByTagName(tag).length > 0);
}

/**
 * A block whose only text is that of a <figure> inside it (BBC's image-block: a <div> around the
 * figure, its credit and its caption): paragraph-blocks.ts skips the figure but collects the
 * <div>, which has no other block inside, with the figure's text.
 */
export function isFigureHolder(el: Element): boolean {
  const figures = [...el.getElementsByTagName('figure'), ...el.getElementsByTagName('figcaption')];
  if (figures.length === 0) return false;
  const clone = el.cloneNode(true) as Element;
  for (const tag of ['figure', 'figcaption']) {
    for (const inner of [...clone.getElementsByTagName(tag)]) inner.remove();
  }
  return (clone.textContent ?? '').trim() === '';
}

const QUOTATION = /^["“„«‘'‹「『]/;

/** A block whose wrapper holds an image and little text besides: the image's caption. */
export function isImageCaption(el: Element, text: string, root: Element): boolean {
  // A quotation beside a portrait is what the person said (a testimonial, a pull quote), body.
  if (/^H[1-6]$/.test(el.tagName.toUpperCase()) || QUOTATION.test(text)) return false;
  let wrapper = el.parentElement;
  for (let level = 0; wrapper && wrapper !== root && level < WRAPPER_LEVELS; level++) {
    if (textLength(wrapper) > MAX_CAPTION_CHARS) return false;
    if (hasMedia(wrapper)) return true;
    wrapper = wrapper.parentElement;
  }
  return false;
}

const CREDIT_START =
  /^\(?(image|images|photo|photos|photograph|picture|credit|credits|foto)\s*(:|by\b)/i;
const COPYRIGHT = /©|ⓒ|\bcopyright\b|\ball rights reserved\b/i;
/** Picture agencies at the end of a caption ("…isn't easy.Kathrin Ziegler/Getty"). */
const AGENCY_END = /(getty images|shutterstock|\/\s*(getty|ap|reuters|afp|epa))\)?$/i;
/** Reporting credits at the end of a report. */
const REPORTING =
  /\bcontributed (reporting )?to this (report|story|article)\b|^additional reporting by\b/i;

/** A credit line: a picture's source, a copyright or the reporters who helped. */
export function isCredit(text: string): boolean {
  const count = words(text).length;
  if (REPORTING.test(text) && count <= MAX_CREDIT_WORDS) return true;
  if (count > MAX_CREDIT_WORDS) return false;
  return CREDIT_START.test(text) || COPYRIGHT.test(text) || AGENCY_END.test(text);
}
