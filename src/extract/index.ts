export { extractArticle } from './extract-article';
export { matchBlocksByText } from './text-matcher';
export type { ArticleBlocks, ExtractedArticle, ExtractOptions } from './extract-article';
export { blockText, collectParagraphBlocks } from './paragraph-blocks';
export { extractLargePage, isLargePage, MAX_READABILITY_ELEMENTS } from './large-page';
export { extractPage, type PageExtraction } from './page-extraction';
export { elementOrder } from './element-order';
