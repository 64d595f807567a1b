export { extractArticle } from './extract-article';
export type { ExtractedArticle, ExtractOptions } from './extract-article';
export { blockText, collectParagraphBlocks } from './paragraph-blocks';
