// One source to its report: extraction, then every analysis. The heavy part of the CLI (linkedom,
// Readability, the knowledge base and the tagger), in a chunk of its own that is loaded only when
// a page is to be analysed: --help, a usage error or a missing file never load it.
import { analyze } from '../core/analyze';
import type { Report } from '../core/report';
import { analysisModels } from './models';
import type { Source } from './read-source';
import { sourceToArticle } from './source-to-article';

export function pageReport(source: Source, warn: (line: string) => void): Report {
  const article = sourceToArticle(source);
  return analyze(article, analysisModels(warn));
}
