// Which grammar a text is read with. English is the default; French is the one second language
// with its own number words and reporting cues.

export type FigureLanguage = 'en' | 'fr';

/** Maps a page language tag ("fr-FR", "en", null) onto one of the grammars this module knows. */
export function figureLanguage(lang: string | null): FigureLanguage {
  return lang !== null && lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
