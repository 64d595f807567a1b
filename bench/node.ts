// The Node part of `npm run bench`: the CLI pipeline against plain linkedom + Readability, and
// the repeat detector's cost per paragraph from 100 to 20,000 paragraphs.
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createRepeatDetector } from '../src/core/repeats';
import { runCli } from '../src/cli/main';
import { CORPUS_DIR, readCorpusManifest } from '../tests/fixtures/shared-data';
import { median, sum } from './stats';
import { syntheticArticle } from './synthetic';

const sink = { write: () => true };

export interface CliResult {
  pages: number;
  cliMs: number;
  baselineMs: number;
  ratio: number;
  perPageRatioMedian: number;
  failures: number;
}

/**
 * One warm process, both sides from the file path: `runCli(['analyze', file, '--json'])` (the
 * code of dist/cli/newslens.js, bundled from src/cli/main.ts: readSource → sourceToArticle →
 * analyze → JSON) against readFileSync + parseHTML + new Readability(document).parse().
 * Each page: median of 3 runs each, after one warm-up pass over the corpus.
 */
export async function runCliBench(limit?: number): Promise<CliResult> {
  const files = readCorpusManifest()
    .slice(0, limit)
    .map((e) => `${CORPUS_DIR}${e.file}`);
  const io = { stdout: sink, stderr: sink, stdin: process.stdin };
  const cli = async (file: string): Promise<number> => {
    const t0 = performance.now();
    await runCli(['analyze', file, '--json'], io);
    return performance.now() - t0;
  };
  const plain = (file: string): number => {
    const t0 = performance.now();
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    new Readability(document as unknown as Document).parse();
    return performance.now() - t0;
  };
  let failures = 0;
  for (const f of files) {
    plain(f);
    if ((await runCli(['analyze', f, '--json'], io)) !== 0) failures++;
  }
  const cliTimes: number[] = [];
  const baseTimes: number[] = [];
  for (const f of files) {
    const c: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < 3; i++) {
      b.push(plain(f));
      c.push(await cli(f));
    }
    cliTimes.push(median(c));
    baseTimes.push(median(b));
  }
  return {
    pages: files.length,
    cliMs: sum(cliTimes),
    baselineMs: sum(baseTimes),
    ratio: sum(cliTimes) / sum(baseTimes),
    perPageRatioMedian: median(cliTimes.map((c, i) => c / (baseTimes[i] as number))),
    failures,
  };
}

export interface RepeatsRow {
  paragraphs: number;
  ms: number;
  usPerParagraph: number;
  operationsPerParagraph: number;
  found: number;
  planted: number;
}

export function runRepeatsBench(
  sizes: readonly number[] = [100, 1_000, 5_000, 10_000, 20_000],
): RepeatsRow[] {
  // Warm-up so the first size does not pay for compilation.
  for (const p of syntheticArticle(2_000, 7).paragraphs) createRepeatDetector(null).add(p);
  return sizes.map((size) => {
    const article = syntheticArticle(size);
    const times: number[] = [];
    let found = 0;
    let operations = 0;
    for (let run = 0; run < (size <= 1_000 ? 9 : 3); run++) {
      const detector = createRepeatDetector(article.title);
      const t0 = performance.now();
      found = 0;
      for (const p of article.paragraphs) if (detector.add(p)) found++;
      times.push(performance.now() - t0);
      operations = detector.operations;
    }
    const ms = median(times);
    return {
      paragraphs: size,
      ms,
      usPerParagraph: (ms * 1000) / size,
      operationsPerParagraph: operations / size,
      found,
      planted: article.planted,
    };
  });
}
