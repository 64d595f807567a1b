// Conventions checked by a test (after refined-github's features.test.ts): every analysis in
// src/core/ has the same shape, is registered in analyze.ts, and is tested.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANALYSES } from '../../src/core/analyze';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORE = `${ROOT}src/core/`;
const folders = readdirSync(CORE).filter((f) => statSync(`${CORE}${f}`).isDirectory());
const analyzeSource = readFileSync(`${CORE}analyze.ts`, 'utf8');

describe('analyses in src/core', () => {
  it('every folder is a registered analysis and every registered analysis has a folder', () => {
    expect([...folders].sort()).toEqual([...ANALYSES].sort());
  });

  it.each([...ANALYSES])(
    '%s: index.ts with a header comment, imported by analyze.ts, tested',
    (name) => {
      const index = `${CORE}${name}/index.ts`;
      expect(existsSync(index), `${name}/index.ts`).toBe(true);
      expect(
        readFileSync(index, 'utf8').trimStart().startsWith('//') ||
          readFileSync(index, 'utf8').trimStart().startsWith('/*'),
      ).toBe(true);
      expect(analyzeSource).toContain(`from './${name}'`);
      const tests = `${ROOT}tests/unit/${name}/`;
      expect(
        existsSync(tests) && readdirSync(tests).some((f) => f.endsWith('.test.ts')),
        `tests/unit/${name}/`,
      ).toBe(true);
    },
  );

  it.each([...ANALYSES])('%s: exercised on the sample article by at least one test', (name) => {
    const tests = `${ROOT}tests/unit/${name}/`;
    const uses = readdirSync(tests, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .some((f) =>
        /mali-attacks-as-published|readSampleLines|SAMPLE_PATH|sample/i.test(
          readFileSync(`${tests}${f}`, 'utf8'),
        ),
      );
    expect(uses).toBe(true);
  });

  it('core files import nothing from the browser layers, the DOM libraries or Node', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const path = `${dir}${f}`;
        if (statSync(path).isDirectory()) walk(`${path}/`);
        else if (f.endsWith('.ts')) {
          const src = readFileSync(path, 'utf8');
          if (
            /from '(node:|linkedom|@mozilla\/readability|webextension-polyfill|\.\.\/\.\.\/(content|background|popup|options|shared|extract|cli))/.test(
              src,
            )
          ) {
            offenders.push(path.slice(ROOT.length));
          }
        }
      }
    };
    walk(CORE);
    expect(offenders).toEqual([]);
  });
});
