// The layers of docs/ARCHITECTURE.md are rules that lint can see (eslint.config.js): small
// files, generated here at paths inside each layer, are linted with the project's config. A
// forbidden import and a global outside the layer's set must fail; the same code where the
// layer allows it must pass, so the test fails if the zones fail everything or nothing.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** The rules that fail on `code` placed at `path` (the file need not exist). */
async function failures(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  if (!result) throw new Error(`nothing linted for ${path}`);
  return result.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const ruleOf = (messages: string[]): string[] => messages.map((m) => m.split(':')[0] as string);

describe('layers in lint', () => {
  it('a forbidden import fails in core, and so does a DOM or Node global', async () => {
    const imports = await failures(
      'src/core/figures/lint-probe.ts',
      "import { parseHtml } from '../../extract/parse-html';\nexport const probe = parseHtml;\n",
    );
    expect(ruleOf(imports)).toEqual(['no-restricted-imports']);
    expect(imports[0]).toMatch(/src\/core is pure/);
    const dom = await failures(
      'src/core/figures/lint-probe.ts',
      'export const title = (): string => document.title;\n',
    );
    expect(dom).toEqual(["no-undef: 'document' is not defined."]);
    const node = await failures(
      'src/core/repeats/lint-probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const env = (): unknown => [process.env, readFileSync];\n",
    );
    expect(ruleOf(node).sort()).toEqual(['no-restricted-imports', 'no-undef']);
    for (const layer of ['shared', 'content', 'background', 'popup', 'options', 'cli']) {
      const other = await failures(
        'src/core/lint-probe.ts',
        `import { x } from '../${layer}/anything';\nexport const probe = x;\n`,
      );
      expect(ruleOf(other), layer).toEqual(['no-restricted-imports']);
    }
  });

  it('core code with ECMAScript built-ins only passes', async () => {
    const clean = await failures(
      'src/core/figures/lint-probe.ts',
      "import { figureLanguage } from './language';\nexport const probe = (): unknown => [new Intl.Collator('en'), new Map(), figureLanguage('fr')];\n",
    );
    expect(clean).toEqual([]);
  });

  it('each layer keeps to its imports', async () => {
    const cases: [path: string, from: string, fails: boolean][] = [
      ['src/shared/lint-probe.ts', '../extract/page-extraction', true],
      ['src/shared/lint-probe.ts', '../core/report', false],
      ['src/extract/lint-probe.ts', '../shared/messages', true],
      ['src/extract/lint-probe.ts', 'webextension-polyfill', true],
      ['src/content/lint-probe.ts', '../background/handlers', true],
      ['src/content/lint-probe.ts', '../popup/connector', true],
      ['src/content/lint-probe.ts', 'linkedom', true],
      ['src/content/lint-probe.ts', '../extract/locate-blocks', false],
      ['src/popup/lint-probe.ts', '../content/page-session', true],
      ['src/options/lint-probe.ts', '../background/sites', true],
      ['src/background/lint-probe.ts', '../content/page-session', true],
      ['src/background/lint-probe.ts', '../extract/parse-html', false],
      ['src/cli/lint-probe.ts', '../shared/browser', true],
      ['src/cli/lint-probe.ts', '../extract/parse-html', false],
    ];
    for (const [path, from, fails] of cases) {
      const found = await failures(path, `import { x } from '${from}';\nexport const probe = x;\n`);
      expect(ruleOf(found), `${path} importing ${from}`).toEqual(
        fails ? ['no-restricted-imports'] : [],
      );
    }
  });

  it('the DOM where a layer has it, Node where the CLI runs, neither the other way', async () => {
    const dom = 'export const title = (): string => document.title;\n';
    const node = 'export const argv = (): string[] => process.argv;\n';
    expect(await failures('src/extract/lint-probe.ts', dom)).toEqual([]);
    expect(await failures('src/content/lint-probe.ts', dom)).toEqual([]);
    expect(await failures('src/cli/lint-probe.ts', node)).toEqual([]);
    expect(ruleOf(await failures('src/cli/lint-probe.ts', dom))).toEqual(['no-undef']);
    expect(ruleOf(await failures('src/content/lint-probe.ts', node))).toEqual(['no-undef']);
  });
});
