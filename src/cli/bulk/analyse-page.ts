// One page of a bulk run, start to end, as a single run would do it: read (a file here; a URL or
// standard input was read by the main thread and comes as its source), extract, analyse. Never
// throws: a bad page becomes its error line, and the run goes on.
import { Readable } from 'node:stream';
import { errorLine } from '../error-line';
import { pageReport } from '../page-report';
import { readSource, type Source } from '../read-source';
import { pageFacts, type PageFacts } from './page-facts';

/** What a worker is given: a file to read, or a source already read. */
export type PageTask = { id: number; path: string } | { id: number; source: Source };

export interface PageReported {
  id: number;
  ok: true;
  /** The report as JSON, made where it was analysed. */
  report: string;
  facts: PageFacts;
}

export interface PageFailed {
  id: number;
  ok: false;
  /** The one line a single run prints on stderr. */
  error: string;
}

export type PageOutcome = PageReported | PageFailed;

/** Files are read in the worker; nothing there reads standard input. */
const NO_STDIN = Readable.from([]);

export async function analysePage(
  task: PageTask,
  warn: (line: string) => void,
): Promise<PageOutcome> {
  try {
    const source =
      'source' in task ? task.source : await readSource(task.path, { stdin: NO_STDIN });
    const report = pageReport(source, warn);
    return { id: task.id, ok: true, report: JSON.stringify(report), facts: pageFacts(report) };
  } catch (err) {
    return { id: task.id, ok: false, error: errorLine(err) };
  }
}
