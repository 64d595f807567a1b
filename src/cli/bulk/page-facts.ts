// What a bulk run keeps of each report for the CSV row and the summary: counts, computed where
// the page was analysed (in its worker), so that only these few numbers and names cross threads.
import type { Report } from '../../core/report';

export interface NamedGroup {
  /** The knowledge-base id, or the name for a group the knowledge base does not know. */
  key: string;
  name: string;
  mentions: number;
}

export interface PageFacts {
  title: string | null;
  site: string | null;
  paragraphs: number;
  /** Paragraphs hidden as repeats (the headline printed again included). */
  repeats: number;
  figures: number;
  /** Figures a careful reader would ask the source of (`needsSource`). */
  needingSource: number;
  /** Of those, the ones that name none: `needsSource && !attributed`, what the popup flags. */
  unsourced: number;
  groups: number;
  /** Groups the knowledge base has background on. */
  groupsWithBackground: number;
  named: NamedGroup[];
}

export function pageFacts(report: Report): PageFacts {
  const needing = report.figures.filter((f) => f.needsSource === true);
  return {
    title: report.article.title,
    site: report.article.siteName,
    paragraphs: report.paragraphs.length,
    repeats: report.paragraphs.filter((p) => p.repeat !== undefined || p.duplicateOf !== null)
      .length,
    figures: report.figures.length,
    needingSource: needing.length,
    unsourced: needing.filter((f) => !f.attributed).length,
    groups: report.entities.length,
    groupsWithBackground: report.entities.filter((e) => e.summary !== null).length,
    named: report.entities.map((e) => ({
      key: e.id ? `id:${e.id}` : `name:${e.name}`,
      name: e.name,
      mentions: e.mentions,
    })),
  };
}
