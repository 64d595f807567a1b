// --summary: one short table across all pages, printed after the run.
import { terminalLine, terminalText } from '../terminal-text';
import type { PageFacts } from './page-facts';

const count = (x: number, one: string): string =>
  `${x.toLocaleString('en')} ${x === 1 ? one : `${one}s`}`;

/** The groups listed: the issue asks for the 10 named most often. */
const TOP_GROUPS = 10;

interface GroupTally {
  name: string;
  mentions: number;
  pages: number;
}

export class Summary {
  private pages = 0;
  private articles = 0;
  private repeats = 0;
  private figures = 0;
  private needingSource = 0;
  private unsourced = 0;
  private readonly groups = new Map<string, GroupTally>();

  add(facts: PageFacts | null): void {
    this.pages += 1;
    if (facts === null) return;
    this.articles += 1;
    this.repeats += facts.repeats;
    this.figures += facts.figures;
    this.needingSource += facts.needingSource;
    this.unsourced += facts.unsourced;
    for (const g of facts.named) {
      const tally = this.groups.get(g.key) ?? { name: terminalLine(g.name), mentions: 0, pages: 0 };
      tally.mentions += g.mentions;
      tally.pages += 1;
      this.groups.set(g.key, tally);
    }
  }

  /** The table; group names come from pages, so no control character is kept. */
  format(): string {
    const n = (x: number): string => x.toLocaleString('en');
    const share =
      this.needingSource === 0
        ? '-'
        : `${((100 * this.unsourced) / this.needingSource).toFixed(1)} % (${n(this.unsourced)} of the ${n(this.needingSource)} that need one)`;
    const rows: [string, string][] = [
      ['pages', n(this.pages)],
      ['articles found', `${n(this.articles)} (${n(this.pages - this.articles)} failed)`],
      ['repeats hidden', n(this.repeats)],
      ['figures', n(this.figures)],
      ['with no source', share],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    const out = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
    const top = [...this.groups.values()]
      .sort((a, b) => b.mentions - a.mentions || b.pages - a.pages || (a.name < b.name ? -1 : 1))
      .slice(0, TOP_GROUPS);
    out.push('', `groups named most often${top.length === 0 ? ': none' : ''}`);
    const nameWidth = Math.max(0, ...top.map((g) => g.name.length));
    top.forEach((g, i) => {
      const rank = String(i + 1).padStart(String(top.length).length);
      out.push(
        `  ${rank}. ${g.name.padEnd(nameWidth)}  ${count(g.mentions, 'mention')} on ${count(g.pages, 'page')}`,
      );
    });
    return terminalText(out.join('\n') + '\n');
  }
}
