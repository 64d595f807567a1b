// Thresholds of the group finder, each with the measurement that set it.

/**
 * The tagger's organisation names are kept when the best reading beats the best reading without
 * them by at least this much (score units of tagger-weights.json). Swept on the tune part of the
 * groups dev set (docs/GROUP-TAGGER.md): lower keeps more look-alikes (products, acronyms), higher
 * loses real names.
 */
export const TAGGER_MIN_MARGIN = 20;

/**
 * An everyday name of a listed group ("Apple", "Browns") counts where the tagger reads an
 * organisation over it with at least this margin: it confirms a name the knowledge base vouches
 * for, so it may be lower than TAGGER_MIN_MARGIN. Swept on the tune part like it.
 */
export const CONTEXT_ALIAS_MIN_MARGIN = 0;
