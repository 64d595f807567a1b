// Conventions checked by a test (after refined-github's features.test.ts): every analysis in
// src/core/ has the same shape, is registered in analyze.ts, is tested, and is run on the sample
// article by a test; and no core file imports anything from outside src/core.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANALYSES } from '../../src/core/analyze';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORE = join(ROOT, 'src/core');
const folders = readdirSync(CORE).filter((f) => statSync(join(CORE, f)).isDirectory());
const analyzeSource = readFileSync(join(CORE, 'analyze.ts'), 'utf8');

/** The sample article's file, in ../shared/samples/. */
const SAMPLE_FILE = 'mali-attacks-as-published.txt';
/** Test helpers that read the sample, and the names under which they give it. */
const SAMPLE_READERS: Record<string, string[]> = {
  'tests/fixtures/shared-data.ts': ['readSampleLines', 'SAMPLE_PATH'],
  'tests/unit/repeats/shared-data.ts': ['maliParagraphs'],
};

/** Every .ts file under `dir`, as absolute paths. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

/** What a file imports (static, re-exported, side-effect and dynamic), with the names taken. */
function importsOf(source: string): { from: string; names: string[] }[] {
  const found: { from: string; names: string[] }[] = [];
  const STATIC = /\b(?:import|export)\s+(?:type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const [, names = '', from = ''] of source.matchAll(STATIC)) {
    found.push({
      from,
      names: [...names.matchAll(/([A-Za-z_$][\w$]*)(?:\s*,|\s*}|$)/g)].map((m) => m[1] as string),
    });
  }
  for (const [, from = ''] of source.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)) {
    found.push({ from, names: [] });
  }
  for (const [, from = ''] of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push({ from, names: [] });
  }
  return found;
}

/** A relative import resolved to a path under ROOT ('' for a package or Node module). */
function resolved(file: string, from: string): string {
  return from.startsWith('.') ? relative(ROOT, resolve(dirname(file), from)) : '';
}

/** Whether an import of a core file leaves src/core: a package, a Node module, a path outside. */
function leavesCore(file: string, from: string): boolean {
  const path = resolved(file, from);
  return path === '' || !path.startsWith('src/core/');
}

/** Whether a test file (`source`, read from `file` if not given) runs `name` on the sample. */
function runsOnSample(file: string, name: string, source = readFileSync(file, 'utf8')): boolean {
  const imports = importsOf(source).map((i) => ({ ...i, path: resolved(file, i.from) }));
  const callsAnalysis = imports.some(
    (i) => i.path === `src/core/${name}` || i.path.startsWith(`src/core/${name}/`),
  );
  const readsSample =
    source.includes(SAMPLE_FILE) ||
    imports.some((i) =>
      Object.entries(SAMPLE_READERS).some(
        ([helper, names]) =>
          i.path === helper.replace(/\.ts$/, '') && i.names.some((n) => names.includes(n)),
      ),
    );
  return callsAnalysis && readsSample;
}

describe('analyses in src/core', () => {
  it('every folder is a registered analysis and every registered analysis has a folder', () => {
    expect(ANALYSES.length).toBeGreaterThan(0);
    expect([...folders].sort()).toEqual([...ANALYSES].sort());
  });

  it.each([...ANALYSES])(
    '%s: index.ts with a header comment, imported by analyze.ts, tested',
    (name) => {
      const index = join(CORE, name, 'index.ts');
      expect(existsSync(index), `${name}/index.ts`).toBe(true);
      expect(readFileSync(index, 'utf8').trimStart()).toMatch(/^(\/\/|\/\*)/);
      expect(analyzeSource).toContain(`from './${name}'`);
      const tests = join(ROOT, 'tests/unit', name);
      expect(
        existsSync(tests) && readdirSync(tests).some((f) => f.endsWith('.test.ts')),
        `tests/unit/${name}/`,
      ).toBe(true);
    },
  );

  it('the helpers counted as reading the sample do read it', () => {
    for (const [helper, names] of Object.entries(SAMPLE_READERS)) {
      const source = readFileSync(join(ROOT, helper), 'utf8');
      expect(source, helper).toContain(SAMPLE_FILE);
      for (const n of names)
        expect(source, `${helper} exports ${n}`).toMatch(
          new RegExp(`export (?:function|const) ${n}\\b`),
        );
    }
  });

  it.each([...ANALYSES])('%s: run on the sample article by at least one test', (name) => {
    const tests = tsFiles(join(ROOT, 'tests/unit', name)).filter((f) => f.endsWith('.test.ts'));
    expect(tests.filter((f) => runsOnSample(f, name)).map((f) => relative(ROOT, f))).not.toEqual(
      [],
    );
  });

  it('core files import nothing from outside src/core (the browser layers, the DOM libraries, Node)', () => {
    const files = tsFiles(CORE);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter(({ from }) => leavesCore(file, from))
        .map(({ from }) => `${relative(ROOT, file)}: ${from}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the checks above catch what they guard', () => {
  it('an import that leaves src/core, however many levels up, or of a package, is seen', () => {
    const file = join(CORE, 'figures/attribution/probe.ts');
    const outside = (from: string): boolean => leavesCore(file, from);
    expect(outside('../../../shared/messages')).toBe(true);
    expect(outside('../../../extract')).toBe(true);
    expect(outside('../../../../tests/fixtures/shared-data')).toBe(true);
    expect(outside('linkedom')).toBe(true);
    expect(outside('node:fs')).toBe(true);
    expect(outside('../lexicon')).toBe(false);
    expect(outside('../../report')).toBe(false);
    expect(
      importsOf("import type { A } from '../x';\nexport { b } from './y';\nimport './z';").map(
        (i) => i.from,
      ),
    ).toEqual(['../x', './y', './z']);
  });

  it('a test that mentions "sample" but neither reads the sample nor runs the analysis is not counted', () => {
    const probe = (source: string): boolean =>
      runsOnSample(join(ROOT, 'tests/unit/figures/probe.test.ts'), 'figures', source);
    const analysis = "import { findFigures } from '../../../src/core/figures';\n";
    expect(probe(`${analysis}const sample = 'a sample sentence';`)).toBe(false);
    expect(
      probe(`${analysis}import { readCorpusManifest } from '../../fixtures/shared-data';`),
    ).toBe(false);
    expect(probe(`import { readSampleLines } from '../../fixtures/shared-data';`)).toBe(false);
    expect(probe(`${analysis}import { readSampleLines } from '../../fixtures/shared-data';`)).toBe(
      true,
    );
    expect(probe(`${analysis}const p = '${SAMPLE_FILE}';`)).toBe(true);
  });
});
