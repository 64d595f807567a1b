export { extractArticle, matchBlocksByText } from './extract-article';
export type { ExtractedArticle, ExtractOptions } from './extract-article';
export { blockText, collectParagraphBlocks } from './paragraph-blocks';
export { extractLargePage, isLargePage, MAX_READABILITY_ELEMENTS } from './large-page';
